import { expect } from '@open-wc/testing';
import { foldText, WORDS } from '../../src/core/text.js';

describe('text: foldText', () => {
  it('lowercases and removes accents, keeping everything else by default', () => {
    expect(foldText('École Ouverte')).to.equal('ecole ouverte');
    // Decomposed input ("E" + combining acute) folds the same as the precomposed letter.
    expect(foldText('E\u0301cole')).to.equal('ecole');
    expect(foldText("L'Œuvre — Données/RGPD !")).to.equal("l'œuvre — donnees/rgpd !");
    expect(foldText('ÇA VA, ÂNE ?')).to.equal('ca va, ane ?');
    expect(foldText('')).to.equal('');
    expect(foldText('plain ascii 42')).to.equal('plain ascii 42');
  });

  it('folds words: ligatures spelt out, punctuation as single spaces, none at the ends', () => {
    expect(foldText("  L'Œuvre — Données/RGPD ! ", WORDS)).to.equal('l oeuvre donnees rgpd');
    expect(foldText('Tiers-Lieu_FabLab', WORDS)).to.equal('tiers lieu fablab');
    expect(foldText('Cæsar', WORDS)).to.equal('caesar');
    expect(foldText('--- !', WORDS)).to.equal('');
    // ß and ø are not spelt out with 'ligatures': they are punctuation there.
    expect(foldText('Straße Ørsted', WORDS)).to.equal('stra e rsted');
  });

  it("spells out ß and ø too with 'latin' (commune names)", () => {
    expect(foldText('Straße Ørsted Œuilly', { spell: 'latin', separator: ' ' })).to.equal('strasse orsted oeuilly');
  });

  it('writes slugs with another separator', () => {
    expect(foldText('Saint-Étienne (42)', { separator: '-' })).to.equal('saint-etienne-42');
    expect(foldText('  Cœur de ville  ', { separator: '-' })).to.equal('c-ur-de-ville');
    expect(foldText('Cœur', { spell: 'ligatures', separator: '-' })).to.equal('coeur');
  });

  it('folds every character as decomposing the whole text does', () => {
    const reference = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    for (let c = 0; c < 0x3000; c++) {
      const text = `A${String.fromCharCode(c)}z\u0301`;
      if (foldText(text) !== reference(text)) expect(foldText(text), `U+${c.toString(16)}`).to.equal(reference(text));
    }
  });
});
