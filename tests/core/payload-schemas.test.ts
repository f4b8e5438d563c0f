import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { contactSchema, departmentOfInsee, type ContactPayload } from '../../src/core/contact-schema.js';
import { submissionOf } from '../../src/core/submission.js';
import { submissionSchema } from '../../src/core/submission-schema.js';
import type { QuizResults } from '../../src/core/types.js';
import { formatIssues } from '../../src/core/validation.js';

const results: QuizResults = {
  questionnaireId: 'cap-numerique-maturite',
  version: '2026.1',
  score: 62,
  level: 'en-progression',
  dimensions: [
    { id: 'strategie', score: 48, level: 'en-demarrage', answered: 4 },
    { id: 'donnees', score: null, level: null, answered: 0 },
  ],
  weakest: ['strategie'],
  themes: ['strategie'],
  completedAt: '2026-11-26T10:12:00.000Z',
};

function problems(schema: z.ZodMiniType, data: unknown): string[] {
  const parsed = z.safeParse(schema, data, { reportInput: true });
  return parsed.success ? [] : formatIssues(parsed.error.issues).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
}

const contact = (extra: Partial<ContactPayload> = {}): ContactPayload => ({
  schema: 'cap-numerique/contact/1',
  association: 'Les Amis du Lavoir',
  person: 'Claire Martin',
  email: 'claire@example.org',
  consent: { given: true, notice: 'notice-2026-11' },
  lang: 'fr',
  ...extra,
});

describe('results payload schema', () => {
  it('accepts what the diagnostic sends: version 1 without a commune, version 2 with its département', () => {
    const v1 = submissionOf(results, 'fr');
    expect(v1.schema).to.equal('cap-numerique/submission/1');
    expect(problems(submissionSchema, v1)).to.deep.equal([]);
    const v2 = submissionOf(results, 'en', '2A');
    expect(v2).to.include({ schema: 'cap-numerique/submission/2', department: '2A' });
    expect(problems(submissionSchema, v2)).to.deep.equal([]);
  });

  it('sends version 3 when the results say whether the association knows whom to ask, with or without a département', () => {
    const v3 = submissionOf({ ...results, knowsWhomToAsk: false }, 'fr');
    expect(v3).to.include({ schema: 'cap-numerique/submission/3', knowsWhomToAsk: false });
    expect(v3).to.not.have.property('department');
    expect(problems(submissionSchema, v3)).to.deep.equal([]);
    expect(z.parse(submissionSchema, v3)).to.include({ knowsWhomToAsk: false });
    const withPlace = submissionOf({ ...results, knowsWhomToAsk: true }, 'en', '69');
    expect(withPlace).to.include({ schema: 'cap-numerique/submission/3', department: '69', knowsWhomToAsk: true });
    expect(z.parse(submissionSchema, withPlace)).to.include({ department: '69', knowsWhomToAsk: true });
    // Not a yes/no: refused. And versions 1 and 2 do not keep it.
    expect(problems(submissionSchema, { ...v3, knowsWhomToAsk: 'non' })).to.deep.equal(['knowsWhomToAsk: expected a boolean, got string']);
    expect(z.parse(submissionSchema, { ...submissionOf(results, 'fr', '69'), knowsWhomToAsk: false })).to.not.have.property('knowsWhomToAsk');
  });

  it('accepts fields it does not know, at the top and in each dimension, and drops them', () => {
    const sent = { ...submissionOf(results, 'fr'), partial: true, email: 'x@example.org' };
    sent.dimensions[0] = { ...sent.dimensions[0]!, status: 'scored' } as (typeof sent.dimensions)[number];
    const kept = z.parse(submissionSchema, sent);
    expect(kept).to.not.have.property('partial');
    expect(kept).to.not.have.property('email');
    expect(kept.dimensions[0]).to.deep.equal({ id: 'strategie', score: 48, level: 'en-demarrage', answered: 4 });
    // A département is a version 2 field: version 1 does not keep one.
    expect(z.parse(submissionSchema, { ...submissionOf(results, 'fr'), department: '69' })).to.not.have.property('department');
  });

  it('names each invalid field in plain words', () => {
    const bad = {
      ...submissionOf(results, 'fr', '69'),
      department: '20',
      date: '2026-13-01',
      questionnaireId: '<script>alert(1)</script>',
      score: 120,
    };
    expect(problems(submissionSchema, bad)).to.deep.equal([
      'questionnaireId: expected an id: letters, digits, "-", "_", "." or ":"',
      'score: must be at most 100',
      'date: expected a date as YYYY-MM-DD',
      'department: expected a département code ("01"–"95", "2A", "2B", "971"–"978" or "986"–"988")',
    ]);
    expect(problems(submissionSchema, { ...bad, schema: 'cap-numerique/submission/9' })).to.deep.equal([
      'schema: expected "cap-numerique/submission/1", "cap-numerique/submission/2" or "cap-numerique/submission/3"',
    ]);
  });

  it('bounds every stored text and list', () => {
    const v1 = submissionOf(results, 'fr');
    expect(problems(submissionSchema, { ...v1, version: 'v'.repeat(51) })).to.deep.equal(['version: is longer than 50 characters']);
    expect(problems(submissionSchema, { ...v1, version: 'a\nb' })).to.deep.equal(['version: must be one line of text, without control characters']);
    const many = Array.from({ length: 51 }, (_, i) => ({ id: `d${i}`, score: 1, level: null, answered: 1 }));
    expect(problems(submissionSchema, { ...v1, dimensions: many })).to.deep.equal(['dimensions: has more than 50 items']);
  });
});

