// The benchmark's converter (scripts/bench/surveyjs.mjs): the built-in questionnaire (from dist/,
// run after `npm run build`) becomes a SurveyJS survey with the same questions, choices and
// conditions, checked through SurveyJS's own model.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Model } from 'survey-core';
import { toSurveyJs } from '../../scripts/bench/surveyjs.mjs';

const builtin = JSON.parse(
  readFileSync(new URL('../../dist/questionnaires/cap-numerique-maturite.json', import.meta.url), 'utf8'),
);
const fr = (t) => (typeof t === 'string' ? t : t.fr);
const survey = () => new Model(toSurveyJs(builtin));
const TYPES = { single: 'radiogroup', multiple: 'checkbox', scale: 'rating', 'yes-no': 'radiogroup' };
const asked = [...builtin.profile, ...builtin.questions];

test('every question becomes one SurveyJS question, in order, one a page after a start page', () => {
  const model = survey();
  const questions = model.getAllQuestions().filter((q) => q.getType() !== 'html');
  assert.deepEqual(
    questions.map((q) => q.name),
    asked.map((q) => q.id),
  );
  assert.equal(model.pages.length, asked.length + 1);
  assert.equal(model.firstPageIsStartPage, true);
  assert.equal(model.locale, 'fr');
  for (const q of asked) {
    const converted = model.getQuestionByName(q.id);
    assert.equal(converted.getType(), TYPES[q.type], q.id);
    assert.equal(converted.title, fr(q.label), q.id);
  }
});

test('choices keep their ids and French labels, plus « Je ne sais pas » and « Non concerné » where SurveyJS can show them', () => {
  const model = survey();
  for (const q of asked) {
    const converted = model.getQuestionByName(q.id);
    const expected = q.options ? q.options.map((o) => [o.id, fr(o.label)]) : [['yes', 'Oui'], ['no', 'Non']];
    if (q.type === 'scale') {
      assert.deepEqual(converted.rateValues.map((r) => [r.value, r.text]), expected, q.id);
      continue;
    }
    const unknown = q.allowUnknown === false ? [] : [['unknown', 'Je ne sais pas']];
    const notApplicable = !q.dimension || q.allowNotApplicable === false ? [] : [['not-applicable', 'Non concerné']];
    assert.deepEqual(converted.choices.map((c) => [c.value, c.text]), [...expected, ...unknown, ...notApplicable], q.id);
  }
  // In a checkbox, the special answers uncheck the others, as in our quiz.
  const checklist = new Model(
    toSurveyJs({ ...builtin, profile: [], questions: [{ id: 'c', dimension: 'd', type: 'multiple', label: 'C', options: [{ id: 'a', label: 'A', score: 1 }] }] }),
  ).getQuestionByName('c');
  assert.deepEqual(checklist.choices.map((c) => [c.value, c.isExclusive]), [['a', false], ['unknown', true], ['not-applicable', true]]);
});

test('a show-if becomes a visibleIf that behaves the same', () => {
  const shown = builtin.questions.find((q) => q.id === 'competences-formation-equipe');
  assert.deepEqual(shown.showIf, { question: 'profil-equipe', anyOf: ['salaries'] });
  const model = survey();
  const question = model.getQuestionByName('competences-formation-equipe');
  assert.equal(question.isVisible, false, 'hidden before its condition is answered');
  model.setValue('profil-equipe', 'salaries');
  assert.equal(question.isVisible, true);
  model.setValue('profil-equipe', 'benevoles');
  assert.equal(question.isVisible, false);
});

test('questions without show-if have no visibleIf, and an unknown type is refused', () => {
  const model = survey();
  for (const q of asked.filter((x) => !x.showIf)) {
    assert.equal(model.getQuestionByName(q.id).visibleIf ?? '', '', q.id);
  }
  const broken = structuredClone(builtin);
  broken.questions[0].type = 'slider';
  assert.throws(() => toSurveyJs(broken), /unknown type "slider"/);
});
