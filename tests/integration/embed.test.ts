/** The iframe embed of dist/ (`npm test` builds first). */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers.js';

async function open(url: string, height = 600): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '700px';
  frame.style.height = `${height}px`;
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = url;
  });
  return frame;
}

const inner = (frame: HTMLIFrameElement, selector: string) => frame.contentDocument!.querySelector(selector);

describe('dist/embed.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders the widget named in the query with its whitelisted attributes', async () => {
    const frame = await open('/dist/embed.html?widget=gauge&value=62&lang=en&show-sector=1&primary=%23006a4e');
    await waitFor(() => !!inner(frame, 'cap-results-gauge')?.shadowRoot?.querySelector('[role="meter"]'), 'gauge not rendered');
    const gauge = inner(frame, 'cap-results-gauge') as HTMLElement;
    expect(gauge.getAttribute('value')).to.equal('62');
    expect(gauge.hasAttribute('show-sector')).to.equal(true);
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(gauge.style.getPropertyValue('--cap-color-primary')).to.equal('#006a4e');
    expect(gauge.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.contain('Making progress');
  });

  it('passes submit-url and contact-notice to the quiz and the diagnostic, as attribute values', async () => {
    const notice = 'Le réseau garde ces informations 12 mois <b>pour</b> vous recontacter.';
    for (const [widget, tag] of [['quiz', 'cap-maturity-quiz'], ['diagnostic', 'cap-diagnostic']]) {
      const frame = await open(`/dist/embed.html?widget=${widget}&submit-url=%2Fcollecte%2F&contact-notice=${encodeURIComponent(notice)}`);
      await waitFor(() => !!inner(frame, tag!), `${tag} not rendered`);
      const el = inner(frame, tag!)!;
      expect(el.getAttribute('submit-url')).to.equal('/collecte/');
      expect(el.getAttribute('contact-notice')).to.equal(notice);
      expect(frame.contentDocument!.querySelector('b')).to.equal(null);
      frame.remove();
    }
  });

  it('ignores unknown parameters and never turns the query into markup', async () => {
    const frame = await open(
      '/dist/embed.html?widget=gauge&value=%3Cimg%20src%3Dx%20onerror%3Dparent.__pwned%3D1%3E&onload=alert(1)&style=x&primary=red;background:url(x)',
    );
    (window as unknown as { __pwned: number }).__pwned = 0;
    await waitFor(() => !!inner(frame, 'cap-results-gauge')?.shadowRoot?.querySelector('[role="alert"]'), 'no error shown');
    const gauge = inner(frame, 'cap-results-gauge') as HTMLElement;
    expect(gauge.getAttributeNames().filter((n) => n !== 'chart')).to.deep.equal(['value']); // chart: the gauge's reflected default
    expect(gauge.style.length).to.equal(0);
    expect(frame.contentDocument!.querySelector('img')).to.equal(null);
    expect(gauge.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('<img src=x');
    expect((window as unknown as { __pwned: number }).__pwned).to.equal(0);
  });

  it('drops data URLs that are not http(s) and says when the widget is unknown', async () => {
    const quiz = await open('/dist/embed.html?widget=quiz&src=javascript:alert(1)&finder-url=javascript:alert(2)');
    await waitFor(() => !!inner(quiz, 'cap-maturity-quiz'), 'no quiz');
    expect(inner(quiz, 'cap-maturity-quiz')!.hasAttribute('src')).to.equal(false);
    expect(inner(quiz, 'cap-maturity-quiz')!.hasAttribute('finder-url')).to.equal(false);
    const linked = await open('/dist/embed.html?widget=quiz&finder-url=https%3A%2F%2Freseau.example%2Fstructures');
    await waitFor(() => !!inner(linked, 'cap-maturity-quiz'), 'no quiz');
    expect(inner(linked, 'cap-maturity-quiz')!.getAttribute('finder-url')).to.equal('https://reseau.example/structures');
    const unknown = await open('/dist/embed.html?widget=%3Cscript%3E');
    expect(inner(unknown, '[role="alert"]')!.textContent).to.contain('Widget inconnu');
  });

  it('resizes a marked iframe to its content on a page with the loader, and leaves others at their height', async () => {
    const host = await open('/tests/pages/embed-host.html', 900);
    const doc = host.contentDocument!;
    const auto = doc.getElementById('auto') as HTMLIFrameElement;
    const fixed = doc.getElementById('fixed') as HTMLIFrameElement;
    await waitFor(() => auto.style.height !== '' && auto.getBoundingClientRect().height > 200, 'marked iframe not resized', 8000);
    const content = auto.contentDocument!.documentElement.getBoundingClientRect().height;
    expect(Math.abs(auto.getBoundingClientRect().height - content)).to.be.lessThan(10);
    expect(fixed.style.height).to.equal('');
    expect(fixed.clientHeight).to.equal(150);
    // A forged message (wrong source) changes nothing.
    host.contentWindow!.postMessage({ type: 'cap-numerique:resize', height: 5 }, '*');
    await new Promise((r) => setTimeout(r, 100));
    expect(auto.getBoundingClientRect().height).to.be.greaterThan(200);
    expect((host.contentWindow as unknown as { __errors: string[] }).__errors).to.deep.equal([]);
  });
});
