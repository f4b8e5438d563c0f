import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { contactSchema } from '../../src/core/contact-schema.js';
import { checkContact, contactPayload, emptyContactDraft, EMAIL_PATTERN, noticeText, type ContactDraft } from '../../src/core/contact-request.js';
import { collectorBase, collectorEndpoint } from '../../src/core/submission.js';

const valid: ContactDraft = {
  ...emptyContactDraft(),
  association: 'Les Amis du Lavoir',
  person: 'Claire Martin',
  email: 'claire@example.org',
  consent: true,
};
const notice = 'Conservé 12 mois par le réseau.';
const accepted = (draft: ContactDraft) => z.safeParse(contactSchema, contactPayload(draft, { notice, lang: 'fr' })).success;

describe('the contact request as the form checks it', () => {
  it('uses the collector’s own e-mail rule', () => {
    expect(EMAIL_PATTERN.source).to.equal(z.regexes.email.source);
  });

  it('names each field’s problem', () => {
    expect(checkContact(emptyContactDraft())).to.deep.equal({
      association: { problem: 'required' },
      person: { problem: 'required' },
      email: { problem: 'reach' },
      consent: { problem: 'consent' },
    });
    expect(checkContact({ ...valid, email: 'x@', phone: '12' })).to.deep.equal({ email: { problem: 'email' }, phone: { problem: 'phone' } });
    expect(checkContact({ ...valid, association: 'a'.repeat(201) })).to.deep.equal({ association: { problem: 'tooLong', max: 200 } });
    expect(checkContact({ ...valid, person: 'a\u0007b' })).to.deep.equal({ person: { problem: 'oneLine' } });
    expect(checkContact({ ...valid, message: 'a\u0000' })).to.deep.equal({ message: { problem: 'control' } });
    expect(checkContact({ ...valid, email: '', phone: '04 72 10 30 30' })).to.deep.equal({});
  });

  it('accepts exactly what the collector accepts (random texts in every field)', () => {
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('', ' ', 'a@b.fr', '+33 4 72 10 30 30', 'x'.repeat(260)));
    fc.assert(
      fc.property(text, text, text, text, text, text, (association, person, email, phone, commune, message) => {
        const draft = { ...valid, association, person, email, phone, commune, message };
        const ok = Object.keys(checkContact(draft)).length === 0;
        expect(ok, JSON.stringify(draft)).to.equal(accepted(draft));
      }),
      { numRuns: 500 },
    );
  });

  it('sends trimmed texts, leaves out empty fields, and the level only when asked', () => {
    const results = { questionnaireId: 'q', version: 2, level: 'bas' } as never;
    const payload = contactPayload({ ...valid, association: '  A  ', commune: 'Lyon (69)', communeInsee: '69123' }, { notice, lang: 'en', results });
    expect(payload).to.deep.equal({
      schema: 'cap-numerique/contact/1',
      association: 'A',
      person: 'Claire Martin',
      email: 'claire@example.org',
      commune: { name: 'Lyon', insee: '69123' },
      consent: { given: true, notice },
      lang: 'en',
    });
    expect(contactPayload({ ...valid, attachLevel: true }, { notice, lang: 'fr', results }).results).to.deep.equal({
      questionnaireId: 'q',
      version: 2,
      level: 'bas',
    });
    // Typed, not chosen: the text as it is, no code.
    expect(contactPayload({ ...valid, commune: 'Lyon (69)' }, { notice, lang: 'fr' }).commune).to.deep.equal({ name: 'Lyon (69)' });
  });

  it('keeps the notice as read, without control characters, within the limit', () => {
    expect(noticeText(' Ligne 1\nLigne 2\u0007 ')).to.equal('Ligne 1\nLigne 2');
    expect(noticeText('x'.repeat(5000))).to.have.length(4000);
  });
});

describe('submit-url, the collector’s base address', () => {
  const page = 'https://www.example.org/diagnostic/';
  it('posts under it, with or without its final slash', () => {
    const at = (url: string, kind: 'results' | 'contact') => collectorEndpoint(collectorBase(url, page)!, kind);
    expect(at('https://collecte.example.org', 'results')).to.equal('https://collecte.example.org/results');
    expect(at('https://collecte.example.org/', 'contact')).to.equal('https://collecte.example.org/contact');
    expect(at('https://www.example.org/collecte', 'results')).to.equal('https://www.example.org/collecte/results');
    expect(at('/collecte/?token=1#x', 'contact')).to.equal('https://www.example.org/collecte/contact');
  });
  it('is nothing when not an http(s) address', () => {
    expect(collectorBase('javascript:alert(1)', page)).to.equal(undefined);
    expect(collectorBase('http://[', page)).to.equal(undefined);
    expect(collectorBase(undefined, page)).to.equal(undefined);
  });
});