describe('contact request schema', () => {
  it('accepts a request with an e-mail, a phone or both, a commune and attached results', () => {
    expect(problems(contactSchema, contact())).to.deep.equal([]);
    const { email: _omitted, ...withoutEmail } = contact();
    expect(problems(contactSchema, { ...withoutEmail, phone: '+33 (0)4 72 10 30 30' })).to.deep.equal([]);
    const full = contact({
      phone: '04.72.10.30.30',
      commune: { name: 'Lyon', insee: '69123' },
      message: 'Bonjour,\nnous aimerions être accompagnés.',
      results: { questionnaireId: 'cap-numerique-maturite', version: '2026.1', level: 'peu-initiee' },
    });
    expect(problems(contactSchema, full)).to.deep.equal([]);
  });

  it('needs an e-mail address or a phone number', () => {
    const { email: _omitted, ...neither } = contact();
    expect(problems(contactSchema, neither)).to.deep.equal(['email: give an e-mail address or a phone number (or both)']);
  });

  it('refuses a field it does not know, and a consent that was not given', () => {
    expect(problems(contactSchema, { ...contact(), siret: '123' })).to.deep.equal(['unknown key(s) siret']);
    expect(problems(contactSchema, contact({ consent: { given: false, notice: 'n' } as never }))).to.deep.equal([
      'consent.given: expected one of true',
    ]);
    expect(problems(contactSchema, contact({ consent: { given: true, notice: '' } }))).to.deep.equal(['consent.notice: must not be empty']);
  });

  it('names each invalid field in plain words', () => {
    const bad = contact({
      association: '',
      person: 'Claire\r\nBcc: x@example.org',
      email: 'not an address',
      phone: '12',
      commune: { name: 'Lyon', insee: '2C001' },
      message: 'x'.repeat(2001),
    });
    expect(problems(contactSchema, bad)).to.deep.equal([
      'association: must not be empty',
      'person: must be one line of text, without control characters',
      'email: expected an e-mail address',
      'phone: expected a phone number: digits, spaces and + . - ( )',
      'commune.insee: expected an INSEE commune code (5 characters, e.g. "69123" or "2A004")',
      'message: is longer than 2000 characters',
    ]);
  });

  it('keeps script, HTML and formulas as text: they are the user’s words, shown and exported as text', () => {
    const hostile = '<img src=x onerror=alert(1)> =HYPERLINK("http://evil.example") @SUM(A1)';
    expect(problems(contactSchema, contact({ association: hostile, person: hostile, message: hostile }))).to.deep.equal([]);
  });

  it('gives the département of a commune code, overseas and in Corsica too', () => {
    expect(departmentOfInsee('69123')).to.equal('69');
    expect(departmentOfInsee('2A004')).to.equal('2A');
    expect(departmentOfInsee('97411')).to.equal('974');
    // The overseas collectivities of the commune index: Nouméa, Papeete, Saint-Barthélemy.
    expect(departmentOfInsee('98818')).to.equal('988');
    expect(departmentOfInsee('98735')).to.equal('987');
    expect(departmentOfInsee('97701')).to.equal('977');
    expect(problems(contactSchema, contact({ commune: { name: 'Nouméa', insee: '98818' } }))).to.deep.equal([]);
    expect(problems(contactSchema, contact({ commune: { name: 'Terre-Adélie', insee: '98414' } }))).to.have.length(1);
  });
});
