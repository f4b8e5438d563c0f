/**
 * The map's offline base map (France, the countries around it, the sea) and the raster tiles over
 * it: neighbours are land, not sea; a tile that fails leaves the base map in view, never a broken
 * image; the credit names what is shown.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../src/elements/support-finder/define.js';
import type { CapFinderMap } from '../../../src/elements/support-finder/finder-map.js';
import { project } from '../../../src/elements/support-finder/map-geometry.js';
import type { Structure } from '../../../src/core/structures/model.js';
import { settle, waitFor } from '../../helpers.js';

const LILLE: Structure = { id: 'l', name: 'Point d’appui de Lille', lat: 50.6292, lon: 3.0573, types: ['point-appui'], themes: ['outils'], source: 'test' };

async function map(tiles = 'none', scheme: 'light' | 'dark' = 'light'): Promise<CapFinderMap> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width: 600px; color-scheme: ${scheme}`}><cap-finder-map .structures=${[LILLE]} tiles=${tiles}></cap-finder-map></div>`,
  );
  const el = wrapper.querySelector('cap-finder-map') as CapFinderMap;
  await settle(el as unknown as LitElement);
  await waitFor(() => !!el.shadowRoot!.querySelector('.neighbours'), 'the countries around France were never drawn', 10000);
  return el;
}

const root = (el: Element) => el.shadowRoot!;

/** Whether a place falls in the fill of the first path matching `selector` (in world units). */
function inFill(el: Element, selector: string, lat: number, lon: number): boolean {
  const [x, y] = project([lon, lat]);
  return Array.from(root(el).querySelectorAll<SVGPathElement>(selector)).some((p) => p.isPointInFill(new DOMPoint(x, y)));
}

function rgb(color: string): [number, number, number] {
  const m = color.match(/[\d.]+/g)!.map(Number);
  return [m[0]!, m[1]!, m[2]!];
}
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const tileUrls = (el: Element) => Array.from(root(el).querySelectorAll('image')).map((i) => i.getAttribute('href')!);
const credit = (el: Element) => root(el).querySelector('[part="attribution"]')!.textContent!;

