/**
 * The snippet builder warns, next to the field, that a finder without structure files shows
 * fictitious demo data: visible, read with the field, announced when it appears or goes.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/builder/builder.js';
import { settle } from '../helpers.js';

async function builder(): Promise<LitElement> {
  const el = await fixture<LitElement>(html`<cap-snippet-builder></cap-snippet-builder>`);
  await settle(el);
  return el;
}

async function set(el: LitElement, id: string, value: string): Promise<void> {
  const field = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('change'));
  await settle(el);
}

const WARNING = /^Sans (src|structures-src), le module affiche des données de démonstration fictives\u00a0: /;

describe('snippet builder: a finder without src', () => {
  afterEach(() => fixtureCleanup());

  for (const [widget, field] of [['finder', 'src'], ['diagnostic', 'structures-src']] as const) {
    it(`warns that ${widget} without ${field} shows fictitious demo data, until a file is given`, async () => {
      const el = await builder();
      await set(el, 'widget', widget);
      const root = el.shadowRoot!;
      const input = root.querySelector<HTMLInputElement>(`#field-${field}`)!;
      const warning = root.querySelector<HTMLElement>(`#warning-${field}`)!;
      expect(warning.textContent!.trim()).to.match(WARNING);
      expect(warning.textContent).to.contain(`Sans ${field},`);
      expect(warning.getAttribute('role')).to.equal('status');
      expect(input.getAttribute('aria-describedby')).to.equal(`warning-${field}`);
      expect(warning.getBoundingClientRect().height, 'shown').to.be.greaterThan(0);
      await expect(el).to.be.accessible();

      await set(el, `field-${field}`, 'https://reseau.example/structures.json');
      expect(root.querySelector(`#warning-${field}`)!.textContent!.trim()).to.equal('');
      expect(input.hasAttribute('aria-describedby')).to.equal(false);
      expect(root.querySelector<HTMLElement>(`#warning-${field}`)!.getBoundingClientRect().height, 'hidden').to.equal(0);
      await expect(el).to.be.accessible();

      // Emptied again (spaces only): the warning is back.
      await set(el, `field-${field}`, '  ');
      expect(root.querySelector(`#warning-${field}`)!.textContent!.trim()).to.match(WARNING);
    });
  }

  it('says nothing of demo data for the elements that have no structures', async () => {
    const el = await builder();
    for (const widget of ['quiz', 'gauge', 'overview']) {
      await set(el, 'widget', widget);
      expect(el.shadowRoot!.querySelector('.field-warning'), widget).to.equal(null);
    }
  });
});
