import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../shared/events.js';
import type { Lang } from '../../core/i18n.js';
import { FinderModel, type FinderResults, type SourceReport } from '../../core/finder/model.js';
import type { OpeningStatuses } from '../../core/finder/opening-hours-statuses.js';
import type { Structure } from '../../core/structures/model.js';
import { NO_FILTERS, type Filters, type FoundStructure, type Origin } from '../../core/structures/search.js';
import { ContextConsumer } from '@lit/context';
import { CapElement } from '../shared/cap-element.js';
import { idleSlices, nextTask } from '../shared/idle.js';
import { diagnosticContext } from '../shared/context.js';
import { renderError } from '../shared/error-view.js';
import { inlineJson, type LoadFailure } from '../shared/failure.js';
import { tokens } from '../shared/tokens.styles.js';
import { attributeProblems, radiusKm, reportProblems, type AttributeProblem } from './attributes.js';
import { CapFinderMap } from './finder-map.js';
import { finderEnglish, finderMsg } from './messages.js';
import { combine, fetchSources, loadJson, readerModules, unreadFailures } from './sources.js';
import { PlaceSearch, type Place } from './place-search.js';
import { afterPaint, detailModule, firstContactsModule, loadDetailView, loadFirstContacts, MAX_FIRST_CONTACTS, SCHEDULER } from './scheduling.js';
import { setState } from './custom-state.js';
import { finderStyles } from './support-finder.styles.js';
import { countText, focusTarget, renderFilters, renderItem, renderItems, renderNotices } from './views/list.js';
import { loadReportView, openingStatuses, reportModule } from './after-list.js';
import { needsPlacement, type FinderLoadReport, type FinderSearchDetail, type FinderSelectDetail } from './load-report.js';
import { define } from '../shared/define.js';
import { STRUCTURE_TYPES } from '../../core/structures/model.js';
import { SUPPORT_THEMES } from '../../core/vocabulary.js';

define('cap-finder-map', CapFinderMap);

export type { FinderSearchDetail, FinderSelectDetail } from './load-report.js';

const PAGE = 20;

/**
 * Finds the support structures near an association: a town or postcode search (offline by
 * default), the structures nearest first with filters, a detail view, and a map.
 *
 * @tagname cap-support-finder
 * @summary The support-structure finder.
 *
 * @slot - An optional `<script type="application/json">` child holding structures (CMS-friendly alternative to `src`).
 *
 * @csspart search - The place search form.
 * @csspart input - The town / postcode field.
 * @csspart suggestions - The list of suggested towns.
 * @csspart button - Every button.
 * @csspart filters - The filters panel.
 * @csspart list - The result list.
 * @csspart list-item - One structure of the list.
 * @csspart detail - The detail view of a structure.
 * @csspart map - The map.
 * @csspart attribution - The map's attribution line.
 * @csspart notice - Messages about the data (demo data, attribute problems, encodings).
 * @csspart report - The data report for integrators, collapsed, after the list and map.
 * @csspart error - The error panel.
 *
 * @cssproperty --cap-color-primary - Buttons, markers and clusters.
 * @cssproperty --cap-map-height - Height of the map (default 22rem).
 * @cssproperty --cap-map-land - Land colour of the offline map.
 * @cssproperty --cap-map-sea - Sea colour of the offline map.
 * @cssproperty --cap-map-border - Coastline colour of the offline map.
 * @cssproperty --cap-map-neighbour - Colour of the countries around France on the offline map.
 * @cssproperty --cap-map-label - Place names on the offline map (their halo: `--cap-map-label-halo`).
 * @cssproperty --cap-color-selected - Colour of the selected marker.
 *
 * @event cap-finder-search - After each search or filter change. `detail: {query, count}`.
 * @event cap-finder-select - The user selected a structure (list or map). `detail: {structure}`.
 * @event cap-error - A data source could not be loaded or read. `detail: {message, issues}`.
 * @event cap-finder-load - Once per load, when its report is final (after the rows without coordinates were placed at their commune and positions checked, which follows the first list). `detail`: the `loadReport`.
 */
export class CapSupportFinder extends CapElement {
  static override english = [...CapElement.english, finderEnglish];

  static override styles = [tokens, finderStyles];