describe('<cap-finder-map> base map', () => {
  afterEach(() => fixtureCleanup());

  it('draws the countries around France as land, not sea, up to the border (Lille, Nice, the overseas departments)', async () => {
    const el = await map();
    // Just over the border: Tournai and Mouscron (Belgium), Ventimiglia (Italy), Geneva, Saarbrücken,
    // San Sebastián, Canterbury; Suriname and Brazil around Guyane; Dominica between the Antilles.
    const abroad: [number, number][] = [[50.606, 3.389], [50.744, 3.206], [43.79, 7.607], [46.204, 6.143], [49.234, 6.997], [43.318, -1.981], [51.28, 1.08], [5.0, -55.5], [1.5, -52.0], [15.414, -61.37]];
    for (const [lat, lon] of abroad) {
      expect(inFill(el, '.neighbours', lat, lon), `${lat},${lon} abroad`).to.equal(true);
      expect(inFill(el, '.outline', lat, lon), `${lat},${lon} not France`).to.equal(false);
    }
    // Lille, Nice, Strasbourg, Hendaye, Saint-Laurent-du-Maroni: France, not its neighbours.
    for (const [lat, lon] of [[50.6292, 3.0573], [43.7031, 7.2661], [48.5734, 7.7521], [43.359, -1.766], [5.499, -54.03]] as [number, number][]) {
      expect(inFill(el, '.outline', lat, lon), `${lat},${lon} in France`).to.equal(true);
      expect(inFill(el, '.neighbours', lat, lon), `${lat},${lon} not abroad`).to.equal(false);
    }
    // Saint-Martin and Saint-Barthélemy are French collectivities: drawn as France.
    expect(inFill(el, '.outline', 17.9, -62.835)).to.equal(true);
    // So are those of the commune index further away: the land around Nouméa, Papeete, Mata-Utu
    // and Miquelon, not the sea.
    for (const [lat, lon] of [[-21.5, 165.5], [-17.65, -149.45], [-13.28, -176.18], [47.05, -56.35]] as [number, number][]) {
      expect(inFill(el, '.outline', lat, lon), `${lat},${lon} in a French collectivity`).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`fills France, its neighbours and the sea with three distinct colours and a visible border (${scheme} scheme)`, async () => {
      const el = await map('none', scheme);
      const sea = getComputedStyle(root(el).querySelector('.map-frame')!).backgroundColor;
      const france = getComputedStyle(root(el).querySelector('.outline')!);
      const neighbours = getComputedStyle(root(el).querySelector('.neighbours')!);
      const fills = [sea, france.fill, neighbours.fill];
      expect(new Set(fills).size, fills.join(' / ')).to.equal(3);
      // Lightness apart as well as hue, so that the sea and the land differ without colour vision.
      expect(contrast(neighbours.fill, sea), 'neighbours / sea').to.be.at.least(1.1);
      expect(contrast(neighbours.fill, france.fill), 'neighbours / France').to.be.at.least(1.3);
      expect(contrast(france.fill, sea), 'France / sea').to.be.at.least(1.5);
      // The border line: at least 3:1 against every fill it separates.
      for (const fill of fills) expect(contrast(france.stroke, fill), `border / ${fill}`).to.be.at.least(3);
      expect(neighbours.stroke).to.not.equal('none');
      // The dark defaults are darker than the light ones (light-dark() follows the page's scheme).
      expect(luminance(sea) < 0.05).to.equal(scheme === 'dark');
      await expect(el).to.be.accessible();
    });
  }

  it('draws the base map under the tiles, which load over it, credited alone once they cover the view', async () => {
    const el = await map(`${location.origin}/__fixtures/tile/{z}/{x}/{y}.png`);
    const svg = root(el).querySelector('svg.map')!;
    // The tile layer is a chunk of its own, loaded when the map is given tiles.
    await waitFor(() => !!svg.querySelector('image'), 'no tile', 10000);
    expect(svg.querySelector('g.base')!.compareDocumentPosition(svg.querySelector('image')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await waitFor(() => !credit(el).includes('Natural Earth'), 'the credit never named the tiles alone', 10000);
    expect(credit(el)).to.contain(location.hostname);
    expect(tileUrls(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('hides every tile that fails and shows the base map under it, crediting both', async () => {
    const el = await map(`${location.origin}/__fixtures/half-tile/{z}/{x}/{y}.png`);
    const odd = (url: string) => Number(url.split('/').at(-2)) % 2 === 1;
    // The failing tiles (odd x) leave the view; the others stay.
    await waitFor(() => tileUrls(el).length > 0 && !tileUrls(el).some(odd), 'failed tiles are still drawn', 10000);
    await waitFor(() => credit(el).includes('Natural Earth') && credit(el).includes(location.hostname), 'the credit does not name both', 10000);
    expect(credit(el)).to.match(/^Fond de carte\u00a0: .+\. Ailleurs\u00a0: Natural Earth \(domaine public\)\.$/);
    expect(root(el).querySelector('.outline')).to.not.equal(null);
    // Panning asks for other tiles; those that fail leave the view too.
    (el as unknown as { focusOn(lat: number, lon: number, z: number): void }).focusOn(43.7, 7.26, 9);
    await waitFor(() => tileUrls(el).length > 0 && tileUrls(el).every((u) => u.includes('/9/') && !odd(u)), 'failed tiles after a pan', 10000);
    await expect(el).to.be.accessible();
  });

  it('falls back to the base map and its credit when no tile loads at all, and asks for no more tiles', async () => {
    const el = await map(`${location.origin}/__fixtures/no-such-tiles/{z}/{x}/{y}.png`);
    await waitFor(() => tileUrls(el).length === 0 && credit(el).includes('Natural Earth'), 'the failing tiles stay drawn', 10000);
    expect(credit(el)).to.equal('Fond de carte\u00a0: Natural Earth (domaine public).');
    // Moving the map does not ask for tiles again.
    (el as unknown as { focusOn(lat: number, lon: number, z: number): void }).focusOn(43.7, 7.26, 10);
    await settle(el as unknown as LitElement);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await settle(el as unknown as LitElement);
    expect(tileUrls(el)).to.deep.equal([]);
    // A new `tiles` value is tried afresh.
    el.tiles = `${location.origin}/__fixtures/tile/{z}/{x}/{y}.png`;
    await waitFor(() => tileUrls(el).length > 0, 'new tiles not tried', 10000);
    await expect(el).to.be.accessible();
  });
});
