import { expect } from '@open-wc/testing';
import { validateQuestionnaire } from '../../src/core/questionnaire-schema.js';
import type { Questionnaire } from '../../src/core/types.js';
import { builtinWith } from '../../src/data/builtin.js';

function valid(): Questionnaire {
  return {
    id: 'mini',
    version: '1',
    title: { fr: 'Mini', en: 'Mini' },
    dimensions: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    questions: [
      { id: 'q1', dimension: 'a', label: 'Q1', type: 'yes-no' },
      { id: 'q2', dimension: 'b', label: 'Q2', type: 'single', options: [
        { id: 'x', label: 'X', score: 0 }, { id: 'y', label: 'Y', score: 1 },
      ] },
      { id: 'q3', dimension: 'b', label: 'Q3', type: 'yes-no', showIf: { question: 'q1', anyOf: ['yes'] } },
    ],
    levels: [
      { id: 'l1', label: 'L1', min: 0 },
      { id: 'l2', label: 'L2', min: 50 },
    ],
  };
}

function issuesOf(data: unknown): string[] {
  const result = validateQuestionnaire(data);
  expect(result.ok, 'expected the questionnaire to be rejected').to.equal(false);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('questionnaire schema', () => {
  it('accepts a small complete questionnaire and returns it typed', () => {
    const result = validateQuestionnaire(valid());
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.questions).to.have.length(3);
  });

  it('accepts the built-in questionnaire with its next steps and English text', async () => {
    const result = validateQuestionnaire(await builtinWith({ lang: 'en', details: true }));
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
  });

  it('says where a wrong type is, as a path', () => {
    const q = valid() as any;
    q.questions[1].options[1].score = 'un';
    expect(issuesOf(q)).to.deep.equal(['questions[1].options[1].score: expected a number, got string']);
  });

  it('reports a missing required field', () => {
    const q = valid() as any;
    delete q.title;
    expect(issuesOf(q)[0]).to.match(/^title: /);
  });

  it('rejects NaN and infinite scores', () => {
    const q = valid() as any;
    q.questions[1].options[0].score = Number.POSITIVE_INFINITY;
    expect(issuesOf(q)[0]).to.match(/^questions\[1\]\.options\[0\]\.score/);
  });

  it('names NaN and infinite numbers instead of "got number"', () => {
    const q = valid() as any;
    q.questions[1].options[0].score = Number.NaN;
    q.questions[1].options[1].score = Number.NEGATIVE_INFINITY;
    q.levels[1].min = Number.POSITIVE_INFINITY;
    const issues = issuesOf(q);
    expect(issues).to.include('questions[1].options[0].score: expected a finite number, got NaN');
    expect(issues).to.include('questions[1].options[1].score: expected a finite number, got -Infinity');
    expect(issues).to.include('levels[1].min: expected a finite number, got Infinity');
  });

  it('refuses, without throwing, an object that throws when read (a getter, a Proxy)', () => {
    const q = valid() as any;
    Object.defineProperty(q, 'title', { enumerable: true, get: () => { throw new Error('trap'); } });
    expect(issuesOf(q)).to.deep.equal([': the questionnaire could not be read: trap']);
    const proxy = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(issuesOf(proxy)[0]).to.contain('could not be read');
  });

  it('rejects duplicate question ids', () => {
    const q = valid();
    q.questions[2]!.id = 'q1';
    q.questions[2]!.showIf = undefined;
    expect(issuesOf(q)).to.include('questions[2].id: duplicate question id "q1"');
  });

  it('rejects a show-if naming an unknown question', () => {
    const q = valid();
    q.questions[2]!.showIf = { question: 'nope', anyOf: ['yes'] };
    expect(issuesOf(q)).to.include('questions[2].showIf.question: show-if names unknown question "nope"');
  });

  it('rejects a show-if naming a later question', () => {
    const q = valid();
    q.questions[0]!.showIf = { question: 'q2', anyOf: ['x'] };
    expect(issuesOf(q)[0]).to.contain('questions[0].showIf.question: show-if names "q2", which comes later');
  });

  it('rejects a show-if on an option the question does not have', () => {
    const q = valid();
    q.questions[2]!.showIf = { question: 'q1', anyOf: ['maybe'] };
    expect(issuesOf(q)).to.include('questions[2].showIf.anyOf[0]: "maybe" is not an option of question "q1"');
  });

  it('rejects a dimension with no question', () => {
    const q = valid();
    q.dimensions.push({ id: 'c', label: 'C' });
    expect(issuesOf(q)).to.include('dimensions[2]: dimension "c" has no question');
  });

  it('rejects a question in an unknown dimension', () => {
    const q = valid();
    q.questions[0]!.dimension = 'zzz';
    expect(issuesOf(q)).to.include('questions[0].dimension: unknown dimension "zzz"');
  });

  it('rejects a level table with a gap at the start or out of order', () => {
    const gap = valid();
    gap.levels[0]!.min = 10;
    expect(issuesOf(gap)[0]).to.match(/^levels\[0\]\.min: the first level must start at 0/);
    const disorder = valid();
    disorder.levels = [
      { id: 'l1', label: 'L1', min: 0 },
      { id: 'l2', label: 'L2', min: 60 },
      { id: 'l3', label: 'L3', min: 40 },
    ];
    expect(issuesOf(disorder)).to.include('levels[2].min: levels must be in increasing order of min: 40 is not above 60');
  });

  it('accepts a profile, questions shown by a profile answer, and next steps given for a profile', () => {
    const q = valid();
    q.profile = [{ id: 'team', label: 'Team', type: 'single', options: [{ id: 'v', label: 'V' }, { id: 's', label: 'S' }] }];
    q.questions[1]!.showIf = { question: 'team', anyOf: ['s'] };
    q.questions[0]!.unknownScore = 'none';
    q.questions[0]!.allowNotApplicable = false;
    q.questions[0]!.role = 'whom-to-ask';
    q.dimensions[0]!.recommendations = { l1: [{ text: 'DLA', showIf: { question: 'team', anyOf: ['s'] } }] };
    const result = validateQuestionnaire(q);
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
  });

  it('rejects a next step conditioned on a scored question, and unknown values of the new fields', () => {
    const q = valid() as any;
    q.dimensions[0].recommendations = { l1: [{ text: 'x', showIf: { question: 'q1', anyOf: ['yes'] } }] };
    q.questions[0].unknownScore = 'highest';
    q.questions[1].allowNotApplicable = 'yes';
    const issues = issuesOf(q);
    expect(issues).to.include('dimensions[0].recommendations.l1[0].showIf.question: show-if of a next step must name a profile question, not "q1"');
    expect(issues).to.include('questions[0].unknownScore: expected one of "lowest", "none"');
    expect(issues.some((i) => i.startsWith('questions[1].allowNotApplicable: expected a boolean'))).to.equal(true);
  });

  it('rejects a profile question whose id is also a question id', () => {
    const q = valid();
    q.profile = [{ id: 'q1', label: 'Team', type: 'yes-no' }];
    expect(issuesOf(q)).to.include('questions[0].id: duplicate question id "q1"');
  });

  it('rejects the reserved "not-applicable" option id', () => {
    const q = valid();
    q.questions[1]!.options![0]!.id = 'not-applicable';
    expect(issuesOf(q).some((i) => i.startsWith('questions[1].options[0].id: "not-applicable" is reserved'))).to.equal(true);
  });

  it('rejects the reserved "unknown" option id and duplicate option ids', () => {
    const q = valid();
    q.questions[1]!.options = [
      { id: 'unknown', label: 'U', score: 0 },
      { id: 'y', label: 'Y', score: 1 },
      { id: 'y', label: 'Y2', score: 2 },
    ];
    const issues = issuesOf(q);
    expect(issues.some((i) => i.startsWith('questions[1].options[0].id: "unknown" is reserved'))).to.equal(true);
    expect(issues).to.include('questions[1].options[2].id: duplicate option id "y"');
  });

  it('rejects next steps for an unknown level and links that are not http(s)', () => {
    const q = valid();
    q.dimensions[0]!.recommendations = {
      zz: [{ text: 'x' }],
      l1: [{ text: 'x', url: 'javascript:alert(1)' }],
    };
    const issues = issuesOf(q);
    expect(issues).to.include('dimensions[0].recommendations.zz: unknown level "zz"');
    expect(issues).to.include('dimensions[0].recommendations.l1[0].url: expected an http(s) URL');
  });

  it('explains a text that is neither a string nor {fr, en}', () => {
    const q = valid() as any;
    q.title = 42;
    expect(issuesOf(q)[0]).to.equal('title: expected a text: a string or {"fr": "…", "en": "…"}, got number');
  });

  it('rejects data that is not an object at all', () => {
    expect(issuesOf([])[0]).to.contain('expected an object');
    expect(issuesOf(null)[0]).to.contain('expected an object');
  });

  it('ignores prototype-pollution keys without polluting Object.prototype', () => {
    const q = JSON.parse(JSON.stringify(valid()).replace('{', '{"__proto__": {"polluted": true}, '));
    validateQuestionnaire(q);
    expect(({} as any).polluted).to.equal(undefined);
  });
});
