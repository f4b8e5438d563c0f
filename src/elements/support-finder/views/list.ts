import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, localize, type Lang } from '../../../core/i18n.js';
import type { OpeningStatus } from '../../../core/opening-hours.js';
import { formatDistance } from '../../../core/geo/distance.js';
import type { SourceReport } from '../../../core/finder/model.js';
import { THEME_LABELS, TYPE_LABELS, typeNames } from '../../../core/structures/labels.js';
import { STRUCTURE_TYPES, type Structure } from '../../../core/structures/model.js';
import type { Filters, FindResult, FoundStructure, Origin } from '../../../core/structures/search.js';
import { SUPPORT_THEMES } from '../../../core/vocabulary.js';
import { finderMsg } from '../messages.js';

/** The filters panel. `body`: whether its check boxes are drawn (see the element's `filterBody`). */
export function renderFilters(
  f: Filters,
  body: boolean,
  on: {
    toggle: (kind: 'themes' | 'types', id: string, checked: boolean) => void;
    flag: (kind: 'openNow' | 'free', checked: boolean) => void;
    reset: () => void;
  },
  lang: Lang,
): TemplateResult {
  const active = f.themes.length + f.types.length + (f.openNow ? 1 : 0) + (f.free ? 1 : 0);
  const checked = (e: Event) => (e.target as HTMLInputElement).checked;
  return html`<details class="filters" part="filters" ?open=${active > 0}>
    <summary>${finderMsg(lang, 'filters')}${active > 0 ? ` (${finderMsg(lang, 'activeFilters', { count: active })})` : ''}</summary>
    ${body || active > 0
      ? html`<div class="filter-body">
          <fieldset>
            <legend>${finderMsg(lang, 'themeFilter')}</legend>
            ${SUPPORT_THEMES.map(
              (id) => html`<label class="check"
                ><input type="checkbox" .checked=${f.themes.includes(id)} @change=${(e: Event) => on.toggle('themes', id, checked(e))} />
                ${localize(THEME_LABELS[id], lang)}</label
              >`,
            )}
          </fieldset>
          <fieldset>
            <legend>${finderMsg(lang, 'typeFilter')}</legend>
            ${STRUCTURE_TYPES.map(
              (id) => html`<label class="check"
                ><input type="checkbox" .checked=${f.types.includes(id)} @change=${(e: Event) => on.toggle('types', id, checked(e))} />
                ${localize(TYPE_LABELS[id], lang)}</label
              >`,
            )}
          </fieldset>
          <div class="flags">
            <label class="check"><input type="checkbox" .checked=${f.openNow} @change=${(e: Event) => on.flag('openNow', checked(e))} /> ${finderMsg(lang, 'openNow')}</label>
            <label class="check"><input type="checkbox" .checked=${f.free} @change=${(e: Event) => on.flag('free', checked(e))} /> ${finderMsg(lang, 'freeOnly')}</label>
            <button type="button" class="button link" part="button" @click=${on.reset} ?disabled=${active === 0}>${finderMsg(lang, 'resetFilters')}</button>
          </div>
        </div>`
      : nothing}
  </details>`;
}

/** The list's items, the "show more" line under them. */
export function renderItems(
  items: readonly FoundStructure[],
  shownCount: number,
  page: number,
  item: (s: Structure, distanceKm: number | undefined, index: number) => TemplateResult,
  onMore: () => void,
  lang: Lang,
): TemplateResult {
  const shown = items.slice(0, shownCount);
  return html`<ol class="result-list" part="list">
      ${shown.map(({ structure: s, distanceKm }, i) => item(s, distanceKm, i))}
    </ol>
    ${items.length > shown.length
      ? html`<p class="more">
          <span>${finderMsg(lang, 'shown', { shown: shown.length, total: formatNumber(items.length, lang) })}</span>
          <button type="button" class="button secondary" part="button" @click=${onMore}>
            ${finderMsg(lang, 'showMore', { count: Math.min(page, items.length - shown.length) })}
          </button>
        </p>`
      : nothing}`;
}

