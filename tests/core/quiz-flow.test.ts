import { expect } from '@open-wc/testing';
import { QuizFlow, type FlowHost, type SavedProgress } from '../../src/core/quiz-flow.js';
import { createStorage, type SafeStorage } from '../../src/core/storage.js';
import type { AnswerValue, Questionnaire } from '../../src/core/types.js';

const KEY = 'cap-numerique:quiz:q:1';

function questionnaire(version: string | number = 1): Questionnaire {
  return {
    id: 'q',
    version,
    title: 'T',
    levels: [
      { id: 'low', label: 'Low', min: 0 },
      { id: 'high', label: 'High', min: 50 },
    ],
    dimensions: [{ id: 'a', label: 'A', themes: ['outils'] }],
    profile: [{ id: 'team', label: 'Team', type: 'single', options: [{ id: 'volunteers', label: 'V' }, { id: 'staff', label: 'S' }] }],
    questions: [
      { id: 'a1', dimension: 'a', label: 'a1', type: 'yes-no' },
      { id: 'a2', dimension: 'a', label: 'a2', type: 'yes-no', showIf: { question: 'team', anyOf: ['staff'] } },
      { id: 'a3', dimension: 'a', label: 'a3', type: 'multiple', options: [
        { id: 'p', label: 'p', score: 1 }, { id: 'r', label: 'r', score: 2 },
      ] },
    ],
  };
}

