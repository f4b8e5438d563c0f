import { expect } from '@open-wc/testing';
import { computeResults, levelFor, questionScore, visibleQuestions, visibleSteps } from '../../src/core/scoring.js';
import type { Questionnaire } from '../../src/core/types.js';
import { builtinQuestionnaire } from '../../src/data/builtin.js';

const levels = [
  { id: 'low', label: 'Low', min: 0 },
  { id: 'mid', label: 'Mid', min: 50 },
  { id: 'high', label: 'High', min: 80 },
];

function questionnaire(overrides: Partial<Questionnaire> = {}): Questionnaire {
  return {
    id: 'q',
    version: 1,
    title: 'T',
    levels,
    dimensions: [
      { id: 'a', label: 'A', themes: ['outils'] },
      { id: 'b', label: 'B', themes: ['formation', 'outils'] },
      { id: 'c', label: 'C', themes: ['donnees-rgpd'] },
    ],
    questions: [
      { id: 'a1', dimension: 'a', label: 'a1', type: 'single', options: [
        { id: 'x', label: 'x', score: 0 }, { id: 'y', label: 'y', score: 1 }, { id: 'z', label: 'z', score: 2 },
      ] },
      { id: 'a2', dimension: 'a', label: 'a2', type: 'yes-no', weight: 3 },
      { id: 'b1', dimension: 'b', label: 'b1', type: 'multiple', options: [
        { id: 'p', label: 'p', score: 1 }, { id: 'q', label: 'q', score: 1 }, { id: 'r', label: 'r', score: 2 },
      ] },
      { id: 'c1', dimension: 'c', label: 'c1', type: 'scale', options: [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: String(n), score: n - 1 })) },
      { id: 'c2', dimension: 'c', label: 'c2', type: 'yes-no', showIf: { question: 'c1', anyOf: ['4', '5'] } },
    ],
    ...overrides,
  };
}

const dimension = (r: ReturnType<typeof computeResults>, id: string) => r.dimensions.find((d) => d.id === id)!;

