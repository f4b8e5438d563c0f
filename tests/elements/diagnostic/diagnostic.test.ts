import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/elements/diagnostic/define.js';
import type { CapDiagnostic } from '../../../src/elements/diagnostic/diagnostic.js';
import { button, choose, click, deepActiveElement, emulate, itEmulatingMedia, settle, shadow, waitFor } from '../../helpers.js';

const MINI = '/tests/fixtures/mini-questionnaire.json';
const STRUCTURES = '/demo/data/samples/cap-numerique.json';

type Quiz = HTMLElement & { questionnaire?: unknown; results: { score: number; themes: string[] } | null };

async function diagnostic(): Promise<CapDiagnostic> {
  const el = await fixture<CapDiagnostic>(html`<cap-diagnostic questionnaire-src=${MINI} structures-src=${STRUCTURES} persist="local"></cap-diagnostic>`);
  await waitFor(() => !!(quizOf(el).questionnaire), 'quiz not loaded');
  await settle(el);
  return el;
}

const quizOf = (el: Element) => shadow(el).querySelector('cap-maturity-quiz') as Quiz;
const visibleStep = (el: Element) => shadow(el).querySelector('section[data-step]:not([hidden])')!.getAttribute('data-step');
const live = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
/** The page's address with this fragment, as a share link opens it. */
const atFragment = (fragment: string) => history.replaceState(null, '', fragment);

async function answer(el: CapDiagnostic, single: string): Promise<void> {
  const quiz = quizOf(el) as never as import('lit').LitElement;
  await choose(quiz, single);
  await click(quiz, 'Suivant');
  await click(quiz, 'Suivant');
  await choose(quiz, 'Non');
  await click(quiz, 'Vérifier mes réponses');
  await click(quiz, 'Voir mes résultats');
  await waitFor(() => visibleStep(el) === 'results', 'no results step');
  await settle(el);
}

