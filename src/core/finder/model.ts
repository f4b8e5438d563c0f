/**
 * The support finder's data, without the DOM: sources → reading → merging → an index (every
 * structure, their sort by name, the map's first cells) → the results for a set of filters and a
 * place. The element `<cap-support-finder>` fetches the files and draws what this hands back.
 *
 * Long work is cut into slices so that no task on the host page runs long; the scheduler that
 * decides when a slice runs (idle moments, task boundaries) is given by the caller, so that this
 * module runs as well in Node as in a browser.
 */
import { runToEnd, runWithPauses } from '../steps.js';
import { firstPageByName, nameKey, nameKeys, sortByName, sortByNameInSteps } from '../structures/by-name.js';
import { STRUCTURE_TYPES, type ReadResult, type Structure } from '../structures/model.js';
import type { PendingDetails, ReadError } from '../structures/readers/index.js';
import { findStructures, matches, type Filters, type FindResult, type FoundStructure, type Origin } from '../structures/search.js';
import { SUPPORT_THEMES } from '../vocabulary.js';
import { countCellsInSteps, type MapCells } from './map-cells.js';
import type { Positions } from './near.js';

/** When the model's slices of work run. */
export interface FinderScheduler {
  /** Calls back on an idle moment. */
  idle(callback: () => void): void;
  /** A clock in milliseconds, for slices of work. */
  now(): number;
  /** Slices for one long job: `pause()` gives a promise to wait for once a slice has run long enough. */
  slices(): { pause: () => Promise<void> | undefined };
  /** Lets what is waiting run before going on (a task of its own). */
  yieldTask(): Promise<void>;
}

/** The readers' module (a lazy chunk in the browser: the caller says how to get it). */
export type Readers = typeof import('../structures/reading.js');

/** One source of structures, as fetched or handed over. */
export interface SourceInput {
  /** A file's text (formats are detected). */
  text?: string;
  /** A JSON file already parsed (while it downloaded). */
  json?: { value: unknown };
  /** Rows handed to the element's `structures` property. */
  rows?: readonly unknown[];
  /** The name shown in reports and messages (a file name, `structures`, `JSON`). */
  source: string;
  /** Set when the file was not UTF-8 and was read as Windows-1252. */
  encoding?: string;
  url?: string;
}

/**
 * What became of one source's rows (the `cap-finder-load` event's detail lists one per source):
 * `read` = `shown` + `pending` + every `skipped` count.
 */
export interface SourceReport {
  /** The file's name (or `structures`, `JSON`). */
  source: string;
  format?: string;
  /** Rows read. */
  read: number;
  /** Structures listed from it: with their own position, and placed at their commune (`approximate`). */
  shown: number;
  /** Rows without coordinates placed at their commune's centre. */
  approximate: number;
  /** Rows without coordinates waiting for their commune (placed after the first list). */
  pending: number;
  /** Positions kept but far from their own commune's centre (« position à vérifier »). */
  far: number;
  /** Rows skipped, by reason (`duplicate`: same name and place in the file, merged). */
  skipped: Partial<Record<string, number>>;
  /** Fields present in the file but not used, with the number of rows where they hold a value. */
  unusedFields: Record<string, number>;
  /** data·inclusion services whose structure is not in the file. */
  servicesWithoutStructure: number;
  /** Set when the file was not UTF-8 and was read as Windows-1252. */
  encoding?: string;
}

/** One source as read: its structures (before any merge) and those waiting for a position. */
export interface ReadSource {
  structures: readonly Structure[];
  unplaced: readonly Structure[];
}

/** A source that could not be read, and why (the caller words the message). */
export interface Unread extends ReadError {
  input: SourceInput;
}

export interface Loaded {
  structures: readonly Structure[];
  reports: SourceReport[];
  /** Structures found in more than one source, kept once. */
  duplicates: number;
  unread: Unread[];
}

export interface LoadOptions {
  inputs: readonly SourceInput[];
  /** The readers, loaded on demand. */
  readers: () => Promise<Readers>;
  /** The demo data: used when there is no input at all. */
  demo?: () => Promise<readonly Structure[]>;
  /**
   * The filters the first list will use: the map's first cells are counted for the structures they
   * keep, while the data is read.
   */
  filters: Filters;
}