describe('scoring', () => {
  it('scores a single-choice answer between its lowest and highest option', () => {
    const q = questionnaire().questions[0]!;
    expect(questionScore(q, 'x')).to.equal(0);
    expect(questionScore(q, 'y')).to.equal(0.5);
    expect(questionScore(q, 'z')).to.equal(1);
    expect(questionScore(q, 'not-an-option')).to.equal(null);
  });

  it('scores « Je ne sais pas » like the lowest option, and leaves « Non concerné » out', () => {
    const [single, yesNo, multiple] = questionnaire().questions;
    expect(questionScore(single!, 'unknown')).to.equal(0);
    expect(questionScore(yesNo!, 'unknown')).to.equal(0);
    expect(questionScore(multiple!, ['unknown'])).to.equal(0);
    expect(questionScore(single!, 'not-applicable')).to.equal(null);
    expect(questionScore(multiple!, ['not-applicable'])).to.equal(null);
  });

  it('leaves « Je ne sais pas » out of the score where the question says unknownScore: "none"', () => {
    const q = { ...questionnaire().questions[0]!, unknownScore: 'none' as const };
    expect(questionScore(q, 'unknown')).to.equal(null);
    expect(questionScore(q, 'z')).to.equal(1);
  });

  it('scores a multiple-choice answer over the points of all its options, an empty list as 0', () => {
    const q = questionnaire().questions[2]!;
    expect(questionScore(q, ['p', 'r'])).to.equal(0.75);
    expect(questionScore(q, [])).to.equal(0);
  });

  it('scores questions named "__proto__", "constructor" or "toString" like any other', () => {
    const q = questionnaire();
    q.questions[0]!.id = '__proto__';
    q.questions[1]!.id = 'constructor';
    q.questions[3]!.id = 'toString';
    q.questions[4]!.showIf = { question: 'toString', anyOf: ['4', '5'] };
    // Nothing answered: "constructor" and "toString" are not answers inherited from Object.prototype.
    expect(visibleQuestions(q, {}).map((x) => x.id)).to.deep.equal(['__proto__', 'constructor', 'b1', 'toString']);
    expect(computeResults(q, {}).dimensions.map((d) => d.answered)).to.deep.equal([0, 0, 0]);
    const answers = JSON.parse('{"__proto__": "z", "constructor": "yes", "toString": "5", "c2": "yes"}');
    const results = computeResults(q, answers);
    expect(results.dimensions.map((d) => [d.id, d.score, d.answered])).to.deep.equal([['a', 100, 2], ['b', null, 0], ['c', 100, 2]]);
  });

  it('gives yes-no questions default options worth 1 and 0', () => {
    const q = questionnaire().questions[1]!;
    expect(questionScore(q, 'yes')).to.equal(1);
    expect(questionScore(q, 'no')).to.equal(0);
  });

  it('applies question weights inside a dimension', () => {
    // a1 = 0 (weight 1), a2 = 1 (weight 3) → 75, not the unweighted 50.
    const r = computeResults(questionnaire(), { a1: 'x', a2: 'yes' });
    expect(dimension(r, 'a').score).to.equal(75);
  });

  it('counts « Je ne sais pas » as the lowest answer: one good answer cannot make a dimension perfect', () => {
    const r = computeResults(questionnaire(), { a1: 'z', a2: 'unknown' });
    expect(dimension(r, 'a')).to.include({ score: 25, answered: 1, unknown: 1, status: 'scored' });
  });

  it('assesses a dimension only when at least half the weight of its questions counts', () => {
    const q = questionnaire();
    // a1 (weight 1) out of 4: a quarter of the weight.
    expect(dimension(computeResults(q, { a1: 'z', a2: 'not-applicable' }), 'a')).to.include({
      score: null,
      level: null,
      status: 'not-assessed',
      notApplicable: 1,
      questions: 2,
    });
    // a2 (weight 3) out of 4.
    expect(dimension(computeResults(q, { a1: 'not-applicable', a2: 'yes' }), 'a')).to.include({ score: 100, status: 'scored' });
    // Exactly half: c1 answered, c2 (shown by c1 = 5) « Non concerné ».
    expect(dimension(computeResults(q, { c1: '5', c2: 'not-applicable' }), 'c')).to.include({ score: 100, status: 'scored' });
  });

  it('gives no overall score unless more than half of the dimensions are assessed, and says why', () => {
    const one = computeResults(questionnaire(), { a1: 'z', a2: 'yes', b1: ['not-applicable'], c1: 'not-applicable' });
    expect(one).to.include({ score: null, level: null, partial: true, partialReason: 'dimensions' });
    expect(one.weakest).to.deep.equal(['a']);
    const two = computeResults(questionnaire(), { a1: 'z', a2: 'yes', b1: ['p'], c1: 'not-applicable' });
    // mean of a = 100 and b = 25 only
    expect(two).to.include({ score: 63, level: 'mid', partial: false });
    expect(two.partialReason).to.equal(undefined);
  });

  it('gives no overall score when most of the answers that count are « Je ne sais pas »', () => {
    const r = computeResults(questionnaire(), { a1: 'z', a2: 'unknown', b1: ['unknown'], c1: 'unknown' });
    expect(r).to.include({ score: null, level: null, partial: true, partialReason: 'unknown' });
    // Each dimension is still scored, not knowing counting as the lowest answer.
    expect(r.dimensions.map((d) => d.score)).to.deep.equal([25, 0, 0]);
    expect(r.weakest).to.deep.equal(['b', 'c']);
    // Half of them is still enough for an overall score.
    const half = computeResults(questionnaire(), { a1: 'z', a2: 'yes', b1: ['unknown'], c1: 'unknown' });
    expect(half).to.include({ score: 33, level: 'low', partial: false });
  });

  it('aggregates with the mean by default and with the weakest dimension under "min"', () => {
    const answers = { a1: 'z', a2: 'yes', b1: ['p', 'q', 'r'], c1: '2' };
    expect(computeResults(questionnaire(), answers).score).to.equal(75); // (100 + 100 + 25) / 3
    const min = computeResults(questionnaire({ aggregation: 'min' }), answers);
    expect(min.score).to.equal(25);
    expect(min.level).to.equal('low');
  });

  it('names the two weakest dimensions and their support themes without duplicates', () => {
    const r = computeResults(questionnaire(), { a1: 'y', a2: 'no', b1: ['p'], c1: '5', c2: 'yes' });
    expect(r.weakest).to.deep.equal(['a', 'b']); // a = 12.5→13, b = 25, c = 100
    expect(r.themes).to.deep.equal(['outils', 'formation']);
  });

  it('ignores answers to questions hidden by a show-if condition', () => {
    const q = questionnaire();
    expect(visibleQuestions(q, { c1: '2' }).map((x) => x.id)).to.not.include('c2');
    expect(visibleQuestions(q, { c1: '5' }).map((x) => x.id)).to.include('c2');
    const r = computeResults(q, { c1: '1', c2: 'yes' });
    expect(dimension(r, 'c')).to.include({ answered: 1, score: 0, questions: 1 });
  });

  it('asks the profile first, shows questions by profile answer, and returns the profile unscored', () => {
    const q = questionnaire({
      profile: [{ id: 'team', label: 'Team', type: 'single', options: [{ id: 'volunteers', label: 'V' }, { id: 'staff', label: 'S' }] }],
    });
    q.questions.push({ id: 'a3', dimension: 'a', label: 'a3', type: 'yes-no', showIf: { question: 'team', anyOf: ['staff'] } });
    expect(visibleSteps(q, {}).map((x) => x.id)).to.deep.equal(['team', 'a1', 'a2', 'b1', 'c1']);
    expect(visibleSteps(q, { team: 'staff' }).map((x) => x.id)).to.include('a3');
    const volunteers = computeResults(q, { team: 'volunteers', a1: 'z', a2: 'yes', a3: 'no' });
    expect(volunteers.profile).to.deep.equal({ team: 'volunteers' });
    expect(dimension(volunteers, 'a')).to.include({ score: 100, questions: 2 });
    expect(dimension(computeResults(q, { team: 'staff', a1: 'z', a2: 'yes', a3: 'no' }), 'a')).to.include({ score: 80, questions: 3 });
  });

  it('says whether the association knows whom to ask (its lowest option or « Je ne sais pas » mean no)', () => {
    const q = questionnaire();
    q.questions[1]!.role = 'whom-to-ask';
    expect(computeResults(q, { a2: 'yes' }).knowsWhomToAsk).to.equal(true);
    expect(computeResults(q, { a2: 'no' }).knowsWhomToAsk).to.equal(false);
    expect(computeResults(q, { a2: 'unknown' }).knowsWhomToAsk).to.equal(false);
    expect(computeResults(q, {}).knowsWhomToAsk).to.equal(undefined);
    expect(computeResults(questionnaire(), { a2: 'no' }).knowsWhomToAsk).to.equal(undefined);
  });

  it('keeps the first results shape and adds its new fields', () => {
    const r = computeResults(questionnaire(), { a1: 'z' }, new Date('2026-03-03T10:00:00Z'));
    expect(Object.keys(r).sort()).to.deep.equal(
      ['completedAt', 'dimensions', 'level', 'partial', 'partialReason', 'profile', 'questionnaireId', 'score', 'themes', 'version', 'weakest'].sort(),
    );
    expect(r.completedAt).to.equal('2026-03-03T10:00:00.000Z');
    expect(r.questionnaireId).to.equal('q');
    expect(Object.keys(r.dimensions[0]!).sort()).to.deep.equal(
      ['answered', 'id', 'level', 'notApplicable', 'questions', 'score', 'status', 'unknown'].sort(),
    );
  });

  it('finds the level of a score at the boundaries', () => {
    expect(levelFor(levels, 0)).to.equal('low');
    expect(levelFor(levels, 49)).to.equal('low');
    expect(levelFor(levels, 50)).to.equal('mid');
    expect(levelFor(levels, 100)).to.equal('high');
    expect(levelFor(levels, null)).to.equal(null);
  });
});

