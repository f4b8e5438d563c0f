/**
 * dist/builder.html (`npm test` builds first): each generated snippet, pasted into a blank page,
 * gives the widget the builder previews.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';

async function frame(setup: (f: HTMLIFrameElement) => void, height = 900): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.width = '1000px';
  f.style.height = `${height}px`;
  document.body.append(f);
  await new Promise<void>((resolve) => {
    f.addEventListener('load', () => resolve(), { once: true });
    setup(f);
  });
  return f;
}

type Builder = HTMLElement & { updateComplete: Promise<unknown> };

const CASES = [
  { widget: 'gauge', fields: { 'field-value': '62' }, tag: 'cap-results-gauge', check: (el: Element) => el.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') === '62' },
  { widget: 'quiz', fields: { 'field-layout': 'list' }, tag: 'cap-maturity-quiz', check: (el: Element) => !!el.shadowRoot?.querySelector('button') && el.getAttribute('layout') === 'list' },
  { widget: 'finder', fields: { 'field-near': 'Lyon', 'field-radius': '50' }, tag: 'cap-support-finder', check: (el: Element) => !!el.shadowRoot?.querySelector('.result-list') && el.getAttribute('near') === 'Lyon' },
  { widget: 'diagnostic', fields: {}, tag: 'cap-diagnostic', check: (el: Element) => !!el.shadowRoot?.querySelector('[data-step="intro"] h2') },
] as const;

describe('dist/builder.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const c of CASES) {
    it(`builds snippets for ${c.widget} that reproduce the preview in a blank page`, async () => {
      const builderFrame = await frame((f) => (f.src = '/dist/builder.html'));
      const doc = builderFrame.contentDocument!;
      await waitFor(() => !!doc.querySelector('cap-snippet-builder')?.shadowRoot?.querySelector('#widget'), 'builder not ready');
      const builder = doc.querySelector('cap-snippet-builder') as Builder;
      const root = builder.shadowRoot!;
      const select = root.querySelector<HTMLSelectElement>('#widget')!;
      select.value = c.widget;
      select.dispatchEvent(new Event('change'));
      await builder.updateComplete;
      for (const [id, value] of Object.entries(c.fields)) {
        const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
        field.value = value;
        field.dispatchEvent(new Event('change'));
        await builder.updateComplete;
      }
      const preview = root.querySelector('.preview-host')!.firstElementChild!;
      expect(preview.localName).to.equal(c.tag);
      await waitFor(() => c.check(preview), 'preview not rendered', 10000);
      const script = root.querySelector<HTMLTextAreaElement>('#script-snippet')!.value;
      expect(script).to.match(/^<link rel="stylesheet" href="[^"]*cap-numerique\.css" \/>\n<script /);
      const iframe = root.querySelector<HTMLTextAreaElement>('#iframe-snippet')!.value;

      const blank = await frame((f) => (f.srcdoc = `<!doctype html><html lang="fr"><body>${script}</body></html>`));
      await waitFor(() => !!blank.contentDocument!.querySelector(c.tag) && c.check(blank.contentDocument!.querySelector(c.tag)!), 'script snippet did not give the widget', 10000);
      const pasted = blank.contentDocument!.querySelector(c.tag)!;
      for (const name of preview.getAttributeNames()) expect(pasted.getAttribute(name), name).to.equal(preview.getAttribute(name));

      const host = await frame((f) => (f.srcdoc = `<!doctype html><html lang="fr"><body>${iframe}</body></html>`));
      const embed = host.contentDocument!.querySelector('iframe')!;
      expect(embed.hasAttribute('data-cap-embed')).to.equal(true);
      await waitFor(() => {
        const el = embed.contentDocument?.querySelector(c.tag);
        return !!el && c.check(el);
      }, 'iframe snippet did not give the widget', 10000);
    });
  }
});
