import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/maturity-quiz/define.js';
import type { CapMaturityQuiz } from '../../../src/elements/maturity-quiz/maturity-quiz.js';
import type { QuizResults } from '../../../src/core/types.js';
import builtin from '../../../src/data/questionnaire.fr.js';
import {
  button,
  choose,
  click,
  deepActiveElement,
  engine,
  heading,
  itNarrowViewport,
  liveText,
  record,
  setViewport,
  settle,
  shadow,
  waitFor,
} from '../../helpers.js';

const MINI = '/tests/fixtures/mini-questionnaire.json';

async function quiz(template = html`<cap-maturity-quiz src=${MINI}></cap-maturity-quiz>`): Promise<CapMaturityQuiz> {
  const el = await fixture<CapMaturityQuiz>(template);
  await waitFor(() => !!el.questionnaire || !!shadow(el).querySelector('[role="alert"]'), 'quiz never loaded');
  await settle(el);
  return el;
}

function progress(el: CapMaturityQuiz): string {
  return shadow(el).querySelector('[part="progress-text"]')?.textContent?.trim() ?? '';
}

/** Answers the mini questionnaire through the screens, as a mouse user would. */
async function answerMini(el: CapMaturityQuiz, backup: 'Oui' | 'Non' = 'Oui'): Promise<void> {
  await click(el, 'Commencer');
  await choose(el, 'Dans un espace partagé et sauvegardé');
  await click(el, 'Suivant');
  await choose(el, 'Un agenda partagé');
  await click(el, 'Suivant');
  await choose(el, backup);
  await click(el, backup === 'Oui' ? 'Suivant' : 'Vérifier mes réponses');
  if (backup === 'Oui') {
    await choose(el, 'Je ne sais pas');
    await click(el, 'Vérifier mes réponses');
  }
}

