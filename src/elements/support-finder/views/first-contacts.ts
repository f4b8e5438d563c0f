/**
 * « Par qui commencer »: when the results call for a first contact (the association does not know
 * whom to ask, or is at the lowest level: inside `<cap-diagnostic>`, or `?start=1` in the page's
 * address, which the quiz's `finder-url` link adds), the structures that welcome every association
 * and point it the right way (the Guid’Asso label, points d’appui, maisons des associations, CRIB)
 * come first, whatever the themes filtered on; then the rest. When nothing is within reach, the
 * national entry points of the quiz's « Par qui commencer » are shown besides the nearest
 * structures. A lazy chunk: the finder loads it only in those cases.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Lang } from '../../../core/i18n.js';
import type { FinderResults } from '../../../core/finder/model.js';
import type { Structure } from '../../../core/structures/model.js';
import { findStructures, type Filters, type FoundStructure, type Origin } from '../../../core/structures/search.js';
import { CONTACTS } from '../../../data/builtin-contacts.js';
// A place to start, not a second list.
import { MAX_FIRST_CONTACTS as MAX_FIRST } from '../scheduling.js';

/** Whether results call for a first contact (the quiz's own rule). */
export { firstContactsFirst as callsForFirstContacts } from '../../../core/guidance.js';

const TEXT = {
  fr: {
    start: 'Par qui commencer',
    startIntro: 'Ces structures accueillent toutes les associations, gratuitement, et les orientent quel que soit le sujet.',
    others: 'Autres structures',
    national: 'Points d’entrée nationaux',
    nationalIntro: 'Rien à proximité : ces services nationaux vous orientent vers une aide, à distance ou près de chez vous.',
    nationalStart: 'Aucune de ces structures n’accueille toutes les associations pour les orienter : ces services nationaux le font, à distance ou près de chez vous.',
    newTab: '(nouvel onglet)',
  },
  en: {
    start: 'Where to start',
    startIntro: 'These organisations welcome every association, free of charge, and point it the right way whatever the subject.',
    others: 'Other organisations',
    national: 'National entry points',
    nationalIntro: 'Nothing nearby: these national services point you to help, remotely or near you.',
    nationalStart: 'None of these organisations welcomes every association to point it the right way: these national services do, remotely or near you.',
    newTab: '(new tab)',
  },
} as const;


/** A first contact: the Guid’Asso label, or a point d’appui, a maison des associations, a CRIB. */
export function isFirstContact(s: Structure): boolean {
  return s.guidasso !== undefined || s.types.some((t) => t === 'point-appui' || t === 'maison-associations' || t === 'crib');
}

export interface Ordered {
  /** The first contacts, then the other items of the list (none twice). */
  items: FoundStructure[];
  /** How many of `items` are first contacts. */
  first: number;
}

let last: { inputs: unknown[]; ordered: Ordered } | undefined;

/**
 * The list with its first contacts first: those within the radius (or, when none is, the three
 * nearest), nearest first, or by name without a place; the themes filtered on do not apply to
 * them, the other filters do.
 */
export function orderFirstContacts(
  items: readonly FoundStructure[],
  all: readonly Structure[],
  query: { origin: Origin | undefined; radiusKm: number; filters: Filters },
): Ordered {
  const { origin, radiusKm, filters } = query;
  const inputs = [items, all, origin, radiusKm, filters];
  if (last && last.inputs.every((v, i) => v === inputs[i])) return last.ordered;
  const found = findStructures(all.filter(isFirstContact), {
    ...(origin ? { origin } : {}),
    radiusKm,
    filters: { ...filters, themes: [] },
    fallbackCount: 3,
  }).items.slice(0, MAX_FIRST);
  const chosen = new Set(found.map((i) => i.structure));
  const ordered = { items: [...found, ...items.filter((i) => !chosen.has(i.structure))], first: found.length };
  last = { inputs, ordered };
  return ordered;
}

/**
 * What the map shows when first contacts come first: they too (the list's structures already are),
 * so that a first contact chosen in the list is a marker there. Undefined: none to add.
 */