  static override properties = {
    ...CapElement.properties,
    src: { type: String, reflect: true },
    near: { type: String, reflect: true },
    themes: { type: String, reflect: true },
    // Not reflected: a value that is not a number would come back as radius="NaN".
    radius: { type: Number },
    tiles: { type: String, reflect: true },
    geocoder: { type: String, reflect: true },
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    /** @internal */
    all: { state: true },
    /** @internal */
    loading: { state: true },
    /** @internal */
    failures: { state: true },
    /** @internal */
    reports: { state: true },
    /** @internal */
    demo: { state: true },
    /** @internal */
    origin: { state: true },
    /** @internal */
    currentFilters: { state: true },
    /** @internal */
    shownCount: { state: true },
    /** @internal */
    selectedId: { state: true },
    /** @internal */
    detailId: { state: true },
    /** @internal */
    announcement: { state: true },
    /** @internal */
    hoursReady: { state: true },
    /** @internal */
    duplicates: { state: true },
  };

  /** URL(s) of structure data, space-separated; formats are detected. Without it, the demo data. */
  declare src: string | undefined;
  /** A town, a postcode or `lat,lon` to start from. */
  declare near: string | undefined;
  /** Support themes to pre-filter, comma-separated ids. */
  declare themes: string | undefined;
  /** Search radius in km (default 30). When nothing is within it, the nearest are shown anyway. */
  declare radius: number;
  /** `none` (default: offline outline), `ign` (Plan IGN v2), or an XYZ template `https://…/{z}/{x}/{y}.png`. */
  declare tiles: string;
  /** `local` (default: offline town index), `geoplateforme` (IGN), or a URL template with `{query}`. */
  declare geocoder: string;
  /** Milliseconds to wait for each `src` (default 15000). */
  declare loadTimeout: number;

  declare private all: readonly Structure[];
  declare private loading: boolean;
  declare private failures: LoadFailure[];
  declare private reports: SourceReport[];
  declare private demo: boolean;
  declare private origin: Origin | undefined;
  declare private currentFilters: Filters;
  declare private shownCount: number;
  declare private selectedId: string | undefined;
  declare private detailId: string | undefined;
  declare private announcement: string;
  declare private hoursReady: boolean;
  declare private duplicates: number;
  /** Rows without coordinates are being placed at their commune (after the first list). */
  private placing = false;

  /** The data: sources, reading, merging, the index, and the results for filters and a place. */
  private readonly model = new FinderModel(SCHEDULER, PAGE);
  declare private given: Structure[] | undefined;
  private loadToken = 0;
  /**
   * Whether the filters' check boxes are drawn. They made more than half of the first render's
   * task on the benchmark's host page (their 20 boxes: about 25 of 40–85 ms), so a closed panel
   * gets them in the next task; nothing moves, as a closed panel does not show them.
   */
  private filterBody = false;
  /** The list and the map's structures, as the model last made them. */
  private result: FinderResults = { items: [], fallback: false, sorted: true, map: { structures: [] } };
  /** « Ouvert / Fermé », once the opening-hours chunk is there (see loadHours). */
  declare private statuses: OpeningStatuses | undefined;
  private hoursLoading = false;
  /** Resolved once a first list (or the reason there is none) is in the DOM: the opening hours wait for it. */
  declare private listDrawn: () => void;
  private listShown = false;
  private readonly firstList = new Promise<void>((resolve) => (this.listDrawn = resolve));
  private focusAfter: string | null = null;
  private firstContacts = false;
  private nearApplied = false;
  private searchTimer = 0;
  /** The attribute problems last logged and reported, so that each is reported once. */
  private reportedAttributes = '';
  /** The place search (field, suggestions, "Autour de moi"). */
  // The search near a place (a small chunk) loads with the commune index, before a place is chosen.
  private readonly places = new PlaceSearch(this, { setOrigin: (p) => this.setOrigin(p), announce: (t) => this.announce(t), focus: () => void this.model.prepareNear() });

  constructor() {
    super();
    this.radius = 30;
    this.tiles = 'none';
    this.geocoder = 'local';
    this.loadTimeout = 15_000;
    this.all = [];
    this.loading = true;
    this.failures = [];
    this.reports = [];
    this.demo = false;
    this.currentFilters = NO_FILTERS;
    this.shownCount = PAGE;
    this.announcement = '';
    this.hoursReady = false;
    this.duplicates = 0;
    // Inside a <cap-diagnostic>: pre-filter with the themes of the weakest dimensions, unless the
    // page set `themes` itself.
    new ContextConsumer(this, {
      context: diagnosticContext,
      subscribe: true,
      callback: (state) => {
        if (!this.themes && state.themes.length > 0) this.filters = { ...this.currentFilters, themes: state.themes };
        // Results that call for a first contact: « Par qui commencer » first.
        const { results, questionnaire } = state;
        if (results && questionnaire) void loadFirstContacts().then((m) => m && this.startWith(m.callsForFirstContacts(results, questionnaire.levels)));
      },
    });
  }

