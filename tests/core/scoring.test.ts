import { expect } from '@open-wc/testing';
import { computeResults, levelFor, questionScore, visibleQuestions } from '../../src/core/scoring.js';
import type { Questionnaire } from '../../src/core/types.js';

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

describe('scoring', () => {
  it('scores a single-choice answer between its lowest and highest option', () => {
    const q = questionnaire().questions[0]!;
    expect(questionScore(q, 'x')).to.equal(0);
    expect(questionScore(q, 'y')).to.equal(0.5);
    expect(questionScore(q, 'z')).to.equal(1);
    expect(questionScore(q, 'unknown')).to.equal(null);
    expect(questionScore(q, 'not-an-option')).to.equal(null);
  });

  it('scores a multiple-choice answer over the points of all its options, an empty list as 0', () => {
    const q = questionnaire().questions[2]!;
    expect(questionScore(q, ['p', 'r'])).to.equal(0.75);
    expect(questionScore(q, [])).to.equal(0);
    expect(questionScore(q, ['unknown'])).to.equal(null);
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
    expect(r.dimensions.find((d) => d.id === 'a')!.score).to.equal(75);
  });

  it('leaves "unknown" answers out of the denominator', () => {
    const r = computeResults(questionnaire(), { a1: 'z', a2: 'unknown' });
    const a = r.dimensions.find((d) => d.id === 'a')!;
    expect(a.score).to.equal(100);
    expect(a.answered).to.equal(1);
  });

  it('marks a dimension with no scored answer as not assessed and leaves it out of the overall score', () => {
    const r = computeResults(questionnaire(), { a1: 'z', a2: 'yes', b1: ['p'], c1: 'unknown' });
    const c = r.dimensions.find((d) => d.id === 'c')!;
    expect(c).to.deep.equal({ id: 'c', score: null, level: null, answered: 0 });
    // mean of a = 100 and b = 25 only
    expect(r.score).to.equal(63);
    expect(r.level).to.equal('mid');
  });

  it('has no score and no level when every answer is unknown', () => {
    const r = computeResults(questionnaire(), { a1: 'unknown', a2: 'unknown', b1: ['unknown'], c1: 'unknown' });
    expect(r.score).to.equal(null);
    expect(r.level).to.equal(null);
    expect(r.weakest).to.deep.equal([]);
    expect(r.themes).to.deep.equal([]);
    expect(r.dimensions.every((d) => d.score === null && d.answered === 0)).to.equal(true);
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
    expect(r.dimensions.find((d) => d.id === 'c')!.answered).to.equal(1);
    expect(r.dimensions.find((d) => d.id === 'c')!.score).to.equal(0);
  });

  it('produces the DESIGN §3.2 shape', () => {
    const r = computeResults(questionnaire(), { a1: 'z' }, new Date('2026-03-03T10:00:00Z'));
    expect(Object.keys(r).sort()).to.deep.equal(
      ['completedAt', 'dimensions', 'level', 'questionnaireId', 'score', 'themes', 'version', 'weakest'].sort(),
    );
    expect(r.completedAt).to.equal('2026-03-03T10:00:00.000Z');
    expect(r.questionnaireId).to.equal('q');
  });

  it('finds the level of a score at the boundaries', () => {
    expect(levelFor(levels, 0)).to.equal('low');
    expect(levelFor(levels, 49)).to.equal('low');
    expect(levelFor(levels, 50)).to.equal('mid');
    expect(levelFor(levels, 100)).to.equal('high');
    expect(levelFor(levels, null)).to.equal(null);
  });
});