/** One structure of the list. `status`: its « Ouvert / Fermé », once known. */
export function renderItem(
  s: Structure,
  distanceKm: number | undefined,
  index: number,
  view: { selected: boolean; status: OpeningStatus | undefined; onOpen: () => void },
  lang: Lang,
): TemplateResult {
  const { status } = view;
  const types = typeNames(s, lang);
  const themes = s.themes.map((t) => localize(THEME_LABELS[t], lang)).join(', ');
  return html`<li part="list-item" class=${view.selected ? 'item selected' : 'item'}>
    <h3 class="item-title">
      <button
        type="button"
        class="item-button"
        data-structure-id=${s.id}
        data-index=${index}
        aria-label=${finderMsg(lang, 'details', { name: s.name })}
        @click=${view.onOpen}
      >
        ${s.name}
      </button>
    </h3>
    <p class="item-meta">
      ${types ? html`<span>${types}</span>` : nothing}
      ${distanceKm !== undefined ? html`<span class="distance">${formatDistance(distanceKm, lang)}</span>` : nothing}
      ${s.city ? html`<span>${s.city}</span>` : nothing}
    </p>
    ${themes ? html`<p class="item-themes">${themes}</p>` : nothing}
    ${status
      ? html`<p class=${`item-status status-${status.state}`}>${localize(status.text, lang)}</p>`
      : s.hours
        ? // The opening-hours chunk comes after the first list is drawn, and a status is computed on
          // an idle moment: the line is kept blank until then, so the items below do not move.
          html`<p class="item-status" aria-hidden="true">&nbsp;</p>`
        : nothing}
    ${s.positionWarning ? html`<p class="warning">${finderMsg(lang, `warning-${s.positionWarning}`)}</p>` : nothing}
  </li>`;
}

/** Messages about the data above the list: attribute problems, demo data, encodings (the report for integrators is below, views/report.ts). */
export function renderNotices(
  data: { reports: readonly SourceReport[]; demo: boolean; attributes: readonly { text: string }[] },
  lang: Lang,
): TemplateResult | typeof nothing {
  const { reports, demo, attributes } = data;
  const encodings = reports.filter((r) => r.encoding);
  if (!demo && encodings.length === 0 && attributes.length === 0) return nothing;
  return html`<div class="notices" part="notice">
    ${attributes.length > 0 ? html`<div role="alert">${attributes.map((a) => html`<p class="warning">${a.text}</p>`)}</div>` : nothing}
    ${demo ? html`<p class="demo-badge"><strong>${finderMsg(lang, 'demoData')}</strong></p>` : nothing}
    ${encodings.map((r) => html`<p class="warning">${finderMsg(lang, 'readAsWindows1252', { source: r.source })}</p>`)}
  </div>`;
}

/** The line above the list: how many structures, where; or why there are none. */
export function countText(
  result: FindResult,
  data: {
    all: number;
    reports: readonly SourceReport[];
    empty: ((reports: readonly SourceReport[], lang: Lang) => string) | undefined;
    origin: Origin | undefined;
    radiusKm: number;
  },
  lang: Lang,
): string {
  const count = result.items.length;
  const radius = formatNumber(data.radiusKm, lang);
  // No structure at all: why (views/report.ts, a chunk that comes just after the first list),
  // not « no structure matches these filters ».
  if (count === 0) return data.all === 0 && data.reports.length > 0 ? (data.empty?.(data.reports, lang) ?? '') : finderMsg(lang, 'noResults');
  if (result.fallback) return finderMsg(lang, 'fallback', { radius });
  if (data.origin) return finderMsg(lang, 'countNear', { count: formatNumber(count, lang), radius, place: data.origin.label });
  return finderMsg(lang, 'countAll', { count: formatNumber(count, lang) });
}

/**
 * Move the focus where the last action leads: `detail` (the detail view's heading), `item:<id>`
 * (that structure's button in the list), `more` (the first item the "show more" button added, at
 * index `firstAdded`). False when the target is not in the DOM (yet).
 */
export function focusTarget(root: ParentNode, target: string, firstAdded: number): boolean {
  let element: HTMLElement | null | undefined;
  if (target === 'detail') element = root.querySelector<HTMLElement>('[data-detail-heading]');
  else if (target.startsWith('item:')) {
    const id = target.slice(5);
    element = Array.from(root.querySelectorAll<HTMLElement>('[data-structure-id]')).find((b) => b.dataset.structureId === id);
  } else if (target === 'more') element = root.querySelector<HTMLElement>(`[data-index="${firstAdded}"]`);
  element?.focus();
  return !!element;
}