export interface ResultsQuery {
  filters: Filters;
  origin?: Origin | undefined;
  radiusKm: number;
  /** The "ouvert maintenant" answer, once the opening hours are there. */
  isOpen?: ((s: Structure) => boolean) | undefined;
  /** A value that changes when `isOpen`'s answers do (the opening hours arrived). */
  openKey?: unknown;
  /** Only the first page is to be shown: without a place, the rest need not be in order yet. */
  firstPageOnly: boolean;
  /** Items the view draws ahead of the list's first page (first contacts): that many more in order. */
  ahead?: number;
}

export interface FinderResults extends FindResult {
  /** False when only the first `page` items are in order by name (the rest come once sorted). */
  sorted: boolean;
  /** What the map shows: the listed structures, and their cells when they were counted ahead. */
  map: { structures: readonly Structure[]; cells?: MapCells | undefined };
}

/** A list item without a place, with its themes and types as bits (see `bitsOf`). */
interface ListItem extends FoundStructure {
  themeBits: number;
  typeBits: number;
}

const EMPTY: FinderResults = { items: [], fallback: false, sorted: true, map: { structures: [] } };

/** Structures above which the map's cells are counted while reading (below, the map counts them at once). */
const CELLS_AHEAD = 500;

export class FinderModel {
  /** Every structure, merged, in the data's order. */
  all: readonly Structure[] = [];
  /** Each source as read (none for the demo data): what placement.ts places and checks. */
  sources: readonly ReadSource[] = [];
  /** How many structures a page of the list shows. */
  readonly page: number;
  private readonly scheduler: FinderScheduler;
  /** Bumped by each load (and `cancel`): a load overtaken by another hands back nothing. */
  private loads = 0;
  /** Detail fields of the structures not cleaned yet (see `cleanDetails`). */
  declare private details: PendingDetails | undefined;
  /** The map's first cells, and the filters of the structures they count. */
  declare private cells: { cells: MapCells; filters: Filters } | undefined;
  /** Every structure sorted by name (in idle steps after the first list, or at once when needed). */
  declare private byName: Structure[] | undefined;
  /** `byName` as list items, made once: a filter change without a place picks from them. */
  declare private byNameItems: ListItem[] | undefined;
  /** Sort keys of `all` (same order), computed once per load. */
  declare private keys: string[] | undefined;
  /** The structures whose idle sort by name was started. */
  declare private sortStarted: readonly Structure[] | undefined;
  /** The sort by name under way on idle moments, and the structures it sorts. */
  declare private sortSteps: { all: readonly Structure[]; steps: Generator<undefined, Structure[], undefined> } | undefined;
  /** The one file read, whose places listed twice are still to be merged (see `mergeWithinFile`). */
  declare private unmerged: { result: ReadResult; merge: Readers['mergeDuplicates'] } | undefined;
  /** The positions of `all` in typed arrays, for the search near a place (see near.ts). */
  declare private positions: Positions | undefined;
  /** The last results and what they were made from (see `results`). */
  declare private last: { inputs: unknown[]; results: FinderResults } | undefined;

  constructor(scheduler: FinderScheduler, page = 20) {
    this.scheduler = scheduler;
    this.page = page;
  }

  /**
   * Structures placed since the load (at their commune's centre) join the others: the sort by
   * name, the list and the map's cells are made again.
   */
  addStructures(placed: readonly Structure[]): void {
    if (placed.length > 0) this.replaceAll([...this.all, ...placed]);
  }

  /** Structures changed after the load: what was made from the old ones is made again. */
  private replaceAll(all: readonly Structure[]): void {
    this.all = all;
    this.cells = this.byName = this.byNameItems = this.keys = this.sortSteps = this.last = undefined;
  }

  /** Any load under way hands back nothing (a newer one is coming). */
  cancel(): void {
    this.loads++;
  }

