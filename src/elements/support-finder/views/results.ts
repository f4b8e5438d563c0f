import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../../core/i18n.js';
import type { FinderResults } from '../../../core/finder/model.js';
import type { Structure } from '../../../core/structures/model.js';
import type { Filters, FoundStructure, Origin } from '../../../core/structures/search.js';
import { firstContactsModule } from '../scheduling.js';

/**
 * The list's items: first contacts first, under « Par qui commencer », when they come first; the
 * national entry points after the nearest structures when nothing is within reach. Both come from
 * a lazy chunk (views/first-contacts.ts): until it is there, the plain list.
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
  const fc = firstContactsModule;
  if (!fc) return rest(items);
  return html`${state.firstContacts ? fc.renderFirstContacts(fc.orderFirstContacts(items, all, state), item, rest, lang) : rest(items)}
  ${state.origin && (fallback || items.length === 0) ? fc.renderNationalContacts(state.filters.themes, lang) : nothing}`;
}
