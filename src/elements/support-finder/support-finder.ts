import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../shared/events.js';
import { formatDate, formatNumber, localize, type Lang } from '../../core/i18n.js';
import type { Structure } from '../../core/structures/model.js';
import { firstPageByName, nameKey, nameKeys, sortByName, sortByNameInSteps } from '../../core/structures/by-name.js';
import type { PendingDetails } from '../../core/structures/readers/index.js';
import { runToEnd } from '../../core/steps.js';
import { findStructures, matches, NO_FILTERS, type Filters, type FindResult, type FoundStructure, type Origin } from '../../core/structures/search.js';
import { ContextConsumer } from '@lit/context';
import { CapElement } from '../shared/cap-element.js';
import { nextTask, slices, whenIdle, yieldTask } from '../shared/idle.js';
import { diagnosticContext } from '../shared/context.js';
import { renderError } from '../shared/error-view.js';
import { failure, inlineJson, type LoadFailure } from '../shared/failure.js';
import { tokens } from '../shared/tokens.styles.js';
import { CapFinderMap, prepareMap, usableTiles } from './finder-map.js';
import { finderEnglish, finderMsg } from './messages.js';
import { finderStyles } from './support-finder.styles.js';
import { define } from '../shared/define.js';
import type { OpeningStatus } from '../../core/opening-hours.js';
import { THEME_LABELS, TYPE_LABELS } from '../../core/structures/labels.js';
import { formatDistance, parseLatLon } from '../../core/geo/distance.js';
import { departmentTimeZone } from '../../core/geo/timezone.js';
import { STRUCTURE_TYPES } from '../../core/structures/model.js';
import { SUPPORT_THEMES } from '../../core/vocabulary.js';
import { COMMUNES_CREDITS } from '../../data/communes-credits.js';

define('cap-finder-map', CapFinderMap);

export interface FinderSearchDetail {
  /** What the user searched (a town, a postcode, "lat,lon", or "votre position"), or the filter change. */
  query: string;
  /** Number of structures listed. */
  count: number;
}
export interface FinderSelectDetail {
  structure: Structure;
}

interface Place {
  label: string;
  lat: number;
  lon: number;
  approximate?: boolean;
}

interface SourceReport {
  source: string;
  format?: string;
  count: number;
  skipped: Partial<Record<string, number>>;
  /** Set when the file was not UTF-8 and was read as Windows-1252. */
  encoding?: string;
}

type HoursModule = typeof import('../../core/opening-hours.js');
type PlaceSearch = (query: string) => Place[];

const PAGE = 20;
const DEFAULT_RADIUS_KM = 30;
const GEO_TIMEOUT_MS = 10_000;
/**
 * The browser's own time-out does not run while its permission prompt waits, and some browsers
 * never call back when the prompt is dismissed: past this delay the finder stops waiting.
 */
