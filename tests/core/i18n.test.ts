import { expect } from '@open-wc/testing';
import { format, formatDate, formatNumber, localize, normalizeLang } from '../../src/core/i18n.js';
import { formatIssues, formatPath } from '../../src/core/validation.js';

describe('i18n', () => {
  it('normalises language tags to the shipped languages', () => {
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('EN')).to.equal('en');
    expect(normalizeLang('fr-CA')).to.equal('fr');
    expect(normalizeLang('de')).to.equal('fr');
    expect(normalizeLang(null)).to.equal('fr');
  });

  it('localises texts, falling back to French', () => {
    expect(localize('Bonjour', 'en')).to.equal('Bonjour');
    expect(localize({ fr: 'Bonjour', en: 'Hello' }, 'en')).to.equal('Hello');
    expect(localize({ fr: 'Bonjour' }, 'en')).to.equal('Bonjour');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('Question {n} sur {total}', { n: 5, total: 24 })).to.equal('Question 5 sur 24');
    expect(format('{x} {y}', { x: 1 })).to.equal('1 {y}');
  });

  it('writes the singular or the plural form by the rules of each language', () => {
    const template = '{count} {count:structure trouvée|structures trouvées}';
    expect(format(template, { count: 0 })).to.equal('0 structure trouvée');
    expect(format(template, { count: 1 })).to.equal('1 structure trouvée');
    expect(format(template, { count: 2 })).to.equal('2 structures trouvées');
    expect(format(template, { count: formatNumber(20000, 'fr') })).to.equal('20\u202f000 structures trouvées');
    expect(format('{n} {n:row|rows}', { n: 0 }, 'en')).to.equal('0 rows');
    expect(format('{n} {n:row|rows}', { n: 1 }, 'en')).to.equal('1 row');
    expect(format('{n} {n:row|rows}', { n: formatNumber(1234, 'en') }, 'en')).to.equal('1,234 rows');
    // Placeholders inside a form; a value is never read as a placeholder.
    expect(format('Carte {n:de la structure|des {n} structures} ({p})', { n: 3, p: '{n:x|y}' })).to.equal('Carte des 3 structures ({n:x|y})');
    expect(format('{n:a|b}', {})).to.equal('{n:a|b}');
  });

  it('formats validation paths like JavaScript', () => {
    expect(formatPath(['questions', 3, 'options', 1, 'score'])).to.equal('questions[3].options[1].score');
    expect(formatIssues([{ code: 'invalid_type', expected: 'number', input: 'x', path: ['a'] }])).to.deep.equal([
      { path: 'a', message: 'expected a number, got string' },
    ]);
  });

  it('formats dates in French and English, a bare date without shifting the day', () => {
    expect(formatDate('2026-03-03', 'fr')).to.equal('3 mars 2026');
    expect(formatDate('2026-03-03', 'en')).to.equal('3 March 2026');
    expect(formatDate('2026-03-03T10:00:00.000Z', 'fr')).to.equal('3 mars 2026');
    expect(formatDate('pas une date', 'fr')).to.equal('pas une date');
  });
  it('formats numbers like Intl.NumberFormat in fr-FR and en-GB', () => {
    const cases = [0, 7, 42.5, 999, 1000, 1234.5, 20000, 1234567.891, 0.1234, -3.5, -1234.5, 100000];
    for (const value of cases) {
      for (const [lang, locale] of [['fr', 'fr-FR'], ['en', 'en-GB']] as const) {
        expect(formatNumber(value, lang), `${value} ${lang}`).to.equal(new Intl.NumberFormat(locale).format(value));
        expect(formatNumber(value, lang, 1), `${value} ${lang} 1 digit`).to.equal(
          new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value),
        );
      }
    }
    expect(formatNumber(20000, 'fr')).to.equal('20\u202f000');
    expect(formatNumber(1234.5, 'en')).to.equal('1,234.5');
    expect(formatNumber(Number.NaN, 'fr')).to.equal('NaN');
    // Intl writes "-0" for a negative value rounded to zero; people read "0".
    expect(formatNumber(-0.0001, 'fr')).to.equal('0');
  });
});
