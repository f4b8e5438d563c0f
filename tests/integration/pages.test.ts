/**
 * Page-level tests on the built dist/ folder (`npm test` builds first): each page is loaded in an
 * iframe exactly as an integrator writes it, and driven from here.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';

interface TrapWindow extends Window {
  __violations: string[];
  __errors: string[];
  __pwned: number;
}

async function open(url: string): Promise<{ frame: HTMLIFrameElement; win: TrapWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = url;
  });
  return { frame, win: frame.contentWindow as TrapWindow, doc: frame.contentDocument! };
}

function quizIn(doc: Document): HTMLElement & { shadowRoot: ShadowRoot } {
  return doc.querySelector('cap-maturity-quiz') as HTMLElement & { shadowRoot: ShadowRoot };
}

async function ready(doc: Document): Promise<HTMLElement & { shadowRoot: ShadowRoot }> {
  await waitFor(() => !!quizIn(doc)?.shadowRoot?.querySelector('button'), 'the quiz never rendered', 10000);
  return quizIn(doc);
}

function buttonIn(el: Element, text: string): HTMLButtonElement {
  const found = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

const frame = () => new Promise((r) => setTimeout(r, 30));

/** Answer every question with its first option and finish, through clicks only. */
async function completeQuiz(el: HTMLElement & { shadowRoot: ShadowRoot }): Promise<void> {
  buttonIn(el, 'Commencer').click();
  await frame();
  for (let guard = 0; guard < 60; guard++) {
    const root = el.shadowRoot;
    if (root.querySelector('[part~="review"]')) break;
    root.querySelector<HTMLInputElement>('fieldset input')!.click();
    await frame();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await frame();
  }
  buttonIn(el, 'Voir mes résultats').click();
  await frame();
}

function resources(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
}

describe('pages using dist/', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the loader defines the quiz and loads only its code (no validator, no English text)', async () => {
    const { win, doc } = await open('/tests/pages/loader.html');
    const el = await ready(doc);
    expect(win.customElements.get('cap-maturity-quiz')).to.exist;
    const loaded = resources(win).filter((p) => p.startsWith('/dist/'));
    expect(loaded).to.include('/dist/elements/maturity-quiz.js');
    expect(loaded.some((p) => /questionnaire-schema|questionnaire\.en|cap-numerique\.js/.test(p)), loaded.join()).to.equal(false);
    expect(el.shadowRoot.textContent).to.contain('Commencer');
    expect(win.__errors).to.deep.equal([]);
  });

  it('the loader works as type="module" too', async () => {
    const { win, doc } = await open('/tests/pages/loader-module.html');
    await ready(doc);
    expect(win.__errors).to.deep.equal([]);
  });

  it('finds its chunks next to itself from any path, defines elements added later, and tolerates being included twice', async () => {
    const { win, doc } = await open('/tests/pages/loader-cdn.html');
    const warnings: unknown[] = [];
    (win as unknown as { console: Console }).console.warn = (...args: unknown[]) => warnings.push(args);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.customElements.get('cap-maturity-quiz')).to.equal(undefined);
    doc.body.append(doc.createElement('cap-maturity-quiz'));
    await ready(doc);
    const chunks = resources(win).filter((p) => p.includes('/dist/') && !p.endsWith('loader.js'));
    expect(chunks.length).to.be.greaterThan(0);
    for (const chunk of chunks) expect(chunk).to.match(/^\/cdn\/cap-numerique@0\.1\.0\/dist\//);
    expect(warnings).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('the ES module alone defines every element', async () => {
    const { win, doc } = await open('/tests/pages/module.html');
    await ready(doc);
    await waitFor(() => !!win.customElements.get('cap-results-gauge'), 'gauge not defined by the ES module');
    expect(win.__errors).to.deep.equal([]);
  });

  it('the ES module and a loader from another path coexist without error or warning', async () => {
    const { win, doc } = await open('/tests/pages/module-and-loader.html');
    await ready(doc);
    expect(win.__errors).to.deep.equal([]);
  });

  it('completes the quiz under a strict CSP with Trusted Types, with no violation', async () => {
    const response = await fetch('/tests/pages/csp-quiz.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const { win, doc } = await open('/tests/pages/csp-quiz.html');
    const el = await ready(doc);
    await completeQuiz(el);
    await waitFor(() => !!el.shadowRoot.querySelector('[part~="results"]'), 'no results under CSP');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    // The trap works: an inline style attribute is a violation this page reports.
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    doc.body.append(probe);
    await waitFor(() => win.__violations.length > 0, 'the CSP trap did not see a deliberate violation');
  });
});