  /**
   * Read the sources (large ones in slices), merge them when there are several (duplicates removed)
   * or take the demo data when there are none, and count the map's first cells. The structures
   * replace the previous ones, unless another load or `cancel` came meanwhile (then: undefined).
   */
  async load(options: LoadOptions): Promise<Loaded | undefined> {
    const load = ++this.loads;
    const { inputs, filters } = options;
    const reports: SourceReport[] = [];
    const unread: Unread[] = [];
    let structures: readonly Structure[] = [];
    let details: PendingDetails | undefined;
    let duplicates = 0;
    let cells: MapCells | undefined;
    let positions: Positions | undefined;
    let sources: ReadSource[] = [];
    let unmerged: typeof this.unmerged;
    if (inputs.length === 0 && options.demo) {
      structures = await options.demo();
    } else if (inputs.length > 0) {
      const readers = await options.readers();
      const { readTextInSlices, readObjectsInSlices, readJsonInSlices, loadMerge } = readers;
      const read = [];
      // One source: the detail fields are cleaned, and the places it lists twice merged, after the
      // first list and map (`cleanDetailsWhenIdle`, `mergeWithinFile`).
      const one = inputs.length === 1;
      const readOptions = { deferDetails: one, deferDuplicates: one };
      // Large files are read in slices, each in a task under 50 ms.
      const { pause } = this.scheduler.slices();
      for (const input of inputs) {
        const result = input.json
          ? await readJsonInSlices(input.json.value, input.source, readOptions, pause)
          : input.text === undefined
            ? await readObjectsInSlices(input.rows ?? [], input.source, readOptions, pause)
            : await readTextInSlices(input.text, input.source, readOptions, pause);
        if ('error' in result) {
          unread.push({ input, error: result.error, detail: result.detail });
          continue;
        }
        read.push(result);
        const unplaced = result.unplaced ?? [];
        reports.push({
          source: input.source,
          format: result.format,
          read: result.total,
          shown: result.structures.length,
          approximate: 0,
          pending: unplaced.length,
          far: 0,
          skipped: { ...result.skipped },
          unusedFields: result.unusedFields ?? {},
          servicesWithoutStructure: result.servicesWithoutStructure ?? 0,
          ...(input.encoding ? { encoding: input.encoding } : {}),
        });
      }
      sources = read.map((r) => ({ structures: r.structures, unplaced: r.unplaced ?? [] }));
      // Duplicates are looked for between sources; one file is taken as its owner wrote it.
      details = read.length === 1 ? read[0]!.details : undefined;
      if (read.length > 1) {
        const { mergeSources } = await loadMerge();
        const merged = mergeSources(read);
        structures = merged.structures;
        duplicates = merged.duplicates;
      } else {
        structures = read[0]?.structures ?? [];
        if (one && read[0]) unmerged = { result: read[0], merge: readers.mergeDuplicates };
      }
      // The map's first clusters are counted now, in slices, for what it will show first: every
      // structure, or those the filters already set (`themes`) keep. "Ouvert maintenant" needs the
      // opening hours, which come later: the map counts its own then.
      if (structures.length > CELLS_AHEAD && !filters.openNow) {
        ({ cells, positions } = await this.countCells(structures, filters, pause));
        await this.scheduler.yieldTask();
      }
    }
    if (load !== this.loads) return undefined;
    this.all = structures;
    this.sources = sources;
    this.unmerged = unmerged;
    this.details = details;
    this.cells = cells ? { cells, filters } : undefined;
    this.positions = positions;
    this.byName = undefined;
    this.byNameItems = undefined;
    this.keys = undefined;
    this.sortSteps = undefined;
    this.last = undefined;
    return { structures, reports, duplicates, unread };
  }

  /**
   * The map's cells for the structures the filters keep, counted a slice at a time; when they keep
   * every structure, their positions are read for the search near a place at the same time.
   */
  private async countCells(structures: readonly Structure[], filters: Filters, pause: () => Promise<void> | undefined): Promise<{ cells: MapCells; positions?: Positions }> {
    let shown = structures;
    if (filters.themes.length > 0 || filters.types.length > 0 || filters.free) {
      const kept: Structure[] = [];
      for (let i = 0; i < structures.length; i++) {
        if (matches(structures[i]!, filters)) kept.push(structures[i]!);
        if ((i & 2047) === 2047) await pause();
      }
      shown = kept;
    }
    const n = structures.length;
    const positions = shown === structures ? { structures, lat: new Float64Array(n), lon: new Float64Array(n) } : undefined;
    const cells = await runWithPauses(countCellsInSteps(shown, positions), pause);
    return positions ? { cells, positions } : { cells };
  }