describe('<cap-maturity-quiz>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  describe('start', () => {
    it('shows the built-in questionnaire in French with its length and a start button', async () => {
      const el = await quiz(html`<cap-maturity-quiz></cap-maturity-quiz>`);
      expect(heading(el)).to.equal(builtin.title);
      expect(shadow(el).textContent).to.contain(`${builtin.questions.filter((q) => !q.showIf).length} questions`);
      expect(button(el, 'Commencer')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the built-in questionnaire in English with lang="en"', async () => {
      const el = await quiz(html`<cap-maturity-quiz lang="en"></cap-maturity-quiz>`);
      await waitFor(() => /digital/i.test(heading(el)), 'English text never loaded');
      expect(heading(el)).to.match(/digital/i);
      expect(button(el, 'Start')).to.exist;
      await click(el, 'Start');
      expect(progress(el)).to.match(/^Question 1 of \d+$/);
      await expect(el).to.be.accessible();
    });

    it('takes its language from the closest [lang] ancestor', async () => {
      const wrapper = await fixture(html`<div lang="en-GB"><cap-maturity-quiz src=${MINI}></cap-maturity-quiz></div>`);
      const el = wrapper.querySelector('cap-maturity-quiz')!;
      await waitFor(() => !!el.questionnaire, 'not loaded');
      await settle(el);
      expect(heading(el)).to.equal('Mini check-up');
    });
  });

  describe('steps layout', () => {
    it('shows one question per screen with its progress, moves focus to it and announces it', async () => {
      const el = await quiz();
      const starts = record(el, 'cap-quiz-start');
      await click(el, 'Commencer');
      expect(starts).to.have.length(1);
      expect(starts[0]!.detail).to.deep.equal({ questionnaireId: 'mini', version: 1, resumed: false });
      expect(progress(el)).to.equal('Question 1 sur 3');
      expect(heading(el)).to.equal('Où sont vos fichiers ?');
      expect(deepActiveElement()).to.equal(shadow(el).querySelector('[data-focus-heading]'));
      expect(liveText(el)).to.equal('Question 1 sur 3');
      await expect(el).to.be.accessible();
    });

    it('uses native radios in a fieldset with a legend, and links the help text', async () => {
      const el = await quiz();
      await click(el, 'Commencer');
      const fieldset = shadow(el).querySelector('fieldset')!;
      expect(fieldset.querySelector('legend')!.textContent).to.contain('Où sont vos fichiers ?');
      const radios = fieldset.querySelectorAll('input[type="radio"]');
      expect(radios).to.have.length(4); // 3 options + "Je ne sais pas / non concerné"
      const help = shadow(el).getElementById(fieldset.getAttribute('aria-describedby')!)!;
      expect(help.textContent).to.contain("Les documents de l'association.");
    });

    it('shows the next question unanswered even when the answer and "Suivant" come in one go', async () => {
      const el = await quiz();
      await click(el, 'Commencer');
      // A script or an assistive tool: the choice and the submission in the same task.
      shadow(el).querySelector<HTMLInputElement>('fieldset input')!.click();
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle(el);
      expect(progress(el)).to.equal('Question 2 sur 3');
      const inputs = Array.from(shadow(el).querySelectorAll<HTMLInputElement>('fieldset input'));
      expect(inputs.filter((i) => i.checked)).to.have.length(0);
      // And a choice there counts.
      inputs[0]!.click();
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle(el);
      expect(progress(el)).to.equal('Question 3 sur 3');
    });

    it('refuses to go on without an answer, says why, and announces it', async () => {
      const el = await quiz();
      await click(el, 'Commencer');
      await click(el, 'Suivant');
      expect(progress(el)).to.equal('Question 1 sur 3');
      const message = shadow(el).querySelector('[part="validation"]')!;
      expect(message.textContent).to.contain('Choisissez une réponse');
      const fieldset = shadow(el).querySelector('fieldset')!;
      expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
      expect(fieldset.getAttribute('aria-describedby')).to.contain(message.id);
      expect(deepActiveElement()).to.equal(fieldset.querySelector('input'));
      await expect(el).to.be.accessible();
    });

    it('renders a multiple-choice question as checkboxes, an unticked list meaning "none"', async () => {
      const el = await quiz();
      const answers = record(el, 'cap-quiz-answer');
      await click(el, 'Commencer');
      await choose(el, 'Sur nos ordinateurs');
      await click(el, 'Suivant');
      expect(shadow(el).querySelectorAll('fieldset input[type="checkbox"]')).to.have.length(3);
      await expect(el).to.be.accessible();
      await click(el, 'Suivant');
      expect(progress(el)).to.equal('Question 3 sur 3');
      expect(answers.map((e) => e.detail)).to.deep.equal([
        { questionId: 'q-single', value: 'perso' },
        { questionId: 'q-multiple', value: [] },
      ]);
    });

    it('makes "Je ne sais pas" exclusive in a checklist', async () => {
      const el = await quiz();
      await click(el, 'Commencer');
      await choose(el, 'Sur nos ordinateurs');
      await click(el, 'Suivant');
      await choose(el, 'Un agenda partagé');
      await choose(el, 'Je ne sais pas');
      expect(el.answers['q-multiple']).to.deep.equal(['unknown']);
      await choose(el, 'La visioconférence');
      expect(el.answers['q-multiple']).to.deep.equal(['visio']);
    });

    it('shows a yes-no question with Oui / Non, and a scale question only when its condition holds', async () => {
      const el = await quiz();
      await click(el, 'Commencer');
      await choose(el, 'Sur nos ordinateurs');
      await click(el, 'Suivant');
      await click(el, 'Suivant');
      const labels = Array.from(shadow(el).querySelectorAll('label.option')).map((l) => l.textContent!.trim());
      expect(labels).to.deep.equal(['Oui', 'Non', 'Je ne sais pas / non concerné']);
      await expect(el).to.be.accessible();
      await choose(el, 'Non');
      expect(progress(el)).to.equal('Question 3 sur 3');
      await choose(el, 'Oui');
      expect(progress(el)).to.equal('Question 3 sur 4');
      await click(el, 'Suivant');
      expect(shadow(el).querySelector('.options.scale')).to.exist;
      expect(shadow(el).querySelectorAll('.options.scale input[type="radio"]')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('goes back with Précédent, keeping the answers', async () => {
      const el = await quiz();
      await click(el, 'Commencer');
      await choose(el, 'Dans un espace partagé et sauvegardé');
      await click(el, 'Suivant');
      await click(el, 'Précédent');
      expect(progress(el)).to.equal('Question 1 sur 3');
      const checked = shadow(el).querySelector<HTMLInputElement>('input:checked')!;
      expect(checked.closest('label')!.textContent).to.contain('sauvegardé');
    });

    it('lists the answers on a review screen, each editable from there', async () => {
      const el = await quiz();
      await answerMini(el);
      expect(heading(el)).to.equal('Vérifiez vos réponses');
      const items = Array.from(shadow(el).querySelectorAll('[part="review"] li'));
      expect(items.map((li) => li.querySelector('.review-answer')!.textContent!.trim())).to.deep.equal([
        'Dans un espace partagé et sauvegardé',
        'Un agenda partagé',
        'Oui',
        'Je ne sais pas / non concerné',
      ]);
      await expect(el).to.be.accessible();
      const edit = items[0]!.querySelector('button')!;
      expect(edit.getAttribute('aria-label')).to.equal('Modifier la réponse à la question 1 : Où sont vos fichiers ?');
      edit.click();
      await settle(el);
      expect(progress(el)).to.equal('Question 1 sur 4');
      await choose(el, 'Sur nos ordinateurs');
      await click(el, 'Revenir au récapitulatif');
      expect(heading(el)).to.equal('Vérifiez vos réponses');
      expect(shadow(el).querySelector('.review-answer')!.textContent!.trim()).to.equal('Sur nos ordinateurs personnels');
    });

    it('computes, shows and announces the results, and fires cap-quiz-complete', async () => {
      const el = await quiz();
      const done = record<{ results: QuizResults }>(el, 'cap-quiz-complete');
      await answerMini(el);
      await click(el, 'Voir mes résultats');
      expect(done).to.have.length(1);
      const results = done[0]!.detail.results;
      // outils: (1 + 0.5) / 2 = 75; donnees: yes = 100, scale unknown → left out → 100; mean 88.
      expect(results.dimensions.map((d) => [d.id, d.score, d.answered])).to.deep.equal([
        ['outils', 75, 2],
        ['donnees', 100, 1],
      ]);
      expect(results.score).to.equal(88);
      expect(results.level).to.equal('haut');
      expect(el.results).to.deep.equal(results);
      expect(heading(el)).to.equal('Vos résultats');
      // The end screen draws the results with <cap-results-gauge>, whose code loads then.
      const gauge = shadow(el).querySelector('cap-results-gauge')!;
      await waitFor(() => !!gauge.shadowRoot?.querySelector('[role="meter"]'), 'the gauge never drew');
      const meter = gauge.shadowRoot!.querySelector('[role="meter"]')!;
      expect(meter.getAttribute('aria-valuenow')).to.equal('88');
      expect(meter.getAttribute('aria-valuetext')).to.equal('88 sur 100, niveau Avancé');
      const dimensions = Array.from(gauge.shadowRoot!.querySelectorAll('[part="dimension"]')).map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(dimensions).to.deep.equal(['Outils 75 sur 100 — Avancé', 'Données 100 sur 100 — Avancé']);
      expect(liveText(el)).to.equal('Questionnaire terminé. Score global : 88 sur 100, niveau Avancé.');
      await expect(el).to.be.accessible();
    });

    it('shows only a confirmation at the end with no-results', async () => {
      const el = await quiz(html`<cap-maturity-quiz src=${MINI} no-results></cap-maturity-quiz>`);
      await answerMini(el);
      await click(el, 'Voir mes résultats');
      expect(heading(el)).to.equal('Questionnaire terminé');
      expect(shadow(el).querySelector('[part="results"]')).to.equal(null);
      expect(el.results!.score).to.equal(88);
      await expect(el).to.be.accessible();
    });

    it('can be completed with the keyboard alone', async () => {
      const el = await quiz(html`<cap-maturity-quiz src=${MINI} persist="none"></cap-maturity-quiz>`);
      const done = record<{ results: QuizResults }>(el, 'cap-quiz-complete');
      button(el, 'Commencer').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(progress(el)).to.equal('Question 1 sur 3');
      // Focus is on the question: Tab reaches the first radio, arrows choose, Enter goes on.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.answers['q-single']).to.equal('sauvegarde');
      expect(progress(el)).to.equal('Question 2 sur 3');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.answers['q-multiple']).to.deep.equal(['agenda']);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.answers['q-yesno']).to.equal('yes');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(heading(el)).to.equal('Vérifiez vos réponses');
      // Shift+Tab from the end reaches "Voir mes résultats" last in the tab order.
      button(el, 'Voir mes résultats').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(done).to.have.length(1);
      expect(deepActiveElement()).to.equal(shadow(el).querySelector('[data-focus-heading]'));
    });

    it('starts over with restart()', async () => {
      const el = await quiz();
      await answerMini(el);
      await click(el, 'Voir mes résultats');
      el.restart();
      await settle(el);
      expect(el.answers).to.deep.equal({});
      expect(el.results).to.equal(null);
      expect(button(el, 'Commencer')).to.exist;
    });
  });

  describe('list layout', () => {
    it('shows every visible question on one page and points to the missing ones', async () => {
      const el = await quiz(html`<cap-maturity-quiz src=${MINI} layout="list"></cap-maturity-quiz>`);
      await click(el, 'Commencer');
      expect(shadow(el).querySelectorAll('fieldset')).to.have.length(3); // q-scale hidden until "Oui"
      await expect(el).to.be.accessible();
      await choose(el, 'Oui');
      expect(shadow(el).querySelectorAll('fieldset')).to.have.length(4);
      await click(el, 'Voir mes résultats');
      const summary = shadow(el).querySelector('[data-missing-summary]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.textContent).to.contain('2 questions sans réponse');
      expect(summary.textContent).to.contain('Question 1 : Où sont vos fichiers ?');
      expect(deepActiveElement()).to.equal(summary);
      await expect(el).to.be.accessible();
      await choose(el, 'Dans un espace partagé et sauvegardé');
      await choose(el, '3 — Tout à fait');
      await click(el, 'Voir mes résultats');
      expect(heading(el)).to.equal('Vos résultats');
      expect(el.results!.dimensions.find((d) => d.id === 'outils')!.score).to.equal(50); // 100 and an empty checklist
    });
  });

  describe('persistence', () => {
    it('offers to resume after a reload, and resumes at the first unanswered question', async () => {
      const first = await quiz();
      await click(first, 'Commencer');
      await choose(first, 'Dans un espace partagé');
      await click(first, 'Suivant');
      fixtureCleanup();
      const el = await quiz();
      expect(heading(el)).to.equal('Reprendre votre questionnaire ?');
      expect(shadow(el).textContent).to.contain('1 question sur 3');
      await expect(el).to.be.accessible();
      const starts = record(el, 'cap-quiz-start');
      await click(el, 'Reprendre');
      expect(starts[0]!.detail).to.include({ resumed: true });
      expect(progress(el)).to.equal('Question 2 sur 3');
      expect(el.answers).to.deep.equal({ 'q-single': 'partage' });
    });

    it('starts over from the resume screen with Recommencer', async () => {
      const first = await quiz();
      await click(first, 'Commencer');
      await choose(first, 'Dans un espace partagé');
      fixtureCleanup();
      const el = await quiz();
      await click(el, 'Recommencer');
      expect(progress(el)).to.equal('Question 1 sur 3');
      expect(el.answers).to.deep.equal({});
      expect(localStorage.getItem('cap-numerique:quiz:mini:1')).to.equal(null);
    });

    it('restores finished results on the end screen and tells followers', async () => {
      const first = await quiz();
      await answerMini(first);
      await click(first, 'Voir mes résultats');
      const score = first.results!.score;
      fixtureCleanup();
      const events: CustomEvent[] = [];
      const listener = (e: Event) => events.push(e as CustomEvent);
      document.addEventListener('cap-quiz-complete', listener);
      try {
        const el = await quiz();
        expect(heading(el)).to.equal('Vos résultats');
        expect(el.results!.score).to.equal(score);
        await waitFor(() => events.length === 1, 'no restored event');
        expect(events[0]!.detail.restored).to.equal(true);
      } finally {
        document.removeEventListener('cap-quiz-complete', listener);
      }
    });

    it('never restores answers saved for another version of the questionnaire', async () => {
      localStorage.setItem(
        'cap-numerique:quiz:mini:0',
        JSON.stringify({ answers: { 'q-single': 'perso' }, index: 1, savedAt: '2026-01-01T00:00:00Z' }),
      );
      const el = await quiz();
      expect(heading(el)).to.equal('Mini diagnostic');
      expect(el.answers).to.deep.equal({});
      expect(localStorage.getItem('cap-numerique:quiz:mini:0')).to.equal(null);
    });

    it('stores nothing with persist="none"', async () => {
      const el = await quiz(html`<cap-maturity-quiz src=${MINI} persist="none"></cap-maturity-quiz>`);
      await click(el, 'Commencer');
      await choose(el, 'Dans un espace partagé');
      expect(Object.keys(localStorage)).to.deep.equal([]);
    });

    it('ignores malformed saved answers', async () => {
      localStorage.setItem('cap-numerique:quiz:mini:1', JSON.stringify({ answers: { 'q-single': 42, nope: 'x' } }));
      const el = await quiz();
      expect(el.answers).to.deep.equal({});
    });

    it('still completes when localStorage throws', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await quiz();
        await answerMini(el);
        await click(el, 'Voir mes résultats');
        expect(el.results!.score).to.equal(88);
      } finally {
        Storage.prototype.setItem = original;
      }
    });
  });

  describe('properties', () => {
    it('accepts a questionnaire object through the property, validated', async () => {
      const data = await (await fetch(MINI)).json();
      data.title = 'Par propriété';
      const el = await fixture<CapMaturityQuiz>(html`<cap-maturity-quiz .questionnaire=${data}></cap-maturity-quiz>`);
      await waitFor(() => !!el.questionnaire, 'not loaded');
      await settle(el);
      expect(heading(el)).to.equal('Par propriété');
    });

    it('accepts a questionnaire in an inline JSON child', async () => {
      const data = await (await fetch(MINI)).json();
      data.title = 'En ligne';
      const el = document.createElement('cap-maturity-quiz');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(data);
      el.append(script);
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      await waitFor(() => !!el.questionnaire, 'not loaded');
      await settle(el);
      expect(heading(el)).to.equal('En ligne');
    });

    it('sets answers through the property, dropping unknown questions', async () => {
      const el = await quiz();
      el.answers = { 'q-single': 'partage', nope: 'x' } as never;
      await settle(el);
      expect(el.answers).to.deep.equal({ 'q-single': 'partage' });
    });

    it('reflects its attributes as properties', async () => {
      const el = await quiz(html`<cap-maturity-quiz src=${MINI} layout="list" persist="none" no-results></cap-maturity-quiz>`);
      expect(el.layout).to.equal('list');
      expect(el.persist).to.equal('none');
      expect(el.noResults).to.equal(true);
      expect(el.src).to.equal(MINI);
    });
  });

  describe('bad input', () => {
    async function expectError(template: ReturnType<typeof html>, pattern: RegExp): Promise<CapMaturityQuiz> {
      const errors: CustomEvent[] = [];
      const listener = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('cap-error', listener);
      try {
        const el = await fixture<CapMaturityQuiz>(template);
        await waitFor(() => !!shadow(el).querySelector('[role="alert"]'), 'no error shown', 8000);
        await settle(el);
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(alert.textContent!.replace(/\s+/g, ' ')).to.match(pattern);
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.message).to.be.a('string');
        await expect(el).to.be.accessible();
        return el;
      } finally {
        document.removeEventListener('cap-error', listener);
      }
    }

    it('says a src answering 404 could not be loaded', async () => {
      await expectError(html`<cap-maturity-quiz src="/__fixtures/status/404"></cap-maturity-quiz>`, /a répondu 404/);
    });

    it('says a src answering 500 could not be loaded, and retries', async () => {
      const el = await expectError(
        html`<cap-maturity-quiz src=${`/__fixtures/flaky/quiz-test-${engine}`}></cap-maturity-quiz>`,
        /\/__fixtures\/flaky\/quiz-test-\w+ n’a pas pu être chargé : le serveur a répondu 500/,
      );
      // One key per engine: the engines run at the same time against the same server.
      await fetch(`/__fixtures/flaky/quiz-test-${engine}/recover`);
      await click(el, 'Réessayer');
      await waitFor(() => !!el.questionnaire, 'retry did not load');
      await settle(el);
      expect(heading(el)).to.equal('Mini diagnostic');
    });

    it('says a src that never answers timed out', async () => {
      await expectError(
        html`<cap-maturity-quiz src="/__fixtures/hang" load-timeout="300"></cap-maturity-quiz>`,
        /ne répond pas/,
      );
    });

    it('says a body that is not JSON is not JSON', async () => {
      await expectError(html`<cap-maturity-quiz src="/tests/fixtures/not-json.txt"></cap-maturity-quiz>`, /n’est pas du JSON valide/);
    });

    it('lists schema violations with their path', async () => {
      const data = await (await fetch(MINI)).json();
      data.questions[0].options[1].score = 'deux';
      data.questions[1].id = 'q-single';
      data.questions[3].showIf.question = 'later';
      data.levels[0].min = 20;
      data.dimensions.push({ id: 'vide', label: 'Vide' });
      const el = await expectError(
        html`<cap-maturity-quiz .questionnaire=${data}></cap-maturity-quiz>`,
        /contient \d erreur/,
      );
      const items = Array.from(shadow(el).querySelectorAll('[role="alert"] li')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.include('questions[0].options[1].score : expected a number, got string');
      expect(items).to.include('questions[1].id : duplicate question id "q-single"');
      expect(items).to.include('questions[3].showIf.question : show-if names unknown question "later"');
      expect(items.some((i) => i.startsWith('levels[0].min : the first level must start at 0'))).to.equal(true);
      expect(items).to.include('dimensions[2] : dimension "vide" has no question');
    });

    it('shows HTML and scripts in texts as text, never as markup', async () => {
      const data = await (await fetch(MINI)).json();
      const trap = ((window as unknown as { __pwned?: number }).__pwned = 0);
      data.title = '<img src=x onerror="window.__pwned=1">Titre <script>window.__pwned=2</script>';
      data.questions[0].label = '<b onclick="window.__pwned=3">Gras ?</b>';
      data.questions[0].options[0].label = '<a href="javascript:window.__pwned=4">lien</a>';
      const el = await fixture<CapMaturityQuiz>(html`<cap-maturity-quiz .questionnaire=${data}></cap-maturity-quiz>`);
      await waitFor(() => !!el.questionnaire, 'not loaded');
      await settle(el);
      expect(heading(el)).to.equal('<img src=x onerror="window.__pwned=1">Titre <script>window.__pwned=2</script>');
      await click(el, 'Commencer');
      expect(heading(el)).to.equal('<b onclick="window.__pwned=3">Gras ?</b>');
      expect(shadow(el).querySelector('img, script:not([type]), b, a[href^="javascript"]')).to.equal(null);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(trap);
    });

    it('never throws into the page', async () => {
      const errors: ErrorEvent[] = [];
      const onError = (e: ErrorEvent) => errors.push(e);
      window.addEventListener('error', onError);
      try {
        await expectError(html`<cap-maturity-quiz .questionnaire=${'nonsense'}></cap-maturity-quiz>`, /expected an object/);
        await expectError(html`<cap-maturity-quiz .questionnaire=${{ questions: 5 }}></cap-maturity-quiz>`, /questions/);
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.have.length(0);
    });
  });

  describe('small screens', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    itNarrowViewport('fits 320 px (the width of a 640 px window at 200 % zoom) without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await quiz(html`<cap-maturity-quiz></cap-maturity-quiz>`);
      await click(el, 'Commencer');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const part of shadow(el).querySelectorAll<HTMLElement>('.option, .button')) {
        expect(part.getBoundingClientRect().right, part.textContent!).to.be.at.most(320);
      }
      await expect(el).to.be.accessible();
    });
  });
});
