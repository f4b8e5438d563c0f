/**
 * dist/builder.html (`npm test` builds first): each generated snippet, pasted into a blank page
 * under the strict Content-Security-Policy, gives the widget the builder previews, in the colour
 * chosen; the page's policy needs only what the builder's note says.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';

async function frame(setup: (f: HTMLIFrameElement) => void, height = 900): Promise<HTMLIFrameElement> {
  // One frame at a time, in view: engines do not load lazy iframes in frames out of sight.
  document.querySelectorAll('iframe').forEach((f) => f.remove());
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
type Trapped = Window & { __violations: string[]; __errors: string[] };

const CASES = [
  { widget: 'gauge', fields: { 'field-value': '62' }, tag: 'cap-results-gauge', check: (el: Element) => el.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') === '62' },
  { widget: 'quiz', fields: { 'field-layout': 'list', 'field-finder-url': 'https://reseau.example/structures' }, tag: 'cap-maturity-quiz', check: (el: Element) => !!el.shadowRoot?.querySelector('button') && el.getAttribute('layout') === 'list' && el.getAttribute('finder-url') === 'https://reseau.example/structures' },
  { widget: 'finder', fields: { 'field-near': 'Lyon', 'field-radius': '50' }, tag: 'cap-support-finder', check: (el: Element) => !!el.shadowRoot?.querySelector('.result-list') && el.getAttribute('near') === 'Lyon' },
  { widget: 'diagnostic', fields: {}, tag: 'cap-diagnostic', check: (el: Element) => !!el.shadowRoot?.querySelector('[data-step="intro"] h2') },
  { widget: 'overview', fields: {}, tag: 'cap-network-overview', check: (el: Element) => !!el.shadowRoot?.querySelector('input[type="file"]') && !!el.shadowRoot?.querySelector('[part="empty"]') },
] as const;

const GREEN = '#0b5d4b';

/** Opens the builder and sets the widget, the colour and the fields; resolves to its shadow root. */
async function build(widget: string, fields: Record<string, string>, base?: string): Promise<ShadowRoot> {
  const builderFrame = await frame((f) => (f.src = '/dist/builder.html'));
  const doc = builderFrame.contentDocument!;
  await waitFor(() => !!doc.querySelector('cap-snippet-builder')?.shadowRoot?.querySelector('#widget'), 'builder not ready');
  const builder = doc.querySelector('cap-snippet-builder') as Builder;
  const root = builder.shadowRoot!;
  const set = async (id: string, value: string, event = 'change') => {
    const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event(event));
    await builder.updateComplete;
  };
  await set('widget', widget);
  await set('primary', GREEN, 'input');
  if (base) await set('base', base);
  for (const [id, value] of Object.entries(fields)) await set(id, value);
  return root;
}

/** The script snippet in a blank page under the strict policy plus `add`; resolves to that page. */
async function paste(snippet: string, add: string[] = []): Promise<Trapped> {
  const query = new URLSearchParams({ html: snippet });
  for (const addition of add) query.append('add', addition);
  const pasted = await frame((f) => (f.src = `/__fixtures/paste.html?${query}`));
  return pasted.contentWindow as Trapped;
}

