import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/results-gauge/define.js';
import '../../../src/elements/maturity-quiz/define.js';
import type { CapResultsGauge } from '../../../src/elements/results-gauge/results-gauge.js';
import { resolveLang } from '../../../src/elements/shared/lang.js';
import { shadow, waitFor } from '../../helpers.js';

const emptyText = (el: Element) => shadow(el).querySelector('.empty')?.textContent?.trim() ?? '';

describe('language of the elements', () => {
  it("resolves the element's lang, then the closest [lang] ancestor, then <html lang>", async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    try {
      const wrapper = await fixture(html`<div>
        <p id="none"></p>
        <section lang="fr"><p id="inherits"></p><p id="own" lang="en-US"></p></section>
      </div>`);
      expect(resolveLang(wrapper.querySelector('#none')!)).to.equal('en');
      expect(resolveLang(wrapper.querySelector('#inherits')!)).to.equal('fr');
      expect(resolveLang(wrapper.querySelector('#own')!)).to.equal('en');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('follows the host of a shadow root', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });

  it("re-renders when an ancestor's lang changes, in English then in French", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><section><cap-results-gauge></cap-results-gauge></section></div>`);
    const gauge = wrapper.querySelector<CapResultsGauge>('cap-results-gauge')!;
    await waitFor(() => emptyText(gauge).startsWith('Pas encore de résultat'), 'French first');
    wrapper.setAttribute('lang', 'en');
    await waitFor(() => emptyText(gauge).startsWith('No result yet'), 'English after the ancestor changed');
    await expect(gauge).to.be.accessible();
    wrapper.setAttribute('lang', 'fr-FR');
    await waitFor(() => emptyText(gauge).startsWith('Pas encore de résultat'), 'French again');
    await expect(gauge).to.be.accessible();
  });

  it("re-renders when <html lang> changes; its own lang still wins", async () => {
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'fr');
      const gauge = await fixture<CapResultsGauge>(html`<cap-results-gauge></cap-results-gauge>`);
      await waitFor(() => emptyText(gauge).startsWith('Pas encore de résultat'), 'French first');
      document.documentElement.setAttribute('lang', 'en-GB');
      await waitFor(() => emptyText(gauge).startsWith('No result yet'), 'English after <html lang> changed');
      // An element's own lang still wins over its ancestors.
      gauge.setAttribute('lang', 'fr');
      await waitFor(() => emptyText(gauge).startsWith('Pas encore de résultat'), 'its own lang wins');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it("follows an ancestor inside the shadow root that holds it", async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="fr"><cap-maturity-quiz persist="none"></cap-maturity-quiz></section>';
    const quiz = root.querySelector('cap-maturity-quiz')!;
    const startButton = () => shadow(quiz).querySelector('button')?.textContent?.trim();
    await waitFor(() => startButton() === 'Commencer', 'French first');
    root.querySelector('section')!.setAttribute('lang', 'en');
    await waitFor(() => startButton() === 'Start', 'English after the ancestor in the shadow root changed');
    await expect(quiz).to.be.accessible();
  });
});
