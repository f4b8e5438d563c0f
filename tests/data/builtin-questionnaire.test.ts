import { expect } from '@open-wc/testing';
import { localize } from '../../src/core/i18n.js';
import { optionsOf } from '../../src/core/scoring.js';
import { SUPPORT_THEMES } from '../../src/core/vocabulary.js';
import { VERSION } from '../../src/core/version.js';
import type { LocalizedText } from '../../src/core/types.js';
import { builtinWith } from '../../src/data/builtin.js';
import en from '../../src/data/questionnaire.en.js';
import fr from '../../src/data/questionnaire.fr.js';
import recommendations from '../../src/data/recommendations.fr.js';

describe('built-in questionnaire', () => {
  it('has about 24 questions over the six dimensions of DESIGN §3.1 and the four levels', () => {
    expect(fr.questions.length).to.be.within(20, 28);
    expect(fr.dimensions.map((d) => d.id)).to.deep.equal([
      'strategie', 'outils', 'competences', 'communication', 'collaboration', 'donnees',
    ]);
    expect(fr.levels.map((l) => localize(l.label, 'fr'))).to.deep.equal(['Peu initiée', 'En démarrage', 'En progression', 'Bien outillée']);
    for (const d of fr.dimensions) expect(fr.questions.filter((q) => q.dimension === d.id).length).to.be.at.least(3);
  });

  it('uses every question type, show-if conditions and the support-theme vocabulary', () => {
    const types = new Set(fr.questions.map((q) => q.type));
    expect([...types].sort()).to.deep.equal(['multiple', 'scale', 'single', 'yes-no']);
    expect(fr.questions.filter((q) => q.showIf).length).to.be.at.least(1);
    for (const d of fr.dimensions) {
      expect(d.themes!.length).to.be.greaterThan(0);
      for (const t of d.themes!) expect(SUPPORT_THEMES as readonly string[]).to.include(t);
    }
  });

  it('has concrete next steps for every dimension at every level', () => {
    for (const d of fr.dimensions) {
      for (const l of fr.levels) {
        const steps = recommendations[d.id]?.[l.id] ?? [];
        expect(steps.length, `${d.id} / ${l.id}`).to.be.at.least(2);
      }
    }
  });

  it('is translated into English in full', async () => {
    const merged = await builtinWith({ lang: 'en', recommendations: true });
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
    for (const q of merged.questions) {
      texts.push([`${q.id}.label`, q.label]);
      if (q.help) texts.push([`${q.id}.help`, q.help]);
      for (const o of q.options ?? []) texts.push([`${q.id}.${o.id}`, o.label]);
    }
    const untranslated = texts
      .filter(([, text]) => text !== undefined)
      .filter(([, text]) => typeof text === 'string' ? !/^\d( —)?/.test(text) : !text!.en)
      .map(([where]) => where);
    expect(untranslated).to.deep.equal([]);
    expect(recommendations.strategie).to.exist;
    expect(en.title).to.not.equal(fr.title);
  });

  it('scores each choice question from a weakest to a best practice', () => {
    for (const q of fr.questions.filter((x) => x.type !== 'multiple')) {
      const scores = optionsOf(q).map((o) => o.score);
      expect(Math.max(...scores), q.id).to.be.greaterThan(Math.min(...scores));
    }
  });

  it('keeps the version constant in step with package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