describe('dist/builder.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const c of CASES) {
    it(`builds snippets for ${c.widget} that reproduce the preview in a blank page under a strict CSP, in the chosen colour`, async () => {
      const root = await build(c.widget, c.fields);
      const preview = root.querySelector('.preview-host')!.firstElementChild!;
      expect(preview.localName).to.equal(c.tag);
      await waitFor(() => c.check(preview), 'preview not rendered', 10000);
      const script = root.querySelector<HTMLTextAreaElement>('#script-snippet')!.value;
      expect(script).to.match(/^<link rel="stylesheet" href="[^"]*cap-numerique\.css" \/>\n<script /);
      // The colour is an attribute, not an inline style a strict style-src would drop.
      expect(script).to.not.contain('style=');
      expect(script).to.contain(` primary="${GREEN}"`);
      const iframe = root.querySelector<HTMLTextAreaElement>('#iframe-snippet')!.value;
      const previewAttributes = preview.getAttributeNames().map((name) => [name, preview.getAttribute(name)]);

      const win = await paste(script);
      const doc = win.document;
      await waitFor(() => !!doc.querySelector(c.tag) && c.check(doc.querySelector(c.tag)!), 'script snippet did not give the widget', 10000);
      const pasted = doc.querySelector(c.tag)!;
      for (const [name, value] of previewAttributes) expect(pasted.getAttribute(name!), name!).to.equal(value);
      expect(win.getComputedStyle(pasted).getPropertyValue('--cap-color-primary').trim()).to.equal(GREEN);
      const primaryButton = pasted.shadowRoot!.querySelector('[part~="primary-button"], .button:not(.secondary)');
      if (primaryButton) expect(win.getComputedStyle(primaryButton).backgroundColor).to.equal('rgb(11, 93, 75)');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);

      const host = await frame((f) => (f.srcdoc = `<!doctype html><html lang="fr"><body>${iframe}</body></html>`));
      const embed = host.contentDocument!.querySelector('iframe')!;
      expect(embed.hasAttribute('data-cap-embed')).to.equal(true);
      await waitFor(() => {
        const el = embed.contentDocument?.querySelector(c.tag);
        return !!el && c.check(el);
      }, 'iframe snippet did not give the widget', 10000);
      const embedded = embed.contentDocument!.querySelector(c.tag)!;
      expect(embed.contentWindow!.getComputedStyle(embedded).getPropertyValue('--cap-color-primary').trim()).to.equal(GREEN);
    });
  }

  it('with dist/ on another origin, the page works once its policy has what the note lists', async () => {
    const { origin } = (await (await fetch('/__fixtures/other-origin')).json()) as { origin: string };
    const root = await build('finder', { 'field-tiles': 'ign', 'field-geocoder': 'geoplateforme' }, `${origin}/dist/`);
    const note = Array.from(root.querySelectorAll('.host-note code.csp')).map((c) => c.textContent!);
    expect(note).to.deep.equal([`script-src ${origin}`, `style-src ${origin}`, 'img-src https://data.geopf.fr', 'connect-src https://data.geopf.fr']);
    expect(root.querySelector('.host-note')!.textContent).to.match(/trusted-types\s.*cap-numerique lit-html/s);
    const script = root.querySelector<HTMLTextAreaElement>('#script-snippet')!.value;
    expect(script).to.contain(`src="${origin}/dist/loader.js"`);
    const win = await paste(script, note);
    await waitFor(() => !!win.document.querySelector('cap-support-finder')?.shadowRoot?.querySelector('.result-list'), 'the finder did not load from the other origin', 15000);
    expect(win.__violations).to.deep.equal([]);
    // Without the script-src line, the page's own policy blocks loader.js.
    const blocked = await paste(script);
    await waitFor(() => blocked.__violations.some((v) => v.startsWith('script-src')), 'no script-src violation');
    expect(blocked.customElements.get('cap-support-finder')).to.equal(undefined);
  });

  it('offers the npm package on a public CDN as the dist/ address', async () => {
    const root = await build('quiz', {});
    const cdn = Array.from(root.querySelectorAll<HTMLButtonElement>('.host-note .link-button'));
    expect(cdn.map((b) => b.textContent!.trim())).to.deep.equal(['jsDelivr', 'unpkg']);
    cdn[0]!.click();
    await (root.host as Builder).updateComplete;
    expect(root.querySelector<HTMLTextAreaElement>('#script-snippet')!.value).to.match(/<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/cap-numerique@\d+\.\d+\.\d+\/dist\/loader\.js" defer>/);
    expect(root.querySelector<HTMLInputElement>('#base')!.value).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/cap-numerique@/);
  });
});
