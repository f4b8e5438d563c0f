/**
 * The quiz on a phone and on a long review, as a user reads it: answers wrap between words at
 * 320–375 px, the results are reachable from the top of the review, the start card says each thing
 * once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/maturity-quiz/define.js';
import type { CapMaturityQuiz } from '../../src/elements/maturity-quiz/maturity-quiz.js';
import { button, click, settle, shadow, waitFor } from '../helpers.js';

async function quiz(template = html`<cap-maturity-quiz persist="none" layout="list"></cap-maturity-quiz>`): Promise<CapMaturityQuiz> {
  const el = await fixture<CapMaturityQuiz>(template);
  await waitFor(() => !!el.questionnaire, 'quiz never loaded');
  await settle(el);
  return el;
}

/** The words of an element's text that a line break cuts, each as `word (n lines)`. */
function brokenWords(element: Element): string[] {
  const broken: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Words, and the parts of hyphenated words (a break after a hyphen is a break between parts).
    for (const match of node.textContent!.matchAll(/[^\s\-‑—–]+/g)) {
      const range = element.ownerDocument.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(`${match[0]} (${lines.size} lines)`);
    }
  }
  return broken;
}

describe('the quiz on small and long screens', () => {
  // As on a host site: a gutter on each side, and text often larger than 16 px (the quiz inherits
  // it). In a frame of that width: its viewport is that wide in every engine (WebKitGTK's window
  // cannot be made narrower than its toolbar).
  const cases = [320, 330, 340, 350, 360, 375].flatMap((width) => [16, 18].map((fontSize) => [width, fontSize] as const));
  for (const [width, fontSize] of cases) {
    it(`wraps every answer between words at ${width} px, in ${fontSize} px text`, async () => {
      const frame = document.createElement('iframe');
      frame.style.width = `${width}px`;
      frame.style.height = '800px';
      frame.style.border = '0';
      document.body.append(frame);
      try {
        await new Promise<void>((resolve) => {
          frame.addEventListener('load', () => resolve(), { once: true });
          frame.srcdoc = `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width">
            <script type="module">import '/src/elements/maturity-quiz/define.ts';</script></head>
            <body><main style="padding: 0 1rem; font-size: ${fontSize}px"><cap-maturity-quiz persist="none" layout="list"></cap-maturity-quiz></main></body></html>`;
        });
        const doc = frame.contentDocument!;
        const el = doc.querySelector('cap-maturity-quiz') as CapMaturityQuiz;
        await waitFor(() => !!el.questionnaire && !!el.shadowRoot?.querySelector('button'), 'quiz never loaded', 10000);
        await settle(el);
        await click(el, 'Commencer');
        const options = Array.from(shadow(el).querySelectorAll('label.option'));
        expect(options.length).to.be.greaterThan(60);
        expect(shadow(el).querySelectorAll('.options.scale label.option').length).to.be.greaterThan(0);
        const broken = options.flatMap((option) => brokenWords(option).map((word) => `${option.textContent!.trim()}: ${word}`));
        expect(broken).to.deep.equal([]);
        expect(doc.documentElement.scrollWidth).to.be.at.most(width);
      } finally {
        frame.remove();
      }
    });
  }

  it('the word check sees a word cut by a line break', async () => {
    const probe = await fixture<HTMLElement>(html`<p style="width: 3em; overflow-wrap: anywhere">Largement</p>`);
    expect(brokenWords(probe)).to.have.length(1);
  });

  it('offers « Voir mes résultats » at the top of the review as well as at its end', async () => {
    const el = await quiz(html`<cap-maturity-quiz persist="none"></cap-maturity-quiz>`);
    await click(el, 'Commencer');
    for (let guard = 0; guard < 60 && !shadow(el).querySelector('[part~="review"]'); guard++) {
      shadow(el).querySelector<HTMLInputElement>('fieldset input')!.click();
      await settle(el);
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle(el);
    }
    const review = shadow(el).querySelector('[part~="review"]')!;
    const see = Array.from(shadow(el).querySelectorAll('button')).filter((b) => b.textContent!.trim() === 'Voir mes résultats');
    expect(see).to.have.length(2);
    // The first one comes before the list of answers, within the first screen.
    expect(see[0]!.compareDocumentPosition(review) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(see[0]!.getBoundingClientRect().bottom - el.getBoundingClientRect().top).to.be.below(600);
    await expect(el).to.be.accessible();
    see[0]!.click();
    await settle(el);
    await waitFor(() => !!shadow(el).querySelector('[part~="results"]'), 'no results from the top button');
  });

  it('says once, on the start card, that the answers stay on the device', async () => {
    const el = await quiz(html`<cap-maturity-quiz></cap-maturity-quiz>`);
    expect(button(el, 'Commencer')).to.exist;
    const text = shadow(el).querySelector('.card')!.textContent!;
    expect(text.match(/restent sur cet appareil/g)).to.have.length(1);
    expect(text.match(/minutes/g)).to.have.length(1);
  });
});
