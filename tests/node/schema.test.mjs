// Checks on the built dist/ folder (run after `npm run build`): the published JSON Schema and the
// built-in questionnaire that ships as an example.
import Ajv2020 from 'ajv/dist/2020.js';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => JSON.parse(readFileSync(new URL(`../../dist/${path}`, import.meta.url), 'utf8'));
const schema = read('schema/questionnaire.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

test('the built-in questionnaire validates against the published JSON Schema', () => {
  const builtin = read('questionnaires/cap-numerique-maturite.json');
  const ok = validate(builtin);
  assert.equal(ok, true, JSON.stringify(validate.errors, null, 2));
  // 25 asked to any association: one of the two training questions depends on the team.
  assert.equal(builtin.questions.length, 26);
  assert.equal(builtin.profile.length, 4);
  assert.equal(builtin.dimensions.length, 6);
  assert.equal(builtin.levels.length, 4);
});

test('the published JSON Schema rejects a wrong type where zod does', () => {
  const builtin = read('questionnaires/cap-numerique-maturite.json');
  const broken = structuredClone(builtin);
  broken.questions[0].options[1].score = 'three';
  assert.equal(validate(broken), false);
  assert.ok(validate.errors.some((e) => e.instancePath === '/questions/0/options/1/score'));
});

test('the published questionnaire schema documents how « Je ne sais pas » and « Non concerné » count', () => {
  const question = schema.properties.questions.items.properties;
  assert.deepEqual(question.unknownScore.enum, ['lowest', 'none']);
  assert.match(question.unknownScore.description, /lowest option/);
  assert.equal(question.allowNotApplicable.type, 'boolean');
  assert.match(question.allowNotApplicable.description, /not-applicable/);
  assert.ok(schema.properties.profile);
});

test('every demo questionnaire validates and is covered by the scoring invariants', () => {
  const invariants = readFileSync(new URL('../core/invariants.test.ts', import.meta.url), 'utf8');
  for (const file of readdirSync(new URL('../../demo/questionnaires/', import.meta.url))) {
    const data = JSON.parse(readFileSync(new URL(`../../demo/questionnaires/${file}`, import.meta.url), 'utf8'));
    assert.equal(validate(data), true, `${file}: ${JSON.stringify(validate.errors)}`);
    assert.ok(invariants.includes(`/demo/questionnaires/${file}`), `${file} is listed in tests/core/invariants.test.ts`);
  }
});

test('the results schema accepts results of the first shape and of the current one', () => {
  const check = new Ajv2020({ allErrors: true, strict: false }).compile(read('schema/results.schema.json'));
  const first = {
    questionnaireId: 'cap-numerique-maturite',
    version: '2026.1',
    score: 62,
    level: 'en-progression',
    dimensions: [{ id: 'strategie', score: 48, level: 'en-demarrage', answered: 4 }],
    weakest: ['strategie'],
    themes: ['strategie'],
    completedAt: '2026-03-03T10:00:00.000Z',
  };
  assert.equal(check(first), true, JSON.stringify(check.errors));
  const current = {
    ...first,
    score: null,
    level: null,
    partial: true,
    partialReason: 'unknown',
    profile: { 'profil-equipe': 'benevoles' },
    knowsWhomToAsk: false,
    dimensions: [{ id: 'strategie', score: 0, level: 'peu-initiee', answered: 1, status: 'scored', questions: 4, unknown: 3, notApplicable: 0 }],
  };
  assert.equal(check(current), true, JSON.stringify(check.errors));
  assert.equal(check({ ...current, partialReason: 'because' }), false);
});

test('the schema has an $id and a title for editors', () => {
  assert.match(schema.$id, /questionnaire\.schema\.json$/);
  assert.equal(typeof schema.title, 'string');
});

test('the structures sample in the project format validates against dist/schema/structures.schema.json, except its deliberately bad rows', () => {
  const structuresSchema = read('schema/structures.schema.json');
  const check = new Ajv2020({ allErrors: true, strict: false }).compile(structuresSchema);
  const sample = JSON.parse(readFileSync(new URL('../../demo/data/samples/cap-numerique.json', import.meta.url), 'utf8'));
  const item = structuresSchema.properties.structures.items.properties;
  const types = new Set(item.types.items.enum);
  const themes = new Set(item.themes.items.enum);
  // The reader also accepts labels ("Maison des associations") where the schema documents ids.
  const canonical = (s) => (s.types ?? []).every((t) => types.has(t)) && (s.themes ?? []).every((t) => themes.has(t));
  const good = {
    ...sample,
    structures: sample.structures.filter((s) => typeof s.name === 'string' && s.name.trim() && s.lat !== undefined && s.lon !== undefined && canonical(s)),
  };
  assert.ok(good.structures.length >= 5);
  assert.equal(check(good), true, JSON.stringify(check.errors, null, 2));
  assert.equal(check({ structures: [{ name: 'Sans position' }] }), false);
});

test('the submission schema accepts versions 1, 2 (with a département) and 3 (whether the association knows whom to ask); fields it does not list are ignored', () => {
  const check = new Ajv2020({ allErrors: true, strict: false }).compile(read('schema/submission.schema.json'));
  const payload = {
    schema: 'cap-numerique/submission/1',
    questionnaireId: 'cap-numerique-maturite',
    version: '2026.1',
    score: 62,
    level: 'en-progression',
    dimensions: [{ id: 'strategie', score: 48, level: 'en-demarrage', answered: 4 }],
    date: '2026-11-26',
    lang: 'fr',
  };
  assert.equal(check(payload), true, JSON.stringify(check.errors));
  assert.equal(check({ ...payload, schema: 'cap-numerique/submission/2', department: '2A' }), true, JSON.stringify(check.errors));
  assert.equal(check({ ...payload, schema: 'cap-numerique/submission/2', department: '20' }), false);
  // The collector drops what the schema does not list (the results may grow compatibly).
  assert.equal(check({ ...payload, partial: true }), true);
  assert.equal(check({ ...payload, dimensions: [{ ...payload.dimensions[0], answers: ['a'] }] }), true);
  const v3 = { ...payload, schema: 'cap-numerique/submission/3' };
  assert.equal(check(v3), true, JSON.stringify(check.errors));
  assert.equal(check({ ...v3, department: '69', knowsWhomToAsk: false }), true, JSON.stringify(check.errors));
  assert.equal(check({ ...v3, knowsWhomToAsk: 'non' }), false);
  assert.equal(check({ ...payload, schema: 'cap-numerique/submission/4' }), false);
  assert.equal(check({ ...payload, score: 101 }), false);
});

test('the contact schema needs an e-mail or a phone and refuses fields it does not list', () => {
  const schema = read('schema/contact.schema.json');
  assert.match(schema.$id, /contact\.schema\.json$/);
  const check = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const request = {
    schema: 'cap-numerique/contact/1',
    association: 'Les Amis du Lavoir',
    person: 'Claire Martin',
    email: 'claire@example.org',
    consent: { given: true, notice: 'notice-2026-11' },
    lang: 'fr',
  };
  assert.equal(check(request), true, JSON.stringify(check.errors));
  const { email: _email, ...neither } = request;
  assert.equal(check(neither), false);
  assert.equal(check({ ...neither, phone: '04 72 10 30 30' }), true, JSON.stringify(check.errors));
  assert.equal(check({ ...request, siret: '123' }), false);
  assert.equal(check({ ...request, consent: { given: false, notice: 'n' } }), false);
});