describe('<cap-diagnostic>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('introduces the path, then starts the quiz on the first question', async () => {
    const el = await diagnostic();
    expect(visibleStep(el)).to.equal('intro');
    const intro = shadow(el).querySelector('[data-step="intro"]')!.textContent!;
    expect(intro).to.contain('dizaine de minutes');
    expect(intro).to.contain('restent sur cet appareil');
    expect(shadow(el).querySelector('[aria-current="step"]')!.textContent).to.contain('Présentation');
    await expect(el).to.be.accessible();
    button(el, 'Commencer le diagnostic').click();
    await settle(el);
    expect(visibleStep(el)).to.equal('quiz');
    await settle(quizOf(el) as never);
    expect(quizOf(el).shadowRoot!.querySelector('[part="progress-text"]')!.textContent).to.contain('Question 1 sur 3');
    expect(live(el)).to.equal('Étape 2 sur 4 : Questionnaire.');
    await expect(el).to.be.accessible();
  });

  it('shows the results through the shared context, the next steps of the weakest dimensions, and a share link', async () => {
    const el = await diagnostic();
    button(el, 'Commencer le diagnostic').click();
    await settle(el);
    await answer(el, 'Sur nos ordinateurs personnels');
    const heading = shadow(el).querySelector('[data-step="results"] h2')!;
    expect(deepActiveElement()).to.equal(heading);
    const gauge = shadow(el).querySelector('cap-results-gauge')!;
    await waitFor(() => !!gauge.shadowRoot!.querySelector('[role="meter"]'), 'gauge not drawn from the context');
    expect(gauge.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal(String(quizOf(el).results!.score));
    const nextSteps = shadow(el).querySelector('[part="next-steps"]')!.textContent!;
    expect(nextSteps).to.contain("Faites l'inventaire de vos outils.");
    const link = shadow(el).querySelector<HTMLInputElement>('#share-link')!.value;
    expect(link).to.contain('#cap-diagnostic=');
    await expect(el).to.be.accessible();
  });

  it('opens the finder pre-filtered with the weakest dimensions’ themes, and comes back', async () => {
    const el = await diagnostic();
    button(el, 'Commencer le diagnostic').click();
    await settle(el);
    await answer(el, 'Sur nos ordinateurs personnels');
    button(el, 'Trouver de l’aide près de chez vous').click();
    await settle(el);
    expect(visibleStep(el)).to.equal('finder');
    const finder = shadow(el).querySelector('cap-support-finder') as HTMLElement & { filters: { themes: string[] } };
    await waitFor(() => !!finder.shadowRoot?.querySelector('.result-list'), 'finder not shown');
    expect(finder.filters.themes.sort()).to.deep.equal([...quizOf(el).results!.themes].sort());
    expect(deepActiveElement()).to.equal(shadow(el).querySelector('[data-step="finder"] h2'));
    await expect(el).to.be.accessible();
    button(el, /Retour aux résultats/).click();
    await settle(el);
    expect(visibleStep(el)).to.equal('results');
  });

  it('reopens on the results from a share link', async () => {
    const first = await diagnostic();
    button(first, 'Commencer le diagnostic').click();
    await settle(first);
    await answer(first, 'Dans un espace partagé et sauvegardé');
    const score = quizOf(first).results!.score;
    const link = shadow(first).querySelector<HTMLInputElement>('#share-link')!.value;
    fixtureCleanup();
    localStorage.clear();
    history.replaceState(null, '', link.slice(link.indexOf('#')));
    const el = await diagnostic();
    await waitFor(() => visibleStep(el) === 'results', 'share link not opened');
    await settle(el);
    const gauge = shadow(el).querySelector('cap-results-gauge')!;
    await waitFor(() => !!gauge.shadowRoot!.querySelector('[role="meter"]'), 'no gauge');
    expect(gauge.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal(String(score));
    expect(live(el)).to.equal('Résultats ouverts depuis un lien de partage.');
  });

  it('reopens a share link written before the results gained their new fields', async () => {
    // {q: "mini", v: 1, a: {…}} as the first share links wrote it.
    atFragment('#cap-diagnostic=eyJxIjoibWluaSIsInYiOjEsImEiOnsicS1zaW5nbGUiOiJwYXJ0YWdlIiwicS1tdWx0aXBsZSI6WyJhZ2VuZGEiXSwicS15ZXNubyI6InllcyIsInEtc2NhbGUiOiIzIn19');
    const el = await diagnostic();
    await waitFor(() => visibleStep(el) === 'results', 'share link not opened');
    const gauge = shadow(el).querySelector('cap-results-gauge')!;
    await waitFor(() => !!gauge.shadowRoot!.querySelector('[role="meter"]'), 'no gauge');
    // outils: (0.5 + 0.5) / 2 = 50; donnees: 1 and 1 = 100.
    expect(gauge.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('75');
  });

  it('puts « Par qui commencer » first, with the way to the finder, for a result made of « Je ne sais pas »', async () => {
    atFragment('#cap-diagnostic=eyJxIjoibWluaSIsInYiOjEsImEiOnsicS1zaW5nbGUiOiJ1bmtub3duIiwicS1tdWx0aXBsZSI6WyJ1bmtub3duIl0sInEteWVzbm8iOiJ1bmtub3duIn19');
    const el = await diagnostic();
    await waitFor(() => !!shadow(el).querySelector('[part~="contacts"]'), 'no guidance');
    await settle(el);
    const parts = Array.from(shadow(el).querySelectorAll('[part~="contacts"], [part~="next-steps"]')).map((x) => x.getAttribute('part'));
    expect(parts).to.deep.equal(['contacts', 'next-steps']);
    const contacts = shadow(el).querySelector('[part~="contacts"]')!;
    expect(contacts.querySelector('button')!.textContent!.trim()).to.equal('Trouver de l’aide près de chez vous');
    const gauge = shadow(el).querySelector('cap-results-gauge')!;
    await waitFor(() => !!gauge.shadowRoot!.querySelector('[part="partial"]'), 'no partial result');
    expect(gauge.shadowRoot!.querySelector('[part="partial"]')!.textContent).to.contain('plus de la moitié des réponses sont');
    expect(shadow(el).querySelector('[part~="method"]')).to.exist;
    await expect(el).to.be.accessible();
    contacts.querySelector('button')!.click();
    await settle(el);
    expect(visibleStep(el)).to.equal('finder');
    // The finder lists first-contact structures first, under the same heading.
    const finder = shadow(el).querySelector('cap-support-finder')!;
    await waitFor(() => !!finder.shadowRoot?.querySelector('.first-contacts'), 'no « Par qui commencer » in the finder');
    const first = finder.shadowRoot!.querySelector('.first-contacts')!;
    expect(first.querySelector('h3')!.textContent!.trim()).to.equal('Par qui commencer');
    expect(first.querySelectorAll('.item').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('says so, and reads nothing, when a share link comes from another version of the questionnaire', async () => {
    // Answers to the built-in questionnaire's version 2026.1, whose questions have changed.
    atFragment('#cap-diagnostic=eyJxIjoiY2FwLW51bWVyaXF1ZS1tYXR1cml0ZSIsInYiOiIyMDI2LjEiLCJhIjp7InN0cmF0ZWdpZS1wcm9qZXQiOiJyZWd1bGllciIsIm91dGlscy1jbG91ZCI6InllcyJ9fQ');
    const el = await fixture<CapDiagnostic>(html`<cap-diagnostic persist="none"></cap-diagnostic>`);
    await waitFor(() => !!shadow(el).querySelector('.notice'), 'no notice');
    await settle(el);
    expect(visibleStep(el)).to.equal('intro');
    expect(shadow(el).querySelector('.notice')!.textContent).to.contain('une autre version du questionnaire (2026.1)');
    expect((quizOf(el) as unknown as { answers: object }).answers).to.deep.equal({});
    await expect(el).to.be.accessible();
  });

  it('compares with the previous result kept on the device', async () => {
    const first = await diagnostic();
    button(first, 'Commencer le diagnostic').click();
    await settle(first);
    await answer(first, 'Sur nos ordinateurs personnels');
    button(first, 'Recommencer').click();
    await settle(first);
    expect(shadow(first).querySelector('.previous')!.textContent).to.match(/Votre dernier diagnostic : \d+ sur 100/);
    button(first, 'Commencer le diagnostic').click();
    await settle(first);
    await answer(first, 'Dans un espace partagé et sauvegardé');
    expect(shadow(first).querySelector('.change')!.textContent!.trim()).to.match(/^\+\d+ points depuis le /);
  });

  it('imports results exported as JSON, and refuses another questionnaire’s', async () => {
    const el = await diagnostic();
    const input = shadow(el).querySelector<HTMLInputElement>('[data-step="results"] input[type="file"]');
    expect(input).to.equal(null); // no results yet: the tools appear with them
    button(el, 'Commencer le diagnostic').click();
    await settle(el);
    await answer(el, 'Sur nos ordinateurs personnels');
    const file = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const load = async (content: unknown) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([JSON.stringify(content)], 'r.json', { type: 'application/json' }));
      file.files = transfer.files;
      file.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 100));
      await settle(el);
    };
    await load({ questionnaireId: 'other', version: 1, answers: {} });
    expect(live(el)).to.contain('ne contient pas de résultats de ce diagnostic');
    await load({ questionnaireId: 'mini', version: 0, answers: { 'q-single': 'sauvegarde' } });
    expect(live(el)).to.contain('version 0 ≠ 1');
    await load({ type: 'cap-numerique-diagnostic', questionnaireId: 'mini', version: 1, answers: { 'q-single': 'sauvegarde', 'q-multiple': ['agenda', 'visio'], 'q-yesno': 'yes', 'q-scale': '3' } });
    expect(live(el)).to.equal('Résultats importés.');
    expect(quizOf(el).results).to.equal(null); // the quiz itself was not re-run…
    const gauge = shadow(el).querySelector('cap-results-gauge')!;
    await waitFor(() => gauge.shadowRoot!.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') === '100', 'imported results not shown');
  });

  it('exports the answers and results as a JSON file', async () => {
    const el = await diagnostic();
    button(el, 'Commencer le diagnostic').click();
    await settle(el);
    await answer(el, 'Sur nos ordinateurs personnels');
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      button(el, 'Exporter (JSON)').click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.match(/^diagnostic-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = await (await fetch(clicked[0]!.href)).json();
    expect(exported.type).to.equal('cap-numerique-diagnostic');
    expect(exported.questionnaireId).to.equal('mini');
    expect(exported.answers['q-single']).to.equal('perso');
    expect(exported.results.score).to.equal(quizOf(el).results!.score);
  });

  itEmulatingMedia('prints the results only: no navigation, tools or other steps, with the date and the structures opened', async () => {
    const el = await diagnostic();
    button(el, 'Commencer le diagnostic').click();
    await settle(el);
    await answer(el, 'Sur nos ordinateurs personnels');
    button(el, 'Trouver de l’aide près de chez vous').click();
    await settle(el);
    const finder = shadow(el).querySelector('cap-support-finder')!;
    await waitFor(() => !!finder.shadowRoot?.querySelector('.item-button'), 'finder not shown');
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.item-button')!.click();
    await settle(el);
    await emulate({ media: 'print' });
    try {
      const display = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!).display;
      expect(display('nav')).to.equal('none');
      expect(display('[data-step="results"]')).to.equal('block');
      expect(display('[data-step="finder"]')).to.equal('none');
      expect(display('.keep')).to.equal('none');
      expect(display('.printed-date')).to.equal('block');
      expect(display('.print-only')).to.equal('block');
      expect(shadow(el).querySelector('.print-only')!.textContent).to.contain('Structures retenues');
      // Real data: no word of demo data.
      expect(shadow(el).querySelector('.print-only')!.textContent).to.not.match(/Structures fictives|démonstration/);
    } finally {
      await emulate({});
    }
  });

  itEmulatingMedia('prints demo structures as fictitious: the list says so, and each entry', async () => {
    const el = await fixture<CapDiagnostic>(html`<cap-diagnostic questionnaire-src=${MINI} persist="none"></cap-diagnostic>`);
    await waitFor(() => !!quizOf(el).questionnaire, 'quiz not loaded');
    await settle(el);
    button(el, 'Commencer le diagnostic').click();
    await settle(el);
    await answer(el, 'Sur nos ordinateurs personnels');
    button(el, 'Trouver de l’aide près de chez vous').click();
    await settle(el);
    const finder = shadow(el).querySelector('cap-support-finder')!;
    await waitFor(() => !!finder.shadowRoot?.querySelector('.item-button'), 'finder not shown');
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.item-button')!.click();
    await settle(el);
    await emulate({ media: 'print' });
    try {
      const printed = shadow(el).querySelector('.print-only')!;
      expect(getComputedStyle(printed).display).to.equal('block');
      expect(printed.querySelector('p')!.textContent).to.match(/^Structures fictives \(données de démonstration\)\u00a0: /);
      const names = Array.from(printed.querySelectorAll('li strong')).map((s) => s.textContent!);
      expect(names.length).to.equal(1);
      for (const name of names) expect(name).to.match(/ \(fictif\)$/);
    } finally {
      await emulate({});
    }
    await expect(el).to.be.accessible();
  });

  describe('submit-url', () => {
    async function completed(url: string): Promise<CapDiagnostic> {
      const el = await fixture<CapDiagnostic>(
        html`<cap-diagnostic questionnaire-src=${MINI} persist="none" submit-url=${url} submit-retry-delay="20"></cap-diagnostic>`,
      );
      await waitFor(() => !!quizOf(el).questionnaire, 'quiz not loaded');
      await settle(el);
      button(el, 'Commencer le diagnostic').click();
      await settle(el);
      await answer(el, 'Sur nos ordinateurs personnels');
      // The forms that send are a chunk of their own, loaded with the results.
      await waitFor(() => !!shadow(el).querySelector('.consent input'), 'no consent box');
      return el;
    }
    const log = async (key: string) => (await (await fetch(`/__fixtures/submit/${key}`)).json()) as { kind: string; body: string; cookie: string }[];

    it('sends nothing without consent: the box starts unticked and the button disabled', async () => {
      const key = `noconsent-${Date.now()}`;
      const el = await completed(`/__fixtures/submit/${key}/ok/`);
      const box = shadow(el).querySelector<HTMLInputElement>('.consent input')!;
      expect(box.checked).to.equal(false);
      expect(button(el, 'Envoyer mes résultats anonymes').disabled).to.equal(true);
      await expect(el).to.be.accessible();
      await new Promise((r) => setTimeout(r, 100));
      expect(await log(key)).to.deep.equal([]);
    });

    it('posts the anonymous results after consent, retrying failures, and tells the page', async () => {
      const key = `consent-${Date.now()}`;
      const el = await completed(`/__fixtures/submit/${key}/fail-2/`);
      const outcomes: CustomEvent[] = [];
      el.addEventListener('cap-diagnostic-submit', (e) => outcomes.push(e as CustomEvent));
      shadow(el).querySelector<HTMLInputElement>('.consent input')!.click();
      await settle(el);
      button(el, 'Envoyer mes résultats anonymes').click();
      await waitFor(() => outcomes.length === 1, 'no outcome');
      expect(outcomes[0]!.detail).to.include({ ok: true, status: 201, attempts: 3 });
      const sent = await log(key);
      expect(sent.map((s) => s.kind)).to.deep.equal(['results', 'results', 'results']);
      expect(sent).to.have.length(3);
      const payload = JSON.parse(sent[2]!.body);
      expect(Object.keys(payload).sort()).to.deep.equal(['date', 'dimensions', 'lang', 'level', 'questionnaireId', 'schema', 'score', 'version']);
      expect(payload.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(JSON.stringify(payload)).to.not.contain('perso'); // no answer is sent
      expect(sent[2]!.cookie).to.equal('');
      expect(shadow(el).querySelector('.submit-outcome')!.textContent).to.contain('Merci');
    });

    it('keeps the results when sending fails every time', async () => {
      const key = `fail-${Date.now()}`;
      const el = await completed(`/__fixtures/submit/${key}/fail-99`);
      shadow(el).querySelector<HTMLInputElement>('.consent input')!.click();
      await settle(el);
      button(el, 'Envoyer mes résultats anonymes').click();
      await waitFor(() => !!shadow(el).querySelector('.submit-outcome.failed'), 'no failure shown');
      expect(shadow(el).querySelector('.submit-outcome')!.textContent).to.contain('erreur 503');
      expect(shadow(el).querySelector('cap-results-gauge')).to.exist;
      expect(visibleStep(el)).to.equal('results');
      await expect(el).to.be.accessible();
    });
  });
});
