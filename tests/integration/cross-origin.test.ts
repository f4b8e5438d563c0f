/**
 * The snippet pasted on one site with dist/ on another (built dist/; `npm test` builds first): the
 * other origin sends no CORS header, the page has the strict policy with that host in script-src
 * and Trusted Types required. Runs in every engine of the suite.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';

interface TrapWindow extends Window {
  __violations: string[];
  __errors: string[];
}

async function open(url: string, width = 1000): Promise<{ win: TrapWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = url;
  });
  return { win: frame.contentWindow as TrapWindow, doc: frame.contentDocument! };
}

const rendered = (doc: Document, tag: string, selector: string) => !!doc.querySelector(tag)?.shadowRoot?.querySelector(selector);

/** Paths of the files a page loaded from origins other than its own. */
const foreign = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.origin !== win.location.origin)
    .map((u) => u.pathname);

const unavailable = (doc: Document, tag: string) => doc.querySelector(`${tag} > [data-cap-unavailable]`);

describe('the snippet with dist/ on another origin that sends no CORS header', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders all four elements under the strict CSP with Trusted Types, from classic scripts', async () => {
    const response = await fetch('/__fixtures/cross-origin.html');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).to.match(/script-src 'self' http:\/\/127\.0\.0\.1:\d+; style-src 'self'; require-trusted-types-for 'script'/);
    const { win, doc } = await open('/__fixtures/cross-origin.html');
    await waitFor(() => rendered(doc, 'cap-maturity-quiz', 'button'), 'the quiz never rendered', 15000);
    await waitFor(() => rendered(doc, 'cap-results-gauge', '[role="meter"][aria-valuenow="62"]'), 'the gauge never rendered', 15000);
    await waitFor(() => rendered(doc, 'cap-support-finder', '.item-button'), 'the finder never listed its structures', 15000);
    await waitFor(() => rendered(doc, 'cap-diagnostic', '[data-step="intro"] h2'), 'the diagnostic never rendered', 15000);
    const files = foreign(win);
    // Everything came from the other origin's System.register build, none of it as an ES module.
    expect(files).to.include('/dist/system/s.js');
    expect(files.filter((f) => f.startsWith('/dist/elements/') || f.startsWith('/dist/chunks/')), files.join()).to.deep.equal([]);
    for (const tag of ['maturity-quiz', 'results-gauge', 'support-finder', 'diagnostic']) expect(files).to.include(`/dist/system/elements/${tag}.js`);
    // The finder's lazy chunks (data readers, opening hours) came the same way.
    await waitFor(() => foreign(win).some((f) => /^\/dist\/system\/chunks\/opening-hours-/.test(f)), 'no opening-hours chunk');
    expect(foreign(win).some((f) => /^\/dist\/system\/chunks\/reading-/.test(f))).to.equal(true);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('renders the network overview the same way, its export reader loaded as a System.register chunk', async () => {
    const { win, doc } = await open('/__fixtures/cross-origin.html?elements=cap-network-overview');
    await waitFor(() => rendered(doc, 'cap-network-overview', '[part="empty"]'), 'the overview never rendered', 15000);
    const overview = doc.querySelector('cap-network-overview') as Element & { submissions?: unknown[] };
    overview.submissions = [
      {
        kind: 'results', id: 1, receivedAt: '2026-11-02T10:00:00.000Z', schema: 'cap-numerique/submission/1',
        questionnaireId: 'cap-numerique-maturite', version: '2026.1', score: 40, level: 'en-demarrage',
        dimensions: [{ id: 'strategie', score: 40, level: 'en-demarrage', answered: 4 }], date: '2026-11-02', lang: 'fr',
      },
    ];
    await waitFor(() => rendered(doc, 'cap-network-overview', 'section[aria-labelledby="levels"] tbody tr'), 'the overview never drew its figures', 15000);
    const files = foreign(win);
    expect(files).to.include('/dist/system/elements/network-overview.js');
    expect(files.some((f) => /^\/dist\/system\/chunks\/network-read-/.test(f)), files.join()).to.equal(true);
    expect(files.filter((f) => f.startsWith('/dist/elements/') || f.startsWith('/dist/chunks/')), files.join()).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('loads the English chunks (messages, questionnaire translation) the same way', async () => {
    const { win, doc } = await open('/__fixtures/cross-origin.html?elements=cap-maturity-quiz&lang=en');
    await waitFor(() => rendered(doc, 'cap-maturity-quiz', 'button'), 'the quiz never rendered', 15000);
    const quiz = doc.querySelector('cap-maturity-quiz')!;
    await waitFor(() => /Start/.test(quiz.shadowRoot!.textContent ?? ''), 'the quiz is not in English', 15000);
    const files = foreign(win);
    expect(files.some((f) => /^\/dist\/system\/chunks\/questionnaire\.en-/.test(f)), files.join()).to.equal(true);
    expect(files.some((f) => /^\/dist\/system\/chunks\/messages\.en-/.test(f)), files.join()).to.equal(true);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('says in the reserved box, in French, when the element code cannot be loaded', async () => {
    const { doc } = await open('/__fixtures/cross-origin.html?broken=1&elements=cap-maturity-quiz,cap-support-finder');
    for (const tag of ['cap-maturity-quiz', 'cap-support-finder']) {
      await waitFor(() => !!unavailable(doc, tag), `no message in <${tag}>`, 15000);
      const message = unavailable(doc, tag)!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.textContent).to.equal('Ce contenu n’a pas pu être chargé. Rechargez la page ou prévenez le responsable du site.');
      // It shows inside the element's reserved space.
      const box = doc.querySelector(tag)!.getBoundingClientRect();
      const text = message.getBoundingClientRect();
      expect(text.height).to.be.greaterThan(0);
      expect(text.top >= box.top && text.bottom <= box.bottom).to.equal(true);
    }
    // An element added later gets it too, once.
    const later = doc.createElement('cap-maturity-quiz');
    doc.body.append(later);
    await waitFor(() => !!later.querySelector('[data-cap-unavailable]'), 'no message in the element added later');
    await new Promise((r) => setTimeout(r, 50));
    expect(later.querySelectorAll('[data-cap-unavailable]').length).to.equal(1);
  });

  it('says it in English on an English page, and on the page’s own origin too', async () => {
    const { doc } = await open('/__fixtures/cross-origin.html?broken=1&elements=cap-results-gauge&lang=en');
    await waitFor(() => !!unavailable(doc, 'cap-results-gauge'), 'no message', 15000);
    expect(unavailable(doc, 'cap-results-gauge')!.textContent).to.equal('This content could not be loaded. Reload the page or tell the site’s administrator.');
    const same = await open('/tests/pages/loader-broken.html');
    await waitFor(() => !!unavailable(same.doc, 'cap-diagnostic'), 'no message on the same origin', 15000);
    expect(unavailable(same.doc, 'cap-diagnostic')!.textContent).to.match(/^Ce contenu n’a pas pu être chargé/);
  });
});
