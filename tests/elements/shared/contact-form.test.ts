import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/elements/maturity-quiz/define.js';
import '../../../src/elements/diagnostic/define.js';
import type { CapMaturityQuiz } from '../../../src/elements/maturity-quiz/maturity-quiz.js';
import { contactSchema } from '../../../src/core/contact-schema.js';
import { submissionSchema } from '../../../src/core/submission-schema.js';
import { button, choose, click, deepActiveElement, itNarrowViewport, record, settle, setViewport, shadow, waitFor } from '../../helpers.js';
import * as z from 'zod/mini';

const MINI = '/tests/fixtures/mini-questionnaire.json';
const NOTICE = 'Le réseau Exemple conserve ces informations 12 mois pour vous recontacter ; elles ne sont lues que par son équipe.';

interface Sent {
  kind: string;
  body: string;
  cookie: string;
}
const log = async (key: string) => (await (await fetch(`/__fixtures/submit/${key}`)).json()) as Sent[];
const uniqueKey = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** The mini quiz finished in the list layout, with the forms that send on its end screen. */
async function finished(submitUrl: string, { notice = NOTICE, lang = 'fr', src = MINI }: { notice?: string | null; lang?: string; src?: string } = {}) {
  const el = await fixture<CapMaturityQuiz>(
    html`<cap-maturity-quiz
      src=${src}
      layout="list"
      persist="none"
      lang=${lang}
      submit-url=${submitUrl}
      contact-notice=${notice ?? (undefined as never)}
    ></cap-maturity-quiz>`,
  );
  await waitFor(() => !!el.questionnaire, 'quiz never loaded');
  await settle(el);
  await click(el, lang === 'en' ? 'Start' : 'Commencer');
  await choose(el, 'Sur nos ordinateurs personnels');
  await choose(el, lang === 'en' ? /^\s*No\s*$/ : /^\s*Non\s*$/);
  await click(el, lang === 'en' ? 'See my results' : 'Voir mes résultats');
  await waitFor(() => !!shadow(el).querySelector('[part~="contact"]') && !!shadow(el).querySelector('[part~="method"]'), `no forms: ${shadow(el).textContent!.replace(/\s+/g, ' ').slice(0, 600)}`);
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
async function type(el: CapMaturityQuiz, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}
async function tick(el: CapMaturityQuiz, selector: string): Promise<void> {
  $<HTMLInputElement>(el, selector).click();
  await settle(el);
}
const send = (el: CapMaturityQuiz) => click(el, 'Envoyer ma demande');
/** Ids of the fields marked invalid, and the text each is described by. */
function invalidFields(el: CapMaturityQuiz): Record<string, string> {
  const found: Record<string, string> = {};
  for (const input of shadow(el).querySelectorAll<HTMLElement>('[part~="contact"] [aria-invalid="true"]')) {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    found[input.id] = ids.map((id) => shadow(el).getElementById(id)?.textContent?.trim() ?? `(missing #${id})`).join(' | ');
  }
  return found;
}

async function fillValid(el: CapMaturityQuiz): Promise<void> {
  await type(el, 'contact-association', '  Les Amis du Lavoir ');
  await type(el, 'contact-person', 'Claire Martin');
  await type(el, 'contact-email', 'claire.martin@example.org');
  await type(el, 'contact-message', 'Nous voudrions de l’aide\npour nos sauvegardes. <script>alert(1)</script>');
}

describe('the forms that send to submit-url (« Être recontactée » and the anonymous results)', () => {
  afterEach(() => fixtureCleanup());

  it('starts with both boxes unticked, sends nothing without a click, and is accessible', async () => {
    const key = uniqueKey('empty');
    const el = await finished(`/__fixtures/submit/${key}/ok/`);
    const boxes = Array.from(shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.length).to.equal(3); // results consent, attach the level, contact consent
    expect(boxes.every((box) => !box.checked)).to.equal(true);
    expect($(el, '[part~="contact"] h3').textContent).to.equal('Être recontactée');
    expect($(el, '#contact-notice').textContent).to.contain(NOTICE);
    expect($(el, '#contact-consent').getAttribute('aria-describedby')).to.contain('contact-notice');
    await expect(el).to.be.accessible();
    // Filled and agreed to, but never clicked: nothing leaves.
    await fillValid(el);
    await tick(el, '#contact-consent');
    await new Promise((r) => setTimeout(r, 150));
    expect(await log(key)).to.deep.equal([]);
  });

  it('without contact-notice, offers no contact request and says why', async () => {
    const el = await finished(`/__fixtures/submit/${uniqueKey('nonotice')}/ok/`, { notice: null });
    expect(shadow(el).querySelector('#contact-association')).to.equal(null);
    expect($(el, '[part~="contact"]').textContent).to.contain('n’indique pas à qui vos coordonnées seraient confiées');
    await expect(el).to.be.accessible();
  });

  it('ties each problem to its field, focuses the first one, and sends nothing', async () => {
    const key = uniqueKey('errors');
    const el = await finished(`/__fixtures/submit/${key}/ok/`);
    await send(el);
    const problems = invalidFields(el);
    expect(Object.keys(problems)).to.deep.equal(['contact-association', 'contact-person', 'contact-email', 'contact-consent']);
    expect(problems['contact-association']).to.equal('Indiquez le nom de l’association.');
    expect(problems['contact-person']).to.equal('Indiquez le nom de la personne à contacter.');
    expect(problems['contact-email']).to.equal('Indiquez une adresse e-mail ou un numéro de téléphone (ou les deux).');
    // The consent box: its message, then the notice it agrees to.
    expect(problems['contact-consent']).to.match(/^Cochez cette case pour accepter l’envoi : sans votre accord, rien n’est envoyé\. \| À lire avant d’envoyer :/);
    expect(problems['contact-consent']).to.contain(NOTICE);
    expect(deepActiveElement()?.id).to.equal('contact-association');
    expect($(el, '.network [role="status"]').textContent).to.equal('4 champs à corriger : le premier a reçu le focus.');
    await expect(el).to.be.accessible();

    // Wrong e-mail and phone: their own messages; corrected, they go.
    await type(el, 'contact-association', 'Les Amis du Lavoir');
    await type(el, 'contact-person', 'Claire');
    await type(el, 'contact-email', 'claire@');
    await type(el, 'contact-phone', '04 72');
    await tick(el, '#contact-consent');
    await send(el);
    expect(Object.keys(invalidFields(el))).to.deep.equal(['contact-email', 'contact-phone']);
    expect(invalidFields(el)['contact-email']).to.contain('doit ressembler à nom@exemple.fr');
    expect(invalidFields(el)['contact-phone']).to.contain('au moins 6 chiffres');
    expect(deepActiveElement()?.id).to.equal('contact-email');
    await type(el, 'contact-email', 'claire@example.org');
    await type(el, 'contact-phone', '');
    expect(invalidFields(el)).to.deep.equal({});
    expect(await log(key)).to.deep.equal([]);
  });

  it('sends exactly what was typed, once, on the click, then says what went to whom', async () => {
    const key = uniqueKey('sent');
    const el = await finished(`/__fixtures/submit/${key}/ok/`);
    const events = record<{ ok: boolean; status: number }>(el, 'cap-contact-submit');
    await fillValid(el);
    await type(el, 'contact-phone', '+33 4 72 10 30 30');
    await tick(el, '#contact-consent');
    await send(el);
    await waitFor(() => !!shadow(el).querySelector('[data-contact-sent]'), 'no confirmation');
    await settle(el);
    const sent = await log(key);
    expect(sent.map((s) => s.kind)).to.deep.equal(['contact']);
    expect(sent[0]!.cookie).to.equal('');
    const payload = JSON.parse(sent[0]!.body);
    expect(payload).to.deep.equal({
      schema: 'cap-numerique/contact/1',
      association: 'Les Amis du Lavoir',
      person: 'Claire Martin',
      email: 'claire.martin@example.org',
      phone: '+33 4 72 10 30 30',
      message: 'Nous voudrions de l’aide\npour nos sauvegardes. <script>alert(1)</script>',
      consent: { given: true, notice: NOTICE },
      lang: 'fr',
    });
    expect(z.safeParse(contactSchema, payload).success).to.equal(true);
    expect(events.map((e) => e.detail.ok)).to.deep.equal([true]);
    const confirmation = $(el, '[data-contact-sent]');
    expect(deepActiveElement()).to.equal(confirmation);
    expect(confirmation.textContent).to.contain(`envoyée à ${location.host}`);
    expect(confirmation.textContent).to.contain('Les Amis du Lavoir');
    expect(confirmation.textContent).to.contain('+33 4 72 10 30 30');
    expect(confirmation.textContent).to.contain(NOTICE);
    // Shown as text, never run.
    expect(confirmation.querySelector('script')).to.equal(null);
    expect(confirmation.textContent).to.contain('<script>alert(1)</script>');
    // The anonymous results were not sent with it.
    expect($<HTMLInputElement>(el, '.submit .consent input').checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('attaches the level only when asked, and the commune with its code when chosen from the list', async () => {
    const key = uniqueKey('level');
    const el = await finished(`/__fixtures/submit/${key}/ok/`);
    await fillValid(el);
    $<HTMLInputElement>(el, '#contact-commune').dispatchEvent(new Event('focus'));
    await type(el, 'contact-commune', 'Villeurbanne');
    await waitFor(() => !!$(el, '#contact-commune-hint').textContent!.includes('Villeurbanne (69)'), 'commune not recognised', 30000);
    expect($(el, '[part~="contact"] label.consent').textContent).to.contain('Débutant');
    await tick(el, '[part~="contact"] label.consent input');
    await tick(el, '#contact-consent');
    await send(el);
    await waitFor(() => !!shadow(el).querySelector('[data-contact-sent]'), 'no confirmation');
    const payload = JSON.parse((await log(key))[0]!.body);
    expect(payload.commune).to.deep.equal({ name: 'Villeurbanne', insee: '69266' });
    expect(payload.results).to.deep.equal({ questionnaireId: 'mini', version: 1, level: 'bas' });
    expect($(el, '[data-contact-sent]').textContent).to.contain('Débutant');
    expect(z.safeParse(contactSchema, payload).success).to.equal(true);
  });

  it('shows the sending state, then the server’s refusals plainly, keeping what was typed', async () => {
    const el = await finished(`/__fixtures/submit/${uniqueKey('refused')}/ok/`);
    await fillValid(el);
    await tick(el, '#contact-consent');
    const realFetch = window.fetch;
    const answers: ((value: Response | Error) => void)[] = [];
    window.fetch = () =>
      new Promise<Response>((resolve, reject) => answers.push((value) => (value instanceof Error ? reject(value) : resolve(value))));
    try {
      const cases: [Response | Error, string][] = [
        [
          new Response(JSON.stringify({ error: 'invalid-payload', reason: 'email: expected an e-mail address' }), { status: 400 }),
          'a refusé la demande (erreur 400) : email: expected an e-mail address.',
        ],
        [new Response('{}', { status: 413 }), 'trop volumineuse pour le serveur de collecte (erreur 413)'],
        [new Response('{}', { status: 429, headers: { 'retry-after': '300' } }), 'réessayez dans 5 min'],
        [new Response('{}', { status: 503 }), 'n’a pas pu enregistrer la demande (erreur 503)'],
        [new TypeError('Failed to fetch'), 'ne répond pas'],
      ];
      for (const [answer, expected] of cases) {
        await send(el);
        expect(button(el, 'Envoi en cours…').disabled).to.equal(true);
        expect($<HTMLInputElement>(el, '#contact-association').disabled).to.equal(true);
        await expect(el).to.be.accessible();
        answers.shift()!(answer);
        await waitFor(() => !!shadow(el).querySelector('.contact-failed'), 'no failure shown');
        await settle(el);
        const failure = $(el, '.contact-failed');
        expect(failure.getAttribute('role')).to.equal('alert');
        expect(failure.textContent).to.contain(expected);
        expect($<HTMLInputElement>(el, '#contact-association').value).to.equal('  Les Amis du Lavoir ');
        expect($<HTMLInputElement>(el, '#contact-consent').checked).to.equal(true);
        await expect(el).to.be.accessible();
      }
    } finally {
      window.fetch = realFetch;
    }
  });

  it('sends the real collector’s 4xx reason back to the user (a fixture refusing with 400)', async () => {
    const el = await finished(`/__fixtures/submit/${uniqueKey('400')}/status-400/`);
    await fillValid(el);
    await tick(el, '#contact-consent');
    await send(el);
    await waitFor(() => !!shadow(el).querySelector('.contact-failed'), 'no failure shown');
    expect($(el, '.contact-failed').textContent).to.contain('email: expected an e-mail address');
  });

  it('adds the département to the anonymous results only when a commune was chosen', async () => {
    const key = uniqueKey('department');
    const el = await finished(`/__fixtures/submit/${key}/ok/`);
    $<HTMLInputElement>(el, '#results-commune').dispatchEvent(new Event('focus'));
    await type(el, 'results-commune', 'Villeurbanne (69)');
    await waitFor(() => !!$(el, '#results-commune-hint').textContent!.includes('Département joint aux résultats : 69'), 'no département', 30000);
    await tick(el, '.submit .consent input');
    const events = record(el, 'cap-quiz-submit');
    await click(el, 'Envoyer mes résultats anonymes');
    await waitFor(() => events.length === 1, 'not sent');
    await settle(el);
    const sent = await log(key);
    expect(sent.map((s) => s.kind)).to.deep.equal(['results']);
    const payload = JSON.parse(sent[0]!.body);
    expect(payload.schema).to.equal('cap-numerique/submission/2');
    expect(payload.department).to.equal('69');
    expect(JSON.stringify(payload)).to.not.contain('Villeurbanne');
    expect(z.safeParse(submissionSchema, payload).success).to.equal(true);
    expect($(el, '.submit-outcome').textContent).to.contain('avec le département 69');
    // The contact request was not sent with it.
    expect(sent.some((s) => s.kind === 'contact')).to.equal(false);
    await expect(el).to.be.accessible();

    // A commune typed but not recognised adds nothing.
    const other = await finished(`/__fixtures/submit/${key}-b/ok/`);
    await type(other, 'results-commune', 'Ville qui n’existe pas');
    await tick(other, '.submit .consent input');
    await click(other, 'Envoyer mes résultats anonymes');
    await waitFor(() => !!shadow(other).querySelector('.submit-outcome'), 'not sent');
    const plain = JSON.parse((await log(`${key}-b`))[0]!.body);
    expect(plain.schema).to.equal('cap-numerique/submission/1');
    expect('department' in plain).to.equal(false);
  });

  it('says in the anonymous results whether the association knows whom to ask, when the questionnaire asks it (version 3)', async () => {
    const key = uniqueKey('whom');
    // The same mini questionnaire, its yes/no question asking whom to turn to: « Non » is « does not know ».
    const el = await finished(`/__fixtures/submit/${key}/ok/`, { src: '/tests/fixtures/mini-whom-questionnaire.json' });
    expect(el.results?.knowsWhomToAsk).to.equal(false);
    await tick(el, '.submit .consent input');
    await click(el, 'Envoyer mes résultats anonymes');
    await waitFor(() => !!shadow(el).querySelector('.submit-outcome'), 'not sent');
    const payload = JSON.parse((await log(key))[0]!.body);
    expect(payload).to.deep.equal({
      schema: 'cap-numerique/submission/3',
      questionnaireId: 'mini-whom',
      version: 1,
      score: payload.score,
      level: payload.level,
      dimensions: payload.dimensions,
      date: payload.date,
      lang: 'fr',
      knowsWhomToAsk: false,
    });
    expect(z.safeParse(submissionSchema, payload).success).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks English on an English page', async () => {
    const el = await finished(`/__fixtures/submit/${uniqueKey('en')}/ok/`, { lang: 'en' });
    expect($(el, '[part~="contact"] h3').textContent).to.equal('Be contacted');
    await click(el, 'Send my request');
    expect(invalidFields(el)['contact-association']).to.equal('Enter the association’s name.');
    await expect(el).to.be.accessible();
  });

  describe('small screens', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    itNarrowViewport('fits 320 px without horizontal scrolling, errors shown', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await finished(`/__fixtures/submit/${uniqueKey('narrow')}/ok/`);
      await send(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const part of shadow(el).querySelectorAll<HTMLElement>('.network input, .network textarea, .network .button, .network p')) {
        expect(part.getBoundingClientRect().right, part.id || part.textContent!).to.be.at.most(320);
      }
      await expect(el).to.be.accessible();
    });
  });
});

describe('<cap-diagnostic> with submit-url and contact-notice', () => {
  afterEach(() => fixtureCleanup());

  it('offers « Être recontactée » on its results, apart from the anonymous results', async () => {
    const el = await fixture<HTMLElement>(
      html`<cap-diagnostic questionnaire-src=${MINI} persist="none" submit-url="/__fixtures/submit/diag/ok/" contact-notice=${NOTICE}></cap-diagnostic>`,
    );
    const quiz = () => shadow(el).querySelector('cap-maturity-quiz') as CapMaturityQuiz;
    await waitFor(() => !!quiz()?.questionnaire, 'quiz not loaded');
    button(el, 'Commencer le diagnostic').click();
    await settle(quiz());
    await choose(quiz(), 'Sur nos ordinateurs personnels');
    await click(quiz(), 'Suivant');
    await click(quiz(), 'Suivant');
    await choose(quiz(), 'Non');
    await click(quiz(), 'Vérifier mes réponses');
    await click(quiz(), 'Voir mes résultats');
    await waitFor(() => !!shadow(el).querySelector('[part~="contact"] #contact-association'), 'no contact form');
    expect(shadow(el).querySelector('[part~="submit"]')).to.exist;
    expect(shadow(el).querySelector<HTMLInputElement>('#contact-consent')!.checked).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
