import { expect } from '@open-wc/testing';
import { finderLink, firstContactsFirst, profileMatches, sectorFigures, weakestWithSteps } from '../../src/core/guidance.js';
import type { Questionnaire, QuizResults } from '../../src/core/types.js';

const levels = [
  { id: 'low', label: 'Low', min: 0 },
  { id: 'mid', label: 'Mid', min: 40 },
  { id: 'good', label: 'Good', min: 60 },
  { id: 'high', label: 'High', min: 80 },
];
const staff = { question: 'team', anyOf: ['staff'] };

const questionnaire: Questionnaire = {
  id: 'q',
  version: 1,
  title: 'Q',
  levels,
  profile: [{ id: 'team', label: 'Team', type: 'single', options: [{ id: 'volunteers', label: 'V' }, { id: 'staff', label: 'S' }] }],
  dimensions: [
    { id: 'strategy', label: 'Strategy', themes: ['strategie'], recommendations: { mid: [{ text: 'for all' }, { text: 'employers only', showIf: staff }] } },
    { id: 'tools', label: 'Tools', themes: ['outils'], recommendations: { high: [{ text: 'keep going' }] } },
    { id: 'data', label: 'Data', themes: ['donnees-rgpd'] },
  ],
  questions: [],
};

function results(overrides: Partial<QuizResults> = {}): QuizResults {
  return {
    questionnaireId: 'q',
    version: 1,
    score: 60,
    level: 'good',
    dimensions: [
      { id: 'strategy', score: 45, level: 'mid', answered: 3 },
      { id: 'tools', score: 90, level: 'high', answered: 3 },
      { id: 'data', score: null, level: null, answered: 0 },
    ],
    weakest: ['strategy', 'tools'],
    themes: ['strategie', 'outils'],
    completedAt: '2026-03-03T10:00:00.000Z',
    ...overrides,
  };
}

describe('guidance', () => {
  it('gives the next steps of the weakest dimensions at their level, for this profile only', () => {
    const volunteers = weakestWithSteps(questionnaire, results({ profile: { team: 'volunteers' } }));
    expect(volunteers.map((w) => [w.dimension.id, w.steps.map((s) => s.text)])).to.deep.equal([
      ['strategy', ['for all']],
      ['tools', ['keep going']],
    ]);
    const employer = weakestWithSteps(questionnaire, results({ profile: { team: 'staff' } }));
    expect(employer[0]!.steps.map((s) => s.text)).to.deep.equal(['for all', 'employers only']);
    // No profile (results saved before it existed): only the steps for everyone.
    expect(weakestWithSteps(questionnaire, results())[0]!.steps.map((s) => s.text)).to.deep.equal(['for all']);
  });

  it('reads next steps and profile answers by own keys only', () => {
    const odd = structuredClone(questionnaire);
    odd.dimensions[0]!.recommendations = {};
    const r = results({ dimensions: [{ id: 'strategy', score: 45, level: '__proto__', answered: 3 }], weakest: ['strategy'] });
    expect(weakestWithSteps(odd, r)[0]!.steps).to.deep.equal([]);
    expect(profileMatches({ question: 'constructor', anyOf: ['x'] }, {})).to.equal(false);
  });

  it('puts first contacts first for who does not know whom to ask, the lowest level, or mostly « Je ne sais pas »', () => {
    expect(firstContactsFirst(results(), levels)).to.equal(false);
    expect(firstContactsFirst(results({ knowsWhomToAsk: false }), levels)).to.equal(true);
    expect(firstContactsFirst(results({ score: 20, level: 'low' }), levels)).to.equal(true);
    expect(firstContactsFirst(results({ score: null, level: null, partial: true, partialReason: 'unknown' }), levels)).to.equal(true);
    expect(firstContactsFirst(results({ score: null, level: null, partial: true, partialReason: 'dimensions' }), levels)).to.equal(false);
  });

  it('links to the finder page with the themes, relative to the page, http(s) only', () => {
    const base = 'https://reseau.example/diagnostic/quiz.html';
    expect(finderLink('../aide.html?x=1', ['strategie', 'outils'], base)).to.equal('https://reseau.example/aide.html?x=1&themes=strategie%2Coutils');
    expect(finderLink('https://autre.example/trouver', [], base)).to.equal('https://autre.example/trouver');
    // First contacts first: `start=1` tells the finder to list them first.
    expect(finderLink('../aide.html', ['juridique'], base, true)).to.equal('https://reseau.example/aide.html?themes=juridique&start=1');
    expect(finderLink('../aide.html', ['juridique'], base, false)).to.equal('https://reseau.example/aide.html?themes=juridique');
    expect(finderLink('javascript:alert(1)', ['outils'], base)).to.equal(undefined);
    expect(finderLink('', ['outils'], base)).to.equal(undefined);
    expect(finderLink(undefined, ['outils'], base)).to.equal(undefined);
  });

  it('ties each sector figure to an answer or a level, never to a level as such', () => {
    const themesOf = (id: string) => questionnaire.dimensions.find((d) => d.id === id)?.themes ?? [];
    expect(sectorFigures(results(), levels, themesOf)).to.deep.equal(['strategy']);
    expect(sectorFigures(results({ knowsWhomToAsk: false, level: 'mid' }), levels, themesOf)).to.deep.equal(['whom-to-ask', 'difficulties', 'strategy']);
    // A strategy dimension that is among the weakest but high on the scale says nothing of difficulties.
    const high = results({ dimensions: [{ id: 'strategy', score: 85, level: 'high', answered: 3 }], level: 'high' });
    expect(sectorFigures(high, levels, themesOf)).to.deep.equal([]);
    expect(sectorFigures({ level: 'low', dimensions: [] }, levels, themesOf)).to.deep.equal(['difficulties']);
  });
});
