/**
 * Properties of the scoring that hold for any answers, checked over generated answer sets (with
 * fast-check) for the built-in questionnaire and every questionnaire the project ships as an
 * example. Each property states what an association could notice if it failed.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  computeResults,
  isNotApplicable,
  isProfileQuestion,
  isUnknown,
  optionsOf,
  questionScore,
  visibleQuestions,
  visibleSteps,
  type AnyQuestion,
} from '../../src/core/scoring.js';
import type { Answers, AnswerValue, Question, Questionnaire, QuizResults } from '../../src/core/types.js';
import { builtinQuestionnaire } from '../../src/data/builtin.js';

/** The example questionnaires (tests/node/schema.test.mjs checks that every demo file is listed). */
const EXAMPLES = ['/demo/questionnaires/benevolat.json', '/tests/fixtures/mini-questionnaire.json'];

const RUNS = { numRuns: 300, seed: 20260 };

/** Any answer a user could give to a question, or none. */
function answerTo(question: AnyQuestion): fc.Arbitrary<AnswerValue | undefined> {
  const ids = optionsOf(question).map((o) => o.id);
  const special: string[] = [];
  if (question.allowUnknown !== false) special.push('unknown');
  if (!isProfileQuestion(question) && question.allowNotApplicable !== false) special.push('not-applicable');
  const choices: fc.Arbitrary<AnswerValue | undefined>[] = [fc.constant(undefined)];
  if (question.type === 'multiple') {
    choices.push(fc.subarray(ids), ...special.map((s) => fc.constant<AnswerValue>([s])));
  } else {
    choices.push(fc.constantFrom(...ids), ...special.map((s) => fc.constant(s)));
  }
  // Real answers most of the time, so that most generated results are scored.
  return fc.oneof({ arbitrary: choices[1]!, weight: 6 }, ...choices.filter((_, i) => i !== 1).map((arbitrary) => ({ arbitrary, weight: 1 })));
}

/** Answer sets over every question of the questionnaire (hidden ones too: they must not count). */
function answerSets(q: Questionnaire): fc.Arbitrary<Answers> {
  const all = [...(q.profile ?? []), ...q.questions];
  return fc.tuple(...all.map(answerTo)).map((values) => {
    const answers: Answers = Object.create(null);
    all.forEach((question, i) => {
      if (values[i] !== undefined) answers[question.id] = values[i]!;
    });
    return answers;
  });
}

const isReal = (value: AnswerValue | undefined) => value !== undefined && !isUnknown(value) && !isNotApplicable(value);

/** Scores by dimension id, and the overall score. */
function scores(r: QuizResults): Map<string, number | null> {
  return new Map<string, number | null>([['overall', r.score], ...r.dimensions.map((d) => [d.id, d.score] as [string, number | null])]);
}

/** Whether a question decides whether others are shown. */
const isShowIfTarget = (q: Questionnaire, id: string) => [...(q.profile ?? []), ...q.questions].some((x) => x.showIf?.question === id);