  /**
   * The list and the map for these filters and this place: with a place, the structures within
   * the radius, nearest first (or the nearest ones when none is); without, every match by name.
   * Made again only when an input changes (a recomputation over 20,000 structures costs a few
   * milliseconds); when the sort by name has finished since, the same structures in full order.
   */
  results(query: ResultsQuery): FinderResults {
    const { filters, origin, radiusKm, isOpen } = query;
    const inputs = [this.all, origin, radiusKm, filters, query.openKey, query.ahead ?? 0];
    const last = this.last;
    if (last && last.inputs.every((v, i) => v === inputs[i])) {
      if (last.results.sorted || !this.byName) return last.results;
      // Sorted since (in the background, or for "show more"): the same structures in full order;
      // the map keeps its structures.
      last.results = { items: this.listByName(filters, isOpen).items, fallback: false, sorted: true, map: last.results.map };
      return last.results;
    }
    let results: FinderResults;
    if (this.all.length === 0) {
      results = EMPTY;
    } else if (!origin && !this.byName && query.firstPageOnly) {
      // The first list without a place: only its first page needs the order by name.
      const first = firstPageByName(this.all, filters, isOpen, this.page + (query.ahead ?? 0));
      results = { items: first.items, fallback: false, sorted: false, map: { structures: first.structures, cells: this.cellsFor(filters) } };
    } else if (!origin) {
      const { items, structures } = this.listByName(filters, isOpen);
      results = { items, fallback: false, sorted: true, map: { structures } };
    } else {
      // Ties at the same distance in order by name (then in the data's order), as in the sort by name.
      const all = this.all;
      const keys = this.keys;
      const tie = (a: number, b: number) => {
        const ka = keys?.[a] ?? nameKey(all[a]!.name);
        const kb = keys?.[b] ?? nameKey(all[b]!.name);
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      };
      // The search near a place once its chunk and the positions are there (see `prepareNear`).
      const near = nearModule && this.positions?.structures === all ? nearModule.findNear(this.positions, { origin, radiusKm, filters, isOpen, tie }) : undefined;
      if (near) {
        this.last = { inputs, results: { items: near, fallback: false, sorted: true, map: { structures: near.map((i) => i.structure) } } };
        return this.last.results;
      }
      // None within reach (the nearest beyond are wanted), or the search near a place not ready yet.
      // Before the sort by name (done on an idle moment after the first draw), the structures as
      // they are, ties at the same distance put in order by name.
      const found = findStructures(this.byName ?? this.all, {
        origin,
        radiusKm,
        filters,
        ...(isOpen ? { isOpen } : {}),
        sorted: true,
        ...(this.byName ? {} : { tieBreak: byNameKey }),
      });
      results = { ...found, sorted: true, map: { structures: found.items.map((i) => i.structure) } };
    }
    this.last = { inputs, results };
    return results;
  }

  /** The cells counted while reading, when these filters keep the structures they count. */
  private cellsFor(filters: Filters): MapCells | undefined {
    const counted = this.cells;
    if (!counted || filters.openNow) return undefined;
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
    const f = counted.filters;
    return same(f.themes, filters.themes) && same(f.types, filters.types) && f.free === filters.free ? counted.cells : undefined;
  }