  /** Every structure loaded (merged, duplicates removed). Setting it replaces the data (validated). */
  get structures(): Structure[] {
    this.model.completeDetails();
    return this.model.all as Structure[];
  }
  set structures(value: Structure[]) {
    this.given = value;
    void readerModules();
    if (this.isConnected) void this.load();
  }

  /**
   * What became of the last load's data, per source (`read` = `shown` + `pending` + skipped): read-only, undefined while loading; `cap-finder-load` carries it once final.
   * @type {FinderLoadReport | undefined}
   */
  get loadReport(): FinderLoadReport | undefined {
    if (this.loading) return undefined;
    return { sources: JSON.parse(JSON.stringify(this.reports)) as SourceReport[], duplicatesMerged: this.duplicates, placing: this.placing, demo: this.demo, failures: this.failures.map((f) => f.message) };
  }

  /** The active filters: `{themes, types, openNow, free}`. */
  get filters(): Filters {
    return { ...this.currentFilters, themes: [...this.currentFilters.themes], types: [...this.currentFilters.types] };
  }
  set filters(value: Partial<Filters>) {
    this.currentFilters = {
      themes: (value.themes ?? []).filter((t) => (SUPPORT_THEMES as readonly string[]).includes(t)),
      types: (value.types ?? []).filter((t) => (STRUCTURE_TYPES as readonly string[]).includes(t)),
      openNow: !!value.openNow,
      free: !!value.free,
    };
    if (this.currentFilters.openNow) void this.loadHours();
  }

  /** Custom states (`:state(pending)` until the first render). */
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  /**
   * The first render runs in a task of its own: with the module's evaluation and the upgrade it
   * made a task of more than 50 ms on the host page. Meanwhile `:state(pending)` keeps the height.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    setState(this.internals, 'pending', true);
    return nextTask().then(() => super.scheduleUpdate());
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    setState(this.internals, 'pending', false);
    if (!this.filterBody) {
      void nextTask().then(() => {
        this.filterBody = true;
        this.requestUpdate();
      });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The readers are a lazy chunk: fetched now, while the data is on its way (or before the
    // page hands it over), rather than after it arrived.
    if (this.src?.trim()) void loadJson();
    if (this.given !== undefined || this.src?.trim() || inlineJson(this) !== undefined) void readerModules();
    // Without a `themes` attribute, the page's own address may carry them: the quiz's « Par qui
    // commencer » links here with `?themes=` (its `finder-url`).
    const themes = this.themes || new URLSearchParams(location.search).get('themes');
    if (new URLSearchParams(location.search).get('start') === '1') this.startWith(true);
    if (themes) this.filters = { ...this.currentFilters, themes: themes.split(',').map((t) => t.trim()) };
    if (this.all.length === 0 && this.loading) void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src' as keyof CapSupportFinder) && changed.get('src' as keyof CapSupportFinder) !== undefined) {
      void this.load();
    }
    if (changed.has('themes' as keyof CapSupportFinder) && changed.get('themes' as keyof CapSupportFinder) !== undefined) {
      this.filters = { ...this.currentFilters, themes: (this.themes ?? '').split(',').map((t) => t.trim()) };
    }
    if (changed.has('near' as keyof CapSupportFinder) && changed.get('near' as keyof CapSupportFinder) !== undefined) {
      this.nearApplied = false;
    }
    if (!this.loading && this.near && !this.nearApplied) {
      this.nearApplied = true;
      void this.places.searchPlace(this.near, true);
    }
    this.refreshResult();
    if (changed.has('radius' as keyof CapSupportFinder) || changed.has('tiles' as keyof CapSupportFinder)) this.reportAttributes();
  }

  /** The list and the map from the model (which makes them again only when an input changed). */
  private refreshResult(): void {
    const statuses = this.statuses;
    const result = this.model.results({
      filters: this.currentFilters,
      origin: this.origin,
      radiusKm: this.radiusKm,
      isOpen: statuses?.isOpen,
      // Opening hours matter only to the "ouvert maintenant" filter.
      openKey: this.currentFilters.openNow && this.hoursReady,
      firstPageOnly: this.shownCount <= PAGE,
      // First contacts taken out of the top leave the page to be filled from further down.
      ahead: this.firstContacts ? MAX_FIRST_CONTACTS : 0,
    });
    if (result === this.result) return;
    this.result = result;
    // Nothing within reach: the national entry points come with the nearest structures.
    if (this.origin && (result.fallback || result.items.length === 0)) void loadFirstContacts().then(() => this.requestUpdate());
    // Only the first page is in order: the rest is sorted after the first list and map are drawn.
    if (!result.sorted) void this.updateComplete.then(() => afterPaint(() => this.model.sortWhenIdle(() => this.requestUpdate())));
  }

