import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../src/elements/support-finder/define.js';
import type { CapSupportFinder } from '../../../src/elements/support-finder/support-finder.js';
import { settle, shadow, waitFor } from '../../helpers.js';

const FIXTURES = '/tests/fixtures/standards/';

async function finder(src: string, lang = 'fr'): Promise<CapSupportFinder> {
  const el = await fixture<CapSupportFinder>(html`<cap-support-finder lang=${lang} src=${FIXTURES + src}></cap-support-finder>`);
  await waitFor(() => !shadow(el).querySelector('[aria-busy="true"]') && !!shadow(el).querySelector('.result-list, [role="alert"]'), 'finder never loaded', 10000);
  await settle(el);
  const map = shadow(el).querySelector('cap-finder-map') as LitElement | null;
  if (map) await settle(map);
  return el;
}

/** Opens the structure of that name and gives its detail. */
async function open(el: CapSupportFinder, name: string): Promise<Element> {
  const item = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('.item-button')).find((b) => b.textContent!.trim() === name);
  if (!item) throw new Error(`no "${name}" in the list`);
  item.click();
  await settle(el);
  await waitFor(() => !!shadow(el).querySelector('[part="detail"]'), 'no detail');
  return shadow(el).querySelector('[part="detail"]')!;
}

const hrefs = (detail: Element) => Array.from(detail.querySelectorAll('a')).map((a) => a.getAttribute('href'));
/** The text of the `dd`s that follow the `dt` of that label. */
function field(detail: Element, label: string): string[] {
  const dt = Array.from(detail.querySelectorAll('dt')).find((d) => d.textContent!.trim() === label);
  const out: string[] = [];
  for (let dd = dt?.nextElementSibling; dd?.tagName === 'DD'; dd = dd.nextElementSibling) out.push(dd.textContent!.replace(/\s+/g, ' ').trim());
  return out;
}

describe('<cap-support-finder> with real-shaped files', () => {
  it('shows a 2024 export’s row with older names: one link per phone, e-mail, accessibility, ways of support', async () => {
    const el = await finder('lamednum-export-2024.json');
    const detail = await open(el, 'Espace numérique de la Croix-Rousse');
    expect(hrefs(detail)).to.include.members(['tel:+33478000001', 'tel:+33612345678', 'mailto:numerique@example.org']);
    expect(field(detail, 'Téléphone')).to.deep.equal(['+33478000001', '+33612345678']);
    expect(field(detail, 'Accompagnement')).to.deep.equal(['À distance, Itinérant, Sur place']);
    expect(hrefs(detail).some((h) => h!.startsWith('https://acceslibre.beta.gouv.fr/'))).to.equal(true);
    expect(detail.textContent).to.contain('mise à jour le 12 mars 2024');
    await expect(el).to.be.accessible();
  });

  it('names the ways of support in English, and shows no placeholder date', async () => {
    const el = await finder('lamednum-export-2024.json', 'en');
    const detail = await open(el, 'Espace numérique de la Croix-Rousse');
    expect(field(detail, 'How help is given')).to.deep.equal(['Remotely, Mobile team, On site']);
    const gustavia = await (async () => {
      (Array.from(detail.querySelectorAll('button')).find((b) => /Back/.test(b.textContent!)) as HTMLButtonElement).click();
      await settle(el);
      return open(el, 'Espace numérique de Gustavia');
    })();
    expect(gustavia.textContent).not.to.match(/1970|0001|updated/i);
    await expect(el).to.be.accessible();
  });

  it('shows a data·inclusion service’s mobilisation link', async () => {
    const el = await finder('data-inclusion-v1-bundle.json');
    const detail = await open(el, 'Maison du numérique de Villeurbanne');
    const link = Array.from(detail.querySelectorAll('a')).find((a) => a.getAttribute('href') === 'https://www.actionlogement.fr/demande-cfi');
    expect(link?.textContent).to.contain('Faire une demande');
    expect(link?.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(field(detail, 'Demande en ligne')).to.have.length(1);
    expect(field(detail, 'Accompagnement')).to.deep.equal(['Sur place, À distance']);
    await expect(el).to.be.accessible();
  });
});