function checkAll(name: string, load: () => Promise<Questionnaire>): void {
  describe(`scoring invariants: ${name}`, () => {
    let q: Questionnaire;
    before(async () => {
      q = await load();
    });

    it('keeps every score between 0 and 100, with a level for every score and none without', () => {
      fc.assert(
        fc.property(answerSets(q), (answers) => {
          const r = computeResults(q, answers);
          for (const [, score] of scores(r)) if (score !== null) expect(score).to.be.within(0, 100);
          expect(r.level === null).to.equal(r.score === null);
          expect(r.partial).to.equal(r.score === null);
          for (const d of r.dimensions) expect(d.level === null).to.equal(d.score === null);
        }),
        RUNS,
      );
    });

    it('never raises a score when a real answer becomes « Je ne sais pas »', () => {
      fc.assert(
        fc.property(answerSets(q), fc.nat(), (answers, pick) => {
          const candidates = visibleQuestions(q, answers).filter(
            (x) => isReal(answers[x.id]) && x.allowUnknown !== false && x.unknownScore !== 'none',
          );
          fc.pre(candidates.length > 0);
          const question = candidates[pick % candidates.length]!;
          const before = scores(computeResults(q, answers));
          const after = scores(computeResults(q, { ...answers, [question.id]: question.type === 'multiple' ? ['unknown'] : 'unknown' }));
          // A question that shows others may hide some: compare what stays scored.
          const sameQuestions = !isShowIfTarget(q, question.id);
          for (const [id, score] of after) {
            const was = before.get(id)!;
            if (sameQuestions && score !== null) expect(was, `${question.id} → ${id}`).to.not.equal(null);
            if (score !== null && was !== null) expect(score, `${question.id} → ${id}`).to.be.at.most(was);
          }
        }),
        RUNS,
      );
    });

    it('never lowers a score when an answer becomes more favourable', () => {
      fc.assert(
        fc.property(answerSets(q), fc.nat(), fc.nat(), (answers, pick, pickOption) => {
          const candidates = visibleQuestions(q, answers).filter((x) => isReal(answers[x.id]));
          fc.pre(candidates.length > 0);
          const question = candidates[pick % candidates.length]!;
          const current = questionScore(question, answers[question.id]);
          const better = betterAnswers(question, answers[question.id]!).filter((v) => (questionScore(question, v) ?? -1) > (current ?? -1));
          fc.pre(better.length > 0);
          const before = scores(computeResults(q, answers));
          const after = scores(computeResults(q, { ...answers, [question.id]: better[pickOption % better.length]! }));
          // A question that shows others may bring new questions into its dimension: compare what stays scored.
          const sameQuestions = !isShowIfTarget(q, question.id);
          for (const [id, score] of after) {
            const was = before.get(id)!;
            if (sameQuestions) expect(score === null, `${question.id} → ${id} assessed`).to.equal(was === null);
            if (score !== null && was !== null) expect(score, `${question.id} → ${id}`).to.be.at.least(was);
          }
        }),
        RUNS,
      );
    });

    it('never puts « Je ne sais pas » or « Non concerné » above what the real answers give', () => {
      fc.assert(
        fc.property(answerSets(q), (answers) => {
          const r = computeResults(q, answers);
          const realOnly: number[] = [];
          for (const d of r.dimensions) {
            const real = visibleQuestions(q, answers).filter((x) => x.dimension === d.id && isReal(answers[x.id]));
            let weighted = 0;
            let weights = 0;
            for (const x of real) {
              const score = questionScore(x, answers[x.id]);
              if (score === null) continue;
              weighted += score * (x.weight ?? 1);
              weights += x.weight ?? 1;
            }
            if (d.score === null) continue;
            if (weights === 0) {
              expect(d.score, d.id).to.equal(0);
              realOnly.push(0);
            } else {
              const real = Math.round((100 * weighted) / weights);
              expect(d.score, d.id).to.be.at.most(real);
              realOnly.push(real);
            }
          }
          if (r.score !== null && q.aggregation !== 'min') {
            expect(r.score).to.be.at.most(Math.round(realOnly.reduce((a, b) => a + b, 0) / realOnly.length));
          }
        }),
        RUNS,
      );
    });

    it('does not assess a dimension answered « Non concerné » for most of its weight', () => {
      fc.assert(
        fc.property(answerSets(q), fc.nat(), (answers, pick) => {
          const dimension = q.dimensions[pick % q.dimensions.length]!;
          const marked: Answers = Object.assign(Object.create(null), answers);
          for (const x of visibleQuestions(q, answers)) {
            if (x.dimension === dimension.id && x.allowNotApplicable !== false) marked[x.id] = x.type === 'multiple' ? ['not-applicable'] : 'not-applicable';
          }
          const asked = visibleQuestions(q, marked).filter((x) => x.dimension === dimension.id);
          const weight = (list: Question[]) => list.reduce((sum, x) => sum + (x.weight ?? 1), 0);
          const notApplicable = weight(asked.filter((x) => isNotApplicable(marked[x.id])));
          fc.pre(notApplicable * 2 > weight(asked));
          const d = computeResults(q, marked).dimensions.find((x) => x.id === dimension.id)!;
          expect(d).to.include({ score: null, level: null, status: 'not-assessed' });
        }),
        RUNS,
      );
    });

    it('gives the lowest level when every question gets its lowest answer, whatever the profile', () => {
      const lowest = [...q.levels].sort((a, b) => a.min - b.min)[0]!.id;
      fc.assert(
        fc.property(answerSets(q), (seed) => {
          // Keep the generated profile (and show-if choices), then answer what is asked at its lowest.
          const answers: Answers = Object.create(null);
          for (const p of q.profile ?? []) if (seed[p.id] !== undefined) answers[p.id] = seed[p.id]!;
          for (let changed = true; changed; ) {
            changed = false;
            for (const x of visibleSteps(q, answers)) {
              if (isProfileQuestion(x) || answers[x.id] !== undefined) continue;
              answers[x.id] = lowestAnswer(x);
              changed = true;
            }
          }
          const r = computeResults(q, answers);
          expect(r).to.include({ score: 0, level: lowest, partial: false });
        }),
        { ...RUNS, numRuns: 60 },
      );
    });

    it('gives a partial result, never a level, to one favourable answer and « Je ne sais pas » elsewhere', () => {
      fc.assert(
        fc.property(answerSets(q), fc.nat(), (seed, pick) => {
          const answers: Answers = Object.create(null);
          for (const p of q.profile ?? []) if (seed[p.id] !== undefined) answers[p.id] = seed[p.id]!;
          const asked = visibleQuestions(q, answers);
          for (const x of asked) answers[x.id] = x.allowUnknown === false ? lowestAnswer(x) : x.type === 'multiple' ? ['unknown'] : 'unknown';
          const favourite = asked[pick % asked.length]!;
          answers[favourite.id] = bestAnswer(favourite);
          fc.pre(visibleQuestions(q, answers).every((x) => answers[x.id] !== undefined));
          const r = computeResults(q, answers);
          expect(r.level, favourite.id).to.equal(null);
          expect(r.partial, favourite.id).to.equal(true);
        }),
        { ...RUNS, numRuns: 100 },
      );
    });
  });
}

function lowestAnswer(question: Question): AnswerValue {
  if (question.type === 'multiple') return [];
  return [...optionsOf(question)].sort((a, b) => a.score - b.score)[0]!.id;
}

function bestAnswer(question: Question): AnswerValue {
  const options = optionsOf(question);
  if (question.type === 'multiple') return options.filter((o) => o.score > 0).map((o) => o.id);
  return [...options].sort((a, b) => b.score - a.score)[0]!.id;
}

/** Answers with more points than this one: another option, or one more box ticked. */
function betterAnswers(question: Question, value: AnswerValue): AnswerValue[] {
  const options = optionsOf(question);
  if (question.type !== 'multiple') return options.map((o) => o.id);
  const chosen = Array.isArray(value) ? value : [value];
  return options.filter((o) => o.score > 0 && !chosen.includes(o.id)).map((o) => [...chosen, o.id]);
}

checkAll('built-in questionnaire', async () => builtinQuestionnaire);
for (const path of EXAMPLES) checkAll(path, async () => (await fetch(path)).json());