export function withFirstContacts(
  map: FinderResults['map'],
  items: readonly FoundStructure[],
  all: readonly Structure[],
  query: { origin: Origin | undefined; radiusKm: number; filters: Filters },
): FinderResults['map'] | undefined {
  const ordered = orderFirstContacts(items, all, query);
  // The same arrays for the same inputs: the map redraws its clusters only when they change.
  if (lastMap?.map === map && lastMap.ordered === ordered) return lastMap.result;
  const shown = new Set(map.structures);
  const added = ordered.items.slice(0, ordered.first).map((i) => i.structure).filter((s) => !shown.has(s));
  const result = added.length === 0 ? undefined : { structures: [...added, ...map.structures] };
  lastMap = { map, ordered, result };
  return result;
}

let lastMap: { map: FinderResults['map']; ordered: Ordered; result: FinderResults['map'] | undefined } | undefined;

/**
 * The list in two parts under their headings. The first contacts are numbered -1, -2…
 * (`data-index`), so that the rest, drawn by `renderRest` with its "show more", is numbered from 0
 * as the plain list is.
 */
export function renderFirstContacts(
  ordered: Ordered,
  item: (s: Structure, distanceKm: number | undefined, index: number) => TemplateResult,
  renderRest: (items: FoundStructure[]) => TemplateResult,
  lang: Lang,
): TemplateResult {
  const t = TEXT[lang];
  const first = ordered.items.slice(0, ordered.first);
  const rest = ordered.items.slice(ordered.first);
  return html`${first.length > 0
      ? html`<section class="first-contacts" aria-labelledby="first-contacts-title">
          <h3 id="first-contacts-title" class="group-title">${t.start}</h3>
          <p>${t.startIntro}</p>
          <ol class="result-list" part="list">
            ${first.map(({ structure, distanceKm }, i) => item(structure, distanceKm, -(i + 1)))}
          </ol>
        </section>`
      : nothing}
    ${rest.length > 0 ? html`${first.length > 0 ? html`<h3 class="group-title">${t.others}</h3>` : nothing}${renderRest(rest)}` : nothing}`;
}

/**
 * The national entry points, those of the themes sought (all of them when none is). `start`: in
 * place of the first contacts, when the data holds none (neither national standard has a code for
 * them, so a file of either may well have none): under « Par qui commencer », before the list.
 */
export function renderNationalContacts(themes: readonly string[], lang: Lang, start = false): TemplateResult {
  const t = TEXT[lang];
  const contacts = CONTACTS.filter((c) => !c.federatedOnly && (!c.themes || c.themes.some((x) => themes.length === 0 || themes.includes(x))));
  return html`<section class=${start ? 'national first-contacts' : 'national'} part="notice" aria-labelledby="national-title">
    <h3 id="national-title" class="group-title">${start ? t.start : t.national}</h3>
    <p>${start ? t.nationalStart : t.nationalIntro}</p>
    <ul>
      ${contacts.map(
        (c) => html`<li>
          <strong>${localize(c.name, lang)}</strong>${lang === 'fr' ? '\u00a0:' : ':'} ${localize(c.text, lang)}
          ${c.url
            ? html`<a href=${c.url} rel="noopener noreferrer" target="_blank"
                >${localize(c.linkLabel ?? c.name, lang)} <span class="visually-hidden">${t.newTab}</span></a
              >`
            : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * The list's items: first contacts first, under « Par qui commencer », when they come first; the
 * national entry points after the nearest structures when nothing is within reach.
 */
export function renderResults(
  result: FinderResults,
  all: readonly Structure[],
  state: { firstContacts: boolean; origin: Origin | undefined; radiusKm: number; filters: Filters },
  rest: (items: readonly FoundStructure[]) => TemplateResult,
  item: (s: Structure, distanceKm: number | undefined, index: number) => TemplateResult,
  lang: Lang,
): TemplateResult {
  const { items, fallback } = result;
  const ordered = state.firstContacts ? orderFirstContacts(items, all, state) : undefined;
  // First contacts asked for, and none in the data: the national entry points take their place.
  if (ordered?.first === 0) {
    return html`${renderNationalContacts(state.filters.themes, lang, true)}
      ${items.length > 0 ? html`<h3 class="group-title">${TEXT[lang].others}</h3>${rest(items)}` : nothing}`;
  }
  return html`${ordered ? renderFirstContacts(ordered, item, rest, lang) : rest(items)}
  ${state.origin && (fallback || items.length === 0) ? renderNationalContacts(state.filters.themes, lang) : nothing}`;
}