/** A storage over a Map, standing for localStorage. */
function memoryBackend(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

function setup(options: { persist?: string; layout?: string; storage?: SafeStorage } = {}) {
  const host: FlowHost & { updates: number } = {
    persist: options.persist ?? 'local',
    layout: options.layout ?? 'steps',
    updates: 0,
    requestUpdate() {
      this.updates += 1;
    },
  };
  const answered: [string, AnswerValue | undefined][] = [];
  const storage = options.storage ?? createStorage(memoryBackend);
  const flow = new QuizFlow(host, (id, value) => answered.push([id, value]), storage);
  return { flow, host, answered, storage };
}

const ids = (flow: QuizFlow) => flow.visible.map((q) => q.id);

describe('quiz flow', () => {
  it('asks the profile first and shows a question only for the profile answer it names', () => {
    const { flow } = setup();
    flow.open(questionnaire());
    expect(ids(flow)).to.deep.equal(['team', 'a1', 'a3']);
    flow.begin(false);
    flow.choose(flow.visible[0]!, 'staff', true);
    expect(ids(flow)).to.deep.equal(['team', 'a1', 'a2', 'a3']);
    expect(flow.progress(0)).to.deep.equal({ profile: true, n: 1, total: 1 });
    expect(flow.progress(2)).to.deep.equal({ profile: false, n: 2, total: 3 });
    // A typical association: each profile question answered with its first option.
    expect(flow.estimate()).to.deep.equal({ count: 3, minutes: 1 });
  });

  it('refuses to pass a one-choice question without an answer; a checklist passed empty means none', () => {
    const { flow, answered, host } = setup();
    flow.open(questionnaire());
    flow.begin(false);
    const before = host.updates;
    flow.next();
    expect(flow.invalid).to.equal(true);
    expect(flow.index).to.equal(0);
    expect(host.updates).to.be.greaterThan(before);
    flow.choose(flow.visible[0]!, 'volunteers', true);
    expect(flow.invalid, 'an answer clears the message').to.equal(false);
    flow.next();
    expect(flow.screen).to.equal('question');
    expect(flow.index).to.equal(1);
    flow.choose(flow.visible[1]!, 'yes', true);
    flow.next();
    expect(flow.screen).to.equal('question');
    expect(flow.visible[flow.index]!.id).to.equal('a3');
    flow.next();
    expect(flow.screen, 'the last question leads to the review').to.equal('review');
    expect(flow.answers.a3).to.deep.equal([]);
    expect(answered).to.deep.equal([
      ['team', 'volunteers'],
      ['a1', 'yes'],
      ['a3', []],
    ]);
  });

  it('keeps « Je ne sais pas » and « Non concerné » alone in a checklist', () => {
    const { flow } = setup();
    flow.open(questionnaire());
    const a3 = questionnaire().questions[2]!;
    flow.choose(a3, 'p', true);
    flow.choose(a3, 'r', true);
    expect(flow.answers.a3).to.deep.equal(['p', 'r']);
    flow.choose(a3, 'unknown', true);
    expect(flow.answers.a3).to.deep.equal(['unknown']);
    flow.choose(a3, 'p', true);
    expect(flow.answers.a3).to.deep.equal(['p']);
    flow.choose(a3, 'p', false);
    expect(flow.answers.a3).to.deep.equal([]);
    flow.choose(a3, 'not-applicable', true);
    flow.choose(a3, 'not-applicable', false);
    expect(flow.answers.a3).to.deep.equal([]);
  });

  it('goes back to the start from the first question, and edits from the review to the next open question', () => {
    const { flow } = setup();
    flow.open(questionnaire());
    flow.begin(false);
    flow.previous();
    expect(flow.screen).to.equal('start');
    expect(flow.screen).to.equal('start');
    flow.setAnswers({ team: 'staff', a1: 'no' });
    flow.begin(true);
    expect(flow.visible[flow.index]!.id, 'resumes at the first open question').to.equal('a2');
    flow.edit(flow.visible[0]!);
    expect(flow.returnToReview).to.equal(true);
    expect(flow.index).to.equal(0);
    // Next from an edited question goes to the next unanswered one, then back to the review.
    flow.next();
    expect(flow.screen).to.equal('question');
    expect(flow.visible[flow.index]!.id).to.equal('a2');
    flow.choose(flow.visible[flow.index]!, 'yes', true);
    flow.next();
    expect(flow.screen).to.equal('question');
    expect(flow.visible[flow.index]!.id).to.equal('a3');
    flow.choose(flow.visible[flow.index]!, 'p', true);
    flow.next();
    expect(flow.screen).to.equal('review');
    expect(flow.returnToReview).to.equal(false);
  });

  it('lists the missing answers, then gives the results', () => {
    const { flow } = setup();
    flow.open(questionnaire());
    flow.begin(false);
    flow.setAnswers({ team: 'volunteers' });
    expect(flow.finish()).to.equal(null);
    expect(flow.missing.map((q) => q.id)).to.deep.equal(['a1', 'a3']);
    flow.setAnswer(flow.visible[1]!, 'yes');
    expect(flow.missing.map((q) => q.id), 'an answer leaves the list').to.deep.equal(['a3']);
    flow.setAnswer(flow.visible[2]!, ['p', 'r']);
    const results = flow.finish();
    expect(results?.score).to.equal(100);
    expect(flow.screen).to.equal('end');
    expect(flow.results).to.equal(results);
    flow.editAnswers();
    expect(flow.screen).to.equal('review');
  });

  it('on one page, counts an unticked checklist as « none of these » and does not list it as missing', () => {
    const { flow, answered } = setup({ layout: 'list' });
    flow.open(questionnaire());
    flow.begin(false);
    expect(flow.screen).to.equal('question');
    expect(flow.finish()).to.equal(null);
    expect(flow.missing.map((q) => q.id)).to.deep.equal(['team', 'a1']);
    expect(answered).to.deep.equal([['a3', []]]);
    flow.setAnswers({ team: 'volunteers', a1: 'no', a3: [] });
    expect(flow.finish()?.score).to.equal(0);
    flow.editAnswers();
    expect(flow.screen, 'back to the list of questions').to.equal('question');
  });

  it('stores the answers, offers to resume them, and restores finished results', () => {
    const storage = createStorage(memoryBackend);
    const first = setup({ storage }).flow;
    first.open(questionnaire());
    first.begin(false);
    first.setAnswer(first.visible[0]!, 'volunteers');
    expect(storage.get<SavedProgress>(KEY)?.answers).to.deep.equal({ team: 'volunteers' });

    const second = setup({ storage }).flow;
    expect(second.open(questionnaire())).to.equal(false);
    expect(second.screen).to.equal('resume');
    expect(second.answers).to.deep.equal({ team: 'volunteers' });
    second.begin(true);
    second.setAnswers({ team: 'volunteers', a1: 'yes', a3: ['p'] });
    expect(second.finish()).to.not.equal(null);

    const third = setup({ storage }).flow;
    expect(third.open(questionnaire()), 'finished results come back').to.equal(true);
    expect(third.screen).to.equal('end');
    expect(third.results?.completedAt).to.equal(second.results?.completedAt);
    third.restart();
    expect(storage.get(KEY)).to.equal(undefined);
    expect(third.screen).to.equal('start');
  });

  it('forgets other versions, ignores unknown or malformed answers, and stores nothing with persist="none"', () => {
    const storage = createStorage(memoryBackend);
    storage.set('cap-numerique:quiz:q:0', { answers: { team: 'staff' }, index: 0, savedAt: '2026-01-01' });
    storage.set(KEY, { answers: { team: 'staff', ghost: 'x', a1: 3, a3: ['p', 4] }, index: 0, savedAt: '2026-01-01' });
    const { flow } = setup({ storage });
    flow.open(questionnaire());
    expect(storage.keys('cap-numerique:quiz:q:')).to.deep.equal([KEY]);
    expect(flow.answers).to.deep.equal({ team: 'staff' });

    const off = setup({ persist: 'none', storage }).flow;
    expect(off.open(questionnaire())).to.equal(false);
    expect(off.screen).to.equal('start');
    off.begin(false);
    off.setAnswer(off.visible[0]!, 'volunteers');
    expect(storage.get<SavedProgress>(KEY)?.answers, 'begin afresh forgets, persist="none" writes nothing').to.equal(undefined);
  });
});
