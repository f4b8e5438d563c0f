/**
 * Where the results lead, as the quiz's end screen and `<cap-diagnostic>` show them: « Par qui
 * commencer » (first contacts, and a link to the network's finder), the next steps of the two
 * weakest dimensions, and « Comment ce score est calculé ». A lazy chunk: the quiz loads it when
 * the results are near, so the quiz page does not carry it. Its texts come in both languages.
 */
import { css, html, nothing, type LitElement, type TemplateResult } from 'lit';
import { finderLink, firstContactsFirst, profileMatches, weakestWithSteps } from '../../core/guidance.js';
import { formatNumber, localize, translator, type Lang, type Messages } from '../../core/i18n.js';
import type { Questionnaire, QuizResults } from '../../core/types.js';
import type { NetworkForms } from '../shared/contact-form.js';
import { CONTACTS } from '../../data/builtin-contacts.js';

const fr: Messages = {
  outOf: '{score} sur 100',
  level: 'Niveau : {level}',
  noScore: 'Résultat partiel : pas de score global.',
  dimensionLine: '{dimension} : {value}',
  dimensionScore: '{score} sur 100 — {level}',
  dimensionNoScore: 'non évaluée',
  colon: '\u00a0:',
  contactsTitle: 'Par qui commencer',
  contactsIntro: 'Des structures près de chez vous accompagnent gratuitement les associations, quelle que soit leur taille.',
  contactsUnknown:
    'Vous ne savez pas à qui vous adresser pour le numérique ? Ces structures sont là pour cela, et leur accompagnement est gratuit.',
  finderLink: 'Trouver une structure d’accompagnement près de chez vous',
  finderButton: 'Trouver de l’aide près de chez vous',
  nextStepsTitle: 'Vos prochaines étapes',
  nextStepsIntro: 'Les deux dimensions où votre association a le plus à gagner, avec des actions concrètes :',
  dimensionAt: '{dimension} — {score} sur 100',
  noSteps: 'Pas de prochaine étape pour ce niveau dans ce questionnaire.',
  newTab: '(nouvel onglet)',
  methodTitle: 'Comment ce score est calculé',
  methodAnswers:
    'Chaque réponse vaut de 0 à 100 % des points de sa question. Le score d’une dimension est la moyenne de ses questions, sur 100.',
  methodMean: 'Le score global est la moyenne des dimensions évaluées.',
  methodMin: 'Le score global est celui de la dimension la plus faible.',
  methodUnknown:
    '« Non concerné » retire la question du calcul. « Je ne sais pas » compte comme la réponse la plus basse : savoir où l’on en est fait partie du diagnostic.',
  methodPartial:
    'Une dimension n’est évaluée que si au moins la moitié de ses questions comptent. Le score global demande plus de la moitié des dimensions évaluées, et pas plus de la moitié de réponses « Je ne sais pas » : sinon, le résultat est partiel.',
  methodLevels: 'Niveaux (l’échelle de ce questionnaire, pas les catégories d’une enquête) : {levels}.',
  methodLevel: '{level} à partir de {min}',
  methodProfile: 'Les questions sur votre association ne sont pas notées : elles choisissent les questions posées et les conseils donnés.',
};

const en: Messages = {
  outOf: '{score} out of 100',
  level: 'Level: {level}',
  noScore: 'Partial result: no overall score.',
  dimensionLine: '{dimension}: {value}',
  dimensionScore: '{score} out of 100 — {level}',
  dimensionNoScore: 'not assessed',
  colon: ':',
  contactsTitle: 'Where to start',
  contactsIntro: 'Organisations near you support associations of every size free of charge.',
  contactsUnknown: 'You do not know whom to turn to about digital tools? These organisations are there for that, and their support is free.',
  finderLink: 'Find a support organisation near you',
  finderButton: 'Find help near you',
  nextStepsTitle: 'Your next steps',
  nextStepsIntro: 'The two dimensions where your association has the most to gain, with concrete actions:',
  dimensionAt: '{dimension} — {score} out of 100',
  noSteps: 'This questionnaire has no next step for this level.',
  newTab: '(new tab)',
  methodTitle: 'How this score is calculated',
  methodAnswers: 'Each answer is worth 0 to 100% of its question’s points. A dimension’s score is the average of its questions, out of 100.',
  methodMean: 'The overall score is the average of the assessed dimensions.',
  methodMin: 'The overall score is that of the weakest dimension.',
  methodUnknown:
    '“Not applicable” leaves the question out. “I don’t know” counts as the lowest answer: knowing where you stand is part of the check-up.',
  methodPartial:
    'A dimension is assessed only when at least half of its questions count. The overall score needs more than half of the dimensions assessed, and no more than half of “I don’t know” answers: otherwise the result is partial.',
  methodLevels: 'Levels (this questionnaire’s own scale, not a survey’s categories): {levels}.',
  methodLevel: '{level} from {min}',
  methodProfile: 'The questions about your association are not scored: they choose which questions are asked and which advice is given.',
};

