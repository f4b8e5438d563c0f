// The opening-hours chunk (the largest of the finder's) is fetched only once the first list is in
// the DOM, and the « Ouvert / Fermé » lines it fills were reserved: nothing moves when it comes.
// A file of its own: no other test of this page may have loaded that chunk before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/support-finder/define.js';
import type { CapSupportFinder } from '../../../src/elements/support-finder/support-finder.js';
import type { Structure } from '../../../src/core/structures/model.js';
import { settle, shadow, waitFor } from '../../helpers.js';

const structure = (id: string, name: string, hours: string): Structure => ({
  id,
  name,
  lat: 45.76,
  lon: 4.84,
  city: 'Lyon',
  postcode: '69001',
  types: ['maison-associations'],
  themes: ['outils'],
  source: 'test',
  hours,
});

/** Whether a resource is the opening-hours code (our module, or the package it wraps). */
const isHoursCode = (name: string) => /opening[-_]hours/.test(new URL(name).pathname);

describe('opening hours after the first list', () => {
  it('fetches the opening-hours code only once the first list is drawn, then fills the reserved lines in place', async () => {
    expect(performance.getEntriesByType('resource').filter((e) => isHoursCode(e.name)), 'not fetched by the test page').to.have.length(0);
    // The order of events, as they happen: the list's appearance and each fetch of hours code.
    const order: string[] = [];
    const resources = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (isHoursCode(entry.name)) order.push(`fetch ${new URL(entry.name).pathname}`);
    });
    resources.observe({ type: 'resource' });
    const data = [structure('a', 'Maison des associations', 'Mo-Su 00:00-24:00'), structure('b', 'Point d’appui', 'sur rendez-vous')];
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('cap-support-finder') as CapSupportFinder;
    el.structures = data;
    const seen = new MutationObserver(() => {
      if (!order.includes('list') && el.shadowRoot?.querySelector('.result-list li')) order.push('list');
    });
    seen.observe(el, { childList: true });
    host.append(el);
    await waitFor(() => !!el.shadowRoot, 'no shadow root');
    seen.observe(el.shadowRoot!, { childList: true, subtree: true });
    await waitFor(() => order.includes('list'), 'no list', 10000);
    // The lines are held blank until the statuses come.
    const items = () => Array.from(shadow(el).querySelectorAll<HTMLElement>('.result-list li'));
    expect(shadow(el).querySelectorAll('.item-status[aria-hidden="true"]')).to.have.length(2);
    const before = items().map((li) => li.getBoundingClientRect().height);
    await waitFor(() => shadow(el).querySelectorAll('.item-status:not([aria-hidden])').length === 2, 'no statuses', 10000);
    await settle(el);
    // Resource entries are delivered to the observer in a later task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    resources.disconnect();
    seen.disconnect();
    const fetches = order.filter((o) => o.startsWith('fetch'));
    expect(fetches.length, 'the opening-hours code was fetched').to.be.greaterThan(0);
    expect(order[0], order.join(' → ')).to.equal('list');
    expect(items().map((li) => li.getBoundingClientRect().height), 'nothing moved').to.deep.equal(before);
    const statuses = Array.from(shadow(el).querySelectorAll('.item-status')).map((s) => s.textContent!.trim());
    expect(statuses[0]).to.match(/^Ouvert/);
    expect(statuses[1]).to.equal('Sur rendez-vous');
    await expect(el).to.be.accessible();
    host.remove();
  });

  it('draws the list without the opening hours when « ouvert maintenant » is set before it', async () => {
    const el = await fixture<CapSupportFinder>(html`<cap-support-finder></cap-support-finder>`);
    el.filters = { openNow: true };
    el.structures = [structure('c', 'Toujours ouvert', 'Mo-Su 00:00-24:00'), structure('d', 'Jamais', 'off')];
    await waitFor(() => shadow(el).querySelectorAll('.result-list li').length === 1, 'the open-now filter never applied', 10000);
    expect(shadow(el).querySelector('.result-list li h3')!.textContent!.trim()).to.equal('Toujours ouvert');
    await expect(el).to.be.accessible();
  });
});