describe('scoring the built-in questionnaire', () => {
  const volunteers = { 'profil-equipe': 'benevoles', 'profil-taille': '6-20', 'profil-budget': 'moins-10k', 'profil-federation': 'no' };

  it('gives a partial result, never a level, to one favourable answer and « Je ne sais pas » everywhere else', () => {
    for (const favourite of visibleQuestions(builtinQuestionnaire, volunteers)) {
      const answers: Record<string, string> = { ...volunteers };
      for (const q of visibleQuestions(builtinQuestionnaire, volunteers)) answers[q.id] = 'unknown';
      const best = [...(favourite.options ?? [{ id: 'yes', score: 1 }])].sort((a, b) => b.score - a.score)[0]!;
      answers[favourite.id] = best.id;
      const r = computeResults(builtinQuestionnaire, answers);
      expect(r, favourite.id).to.include({ partial: true, partialReason: 'unknown', score: null, level: null });
      for (const d of r.dimensions) expect(d.score ?? 0, `${favourite.id} → ${d.id}`).to.be.below(60);
    }
  });

  it('scores « Je ne sais pas » to « Savez-vous à qui vous adresser ? » like « Non », and says so', () => {
    const base = { ...volunteers, 'competences-aisance': '3', 'competences-formation-benevoles': 'seuls', 'competences-echanges': 'parfois' };
    const no = computeResults(builtinQuestionnaire, { ...base, 'competences-contacts': 'no' });
    const unknown = computeResults(builtinQuestionnaire, { ...base, 'competences-contacts': 'unknown' });
    expect(dimension(unknown, 'competences').score).to.equal(dimension(no, 'competences').score);
    expect(unknown.knowsWhomToAsk).to.equal(false);
  });

  it('asks the training question that fits the team, never both', () => {
    const ids = (team: string) => visibleQuestions(builtinQuestionnaire, { 'profil-equipe': team }).map((q) => q.id);
    expect(ids('benevoles')).to.include('competences-formation-benevoles').and.not.include('competences-formation-equipe');
    expect(ids('salaries')).to.include('competences-formation-equipe').and.not.include('competences-formation-benevoles');
    expect(ids('benevoles')).to.have.length(25);
  });

  it('scores a small volunteer-run association that works well fairly, without a website or paid tools', () => {
    // Eight volunteers, a group chat, a shared drive, online polls, no website: what fits their needs.
    const answers: Record<string, string> = {
      ...volunteers,
      'strategie-projet': 'regulier',
      'strategie-pilotage': 'relais',
      'strategie-depenses': 'prevu',
      'strategie-dirigeants': '4',
      'outils-materiel': 'adapte',
      'outils-gestion': 'partages',
      'outils-comptes': 'deux-acces',
      'outils-durable': 'parfois',
      'competences-aisance': '4',
      'competences-formation-benevoles': 'seuls',
      'competences-contacts': 'yes',
      'competences-echanges': 'parfois',
      'communication-trouver': 'not-applicable',
      'communication-lien': 'oui',
      'communication-hors-ligne': 'oui',
      'communication-accessibilite': '3',
      'collaboration-documents': 'range',
      'collaboration-reunions': 'prevu',
      'collaboration-distance': 'oui',
      'donnees-sauvegarde': 'meme-lieu',
      'donnees-comptes': 'uniques',
      'donnees-fraude': 'mefiance',
      'donnees-rgpd': 'en-gros',
      'donnees-information': 'oral',
      'donnees-ia': 'not-applicable',
    };
    const r = computeResults(builtinQuestionnaire, answers);
    expect(r.partial).to.equal(false);
    expect(r.level).to.be.oneOf(['en-progression', 'bien-outillee']);
  });
});
