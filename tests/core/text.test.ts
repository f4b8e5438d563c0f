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
    expect(foldText('Straße Ørsted Œuilly', { spell: 'latin', words: true })).to.equal('strasse orsted oeuilly');
  });

  it('keeps ß, ø, œ and æ unless asked to spell them out', () => {
    expect(foldText('Cœur Straße', { words: true })).to.equal('c ur stra e');
    expect(foldText('Cœur', { spell: 'ligatures' })).to.equal('coeur');
    expect(foldText('Ørsted Cæsar', { spell: 'latin' })).to.equal('orsted caesar');
  });

  it('folds commune names as a lowercase-first table of accented letters did', () => {
    // The commune search's own folding before this function: lowercase, then each non-ASCII
    // character from a table or decomposed alone. Only Ǣ ǣ Ǽ ǽ Ǿ ǿ differ (now "ae", "o").
    const table: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o' };
    const before = (s: string) =>
      s
        .toLowerCase()
        // eslint-disable-next-line no-control-regex -- everything outside ASCII, written as a range
        .replace(/[^\x00-\x7f]/g, (ch) => table[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const differ: string[] = [];
    for (let c = 0x80; c < 0x3000; c++) {
      const text = `A${String.fromCharCode(c)}z\u0301`;
      if (foldText(text, { spell: 'latin', words: true }) !== before(text)) differ.push(String.fromCharCode(c));
    }
    expect(differ.join('')).to.equal('ǢǣǼǽǾǿ');
  });
});
