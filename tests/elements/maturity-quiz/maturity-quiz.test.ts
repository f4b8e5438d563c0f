import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/maturity-quiz/define.js';
import type { CapMaturityQuiz } from '../../../src/elements/maturity-quiz/maturity-quiz.js';
import { optionsOf, visibleQuestions } from '../../../src/core/scoring.js';
import type { Answers, Question, QuizResults } from '../../../src/core/types.js';
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

const NBSP = '\u00a0';
const VOLUNTEERS = { 'profil-equipe': 'benevoles', 'profil-taille': '1-5', 'profil-budget': 'moins-10k', 'profil-federation': 'yes' };
const EMPLOYER = { ...VOLUNTEERS, 'profil-equipe': 'salaries', 'profil-budget': '50k-200k', 'profil-federation': 'no' };

/** Answers to every question the built-in questionnaire asks this profile, chosen by `pick`. */
function builtinAnswers(profile: Record<string, string>, pick: (q: Question) => string): Answers {
  const answers: Answers = { ...profile };
  for (const q of visibleQuestions(builtin, profile)) answers[q.id] = pick(q);
  return answers;
}
const best = (q: Question) => [...optionsOf(q)].sort((a, b) => b.score - a.score)[0]!.id;
const lowest = (q: Question) => [...optionsOf(q)].sort((a, b) => a.score - b.score)[0]!.id;

