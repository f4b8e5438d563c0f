import { expect } from '@open-wc/testing';
import { localize } from '../../src/core/i18n.js';
import { optionsOf, visibleQuestions } from '../../src/core/scoring.js';
import { SUPPORT_THEMES } from '../../src/core/vocabulary.js';
import { VERSION } from '../../src/core/version.js';
import type { LocalizedText } from '../../src/core/types.js';
import { builtinWith } from '../../src/data/builtin.js';
import en from '../../src/data/questionnaire.en.js';
import fr from '../../src/data/questionnaire.fr.js';
import details from '../../src/data/recommendations.fr.js';

const profiles = (['benevoles', 'salaries'] as const).map((team) => ({
  'profil-equipe': team,
  'profil-taille': '6-20',
  'profil-budget': 'moins-10k',
  'profil-federation': 'no',
}));

describe('built-in questionnaire', () => {
  it('asks four profile questions, then about 24 questions over the six dimensions, with the four levels', () => {
    expect(fr.profile!.map((p) => p.id)).to.deep.equal(['profil-equipe', 'profil-taille', 'profil-budget', 'profil-federation']);
    for (const profile of profiles) expect(visibleQuestions(fr, profile).length).to.be.within(22, 26);
    expect(fr.dimensions.map((d) => d.id)).to.deep.equal(['strategie', 'outils', 'competences', 'communication', 'collaboration', 'donnees']);
    expect(fr.levels.map((l) => localize(l.label, 'fr'))).to.deep.equal(['Peu initiée', 'En démarrage', 'En progression', 'Bien outillée']);
    for (const d of fr.dimensions) expect(visibleQuestions(fr, profiles[0]!).filter((q) => q.dimension === d.id).length).to.be.at.least(3);
  });

  it('covers phishing and fraud, ownership of accounts, offline members, generative AI and responsible equipment', () => {
    const text = fr.questions
      .map((q) => [q.label, q.help, ...optionsOf(q).map((o) => o.label)].map((t) => localize(t, 'fr')).join(' '))
      .join(' ');
    for (const topic of [/fraude au président/, /nom de domaine/, /n'utilisent pas internet|n’utilisent pas internet/, /intelligence artificielle/, /reconditionné/]) {
      expect(text).to.match(topic);
    }
  });

  it('never offers « Non concerné » where every association is concerned, and says who does not know whom to ask', () => {
    const byId = new Map(fr.questions.map((q) => [q.id, q]));
    for (const id of ['competences-contacts', 'donnees-sauvegarde', 'donnees-comptes', 'donnees-fraude', 'donnees-rgpd']) {
      expect(byId.get(id)!.allowNotApplicable, id).to.equal(false);
    }
    expect(fr.questions.filter((q) => q.role === 'whom-to-ask').map((q) => q.id)).to.deep.equal(['competences-contacts']);
  });

  it('does not count tools: no checklist question, and each choice question runs from a weaker to a better practice', () => {
    expect(fr.questions.filter((q) => q.type === 'multiple')).to.deep.equal([]);
    for (const q of fr.questions) {
      const scores = optionsOf(q).map((o) => o.score);
      expect(Math.max(...scores), q.id).to.be.greaterThan(Math.min(...scores));
      expect(new Set(scores).size, `${q.id}: one score per option`).to.equal(scores.length);
    }
  });

  it('uses the support-theme vocabulary for every dimension', () => {
    for (const d of fr.dimensions) {
      expect(d.themes!.length).to.be.greaterThan(0);
      for (const t of d.themes!) expect(SUPPORT_THEMES as readonly string[]).to.include(t);
    }
  });

  it('points a weak security score to cybersecurity, a weak data score to data protection, governance to legal help', () => {
    const themes = (id: string) => fr.dimensions.find((d) => d.id === id)!.themes;
    expect(themes('donnees')).to.deep.equal(['cybersecurite', 'donnees-rgpd']);
    expect(themes('strategie')).to.include('juridique');
    // Every theme a dimension points to is one a structure can offer.
    expect(new Set(fr.dimensions.flatMap((d) => d.themes!)).size).to.be.at.least(10);
  });

  it('has concrete next steps for every dimension at every level, for volunteer-run and employer associations', () => {
    for (const d of fr.dimensions) {
      for (const l of fr.levels) {
        const steps = details.dimensions[d.id]?.recommendations[l.id] ?? [];
        for (const team of ['benevoles', 'salaries']) {
          const given = steps.filter((s) => !s.showIf || s.showIf.anyOf.includes(team));
          expect(given.length, `${d.id} / ${l.id} / ${team}`).to.be.at.least(2);
        }
      }
      expect(details.dimensions[d.id]!.description).to.be.a('string');
    }
    for (const l of fr.levels) expect(details.levels[l.id]).to.be.a('string');
  });

  it('gives no DLA, no paid tool and no salaried role to an association run by volunteers only', () => {
    for (const d of Object.values(details.dimensions)) {
      for (const steps of Object.values(d.recommendations)) {
        for (const step of steps) {
          const text = localize(step.text, 'fr');
          if (/\bDLA\b|France Active|tarif|OPCO|salarié|employeuse/.test(text) || /info-dla|franceactive|solidatech/.test(step.url ?? '')) {
            expect(step.showIf, text).to.deep.equal({ question: 'profil-equipe', anyOf: ['salaries'] });
          }
        }
      }
    }
  });

  it('links only to the organisations’ own addresses, checked by hand (see docs/methodology.md)', () => {
    const checked = [
      'https://www.associations.gouv.fr/le-fdva.html',
      'https://www.info-dla.fr/',
      'https://www.franceactive.org/',
      'https://www.solidatech.fr/',
      'https://chatons.org/',
      'https://www.conseiller-numerique.gouv.fr/',
      'https://accessibilite.numerique.gouv.fr/',
      'https://www.cybermalveillance.gouv.fr/',
      'https://monaide.cyber.gouv.fr/',
      'https://www.cnil.fr/',
    ];
    const used = Object.values(details.dimensions).flatMap((d) => Object.values(d.recommendations).flat().map((s) => s.url).filter(Boolean));
    expect([...new Set(used)].sort()).to.deep.equal(checked.sort());
  });

  it('is translated into English in full', async () => {
    const merged = await builtinWith({ lang: 'en', details: true });
    const texts: [string, LocalizedText | undefined][] = [['title', merged.title], ['intro', merged.intro]];
    for (const d of merged.dimensions) {
      texts.push([`${d.id}.label`, d.label], [`${d.id}.description`, d.description]);
      for (const [level, steps] of Object.entries(d.recommendations ?? {})) {
        steps.forEach((step, i) => {
          texts.push([`${d.id}.${level}[${i}]`, step.text]);
          if (step.linkLabel) texts.push([`${d.id}.${level}[${i}].linkLabel`, step.linkLabel]);
        });
      }
    }
    for (const l of merged.levels) texts.push([`${l.id}.label`, l.label], [`${l.id}.description`, l.description]);
    for (const q of [...merged.profile!, ...merged.questions]) {
      texts.push([`${q.id}.label`, q.label]);
      if (q.help) texts.push([`${q.id}.help`, q.help]);
      for (const o of q.options ?? []) texts.push([`${q.id}.${o.id}`, o.label]);
    }
    const untranslated = texts
      .filter(([, text]) => text !== undefined)
      .filter(([, text]) => (typeof text === 'string' ? !/^\d( —)?/.test(text) : !text!.en))
      .map(([where]) => where);
    expect(untranslated).to.deep.equal([]);
    expect(en.title).to.not.equal(fr.title);
  });

  it('has a new version: answers saved for the previous questions are not read with these', () => {
    expect(fr.version).to.not.equal('2026.1');
  });

  it('keeps the version constant in step with package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
