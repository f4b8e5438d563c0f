import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, localize, type Lang } from '../../../core/i18n.js';
import type { OpeningStatus, WeekRow } from '../../../core/opening-hours.js';
import { formatDistance } from '../../../core/geo/distance.js';
import { THEME_LABELS, typeNames } from '../../../core/structures/labels.js';
import type { Structure } from '../../../core/structures/model.js';
import { foldText, WORDS } from '../../../core/text.js';
import { safeHttpUrl } from '../../../core/url.js';
import { finderMsg } from '../messages.js';

/** What the detail view shows beside the structure itself. */
export interface DetailView {
  distanceKm: number | undefined;
  /** Its status and week, once the opening hours are there. */
  status: OpeningStatus | undefined;
  week: WeekRow[] | undefined;
  onBack: () => void;
}

/** The detail of one structure: what it offers, where, how to reach it, its opening hours. */
export function renderDetail(s: Structure, view: DetailView, lang: Lang): TemplateResult {
  const { status, week } = view;
  const route = `https://www.openstreetmap.org/directions?to=${s.lat.toFixed(5)}%2C${s.lon.toFixed(5)}`;
  const newTab = html` <span class="visually-hidden">${finderMsg(lang, 'newTab')}</span>`;
  // Escape goes back to the list, as « Retour à la liste » does (not from a field's own use of it).
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) view.onBack();
  };
  return html`<article class="detail" part="detail" @keydown=${onKeydown}>
    <button type="button" class="button link back" part="button" @click=${view.onBack}>← ${finderMsg(lang, 'back')}</button>
    <h2 id="results-title" tabindex="-1" data-detail-heading>${s.name}</h2>
    <p class="item-meta">
      ${s.types.length || s.guidasso ? html`<span>${typeNames(s, lang)}</span>` : nothing}
      ${view.distanceKm !== undefined ? html`<span class="distance">${formatDistance(view.distanceKm, lang)}</span>` : nothing}
    </p>
    ${s.positionWarning ? html`<p class="warning">${positionNote(s, lang)}</p>` : nothing}
    ${s.description ? html`<p class="description">${s.description}</p>` : nothing}
    <dl>
      ${s.themes.length
        ? html`<dt>${finderMsg(lang, 'themes')}</dt><dd>${s.themes.map((t) => localize(THEME_LABELS[t], lang)).join(', ')}</dd>`
        : nothing}
      ${s.address || s.city
        ? html`<dt>${finderMsg(lang, 'address')}</dt><dd>${[s.address, [s.postcode, s.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</dd>`
        : nothing}
      ${s.free !== undefined ? html`<dt>${finderMsg(lang, 'price')}</dt><dd>${finderMsg(lang, s.free ? 'free' : 'paid')}</dd>` : nothing}
      ${s.phone
        ? html`<dt>${finderMsg(lang, 'phone')}</dt>${(s.phones ?? [s.phone]).map((phone) => html`<dd><a href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${phone}</a></dd>`)}`
        : nothing}
      ${s.email && /^[^\s@<>]+@[^\s@<>]+$/.test(s.email) ? html`<dt>${finderMsg(lang, 'email')}</dt><dd><a href=${`mailto:${s.email}`}>${s.email}</a></dd>` : nothing}
      ${s.website && isHttp(s.website)
        ? html`<dt>${finderMsg(lang, 'website')}</dt><dd><a href=${s.website} rel="noopener noreferrer" target="_blank">${s.website}${newTab}</a></dd>`
        : nothing}
      ${s.appointmentUrl && isHttp(s.appointmentUrl)
        ? html`<dt>${finderMsg(lang, 'appointment')}</dt><dd><a href=${s.appointmentUrl} rel="noopener noreferrer" target="_blank">${finderMsg(lang, 'appointmentLink')}${newTab}</a></dd>`
        : nothing}
      ${s.mobilisationUrl && isHttp(s.mobilisationUrl)
        ? html`<dt>${DETAIL_TEXT.request[lang]}</dt><dd><a href=${s.mobilisationUrl} rel="noopener noreferrer" target="_blank">${DETAIL_TEXT.requestLink[lang]}${newTab}</a></dd>`
        : nothing}
      ${s.supportModes?.length ? html`<dt>${DETAIL_TEXT.modes[lang]}</dt><dd>${supportModes(s.supportModes, lang)}</dd>` : nothing}
      ${s.accessibility
        ? html`<dt>${finderMsg(lang, 'accessibility')}</dt><dd>${isHttp(s.accessibility)
            ? html`<a href=${s.accessibility} rel="noopener noreferrer" target="_blank">${finderMsg(lang, 'accessibilityLink')}${newTab}</a>`
            : s.accessibility}</dd>`
        : nothing}
      <dt>${finderMsg(lang, 'source')}</dt>
      <dd>${s.source}${s.updatedAt ? html`, ${finderMsg(lang, 'updated', { date: formatDate(s.updatedAt.slice(0, 10), lang) })}` : nothing}</dd>
    </dl>
    ${s.hours
      ? html`<h3>${finderMsg(lang, 'hours')}</h3>
          ${status ? html`<p class=${`item-status status-${status.state}`}>${localize(status.text, lang)}</p>` : nothing}
          ${week && status?.state !== 'unknown' && status?.state !== 'appointment'
            ? html`<table class="week">
                <thead><tr><th scope="col">${finderMsg(lang, 'day')}</th><th scope="col">${finderMsg(lang, 'dayHours')}</th></tr></thead>
                <tbody>
                  ${week.map(
                    (row) => html`<tr>
                      <th scope="row">${localize(row.day, lang)}</th>
                      <td>${row.closed ? finderMsg(lang, 'closedDay') : row.ranges.join(', ')}${row.holiday ? ` (${finderMsg(lang, 'holiday')})` : ''}${row.comment ? ` — ${row.comment}` : ''}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`
            : html`<p class="raw-hours"><code>${s.hours}</code></p>`}`
      : nothing}
    <p>
      <a class="button secondary" part="button" href=${route} rel="noopener noreferrer" target="_blank">
        ${finderMsg(lang, 'route')}${newTab}
      </a>
    </p>
  </article>`;
}

/** Explanations of the positions the finder made or doubts (the list says only their name). */
const NOTES = {
  approximate: {
    fr: 'la source ne donne pas ses coordonnées : la structure est placée au centre de sa commune, d’après son code INSEE ou son code postal. Fiez-vous à l’adresse.',
    en: 'the source gives no coordinates: the structure is placed at the centre of its town, from its INSEE code or postcode. Rely on the address.',
  },
  far: {
    fr: 'le point donné par la source est loin du centre de sa commune (code INSEE {code}) : l’un des deux est sans doute faux. Fiez-vous à l’adresse.',
    en: 'the point the source gives is far from the centre of its town (INSEE code {code}): one of the two is probably wrong. Rely on the address.',
  },
};

function positionNote(s: Structure, lang: Lang): TemplateResult | string {
  const warning = s.positionWarning!;
  if (warning !== 'approximate' && warning !== 'far') return finderMsg(lang, `warning-${warning}`);
  return html`<strong>${finderMsg(lang, `warning-${warning}`)}</strong>${lang === 'fr' ? '\u00a0:' : ':'} ${localize(NOTES[warning], lang).replace('{code}', s.inseeCode ?? '')}`;
}

const isHttp = (url: string): boolean => safeHttpUrl(url) !== undefined;

/** The detail's own words (this chunk loads after the first list: they cost the first page nothing). */
const DETAIL_TEXT = {
  request: { fr: 'Demande en ligne', en: 'Online request' },
  requestLink: { fr: 'Faire une demande', en: 'Make a request' },
  modes: { fr: 'Accompagnement', en: 'How help is given' },
} as const;

/**
 * How help is given, named from the values of both standards (LaMednum's current and v0.1 words,
 * data·inclusion's `modes_accueil`), by the start of the value folded; other values as written.
 */
const MODES: readonly [RegExp, string, string][] = [
  [/^(en autonomie|seul)/, 'En autonomie', 'On your own'],
  [/^(accompagnement individuel|avec de l aide)/, 'Accompagnement individuel', 'One-to-one support'],
  [/^dans un atelier/, 'En atelier collectif', 'Group workshop'],
  [/^a distance/, 'À distance', 'Remotely'],
  [/^itinerant/, 'Itinérant', 'Mobile team'],
  [/^(dans un lieu|en presentiel|sur place)/, 'Sur place', 'On site'],
  [/^a ma place/, 'Démarches faites à votre place', 'Procedures done for you'],
];

function supportModes(values: readonly string[], lang: Lang): string {
  const labels = values.map((value) => {
    const folded = foldText(value.split(':')[0]!, WORDS);
    const mode = MODES.find(([start]) => start.test(folded));
    return mode ? mode[lang === 'en' ? 2 : 1] : value;
  });
  return [...new Set(labels)].join(', ');
}