/** The built-in questionnaire finished with these answers (saved, reloaded, resumed, reviewed). */
async function finishBuiltin(answers: Answers, template = html`<cap-maturity-quiz></cap-maturity-quiz>`): Promise<CapMaturityQuiz> {
  const first = await quiz(html`<cap-maturity-quiz></cap-maturity-quiz>`);
  first.answers = answers;
  fixtureCleanup();
  const el = await quiz(template);
  // In English the questionnaire's translation loads after the French one: wait for its prompt.
  const resume = /^(Reprendre|Resume)$/;
  await waitFor(() => Array.from(shadow(el).querySelectorAll('button')).some((b) => resume.test(b.textContent!.trim())), 'the resume prompt never showed');
  await settle(el);
  await click(el, resume);
  await click(el, /^(Voir mes résultats|See my results)$/);
  await waitFor(() => !!shadow(el).querySelector('[part~="method"]'), 'the guidance never loaded');
  await settle(el);
  return el;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const sections = (el: Element) => Array.from(shadow(el).querySelectorAll('[part~="contacts"], [part~="next-steps"]')).map((x) => x.getAttribute('part'));

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
      // The profile, then what a volunteer-run association is asked.
      expect(shadow(el).textContent).to.contain('29 questions · environ 10 minutes');
      expect(button(el, 'Commencer')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the built-in questionnaire in English with lang="en"', async () => {
      const el = await quiz(html`<cap-maturity-quiz lang="en"></cap-maturity-quiz>`);
      await waitFor(() => /digital/i.test(heading(el)), 'English text never loaded');
      expect(heading(el)).to.match(/digital/i);
      expect(button(el, 'Start')).to.exist;
      await click(el, 'Start');
      expect(progress(el)).to.equal('Your association: question 1 of 4');
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
      expect(radios).to.have.length(5); // 3 options + « Je ne sais pas » + « Non concerné »
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
      // Two options, « Je ne sais pas » and « Non concerné ».
      expect(shadow(el).querySelectorAll('fieldset input[type="checkbox"]')).to.have.length(4);
      await expect(el).to.be.accessible();
      await click(el, 'Suivant');
      expect(progress(el)).to.equal('Question 3 sur 3');
      expect(answers.map((e) => e.detail)).to.deep.equal([
        { questionId: 'q-single', value: 'perso' },
        { questionId: 'q-multiple', value: [] },
      ]);
    });

    it('makes « Je ne sais pas » and « Non concerné » exclusive in a checklist', async () => {
      const el = await quiz();
      await click(el, 'Commencer');
      await choose(el, 'Sur nos ordinateurs');
      await click(el, 'Suivant');
      await choose(el, 'Un agenda partagé');
      await choose(el, 'Je ne sais pas');
      expect(el.answers['q-multiple']).to.deep.equal(['unknown']);
      await choose(el, 'Non concerné');
      expect(el.answers['q-multiple']).to.deep.equal(['not-applicable']);
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
      expect(labels).to.deep.equal(['Oui', 'Non', 'Je ne sais pas', 'Non concerné']);
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
        'Je ne sais pas',
      ]);
      await expect(el).to.be.accessible();
      const edit = items[0]!.querySelector('button')!;
      expect(edit.getAttribute('aria-label')).to.equal('Modifier la réponse à la question 1 : Où sont vos fichiers ?');
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
      // outils: (1 + 0.5) / 2 = 75; donnees: yes = 1, scale « Je ne sais pas » = 0 → 50; mean 63.
      expect(results.dimensions.map((d) => [d.id, d.score, d.answered, d.unknown])).to.deep.equal([
        ['outils', 75, 2, 0],
        ['donnees', 50, 1, 1],
      ]);
      expect(results.score).to.equal(63);
      expect(results.level).to.equal('haut');
      expect(el.results).to.deep.equal(results);
      expect(heading(el)).to.equal('Vos résultats');
      // The end screen draws the results with <cap-results-gauge>, whose code loads then.
      const gauge = shadow(el).querySelector('cap-results-gauge')!;
      await waitFor(() => !!gauge.shadowRoot?.querySelector('[role="meter"]'), 'the gauge never drew');
      const meter = gauge.shadowRoot!.querySelector('[role="meter"]')!;
      expect(meter.getAttribute('aria-valuenow')).to.equal('63');
      expect(meter.getAttribute('aria-valuetext')).to.equal('63 sur 100, niveau Avancé');
      const dimensions = Array.from(gauge.shadowRoot!.querySelectorAll('[part="dimension"]')).map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(dimensions).to.deep.equal(['Outils 75 sur 100 — Avancé', 'Données 50 sur 100 — Avancé']);
      expect(liveText(el)).to.equal('Questionnaire terminé. Score global : 63 sur 100, niveau Avancé.');
      await expect(el).to.be.accessible();
    });

    it('shows only a confirmation at the end with no-results', async () => {
      const el = await quiz(html`<cap-maturity-quiz src=${MINI} no-results></cap-maturity-quiz>`);
      await answerMini(el);
      await click(el, 'Voir mes résultats');
      expect(heading(el)).to.equal('Questionnaire terminé');
      expect(shadow(el).querySelector('[part="results"]')).to.equal(null);
      expect(el.results!.score).to.equal(63);
      expect(shadow(el).querySelector('[part~="contacts"], [part~="next-steps"]')).to.equal(null);
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

  describe('built-in questionnaire', () => {
    it('asks about the association first, unscored, then the questions that fit it', async () => {
      const el = await quiz(html`<cap-maturity-quiz persist="none"></cap-maturity-quiz>`);
      await click(el, 'Commencer');
      expect(progress(el)).to.equal(`Votre association${NBSP}: question 1 sur 4`);
      expect(text(shadow(el).querySelector('[part="help"]'))).to.contain('Cette question n’est pas notée');
      const labels = Array.from(shadow(el).querySelectorAll('label.option')).map((l) => text(l));
      expect(labels).to.deep.equal(['Uniquement des bénévoles', 'Des bénévoles et au moins une personne salariée']);
      await expect(el).to.be.accessible();
      await choose(el, 'Des bénévoles et au moins une personne salariée');
      await click(el, 'Suivant');
      await choose(el, 'De 6 à 20');
      await click(el, 'Suivant');
      expect(progress(el)).to.equal(`Votre association${NBSP}: question 3 sur 4`);
      await choose(el, 'Je ne sais pas');
      await click(el, 'Suivant');
      await choose(el, 'Non');
      await click(el, 'Suivant');
      expect(progress(el)).to.equal('Question 1 sur 25');
      // No « Non concerné » where every association is concerned.
      expect(Array.from(shadow(el).querySelectorAll('label.option')).map((l) => text(l))).to.not.include('Non concerné');
      expect(visibleQuestions(el.questionnaire!, el.answers).map((q) => q.id)).to.include('competences-formation-equipe');
      await expect(el).to.be.accessible();
    });

    it('ends with « Par qui commencer » first when the association does not know whom to ask', async () => {
      const answers = builtinAnswers(VOLUNTEERS, (q) => (q.id === 'competences-contacts' ? 'no' : best(q)));
      const el = await finishBuiltin(answers);
      expect(el.results!.knowsWhomToAsk).to.equal(false);
      expect(sections(el)).to.deep.equal(['contacts', 'next-steps']);
      const contacts = shadow(el).querySelector('[part~="contacts"]')!;
      expect(text(contacts.querySelector('h3'))).to.equal('Par qui commencer');
      expect(text(contacts)).to.contain('Vous ne savez pas à qui vous adresser pour le numérique');
      const links = Array.from(contacts.querySelectorAll('a')).map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://www.associations.gouv.fr/la-charte-d-utilisation-de-guid-asso.html', 'https://www.rnma.fr/']);
      for (const a of contacts.querySelectorAll('a')) expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      // Member of a federation: the federation is a first contact too.
      expect(text(contacts)).to.contain('Votre fédération ou votre réseau');
      await expect(el).to.be.accessible();
    });

    it('gives the next steps of the two weakest dimensions, fit for the profile, and how the score is calculated', async () => {
      const strategy: Record<string, string> = {
        'strategie-projet': 'regulier',
        'strategie-pilotage': 'designe',
        'strategie-depenses': 'au-moment',
        'strategie-dirigeants': '4',
      };
      const pick = (q: Question) => strategy[q.id] ?? best(q);
      const employer = await finishBuiltin(builtinAnswers(EMPLOYER, pick));
      expect(employer.results!.weakest[0]).to.equal('strategie');
      expect(sections(employer)).to.deep.equal(['next-steps', 'contacts']);
      const steps = shadow(employer).querySelector('[part~="next-steps"]')!;
      expect(Array.from(steps.querySelectorAll('h4')).map(text)).to.deep.equal([
        'Stratégie et gouvernance du numérique — 65 sur 100',
        'Outils et équipement — 100 sur 100',
      ]);
      expect(text(steps)).to.contain('Dispositif local d’accompagnement');
      expect(text(shadow(employer).querySelector('[part~="contacts"]'))).to.not.contain('Votre fédération');
      const method = shadow(employer).querySelector<HTMLDetailsElement>('[part~="method"]')!;
      expect(text(method.querySelector('summary'))).to.equal('Comment ce score est calculé');
      expect(method.open).to.equal(false);
      method.querySelector('summary')!.click();
      await settle(employer);
      expect(text(method)).to.contain('« Je ne sais pas » compte comme la réponse la plus basse');
      expect(text(method)).to.contain('Peu initiée à partir de 0, En démarrage à partir de 35');
      await expect(employer).to.be.accessible();
      fixtureCleanup();
      localStorage.clear();

      const volunteers = await finishBuiltin(builtinAnswers(VOLUNTEERS, pick));
      const volunteerSteps = text(shadow(volunteers).querySelector('[part~="next-steps"]'));
      expect(volunteerSteps).to.not.contain('Dispositif local d’accompagnement');
      expect(volunteerSteps).to.not.match(/tarif|France Active|salarié/);
      expect(volunteerSteps).to.contain('un regard extérieur sur votre feuille de route');
    });

    it('links to the network’s finder page with the themes of the weakest dimensions (finder-url)', async () => {
      const answers = builtinAnswers(VOLUNTEERS, (q) => (q.dimension === 'donnees' ? lowest(q) : best(q)));
      const el = await finishBuiltin(answers, html`<cap-maturity-quiz finder-url="/aide/structures.html?source=quiz"></cap-maturity-quiz>`);
      expect(el.finderUrl).to.equal('/aide/structures.html?source=quiz');
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="contacts"] a.button')!;
      expect(text(link)).to.equal('Trouver une structure d’accompagnement près de chez vous');
      const url = new URL(link.href);
      expect(url.pathname).to.equal('/aide/structures.html');
      expect(url.searchParams.get('source')).to.equal('quiz');
      expect(url.searchParams.get('themes')).to.equal(el.results!.themes.join(','));
      // A weak « Données, sécurité et RGPD »: security help and data-protection help.
      expect(el.results!.themes).to.include.members(['cybersecurite', 'donnees-rgpd']);
      // The association knows whom to ask and is not at the lowest level: no `start`.
      expect(url.searchParams.get('start')).to.equal(null);
      // The national resources of those themes are among the first contacts.
      const hrefs = Array.from(shadow(el).querySelectorAll('[part~="contacts"] li a')).map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members(['https://www.cybermalveillance.gouv.fr/', 'https://www.cnil.fr/']);
      await expect(el).to.be.accessible();
    });

    it('asks the finder for first contacts first (start=1) when the association does not know whom to ask', async () => {
      const answers = builtinAnswers(VOLUNTEERS, (q) => (q.id === 'competences-contacts' ? 'no' : best(q)));
      const el = await finishBuiltin(answers, html`<cap-maturity-quiz finder-url="/aide/structures.html"></cap-maturity-quiz>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="contacts"] a.button')!;
      expect(new URL(link.href).searchParams.get('start')).to.equal('1');
    });

    it('shows no finder link for a finder-url that is not a web address', async () => {
      const answers = builtinAnswers(VOLUNTEERS, best);
      const el = await finishBuiltin(answers, html`<cap-maturity-quiz finder-url="javascript:alert(1)"></cap-maturity-quiz>`);
      expect(shadow(el).querySelector('[part~="contacts"] a.button') === null).to.equal(true);
    });

    it('says a result is partial, and why, when most answers are « Je ne sais pas »', async () => {
      const el = await finishBuiltin(builtinAnswers(VOLUNTEERS, () => 'unknown'));
      expect(el.results).to.include({ partial: true, partialReason: 'unknown', score: null, level: null });
      expect(liveText(el)).to.equal(`Questionnaire terminé. Résultat partiel${NBSP}: pas de score global.`);
      const gauge = shadow(el).querySelector('cap-results-gauge')!;
      await waitFor(() => !!gauge.shadowRoot?.querySelector('[part="partial"]'), 'the gauge never said why');
      expect(text(gauge.shadowRoot!.querySelector('[part="partial"]'))).to.contain('plus de la moitié des réponses sont');
      expect(sections(el)[0]).to.equal('contacts');
      await expect(el).to.be.accessible();
    });

    it('ends in English with lang="en"', async () => {
      const answers = builtinAnswers(VOLUNTEERS, (q) => (q.id === 'competences-contacts' ? 'unknown' : best(q)));
      const el = await finishBuiltin(answers, html`<cap-maturity-quiz lang="en"></cap-maturity-quiz>`);
      expect(text(shadow(el).querySelector('[part~="contacts"] h3'))).to.equal('Where to start');
      expect(text(shadow(el).querySelector('[part~="next-steps"] h3'))).to.equal('Your next steps');
      expect(text(shadow(el).querySelector('[part~="method"] summary'))).to.equal('How this score is calculated');
      expect(text(shadow(el).querySelector('[part~="contacts"]'))).to.contain('Guid’Asso: the association support network');
      await expect(el).to.be.accessible();
    });

    it('never restores answers saved for the previous version of the built-in questionnaire', async () => {
      localStorage.setItem(
        'cap-numerique:quiz:cap-numerique-maturite:2026.1',
        JSON.stringify({ answers: { 'strategie-projet': 'integre', 'outils-cloud': 'yes' }, index: 2, savedAt: '2026-01-01T00:00:00Z' }),
      );
      const el = await quiz(html`<cap-maturity-quiz></cap-maturity-quiz>`);
      expect(heading(el)).to.equal(builtin.title);
      expect(el.answers).to.deep.equal({});
      expect(localStorage.getItem('cap-numerique:quiz:cap-numerique-maturite:2026.1')).to.equal(null);
    });

    it('can be used with the keyboard alone on the profile and the end screen', async () => {
      const el = await quiz(html`<cap-maturity-quiz persist="none"></cap-maturity-quiz>`);
      button(el, 'Commencer').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.answers['profil-equipe']).to.equal('salaries');
      expect(progress(el)).to.equal(`Votre association${NBSP}: question 2 sur 4`);
      fixtureCleanup();
      const done = await finishBuiltin(builtinAnswers(VOLUNTEERS, (q) => (q.id === 'competences-contacts' ? 'no' : best(q))));
      // From the results heading, Tab reaches the links of « Par qui commencer », then the disclosure.
      const reached: string[] = [];
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement()!;
        reached.push(active.tagName === 'SUMMARY' ? 'summary' : (active.getAttribute('href') ?? active.tagName));
        if (active.tagName === 'SUMMARY') break;
      }
      expect(reached).to.include('https://www.rnma.fr/');
      expect(reached.at(-1)).to.equal('summary');
      await sendKeys({ press: 'Enter' });
      await settle(done);
      expect(shadow(done).querySelector<HTMLDetailsElement>('[part~="method"]')!.open).to.equal(true);
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
      expect(summary.textContent).to.contain('Question 1 : Où sont vos fichiers ?');
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
        expect(el.results!.score).to.equal(63);
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
