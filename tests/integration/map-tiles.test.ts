/**
 * The finder's opt-in base map: when its tiles cannot be loaded (offline, refused by the page's
 * img-src, server down), the map shows the bundled outline instead of empty or broken images, and
 * credits what it shows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/support-finder/define.js';
import type { CapSupportFinder } from '../../src/elements/support-finder/support-finder.js';
import { shadow, waitFor } from '../helpers.js';

const mapRoot = (el: Element) => shadow(el).querySelector('cap-finder-map')!.shadowRoot!;
const credit = (el: Element) => mapRoot(el).querySelector('[part="attribution"]')!.textContent!.trim();
const tiles = (el: Element) => Array.from(mapRoot(el).querySelectorAll<SVGImageElement>('image.tile'));

describe('the finder map when its tiles fail or load', () => {
  it('falls back to the outline and its credit when no tile loads', async () => {
    const el = await fixture<CapSupportFinder>(html`<cap-support-finder tiles=${`${location.origin}/__fixtures/status/404?{z}/{x}/{y}`}></cap-support-finder>`);
    await waitFor(() => !!mapRoot(el)?.querySelector('.outline'), 'no map');
    await waitFor(() => tiles(el).length === 0 && credit(el).includes('Natural Earth'), `tiles: ${tiles(el).length}, credit: ${credit(el)}`, 10000);
    expect(mapRoot(el).querySelector('.outline')!.getAttribute('d')).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('keeps the tiles, and credits their server, when they load', async () => {
    const el = await fixture<CapSupportFinder>(html`<cap-support-finder tiles=${`${location.origin}/__fixtures/tile/{z}/{x}/{y}.png`}></cap-support-finder>`);
    await waitFor(() => tiles(el).length > 0, 'no tiles', 10000);
    await new Promise((r) => setTimeout(r, 300));
    expect(tiles(el).length).to.be.greaterThan(0);
    expect(tiles(el).every((t) => t.getAttribute('visibility') !== 'hidden')).to.equal(true);
    expect(credit(el)).to.equal(`Fond de carte\u00a0: ${location.hostname}.`);
  });
});