const msg = translator({ fr, en });

/** Styles of these views, added to the element that shows them once this chunk is in. */
export const guidanceStyles = css`
  .level-description {
    margin-top: var(--_space);
  }
  .guidance {
    margin-top: calc(var(--_space) * 1.25);
  }
  .contacts {
    border-inline-start: 4px solid var(--_primary);
    padding-inline-start: 0.75rem;
  }
  .guidance a:not(.button) {
    color: var(--_primary);
  }
  .guidance li {
    margin-bottom: 0.4em;
  }
  .method summary {
    cursor: pointer;
    font-weight: 600;
    /* A 44 px target that keeps the disclosure triangle (display: flex would hide it). */
    padding-block: 0.65rem;
  }
`;

/** Add the guidance styles to an element's shadow root, after its own (and those another chunk added). */
export function adoptGuidanceStyles(element: LitElement): void {
  const root = element.shadowRoot;
  const sheet = guidanceStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export interface GuidanceOptions {
  questionnaire: Questionnaire;
  results: QuizResults;
  lang: Lang;
  /** The network's finder page (`finder-url`): linked with the themes of the weakest dimensions. */
  finderUrl?: string;
  /** Inside `<cap-diagnostic>`: go to its finder step. */
  onFinder?: () => void;
}

/** A link that opens in a new tab and says so. */
function external(url: string | undefined, label: string, lang: Lang): TemplateResult | typeof nothing {
  if (!url || !/^https?:\/\//i.test(url)) return nothing;
  return html`<a href=${url} rel="noopener noreferrer" target="_blank"
      >${label} <span class="visually-hidden">${msg(lang, 'newTab')}</span></a
    >`;
}

let gaugeRequested = false;

/** The results are drawn by the gauge, whose code loads only then. */
function loadGauge(): void {
  if (gaugeRequested) return;
  gaugeRequested = true;
  import('../results-gauge/define.js').catch(() => {
    gaugeRequested = false;
  });
}

/**
 * The quiz's results screen below its heading: the gauge (its children show the plain scores until
 * its code arrives), the level's description, the guidance and how the score is calculated.
 */
export function renderResults(options: GuidanceOptions): TemplateResult {
  const { questionnaire: q, results, lang } = options;
  const levelOf = (id: string | null) => q.levels.find((l) => l.id === id);
  const levelLabel = (id: string | null) => localize(levelOf(id)?.label, lang);
  const description = levelOf(results.level)?.description;
  loadGauge();
  return html`<cap-results-gauge
      exportparts="gauge, meter, level, partial, dimensions, dimension, label, bar"
      .questionnaire=${q}
      .results=${results}
    >
      ${results.score === null
        ? html`<p>${msg(lang, 'noScore')}</p>`
        : html`<p>${msg(lang, 'outOf', { score: formatNumber(results.score, lang) })}</p>
            <p>${msg(lang, 'level', { level: levelLabel(results.level) })}</p>`}
      <ul>
        ${results.dimensions.map(
          (d) => html`<li>
            ${msg(lang, 'dimensionLine', {
              dimension: localize(q.dimensions.find((x) => x.id === d.id)?.label ?? d.id, lang),
              value:
                d.score === null
                  ? msg(lang, 'dimensionNoScore')
                  : msg(lang, 'dimensionScore', { score: formatNumber(d.score, lang), level: levelLabel(d.level) }),
            })}
          </li>`,
        )}
      </ul>
    </cap-results-gauge>
    ${description ? html`<p class="level-description">${localize(description, lang)}</p>` : nothing}
    ${renderGuidance(options)} ${renderMethod(q, lang)}`;
}

/** « Par qui commencer » and the next steps, first contacts first when the results call for it. */
export function renderGuidance(options: GuidanceOptions): TemplateResult {
  const { questionnaire, results } = options;
  const contacts = renderContacts(options);
  const steps = renderNextSteps(options);
  return firstContactsFirst(results, questionnaire.levels) ? html`${contacts}${steps}` : html`${steps}${contacts}`;
}

function renderContacts({ questionnaire, results, lang, finderUrl, onFinder }: GuidanceOptions): TemplateResult {
  const finderHref = finderLink(finderUrl, results.themes, location.href, firstContactsFirst(results, questionnaire.levels));
  const federated = results.profile?.['profil-federation'] === 'yes';
  return html`<section class="guidance contacts" part="contacts" aria-labelledby="contacts-title">
    <h3 id="contacts-title">${msg(lang, 'contactsTitle')}</h3>
    <p>${msg(lang, results.knowsWhomToAsk === false ? 'contactsUnknown' : 'contactsIntro')}</p>
    <ul>
      ${CONTACTS.filter(
        (c) => (!c.federatedOnly || federated) && (!c.themes || c.themes.some((t) => results.themes.includes(t))) && profileMatches(c.showIf, results.profile),
      ).map(
        (c) => html`<li><strong>${localize(c.name, lang)}</strong>${msg(lang, 'colon')} ${localize(c.text, lang)} ${external(c.url, localize(c.linkLabel ?? c.name, lang), lang)}</li>`,
      )}
    </ul>
    ${finderHref ? html`<p><a class="button" part="button" href=${finderHref}>${msg(lang, 'finderLink')}</a></p>` : nothing}
    ${onFinder
      ? html`<p><button type="button" class="button" part="button" @click=${onFinder}>${msg(lang, 'finderButton')}</button></p>`
      : nothing}
  </section>`;
}

function renderNextSteps({ questionnaire, results, lang }: GuidanceOptions): TemplateResult | typeof nothing {
  const weakest = weakestWithSteps(questionnaire, results);
  if (weakest.length === 0) return nothing;
  return html`<section class="guidance next-steps" part="next-steps" aria-labelledby="next-steps-title">
    <h3 id="next-steps-title">${msg(lang, 'nextStepsTitle')}</h3>
    <p>${msg(lang, 'nextStepsIntro')}</p>
    ${weakest.map(
      ({ dimension, result, steps }) => html`<h4>
          ${msg(lang, 'dimensionAt', { dimension: localize(dimension.label, lang), score: formatNumber(result.score, lang) })}
        </h4>
        ${dimension.description ? html`<p class="dimension-description">${localize(dimension.description, lang)}</p>` : nothing}
        ${steps.length > 0
          ? html`<ul>
              ${steps.map(
                (step) => html`<li>${localize(step.text, lang)} ${external(step.url, localize(step.linkLabel ?? step.url, lang), lang)}</li>`,
              )}
            </ul>`
          : html`<p>${msg(lang, 'noSteps')}</p>`}`,
    )}
  </section>`;
}

/** « Comment ce score est calculé »: a disclosure, so it works wherever the element is pasted. */
export function renderMethod(questionnaire: Questionnaire, lang: Lang): TemplateResult {
  const levels = [...questionnaire.levels]
    .sort((a, b) => a.min - b.min)
    .map((l) => msg(lang, 'methodLevel', { level: localize(l.label, lang), min: formatNumber(l.min, lang) }))
    .join(', ');
  return html`<details class="guidance method" part="method">
    <summary>${msg(lang, 'methodTitle')}</summary>
    <p>${msg(lang, 'methodAnswers')} ${msg(lang, questionnaire.aggregation === 'min' ? 'methodMin' : 'methodMean')}</p>
    <p>${msg(lang, 'methodUnknown')}</p>
    <p>${msg(lang, 'methodPartial')}</p>
    <p>${msg(lang, 'methodLevels', { levels })}</p>
    ${questionnaire.profile?.length ? html`<p>${msg(lang, 'methodProfile')}</p>` : nothing}
  </details>`;
}

type FormsHost = LitElement & { submitUrl?: string; contactNotice?: string };
const networkForms = new WeakMap<FormsHost, NetworkForms>();

/**
 * The quiz's forms that send to the network (anonymous results, « Être recontactée ») when the page
 * set `submit-url`: their own lazy chunk, asked for here so that the quiz page does not carry even
 * the way to load it; nothing until it is in.
 */
export function renderNetwork(
  host: FormsHost,
  options: { questionnaire: Questionnaire; results: QuizResults; lang: Lang },
): TemplateResult | typeof nothing {
  if (!host.submitUrl) return nothing;
  const forms = networkForms.get(host);
  if (forms) return forms.renderFor(host.submitUrl, { ...options, notice: host.contactNotice });
  import('../shared/contact-form.js').then(
    (module) => {
      networkForms.set(host, module.networkFormsOf(host, 'cap-quiz-submit'));
      host.requestUpdate();
    },
    () => undefined,
  );
  return nothing;
}