  /**
   * Every structure that passes the filters, by name: the list's items and the map's structures
   * in one pass (20,000 of them: no second array made from the first), or the sorted arrays as
   * they are when nothing is filtered.
   */
  private listByName(f: Filters, isOpen: ((s: Structure) => boolean) | undefined): { items: FoundStructure[]; structures: readonly Structure[] } {
    const sorted = this.sortedItems();
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
  sortedByName(): readonly Structure[] {
    if (!this.byName && this.sortSteps?.all === this.all) this.byName = runToEnd(this.sortSteps.steps);
    this.sortSteps = undefined;
    this.byName ??= sortByName(this.all, (this.keys ??= nameKeys(this.all)));
    return this.byName;
  }

  /** Whether the structures are sorted by name yet. */
  get sorted(): boolean {
    return this.byName !== undefined;
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
   * Sort by name on idle moments: the sort keys in slices of a few milliseconds (20,000 names
   * would make one long task), then the sort a few steps at a time, then the list's items (the
   * first filter change then makes none). `onSorted` is called once the order is there. Once per
   * load; nothing is done for structures a newer load replaced.
   */
  sortWhenIdle(onSorted: () => void): void {
    const all = this.all;
    if (this.sortStarted === all || this.byName) return;
    this.sortStarted = all;
    const { idle, now } = this.scheduler;
    const keys = new Array<string>(all.length);
    let next = 0;
    const keySlice = () => {
      if (this.all !== all || this.byName) return;
      const end = now() + 8;
      while (next < all.length) {
        keys[next] = nameKey(all[next]!.name);
        next++;
        if ((next & 255) === 0 && now() > end) {
          idle(keySlice);
          return;
        }
      }
      this.keys ??= keys;
      // The sort: 30–70 ms for 20,000 names at once.
      const sort = (this.sortSteps = { all, steps: sortByNameInSteps(all, this.keys) });
      const step = () => {
        if (this.all !== all || this.byName || this.sortSteps !== sort) return;
        const end = now() + 8;
        let next = sort.steps.next();
        while (!next.done && now() < end) next = sort.steps.next();
        if (!next.done) {
          idle(step);
          return;
        }
        this.byName = next.value;
        this.sortSteps = undefined;
        idle(() => {
          if (this.all === all) this.sortedItems();
        });
        onSorted();
      };
      idle(step);
    };
    keySlice();
  }

  /**
   * The search near a place over typed arrays (a chunk of its own, near.ts), and the positions it
   * reads when the load did not read them with the map's cells, a step per idle moment: called when
   * the place field gets the focus, and again when the structures change. Until it is done, the
   * plain search.
   */
  async prepareNear(): Promise<void> {
    nearModule ??= await import('./near.js');
    const all = this.all;
    if (this.positions?.structures === all) return;
    const steps = nearModule.readPositionsInSteps(all);
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        if (this.all === all) this.positions = next.value;
        return;
      }
      await new Promise<void>((resolve) => this.scheduler.idle(resolve));
      if (this.all !== all) return;
    }
  }

  /** Clean the detail fields left for later, in slices of a few milliseconds on idle moments. */
  cleanDetailsWhenIdle(): void {
    const details = this.details;
    if (!details) return;
    const slice = () => {
      if (this.details !== details) return;
      if (details.run(this.scheduler.now() + 6)) this.details = undefined;
      else this.scheduler.idle(slice);
    };
    slice();
  }

  /** Whether the one file read may still list a place twice (merged by `mergeWithinFile`). */
  get mergePending(): boolean {
    return this.unmerged !== undefined;
  }

  /**
   * The places the one file read lists twice (same name within 50 m) merged into one, after the
   * first list: positions compared in slices, names only for rows close together. The structures
   * kept get the fields their duplicates had (detail fields cleaned first). How many were merged
   * (0 when a newer load came meanwhile).
   */
  async mergeWithinFile(pause: () => Promise<void> | undefined): Promise<number> {
    const pending = this.unmerged;
    if (!pending) return 0;
    this.unmerged = undefined;
    const all = this.all;
    const { result } = pending;
    const cleanDetails = async () => {
      while (this.details && !this.details.run(this.scheduler.now() + 5)) await this.scheduler.yieldTask();
      this.details = undefined;
    };
    const merged = await pending.merge(result, pause, cleanDetails);
    if (this.all !== all || merged === 0) return 0;
    this.sources = [{ structures: result.structures, unplaced: this.sources[0]?.unplaced ?? [] }];
    this.replaceAll(result.structures);
    return merged;
  }

  /** Every structure with its details now (before a detail view, an event, or a read of all). */
  completeDetails(): void {
    this.details?.run();
    this.details = undefined;
  }

  /** Whether some detail fields are still to be cleaned. */
  get detailsPending(): boolean {
    return this.details !== undefined;
  }
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

/** The search near a place, once loaded (see `prepareNear`). */
let nearModule: typeof import('./near.js') | undefined;

/** Order by `nameKey` (the sort by name, for a few structures at a time). */
function byNameKey(a: Structure, b: Structure): number {
  const ka = nameKey(a.name);
  const kb = nameKey(b.name);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
