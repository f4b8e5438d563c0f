/**
 * The demo data cannot be mistaken for real structures: every name shown says « (fictif) »
 * ("(fictitious)" in English), and no name or description borrows a real network or programme.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../src/elements/support-finder/define.js';
import type { CapSupportFinder } from '../../../src/elements/support-finder/support-finder.js';
import { demoStructures } from '../../../src/data/demo-structures.js';
import { settle, shadow, waitFor } from '../../helpers.js';

/** Names of real networks, labels and programmes (and their usual short forms) that demo data must not borrow. */
const REAL = [
  /\bDLA\b/, /France Services/i, /Cap Emploi/i, /Initiative/, /France Active/i, /Guid.?Asso/i, /\bHub\b/i, /\bCRESS\b/,
  /Chambre (régionale )?de l.économie/i, /Conseill[eè]re? numérique/i, /foyers ruraux/i, /Familles rurales/i,
  /Ligue de l.enseignement/i, /Emmaüs/i, /Aidants Connect/i, /\bPAVA\b/, /\bCRIB\b/, /Point d.appui/i,
  /Coop(érative)? (de la médiation )?numérique/i, /(^|\s)Fédération\b/, /(^|\s)Union\b/, /Mouvement associatif/i, /\bUFCV\b/i, /Solidatech/i,
];

async function finder(lang?: string): Promise<CapSupportFinder> {
  const el = await fixture<CapSupportFinder>(html`<cap-support-finder lang=${lang ?? 'fr'}></cap-support-finder>`);
  await waitFor(() => !!shadow(el).querySelector('.item-button'), 'the demo list never showed', 10000);
  await settle(el);
  const map = shadow(el).querySelector('cap-finder-map') as LitElement | null;
  if (map) await settle(map);
  return el;
}

describe('demo data names', () => {
  afterEach(() => fixtureCleanup());

  it('says « (fictif) » after every name, in the list, the map and the detail', async () => {
    const el = await finder();
    expect(el.structures.length).to.be.greaterThan(60);
    for (const s of el.structures) expect(s.name, s.id).to.match(/\S \(fictif\)$/);
    const listed = Array.from(shadow(el).querySelectorAll('.item-button')).map((b) => b.textContent!.trim());
    expect(listed.length).to.be.greaterThan(0);
    for (const name of listed) expect(name).to.match(/ \(fictif\)$/);
    shadow(el).querySelector<HTMLButtonElement>('.item-button')!.click();
    await waitFor(() => !!shadow(el).querySelector('[part="detail"] h2'), 'no detail');
    expect(shadow(el).querySelector('[part="detail"] h2')!.textContent).to.match(/ \(fictif\)$/);
    await expect(el).to.be.accessible();
  });

  it('says "(fictitious)" in English', async () => {
    const el = await finder('en');
    for (const s of el.structures) expect(s.name, s.id).to.match(/\S \(fictitious\)$/);
    for (const b of shadow(el).querySelectorAll('.item-button')) expect(b.textContent!.trim()).to.match(/ \(fictitious\)$/);
    await expect(el).to.be.accessible();
  });

  it('borrows no name of a real network, label or programme, in names or descriptions', () => {
    for (const s of demoStructures('fr')) {
      for (const pattern of REAL) {
        expect(s.name, `${s.id}: ${s.name}`).to.not.match(pattern);
        expect(s.description ?? '', `${s.id}: ${s.description}`).to.not.match(pattern);
      }
    }
    // The patterns do catch the names the demo data used to borrow.
    for (const old of ['Tremplin Asso, DLA du Rhône', 'Alpes Lac Initiative Solidaire', 'Cap Emploi Asso', 'France Services des Arènes', 'Hub numérique Madinina', 'Guid’Asso des Alpes']) {
      expect(REAL.some((p) => p.test(old)), old).to.equal(true);
    }
  });
});