const GEO_GIVE_UP_MS = 30_000;

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
 * @csspart notice - Messages about the data (demo data, skipped rows).
 * @csspart error - The error panel.
 *
 * @cssproperty --cap-color-primary - Buttons, markers and clusters.
 * @cssproperty --cap-map-height - Height of the map (default 22rem).
 * @cssproperty --cap-map-land - Land colour of the offline map.
 * @cssproperty --cap-map-sea - Sea colour of the offline map.
 * @cssproperty --cap-map-border - Coastline colour of the offline map.
 * @cssproperty --cap-color-selected - Colour of the selected marker.
 *
 * @event cap-finder-search - After each search or filter change. `detail: {query, count}`.
 * @event cap-finder-select - The user selected a structure (list or map). `detail: {structure}`.
 * @event cap-error - A data source could not be loaded or read. `detail: {message, issues}`.
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
    query: { state: true },
    /** @internal */
    suggestions: { state: true },
    /** @internal */
    activeSuggestion: { state: true },
    /** @internal */
    placeMessage: { state: true },
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

  declare private all: Structure[];
  declare private loading: boolean;
  declare private failures: LoadFailure[];
  declare private reports: SourceReport[];
  declare private demo: boolean;
  declare private origin: Origin | undefined;
  declare private query: string;
  declare private suggestions: Place[];
  declare private activeSuggestion: number;
  declare private placeMessage: string;
  declare private currentFilters: Filters;
  declare private shownCount: number;
  declare private selectedId: string | undefined;
  declare private detailId: string | undefined;
  declare private announcement: string;
  declare private hoursReady: boolean;
  declare private duplicates: number;

  private given: Structure[] | undefined;
  private loadToken = 0;
  /**
   * Whether the filters' check boxes are drawn. They made more than half of the first render's
   * task on the benchmark's host page (their 20 boxes: about 25 of 40–85 ms), so a closed panel
   * gets them in the next task; nothing moves, as a closed panel does not show them.
   */
  private filterBody = false;
  /** `sorted: false`: only the first page is in order by name (the rest comes once sorted). */
  private result: FindResult & { sorted?: boolean } = { items: [], fallback: false };
  private resultInputs: unknown[] = [];
  /** The structures shown on the map: those of the list, same array until the list changes. */
  private mapStructures: readonly Structure[] = [];
  /** What the map shows first, its clusters counted while the data was read (see `load`). */
  private mapShown: readonly Structure[] | undefined;
  /**
   * All structures sorted by name once per load, for the list without a place: sorted just after
   * the first list and map (only the first page is picked out before), or at once when needed.
   */
  private byName: Structure[] | undefined;
  /** `byName` as list items, made once: a filter change without a place picks from them. */
  private byNameItems: ListItem[] | undefined;
  /** Sort keys of `all` (same order), computed once per load. */
  private nameKeys: string[] | undefined;
  /** The structures whose sort by name is under way (see `scheduleSort`). */
  private sortScheduled: Structure[] | undefined;
  /** The sort by name under way on idle moments, and the structures it sorts. */
  private sortSteps: { all: Structure[]; steps: Generator<undefined, Structure[], undefined> } | undefined;
  /** Detail fields of the structures not cleaned yet (see `scheduleDetails`). */
  private details: PendingDetails | undefined;
  private placeSearch: Promise<PlaceSearch> | undefined;
  private hours: HoursModule | undefined;
  private hoursLoading = false;
  private openCache = new Map<string, OpeningStatus>();
  /** List items whose status is computed on the next idle moment (see listStatus). */
  private readonly pendingStatuses = new Set<Structure>();
  private statusTask = 0;
  private focusAfter: string | null = null;
  private nearApplied = false;
  private searchTimer = 0;
  /** The attribute problems last logged and reported, so that each is reported once. */
  private reportedAttributes = '';
  /** Bumped by each "Autour de moi" and each place chosen: a late position for an older request is ignored. */
  private geoRequest = 0;

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
    this.query = '';
    this.suggestions = [];
    this.activeSuggestion = -1;
    this.placeMessage = '';
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
      },
    });
  }

  /** Every structure loaded (merged, duplicates removed). Setting it replaces the data (validated). */
  get structures(): Structure[] {
    this.completeDetails();
    return this.all;
  }
  set structures(value: Structure[]) {
    this.given = value;
    void readerModules();
    if (this.isConnected) void this.load();
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
      void this.searchPlace(this.near, true);
    }
    this.refreshResult();
    if (changed.has('radius' as keyof CapSupportFinder) || changed.has('tiles' as keyof CapSupportFinder)) this.reportAttributes();
  }

  /**
   * Recompute the list only when its inputs change (not on every keystroke in the search field):
   * with 20,000 structures a recomputation costs a few milliseconds, a render of the map far more.
   */
  private refreshResult(): void {
    // Opening hours matter only to the "ouvert maintenant" filter.
    const inputs = [this.all, this.origin, this.radius, this.currentFilters, this.currentFilters.openNow && this.hoursReady];
    const same = this.resultInputs.length === inputs.length && inputs.every((v, i) => v === this.resultInputs[i]);
    const isOpen = this.hours ? (s: Structure) => this.statusOf(s)?.state === 'open' : undefined;
    if (same) {
      if (this.result.sorted !== false || !this.byName) return;
      // Sorted since (in the background, or for "show more"): the same structures in full order;
      // the map keeps its array.
      this.result = { items: this.listByName(isOpen).items, fallback: false };
      return;
    }
    if (!this.origin && !this.byName && this.shownCount <= PAGE) {
      // The first list without a place: only its first page needs the order by name.
      const first = firstPageByName(this.all, this.currentFilters, isOpen, PAGE, this.mapShown);
      this.result = first;
      this.resultInputs = inputs;
      this.mapStructures = first.structures;
      this.scheduleSort();
      return;
    } else if (!this.origin) {
      const { items, structures } = this.listByName(isOpen);
      this.result = { items, fallback: false };
      this.resultInputs = inputs;
      this.mapStructures = structures;
      return;
    } else {
      // Before the sort by name (done on an idle moment after the first draw), the structures as
      // they are, ties at the same distance put in order by name.
      this.result = findStructures(this.byName ?? this.all, {
        origin: this.origin,
        radiusKm: this.radiusKm,
        filters: this.currentFilters,
        isOpen,
        sorted: true,
        ...(this.byName ? {} : { tieBreak: byNameKey }),
      });
    }
    this.resultInputs = inputs;
    this.mapStructures = this.result.items.map((i) => i.structure);
  }

  /**
   * Every structure that passes the filters, by name: the list's items and the map's structures
   * in one pass (20,000 of them: no second array made from the first), or the sorted arrays as
   * they are when nothing is filtered.
   */
  private listByName(isOpen: ((s: Structure) => boolean) | undefined): { items: FoundStructure[]; structures: Structure[] } {
    const sorted = this.sortedItems();
    const f = this.currentFilters;
    if (f.themes.length === 0 && f.types.length === 0 && !f.free && !f.openNow) return { items: sorted, structures: this.byName! };
    const items: FoundStructure[] = [];
    const structures: Structure[] = [];
    // Themes and types as bits (the items carry theirs): a few operations per structure, quick
    // even before the code is optimised (the first change after loading, or after a while).
    const themeBits = bitsOf(f.themes, SUPPORT_THEMES);
    const typeBits = bitsOf(f.types, STRUCTURE_TYPES);
    const byBits = themeBits >= 0 && typeBits >= 0;
    for (let i = 0; i < sorted.length; i++) {
      const item = sorted[i]!;
      if (byBits) {
        if ((themeBits && !(item.themeBits & themeBits)) || (typeBits && !(item.typeBits & typeBits))) continue;
        if ((f.free && item.structure.free !== true) || (f.openNow && isOpen?.(item.structure) !== true)) continue;
      } else if (!matches(item.structure, f, isOpen)) continue;
      items.push(item);
      structures.push(item.structure);
    }
    return { items, structures };
  }

  /** The structures by name: the steps left of the idle sort at once, or the whole sort. */
  private sortedByName(): Structure[] {
    if (!this.byName && this.sortSteps?.all === this.all) this.byName = runToEnd(this.sortSteps.steps);
    this.sortSteps = undefined;
    this.byName ??= sortByName(this.all, (this.nameKeys ??= nameKeys(this.all)));
    return this.byName;
  }

  private sortedItems(): ListItem[] {
    this.byNameItems ??= this.sortedByName().map((structure) => ({
      structure,
      themeBits: bitsOf(structure.themes, SUPPORT_THEMES),
      typeBits: bitsOf(structure.types, STRUCTURE_TYPES),
    }));
    return this.byNameItems;
  }

  /**
   * Clean the detail fields after the first list and map are drawn, in slices of a few
   * milliseconds (a keystroke or a filter change never waits long); at once when needed.
   */
  private scheduleDetails(details: PendingDetails): void {
    const slice = () => {
      if (this.details !== details) return;
      if (details.run(performance.now() + 6)) this.details = undefined;
      else whenIdle(slice);
    };
    void this.updateComplete.then(() => afterPaint(slice));
  }

  /** Every structure with its details (before a detail view, an event, or the `structures` getter). */
  private completeDetails(): void {
    this.details?.run();
    this.details = undefined;
  }

  /**
   * Sort by name after the first list and map are drawn: the sort keys in idle slices of a few
   * milliseconds (20,000 names would make one long task), then the sort.
   */
  private scheduleSort(): void {
    const all = this.all;
    if (this.sortScheduled === all) return;
    this.sortScheduled = all;
    const keys = new Array<string>(all.length);
    let next = 0;
    const slice = () => {
      if (this.all !== all || this.byName) return;
      const end = performance.now() + 8;
      while (next < all.length) {
        keys[next] = nameKey(all[next]!.name);
        next++;
        if ((next & 255) === 0 && performance.now() > end) {
          whenIdle(slice);
          return;
        }
      }
      this.nameKeys ??= keys;
      // The sort (30–70 ms for 20,000 names at once) a few steps per idle moment, then the list's
      // items on another: the first filter change then makes none.
      const sort = (this.sortSteps = { all, steps: sortByNameInSteps(all, this.nameKeys) });
      const step = () => {
        if (this.all !== all || this.byName || this.sortSteps !== sort) return;
        const end = performance.now() + 8;
        let next = sort.steps.next();
        while (!next.done && performance.now() < end) next = sort.steps.next();
        if (!next.done) {
          whenIdle(step);
          return;
        }
        this.byName = next.value;
        this.sortSteps = undefined;
        whenIdle(() => {
          if (this.all === all) this.sortedItems();
        });
        this.requestUpdate();
      };
      whenIdle(step);
    };
    void this.updateComplete.then(() => afterPaint(slice));
  }

  /** The search radius in use: `radius` when it is a positive number of kilometres, else 30. */
  private get radiusKm(): number {
    return Number.isFinite(this.radius) && this.radius > 0 ? this.radius : DEFAULT_RADIUS_KM;
  }

  /** Attribute values the finder cannot use (and what it does instead), to show and report. */
  private attributeProblems(lang: Lang): { path: string; text: string; issue: string }[] {
    const problems: { path: string; text: string; issue: string }[] = [];
    if (this.radiusKm !== this.radius) {
      const value = (this.getAttribute('radius') ?? String(this.radius)).slice(0, 100);
      problems.push({
        path: 'radius',
        text: finderMsg(lang, 'badRadius', { value, radius: DEFAULT_RADIUS_KM }),
        issue: `expected a positive number of kilometres, got ${value}`,
      });
    }
    if (this.tiles && this.tiles !== 'none' && !usableTiles(this.tiles)) {
      const value = this.tiles.slice(0, 100);
      problems.push({
        path: 'tiles',
        text: finderMsg(lang, 'badTiles', { value }),
        issue: `expected none, ign or an http(s) template with {z}, {x} and {y}, got ${value}`,
      });
    }
    return problems;
  }

  /** Log and report (`cap-error`) the attribute problems once each time they change. */
  private reportAttributes(): void {
    const problems = this.attributeProblems(this.language);
    const key = problems.map((p) => p.text).join('\n');
    if (key === this.reportedAttributes) return;
    this.reportedAttributes = key;
    if (problems.length === 0) return;
    console.warn(`[cap-numerique] <${this.localName}>: ${key}`);
    emit(this, 'cap-error', { message: key, issues: problems.map((p) => ({ path: p.path, message: p.issue })) });
  }

  // ——— data ———

  /** property → `src` URLs (merged) → inline JSON child → bundled demo data. */
  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.loading = true;
    this.clearFailure();
    this.failures = [];
    this.reports = [];
    this.duplicates = 0;
    // Messages made below (errors, reports) must be in the element's language.
    await this.englishReady();
    if (token !== this.loadToken) return;
    const lang = this.language;
    // Text from files, or the rows handed to the `structures` property (read without a JSON round trip).
    // A JSON file is parsed while it downloads (`json`): little is left to do when its last byte comes.
    const inputs: { text?: string; json?: { value: unknown }; rows?: readonly unknown[]; source: string; encoding?: string; url?: string }[] = [];
    const failures: LoadFailure[] = [];
    // Known before anything loads: the demo badge shows with the loading state (no jump after).
    const demo = this.given === undefined && !this.src?.trim() && inlineJson(this) === undefined;
    this.demo = demo;
    if (this.given !== undefined) {
      inputs.push({ rows: this.given, source: 'structures' });
    } else if (this.src?.trim()) {
      const urls = this.src.trim().split(/\s+/).slice(0, 20);
      const { fetchText } = await loadJson();
      const texts = await Promise.all(urls.map((url) => fetchText(url, lang, this.loadTimeout, true)));
      texts.forEach((text, i) => {
        if (!text.ok) return void failures.push(text);
        const { value, json, encoding } = text;
        inputs.push({ ...(json ? { json } : { text: value }), source: fileName(urls[i]!), url: urls[i]!, ...(encoding ? { encoding } : {}) });
      });
    } else {
      const inline = inlineJson(this);
      if (inline !== undefined) inputs.push({ text: inline, source: 'JSON' });
    }

    let structures: Structure[] = [];
    let details: PendingDetails | undefined;
    let mapShown: readonly Structure[] | undefined;
    const reports: SourceReport[] = [];
    let duplicates = 0;
    if (demo) {
      const { DEMO_STRUCTURES } = await import('../../data/demo-structures.js');
      structures = DEMO_STRUCTURES;
    } else if (inputs.length > 0) {
      const { readStructures, readObjectsInSlices, readJsonInSlices, mergeSources } = await readerModules();
      const read = [];
      // One source (nothing to merge): the detail fields are cleaned after the first list and map.
      const options = { deferDetails: inputs.length === 1 };
      // Large files are read in slices, each in a task under 50 ms.
      const { pause } = slices();
      for (const input of inputs) {
        const result = input.json
          ? await readJsonInSlices(input.json.value, input.source, options, pause)
          : input.text === undefined
            ? await readObjectsInSlices(input.rows as readonly unknown[], input.source, options, pause)
            : readStructures(input.text, input.source, options);
        if ('error' in result) {
          const { endsEarly, incomplete } = await loadJson();
          if (input.url && input.text !== undefined && endsEarly(input.text)) {
            failures.push(incomplete(input.url, lang));
            continue;
          }
          const message =
            result.error === 'empty'
              ? finderMsg(lang, 'emptyFile', { source: input.source })
              : finderMsg(lang, 'unknownFormat', { source: input.source });
          // The reader's technical explanation goes with the issues, as for schema errors.
          failures.push(failure('data', message, [{ path: input.source, message: result.detail }]));
          continue;
        }
        read.push(result);
        reports.push({
          source: input.source,
          format: result.format,
          count: result.structures.length,
          skipped: result.skipped,
          ...(input.encoding ? { encoding: input.encoding } : {}),
        });
      }
      // Duplicates are looked for between sources; one file is taken as its owner wrote it.
      details = read.length === 1 ? read[0]!.details : undefined;
      if (read.length > 1) {
        const merged = mergeSources(read);
        structures = merged.structures;
        duplicates = merged.duplicates;
      } else {
        structures = read[0]?.structures ?? [];
      }
      // The map's first clusters are counted now, in slices, for what it will show first: every
      // structure, or those the filters already set (`themes`) keep. The first list is drawn in a
      // task of its own.
      if (structures.length > 500) {
        const f = this.currentFilters;
        if (f.themes.length > 0 || f.types.length > 0 || f.free) {
          const kept: Structure[] = [];
          for (let i = 0; i < structures.length; i++) {
            if (matches(structures[i]!, f)) kept.push(structures[i]!);
            if ((i & 2047) === 2047) await pause();
          }
          mapShown = kept;
        } else {
          mapShown = structures;
        }
        // "Ouvert maintenant" needs the opening hours, which come later.
        if (!f.openNow) await prepareMap(mapShown, pause);
        await yieldTask();
      }
    }
    if (token !== this.loadToken) return;
    this.byName = undefined;
    this.byNameItems = undefined;
    this.nameKeys = undefined;
    this.all = structures;
    this.details = details;
    this.mapShown = mapShown;
    if (details) this.scheduleDetails(details);
    this.demo = demo;
    this.reports = reports;
    this.duplicates = duplicates;
    this.failures = failures;
    this.loading = false;
    this.shownCount = PAGE;
    this.openCache.clear();
    if (failures.length > 0) this.reportFailure(failures.length === 1 ? failures[0]! : combine(failures));
    // The opening-hours package (115 KB gzip) is parsed after the first list and map are drawn.
    if (structures.some((s) => s.hours)) {
      void this.updateComplete.then(() => afterPaint(() => void this.loadHours()));
    }
  }

  private async loadHours(): Promise<void> {
    if (this.hours || this.hoursLoading) return;
    this.hoursLoading = true;
    const hours = await import('../../core/opening-hours.js');
    // The package's first uses are slow: done a step per idle moment before the statuses show.
    // The zones of at most 2,000 structures spread over the file: all 100,000 took a task of 50–90 ms.
    // A zone missed here is set up on its first use.
    const zones = new Set<string>();
    const stride = Math.ceil(this.all.length / 2000);
    for (let i = 0; i < this.all.length && zones.size < 8; i += stride) zones.add(timeZoneOf(this.all[i]!));
    for (const step of hours.warmUpSteps(zones)) {
      await new Promise<void>((resolve) => whenIdle(resolve));
      step();
    }
    this.hours = hours;
    this.openCache.clear();
    this.hoursReady = true;
  }

  /**
   * A list item's status from the cache; one not computed yet is computed on an idle moment (its
   * line stays blank until then), so that a filter change or a new page does not wait for the
   * opening-hours parser (10 ms and more for new hours right after a garbage collection).
   */
  private listStatus(structure: Structure): OpeningStatus | undefined {
    if (!this.hours) return undefined;
    const status = this.openCache.get(statusKey(structure));
    if (status) return status;
    this.pendingStatuses.add(structure);
    if (!this.statusTask) this.statusTask = whenIdle(() => this.fillStatuses());
    return undefined;
  }

  /** Statuses of the items waiting for theirs, in slices of a few milliseconds; then a render. */
  private fillStatuses(): void {
    this.statusTask = 0;
    const until = performance.now() + 8;
    for (const structure of this.pendingStatuses) {
      this.pendingStatuses.delete(structure);
      this.statusOf(structure);
      if (performance.now() > until) break;
    }
    if (this.pendingStatuses.size > 0) this.statusTask = whenIdle(() => this.fillStatuses());
    this.requestUpdate();
  }

  private statusOf(structure: Structure): OpeningStatus | undefined {
    if (!this.hours) return undefined;
    const zone = timeZoneOf(structure);
    const key = statusKey(structure, zone);
    let status = this.openCache.get(key);
    if (!status) {
      status = this.hours.openingStatus(structure.hours, zone);
      this.openCache.set(key, status);
    }
    return status;
  }

  // ——— places ———

  private placeSearcher(): Promise<PlaceSearch> {
    this.placeSearch ??= import('../../data/communes.js').then(async (communes) => {
      const search = communes.createCommuneSearch(await communes.loadCommuneIndex());
      return (query: string) =>
        search(query).map((m) => ({ label: m.label, lat: m.commune.lat, lon: m.commune.lon, approximate: m.commune.approximate }));
    });
    this.placeSearch.catch(() => (this.placeSearch = undefined));
    return this.placeSearch;
  }

  private onQueryInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.placeMessage = '';
    if (this.geocoder !== 'local') {
      this.suggestions = [];
      return;
    }
    const query = this.query;
    void this.placeSearcher().then((search) => {
      if (query !== this.query) return;
      this.suggestions = query.trim().length >= 2 ? search(query).slice(0, 8) : [];
      this.activeSuggestion = -1;
      if (this.suggestions.length > 0) {
        this.announce(finderMsg(this.language, 'suggestions', { count: this.suggestions.length }));
      }
    });
  }

  private onQueryKeydown(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    if (event.key === 'ArrowDown' && count > 0) {
      this.activeSuggestion = (this.activeSuggestion + 1) % count;
    } else if (event.key === 'ArrowUp' && count > 0) {
      this.activeSuggestion = this.activeSuggestion <= 0 ? count - 1 : this.activeSuggestion - 1;
    } else if (event.key === 'Escape' && count > 0) {
      this.suggestions = [];
      this.activeSuggestion = -1;
    } else if (event.key === 'Enter' && this.activeSuggestion >= 0) {
      this.choosePlace(this.suggestions[this.activeSuggestion]!);
    } else {
      return;
    }
    event.preventDefault();
  }

  private onSearchSubmit(event: Event): void {
    event.preventDefault();
    void this.searchPlace(this.query, false);
  }

  /** Resolve a query (town, postcode, INSEE code, `lat,lon`) to a place, or offer a choice. */
  private async searchPlace(query: string, quiet: boolean): Promise<void> {
    const lang = this.language;
    const trimmed = query.trim();
    if (!trimmed) return;
    const point = parseLatLon(trimmed);
    if (point) {
      this.setOrigin({ label: trimmed, lat: point.lat, lon: point.lon });
      return;
    }
    let places: Place[];
    if (this.geocoder === 'local' || !this.geocoder) {
      places = (await this.placeSearcher())(trimmed);
    } else {
      const { geocodeUrl, searchPlaces } = await import('../../core/geo/geoplateforme.js');
      const found = await searchPlaces(geocodeUrl(this.geocoder, trimmed));
      if (!found.ok) {
        this.placeMessage =
          found.reason === 'no-match'
            ? finderMsg(lang, 'noMatch', { query: trimmed })
            : finderMsg(lang, 'geocoderError', { detail: found.detail ?? found.reason });
        this.announce(this.placeMessage);
        return;
      }
      places = found.places.map((p) => ({ label: p.label, lat: p.lat, lon: p.lon }));
    }
    if (places.length === 0) {
      this.placeMessage = finderMsg(lang, 'noMatch', { query: trimmed });
      this.suggestions = [];
      this.announce(this.placeMessage);
      return;
    }
    const exact = places.filter((p) => normalize(p.label).startsWith(normalize(trimmed)) && samePlaceName(p.label, trimmed));
    if (places.length === 1 || (quiet && places.length > 0) || exact.length === 1) {
      this.choosePlace(exact.length === 1 ? exact[0]! : places[0]!);
      return;
    }
    this.suggestions = places.slice(0, 8);
    this.activeSuggestion = -1;
    this.placeMessage = finderMsg(lang, 'choosePlace');
    this.announce(this.placeMessage);
  }

  private choosePlace(place: Place): void {
    this.geoRequest++;
    this.query = place.label;
    this.suggestions = [];
    this.activeSuggestion = -1;
    this.placeMessage = place.approximate ? `${place.label} : ${finderMsg(this.language, 'approximate')}` : '';
    this.setOrigin(place);
  }

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

  private locate(): void {
    const lang = this.language;
    if (!navigator.geolocation) {
      this.placeMessage = finderMsg(lang, 'geoUnavailable');
      this.announce(this.placeMessage);
      return;
    }
    this.placeMessage = finderMsg(lang, 'locating');
    this.announce(this.placeMessage);
    const request = ++this.geoRequest;
    const fail = (key: string) => {
      window.clearTimeout(giveUp);
      if (request !== this.geoRequest) return;
      this.geoRequest++;
      this.placeMessage = finderMsg(this.language, key);
      this.announce(this.placeMessage);
    };
    const giveUp = window.setTimeout(() => fail('geoTimeout'), GEO_GIVE_UP_MS);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        window.clearTimeout(giveUp);
        if (request !== this.geoRequest) return;
        this.placeMessage = '';
        this.query = '';
        this.setOrigin({
          label: finderMsg(this.language, 'myPosition'),
          lat: position.coords.latitude,
          lon: position.coords.longitude,
        });
      },
      (error) => fail(error.code === 1 ? 'geoDenied' : error.code === 3 ? 'geoTimeout' : 'geoUnavailable'),
      { timeout: GEO_TIMEOUT_MS, maximumAge: 60_000 },
    );
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
    if (kind === 'openNow' && on && !this.hours) {
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
    const count = this.result.items.length;
    if (count === 0) return finderMsg(lang, 'noResults');
    if (this.result.fallback) return finderMsg(lang, 'fallback', { radius: formatNumber(this.radiusKm, lang) });
    if (this.origin) {
      return finderMsg(lang, 'countNear', { count: formatNumber(count, lang), radius: formatNumber(this.radiusKm, lang), place: this.origin.label });
    }
    return finderMsg(lang, 'countAll', { count: formatNumber(count, lang) });
  }

  private select(id: string, openDetail: boolean, fromMap = false): void {
    const structure = this.all.find((s) => s.id === id);
    if (!structure) return;
    this.completeDetails();
    this.selectedId = id;
    // From the list: bring the structure into view on the map, out of any cluster.
    if (!fromMap && structure.positionWarning !== 'outside-france') this.map?.focusOn(structure.lat, structure.lon, 12);
    if (openDetail) {
      this.detailId = id;
      this.focusAfter = 'detail';
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
    const target = this.focusAfter;
    if (!target) return;
    this.focusAfter = null;
    if (target === 'detail') this.renderRoot.querySelector<HTMLElement>('[data-detail-heading]')?.focus();
    else if (target.startsWith('item:')) {
      const id = target.slice(5);
      const button = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[data-structure-id]')).find(
        (b) => b.dataset.structureId === id,
      );
      button?.focus();
    } else if (target === 'more') {
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.shownCount - PAGE}"]`)?.focus();
    }
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const lang = this.language;
    return html`<div class="finder">
      ${this.renderSearch(lang)}
      ${this.failures.length > 0 && this.failure ? renderError(this.failure, lang, () => void this.load()) : nothing}
      ${this.renderNotices(lang)}
      <div class="columns">
        <section class=${this.loading ? 'results waiting' : 'results'} aria-labelledby="results-title">
          ${this.detailId ? this.renderDetail(lang) : this.renderList(lang)}
        </section>
        <section class="map-column" aria-label=${finderMsg(lang, 'mapTitle')}>
          <cap-finder-map
            exportparts="map, attribution, button"
            .structures=${this.mapStructures}
            .selectedId=${this.selectedId}
            .origin=${this.origin}
            .radiusKm=${this.origin && !this.result.fallback ? this.radiusKm : undefined}
            .tiles=${this.tiles}
            .language=${lang}
            .onSelect=${(id: string) => this.select(id, true, true)}
          ></cap-finder-map>
        </section>
      </div>
      ${this.geocoder === 'local' || !this.geocoder ? html`<p class="credits">${COMMUNES_CREDITS}.</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderSearch(lang: Lang): TemplateResult {
    const open = this.suggestions.length > 0;
    const active = this.activeSuggestion >= 0 ? `suggestion-${this.activeSuggestion}` : undefined;
    return html`<form class="search" part="search" role="search" @submit=${this.onSearchSubmit}>
      <label for="place">${finderMsg(lang, 'searchLabel')}</label>
      <p class="hint" id="place-hint">${finderMsg(lang, 'searchHint')}</p>
      <div class="search-row">
        <div class="combobox">
          <input
            id="place"
            part="input"
            type="text"
            autocomplete="off"
            spellcheck="false"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="suggestions"
            aria-activedescendant=${active ?? nothing}
            aria-describedby="place-hint place-message"
            .value=${this.query}
            @input=${this.onQueryInput}
            @focus=${() => this.geocoder === 'local' && void this.placeSearcher()}
            @keydown=${this.onQueryKeydown}
          />
          <ul id="suggestions" part="suggestions" role="listbox" aria-label=${finderMsg(lang, 'searchLabel')} ?hidden=${!open}>
            ${this.suggestions.map(
              (place, i) => html`<li
                id=${`suggestion-${i}`}
                role="option"
                aria-selected=${i === this.activeSuggestion ? 'true' : 'false'}
                @click=${() => this.choosePlace(place)}
              >
                ${place.label}${place.approximate ? html`<span class="muted">${` (${finderMsg(lang, 'approximate')})`}</span>` : nothing}
              </li>`,
            )}
          </ul>
        </div>
        <button type="submit" class="button" part="button">${finderMsg(lang, 'search')}</button>
        <button type="button" class="button secondary" part="button" @click=${this.locate}>${finderMsg(lang, 'aroundMe')}</button>
      </div>
      <p class="place-message" id="place-message">${this.placeMessage}</p>
    </form>`;
  }

  private renderNotices(lang: Lang): TemplateResult | typeof nothing {
    const skippedTotal = this.reports.reduce((sum, r) => sum + sumValues(r.skipped), 0);
    const encodings = this.reports.filter((r) => r.encoding);
    const attributes = this.attributeProblems(lang);
    if (!this.demo && skippedTotal === 0 && this.duplicates === 0 && this.reports.length <= 1 && encodings.length === 0 && attributes.length === 0) {
      return nothing;
    }
    return html`<div class="notices" part="notice">
      ${attributes.length > 0
        ? html`<div role="alert">${attributes.map((a) => html`<p class="warning">${a.text}</p>`)}</div>`
        : nothing}
      ${this.demo ? html`<p class="demo-badge"><strong>${finderMsg(lang, 'demoData')}</strong></p>` : nothing}
      ${encodings.map((r) => html`<p class="warning">${finderMsg(lang, 'readAsWindows1252', { source: r.source })}</p>`)}
      ${this.reports.length > 0 && (skippedTotal > 0 || this.duplicates > 0 || this.reports.length > 1)
        ? html`<details class="data-report">
            <summary>
              ${skippedTotal > 0
                ? finderMsg(lang, 'skipped', { count: formatNumber(skippedTotal, lang), reasons: reasonsText(mergeSkipped(this.reports), lang) })
                : finderMsg(lang, 'dataReport')}
            </summary>
            <ul>
              ${this.reports.map(
                (r) => html`<li>
                  ${finderMsg(lang, 'sourceLine', { source: r.source, count: formatNumber(r.count, lang), format: r.format ?? '?' })}
                  ${sumValues(r.skipped) > 0
                    ? html`<br />${finderMsg(lang, 'skippedIn', { source: r.source, count: formatNumber(sumValues(r.skipped), lang), reasons: reasonsText(r.skipped, lang) })}`
                    : nothing}
                </li>`,
              )}
              ${this.duplicates > 0 ? html`<li>${finderMsg(lang, 'duplicates', { count: this.duplicates })}</li>` : nothing}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }

  private renderFilters(lang: Lang): TemplateResult {
    const f = this.currentFilters;
    const active = f.themes.length + f.types.length + (f.openNow ? 1 : 0) + (f.free ? 1 : 0);
    if (active > 0) this.filterBody = true;
    return html`<details class="filters" part="filters" ?open=${active > 0}>
      <summary>${finderMsg(lang, 'filters')}${active > 0 ? ` (${finderMsg(lang, 'activeFilters', { count: active })})` : ''}</summary>
      ${this.filterBody ? this.renderFilterBody(f, active, lang) : nothing}
    </details>`;
  }

  private renderFilterBody(f: Filters, active: number, lang: Lang): TemplateResult {
    return html`<div class="filter-body">
        <fieldset>
          <legend>${finderMsg(lang, 'themeFilter')}</legend>
          ${SUPPORT_THEMES.map(
            (id) => html`<label class="check"
              ><input type="checkbox" .checked=${f.themes.includes(id)} @change=${(e: Event) => this.toggleFilter('themes', id, (e.target as HTMLInputElement).checked)} />
              ${localize(THEME_LABELS[id], lang)}</label
            >`,
          )}
        </fieldset>
        <fieldset>
          <legend>${finderMsg(lang, 'typeFilter')}</legend>
          ${STRUCTURE_TYPES.map(
            (id) => html`<label class="check"
              ><input type="checkbox" .checked=${f.types.includes(id)} @change=${(e: Event) => this.toggleFilter('types', id, (e.target as HTMLInputElement).checked)} />
              ${localize(TYPE_LABELS[id], lang)}</label
            >`,
          )}
        </fieldset>
        <div class="flags">
          <label class="check"><input type="checkbox" .checked=${f.openNow} @change=${(e: Event) => this.setFlag('openNow', (e.target as HTMLInputElement).checked)} /> ${finderMsg(lang, 'openNow')}</label>
          <label class="check"><input type="checkbox" .checked=${f.free} @change=${(e: Event) => this.setFlag('free', (e.target as HTMLInputElement).checked)} /> ${finderMsg(lang, 'freeOnly')}</label>
          <button type="button" class="button link" part="button" @click=${this.resetFilters} ?disabled=${active === 0}>${finderMsg(lang, 'resetFilters')}</button>
        </div>
      </div>`;
  }

  private renderList(lang: Lang): TemplateResult {
    const items = this.result.items;
    const shown = items.slice(0, this.shownCount);
    return html`<h2 id="results-title" class="results-title">${finderMsg(lang, 'resultsTitle')}</h2>
      ${this.renderFilters(lang)}
      ${this.loading
        ? html`<p aria-busy="true">${finderMsg(lang, 'loadingData')}</p>`
        : this.all.length === 0 && this.failures.length > 0
          ? nothing
          : html`${!this.origin ? html`<p class="prompt">${finderMsg(lang, 'promptPlace')}</p>` : nothing}
            <p class=${this.result.fallback ? 'count fallback' : 'count'}>${this.countText(lang)}</p>
            <ol class="result-list" part="list">
              ${shown.map(({ structure: s, distanceKm }, i) => this.renderItem(s, distanceKm, i, lang))}
            </ol>
            ${items.length > shown.length
              ? html`<p class="more">
                  <span>${finderMsg(lang, 'shown', { shown: shown.length, total: formatNumber(items.length, lang) })}</span>
                  <button
                    type="button"
                    class="button secondary"
                    part="button"
                    @click=${() => {
                      this.shownCount += PAGE;
                      if (!this.byName && !this.origin) this.sortedByName();
                      this.focusAfter = 'more';
                    }}
                  >
                    ${finderMsg(lang, 'showMore', { count: Math.min(PAGE, items.length - shown.length) })}
                  </button>
                </p>`
              : nothing}`}`;
  }

  private renderItem(s: Structure, distanceKm: number | undefined, index: number, lang: Lang): TemplateResult {
    const status = s.hours ? this.listStatus(s) : undefined;
    const types = s.types.map((t) => localize(TYPE_LABELS[t], lang)).join(', ');
    const themes = s.themes.map((t) => localize(THEME_LABELS[t], lang)).join(', ');
    return html`<li part="list-item" class=${s.id === this.selectedId ? 'item selected' : 'item'}>
      <h3 class="item-title">
        <button
          type="button"
          class="item-button"
          data-structure-id=${s.id}
          data-index=${index}
          aria-label=${finderMsg(lang, 'details', { name: s.name })}
          @click=${() => this.select(s.id, true)}
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
          ? // The opening-hours chunk comes after the first draw, and a status is computed on an idle
            // moment: the line is kept blank until then, so the items below do not move.
            html`<p class="item-status" aria-hidden="true">&nbsp;</p>`
          : nothing}
      ${s.positionWarning ? html`<p class="warning">${finderMsg(lang, `warning-${s.positionWarning}`)}</p>` : nothing}
    </li>`;
  }

  private renderDetail(lang: Lang): TemplateResult {
    this.completeDetails();
    const s = this.all.find((x) => x.id === this.detailId);
    if (!s) return this.renderList(lang);
    const found = this.result.items.find((i) => i.structure.id === s.id);
    const zone = timeZoneOf(s);
    const week = s.hours && this.hours ? this.hours.weekTable(s.hours, zone) : undefined;
    const status = s.hours ? this.statusOf(s) : undefined;
    const route = `https://www.openstreetmap.org/directions?to=${s.lat.toFixed(5)}%2C${s.lon.toFixed(5)}`;
    return html`<article class="detail" part="detail">
      <button type="button" class="button link back" part="button" @click=${this.closeDetail}>← ${finderMsg(lang, 'back')}</button>
      <h2 id="results-title" tabindex="-1" data-detail-heading>${s.name}</h2>
      <p class="item-meta">
        ${s.types.length ? html`<span>${s.types.map((t) => localize(TYPE_LABELS[t], lang)).join(', ')}</span>` : nothing}
        ${found?.distanceKm !== undefined ? html`<span class="distance">${formatDistance(found.distanceKm, lang)}</span>` : nothing}
      </p>
      ${s.positionWarning ? html`<p class="warning">${finderMsg(lang, `warning-${s.positionWarning}`)}</p>` : nothing}
      ${s.description ? html`<p class="description">${s.description}</p>` : nothing}
      <dl>
        ${s.themes.length
          ? html`<dt>${finderMsg(lang, 'themes')}</dt><dd>${s.themes.map((t) => localize(THEME_LABELS[t], lang)).join(', ')}</dd>`
          : nothing}
        ${s.address || s.city
          ? html`<dt>${finderMsg(lang, 'address')}</dt><dd>${[s.address, [s.postcode, s.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</dd>`
          : nothing}
        ${s.free !== undefined ? html`<dt>${finderMsg(lang, 'price')}</dt><dd>${finderMsg(lang, s.free ? 'free' : 'paid')}</dd>` : nothing}
        ${s.phone ? html`<dt>${finderMsg(lang, 'phone')}</dt><dd><a href=${`tel:${s.phone.replace(/[^\d+]/g, '')}`}>${s.phone}</a></dd>` : nothing}
        ${s.email && /^[^\s@<>]+@[^\s@<>]+$/.test(s.email) ? html`<dt>${finderMsg(lang, 'email')}</dt><dd><a href=${`mailto:${s.email}`}>${s.email}</a></dd>` : nothing}
        ${s.website && isHttp(s.website) ? html`<dt>${finderMsg(lang, 'website')}</dt><dd><a href=${s.website} rel="noopener noreferrer" target="_blank">${s.website} <span class="visually-hidden">${finderMsg(lang, 'newTab')}</span></a></dd>` : nothing}
        ${s.appointmentUrl && isHttp(s.appointmentUrl) ? html`<dt>${finderMsg(lang, 'appointment')}</dt><dd><a href=${s.appointmentUrl} rel="noopener noreferrer" target="_blank">${finderMsg(lang, 'appointmentLink')} <span class="visually-hidden">${finderMsg(lang, 'newTab')}</span></a></dd>` : nothing}
        ${s.accessibility
          ? html`<dt>${finderMsg(lang, 'accessibility')}</dt><dd>${isHttp(s.accessibility)
              ? html`<a href=${s.accessibility} rel="noopener noreferrer" target="_blank">${finderMsg(lang, 'accessibilityLink')} <span class="visually-hidden">${finderMsg(lang, 'newTab')}</span></a>`
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
          ${finderMsg(lang, 'route')} <span class="visually-hidden">${finderMsg(lang, 'newTab')}</span>
        </a>
      </p>
    </article>`;
  }
}

/**
 * Work deferred from the first draw: on an idle moment after the next frame is painted (the map
 * takes its size and draws its clusters in that frame, a ResizeObserver callback), so that it
 * never delays that frame, nor a click or a keystroke that comes first.
 */
function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => whenIdle(callback)));
}

let readers: Promise<typeof import('../../core/structures/reading.js')> | undefined;

/** Fetching files (a chunk shared with the quiz), only for `src`. */
const loadJson = () => import('../shared/load-json.js');

/** The readers' chunk, loaded once. */
function readerModules() {
  readers ??= import('../../core/structures/reading.js');
  // A failed load (the network) is tried again next time.
  readers.catch(() => (readers = undefined));
  return readers;
}

/** A list item without a place, with its themes and types as bits (see `bitsOf`). */
interface ListItem extends FoundStructure {
  themeBits: number;
  typeBits: number;
}

/** A list of vocabulary values as bits, or -1 when one is not in the vocabulary. */
function bitsOf(values: readonly string[], vocabulary: readonly string[]): number {
  let bits = 0;
  for (let i = 0; i < values.length; i++) {
    const at = vocabulary.indexOf(values[i]!);
    if (at < 0) return -1;
    bits |= 1 << at;
  }
  return bits;
}

/** Order by `nameKey` (the sort by name, for a few structures at a time). */
function byNameKey(a: Structure, b: Structure): number {
  const ka = nameKey(a.name);
  const kb = nameKey(b.name);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function fileName(url: string): string {
  const clean = url.split(/[?#]/)[0]!;
  return decodeURIComponent(clean.slice(clean.lastIndexOf('/') + 1) || clean).slice(0, 80);
}

function combine(failures: LoadFailure[]): LoadFailure {
  return failure(
    failures.some((f) => f.kind === 'network') ? 'network' : 'data',
    failures.map((f) => f.message).join(' '),
    failures.flatMap((f) => f.issues),
  );
}

function sumValues(record: Partial<Record<string, number>>): number {
  return Object.values(record).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

function mergeSkipped(reports: SourceReport[]): Partial<Record<string, number>> {
  const total: Partial<Record<string, number>> = {};
  for (const r of reports) for (const [k, v] of Object.entries(r.skipped)) total[k] = (total[k] ?? 0) + (v ?? 0);
  return total;
}

function reasonsText(skipped: Partial<Record<string, number>>, lang: Lang): string {
  return Object.entries(skipped)
    .filter(([, n]) => (n ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([reason, count]) => finderMsg(lang, `reason-${reason}`, { count: formatNumber(count ?? 0, lang) }))
    .join(', ');
}

function isHttp(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function normalize(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function samePlaceName(label: string, query: string): boolean {
  return normalize(label.replace(/\s*\(.*\)$/, '')) === normalize(query);
}

/** The place's time zone: its department's (overseas departments have their own), else Paris. */
/** Add or remove a custom state; browsers without custom states keep none (never throws). */
function setState(internals: ElementInternals | undefined, state: string, on: boolean): void {
  try {
    const states = internals?.states;
    if (on) states?.add(state);
    else states?.delete(state);
  } catch {
    // An older engine that only accepts "--state" names: the state is cosmetic, go without.
  }
}

/** The key of a structure's status in the cache: its time zone and hours. */
function statusKey(s: Structure, zone = timeZoneOf(s)): string {
  return `${zone}\u0000${s.hours ?? ''}`;
}

function timeZoneOf(s: Structure): string {
  const code = s.inseeCode ?? s.postcode ?? '';
  const department = code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
  if (department) return departmentTimeZone(department);
  if (s.lon < -40) return s.lat > 10 ? (s.lat > 15.5 ? 'America/Guadeloupe' : 'America/Martinique') : 'America/Cayenne';
  if (s.lon > 50) return 'Indian/Reunion';
  if (s.lon > 40) return 'Indian/Mayotte';
  return 'Europe/Paris';
}

declare global {
  interface HTMLElementTagNameMap {
    'cap-support-finder': CapSupportFinder;
  }
  interface HTMLElementEventMap {
    'cap-finder-search': CustomEvent<FinderSearchDetail>;
    'cap-finder-select': CustomEvent<FinderSelectDetail>;
  }
}