  /** Whether first contacts come first (« Par qui commencer »); their chunk loads now. */
  private startWith(on: boolean): void {
    this.firstContacts = on;
    void (on ? loadFirstContacts() : Promise.resolve()).then(() => this.requestUpdate());
  }

  /** The search radius in use: `radius` when it is a positive number of kilometres, else 30. */
  private get radiusKm(): number {
    return radiusKm(this.radius);
  }

  private attributeProblems(lang: Lang): AttributeProblem[] {
    return attributeProblems(this.radius, this.getAttribute('radius'), this.tiles, lang);
  }

  /** Log and report (`cap-error`) the attribute problems once each time they change. */
  private reportAttributes(): void {
    this.reportedAttributes = reportProblems(this, this.attributeProblems(this.language), this.reportedAttributes);
  }

  // ——— data ———

  /** property → `src` URLs (merged) → inline JSON child → bundled demo data; read by the model. */
  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.model.cancel();
    this.loading = true;
    this.clearFailure();
    this.failures = [];
    this.reports = [];
    this.duplicates = 0;
    // Messages made below (errors, reports) must be in the element's language.
    await this.englishReady();
    if (token !== this.loadToken) return;
    const lang = this.language;
    // Known before anything loads: the demo badge shows with the loading state (no jump after).
    const demo = this.given === undefined && !this.src?.trim() && inlineJson(this) === undefined;
    this.demo = demo;
    // The rows handed to the `structures` property (read without a JSON round trip), or files.
    const inline = inlineJson(this);
    const { inputs, failures } =
      this.given !== undefined
        ? { inputs: [{ rows: this.given, source: 'structures' }], failures: [] }
        : this.src?.trim()
          ? await fetchSources(this.src, lang, this.loadTimeout)
          : { inputs: inline !== undefined ? [{ text: inline, source: 'JSON' }] : [], failures: [] };
    if (token !== this.loadToken) return;
    const loaded = await this.model.load({
      inputs,
      readers: readerModules,
      ...(demo ? { demo: async () => (await import('../../data/demo-structures.js')).demoStructures(lang) } : {}),
      filters: this.currentFilters,
    });
    if (!loaded || token !== this.loadToken) return;
    failures.push(...(await unreadFailures(loaded.unread, lang)));
    if (token !== this.loadToken) return;
    this.all = loaded.structures;
    // One file: its detail fields are cleaned after the first list and map are drawn.
    if (this.model.detailsPending) void this.updateComplete.then(() => afterPaint(() => this.model.cleanDetailsWhenIdle()));
    this.demo = demo;
    this.reports = loaded.reports;
    this.duplicates = loaded.duplicates;
    this.failures = failures;
    this.loading = false;
    this.shownCount = PAGE;
    this.statuses?.clear();
    if (failures.length > 0) this.reportFailure(failures.length === 1 ? failures[0]! : combine(failures));
    // Rows without coordinates and positions to check wait for the first list (the commune index is a lazy download).
    this.placing = needsPlacement(this.model, loaded.reports);
    if (this.placing) void this.updateComplete.then(() => this.firstList).then(() => afterPaint(() => void this.place(token)));
    else void this.updateComplete.then(() => token === this.loadToken && emit(this, 'cap-finder-load', this.loadReport));
    // The opening-hours package (40 KB gzip) is parsed after the first list and map are drawn.
    if (loaded.structures.some((s) => s.hours)) {
      void this.updateComplete.then(() => afterPaint(() => void this.loadHours()));
    }
  }

  /** Place the rows waiting for their commune, flag far positions, then update and tell (a chunk not fetched leaves them `pending`). */
  private async place(token: number): Promise<void> {
    const reports = await import('./placing.js').then((m) => m.placeLoaded(this.model, this.reports, idleSlices().pause), () => this.reports);
    if (!reports || token !== this.loadToken) return;
    [this.all, this.reports, this.placing] = [this.model.all, reports, false];
    void this.model.prepareNear();
    await this.updateComplete;
    emit(this, 'cap-finder-load', this.loadReport);
  }

  /**
   * The opening-hours chunk, never before the first list is in the DOM (the first list needs
   * none of it; « Ouvert / Fermé » fill their reserved lines when it comes).
   */
  private async loadHours(): Promise<void> {
    if (this.statuses || this.hoursLoading) return;
    this.hoursLoading = true;
    await this.firstList;
    this.statuses = await openingStatuses(this.model);
    this.hoursReady = true;
  }

  // ——— places ———

  private setOrigin(place: Place): void {
    this.origin = { label: place.label, lat: place.lat, lon: place.lon };
    this.detailId = undefined;
    this.shownCount = PAGE;
    this.afterSearch(place.label);
    void this.updateComplete.then(() => {
      // The whole search area; in the fallback, the nearest structures (the third, or the last of
      // fewer), unless they are over 1,000 km away.
      const { items, fallback } = this.result;
      const nearest = fallback ? items[Math.min(2, items.length - 1)]?.distanceKm : undefined;
      this.map?.showAround(place.lat, place.lon, nearest !== undefined && nearest <= 1000 ? nearest : this.radiusKm);
    });
  }

  // ——— filters, list, detail ———

  private toggleFilter(kind: 'themes' | 'types', id: string, on: boolean): void {
    const current = this.currentFilters[kind];
    this.filters = { ...this.currentFilters, [kind]: on ? [...current, id] : current.filter((x) => x !== id) };
    this.shownCount = PAGE;
    this.afterSearch(this.origin?.label ?? '');
  }

  private setFlag(kind: 'openNow' | 'free', on: boolean): void {
    this.filters = { ...this.currentFilters, [kind]: on };
    this.shownCount = PAGE;
    if (kind === 'openNow' && on && !this.statuses) {
      void this.loadHours().then(() => this.afterSearch(this.origin?.label ?? ''));
      return;
    }
    this.afterSearch(this.origin?.label ?? '');
  }

  private resetFilters(): void {
    this.filters = NO_FILTERS;
    this.shownCount = PAGE;
    this.afterSearch(this.origin?.label ?? '');
  }

  /** Announce the new count and tell the page, once the list is recomputed. */
  private afterSearch(query: string): void {
    window.clearTimeout(this.searchTimer);
    void this.updateComplete.then(() => {
      const count = this.result.items.length;
      this.announce(this.countText(this.language));
      emit<FinderSearchDetail>(this, 'cap-finder-search', { query, count });
    });
  }

  private countText(lang: Lang): string {
    const { result, reports, origin } = this;
    return countText(result, { all: this.all.length, reports, empty: reportModule?.emptyDataText, origin, radiusKm: this.radiusKm }, lang);
  }

  private select(id: string, openDetail: boolean, fromMap = false): void {
    const structure = this.all.find((s) => s.id === id);
    if (!structure) return;
    this.model.completeDetails();
    this.selectedId = id;
    // From the list: bring the structure into view on the map, out of any cluster.
    if (!fromMap && structure.positionWarning !== 'outside-france') this.map?.focusOn(structure.lat, structure.lon, 12);
    if (openDetail) {
      this.detailId = id;
      this.focusAfter = 'detail';
      if (!detailModule) void loadDetailView().then(() => this.requestUpdate());
    }
    emit<FinderSelectDetail>(this, 'cap-finder-select', { structure });
  }

  private closeDetail(): void {
    const id = this.detailId;
    this.detailId = undefined;
    this.focusAfter = id ? `item:${id}` : null;
  }

  private get map(): CapFinderMap | null {
    return this.renderRoot.querySelector('cap-finder-map');
  }

  private announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  protected override updated(): void {
    // The first list (or what says there is none) is in the DOM: the opening hours and the
    // detail view may come.
    if (!this.loading && !this.listShown) {
      this.listShown = true;
      this.listDrawn();
      afterPaint(() => void loadDetailView());
      afterPaint(() => void loadReportView().then(() => this.requestUpdate()));
    }
    const target = this.focusAfter;
    this.focusAfter = null;
    // The detail view's chunk on its way: the focus goes to its heading when it is drawn.
    if (target && !focusTarget(this.renderRoot, target, this.shownCount - PAGE) && target === 'detail' && this.detailId) this.focusAfter = target;
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const lang = this.language;
    const { fallback } = this.result;
    const map = (this.firstContacts && firstContactsModule?.withFirstContacts(this.result.map, this.result.items, this.all, { origin: this.origin, radiusKm: this.radiusKm, filters: this.currentFilters })) || this.result.map;
    return html`<div class="finder">
      ${this.places.render(lang)}
      ${this.failures.length > 0 && this.failure ? renderError(this.failure, lang, () => void this.load()) : nothing}
      ${renderNotices({ reports: this.reports, demo: this.demo, attributes: this.attributeProblems(lang) }, lang)}
      <div class="columns">
        <section class=${this.loading ? 'results waiting' : 'results'} aria-labelledby="results-title">
          ${(this.detailId && this.renderDetail(lang)) || this.renderList(lang)}
        </section>
        <section class="map-column" aria-label=${finderMsg(lang, 'mapTitle')}>
          <cap-finder-map
            exportparts="map, attribution, button"
            .structures=${map.structures}
            .cells=${map.cells}
            .selectedId=${this.selectedId}
            .origin=${this.origin}
            .radiusKm=${this.origin && !fallback ? this.radiusKm : undefined}
            .tiles=${this.tiles}
            .language=${lang}
            .onSelect=${(id: string) => this.select(id, true, true)}
          ></cap-finder-map>
        </section>
      </div>
      ${this.geocoder === 'local' || !this.geocoder ? html`<p class="credits">${finderMsg(lang, 'credits')}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.reports.length > 0 && reportModule ? reportModule.renderReport(this.reports, this.duplicates, lang) : nothing}
    </div>`;
  }

  private renderList(lang: Lang): TemplateResult {
    const on = { toggle: this.toggleFilter.bind(this), flag: this.setFlag.bind(this), reset: this.resetFilters.bind(this) };
    const item = (s: Structure, distanceKm: number | undefined, index: number) => {
      const status = s.hours ? this.statuses?.cached(s, () => this.requestUpdate()) : undefined;
      return renderItem(s, distanceKm, index, { selected: s.id === this.selectedId, status, onOpen: () => this.select(s.id, true) }, lang);
    };
    const more = () => {
      this.shownCount += PAGE;
      if (!this.model.sorted && !this.origin) this.model.sortedByName();
      this.focusAfter = 'more';
    };
    const rest = (items: readonly FoundStructure[]) => renderItems(items, this.shownCount, PAGE, item, more, lang);
    return html`<h2 id="results-title" class="results-title">${finderMsg(lang, 'resultsTitle')}</h2>
      ${renderFilters(this.currentFilters, this.filterBody, on, lang)}
      ${this.loading
        ? html`<p aria-busy="true">${finderMsg(lang, 'loadingData')}</p>`
        : this.all.length === 0 && this.failures.length > 0
          ? nothing
          : html`${!this.origin ? html`<p class="prompt">${finderMsg(lang, 'promptPlace')}</p>` : nothing}
              <p class=${this.result.fallback ? 'count fallback' : 'count'}>${this.countText(lang)}</p>
              ${firstContactsModule?.renderResults(this.result, this.all, { firstContacts: this.firstContacts, origin: this.origin, radiusKm: this.radiusKm, filters: this.currentFilters }, rest, item, lang) ?? rest(this.result.items)}`}`;
  }

  /** The detail view, or undefined (the list stays) until its chunk is there (see detailView). */
  private renderDetail(lang: Lang): TemplateResult | undefined {
    this.model.completeDetails();
    const s = this.all.find((x) => x.id === this.detailId);
    const { renderDetail } = detailModule ?? {};
    if (!s || !renderDetail) return undefined;
    const distanceKm = this.result.items.find((i) => i.structure === s)?.distanceKm;
    const status = s.hours ? this.statuses?.of(s) : undefined;
    return renderDetail(s, { distanceKm, status, week: this.statuses?.week(s), onBack: () => this.closeDetail() }, lang);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cap-support-finder': CapSupportFinder;
  }
  interface HTMLElementEventMap {
    'cap-finder-search': CustomEvent<FinderSearchDetail>;
    'cap-finder-select': CustomEvent<FinderSelectDetail>;
    'cap-finder-load': CustomEvent<FinderLoadReport>;
  }
}
