/**
 * Reads support structures from any supported file into the internal model. The format is
 * detected from the content, never from the file name; one module per format:
 *
 * - JSON starting with `{` or `[`:
 *   - GeoJSON (geojson.ts): a FeatureCollection of Points, a Feature or a bare `features` array;
 *   - Lieux de médiation numérique (lamednum.ts): an array of objects with `pivot`;
 *   - data·inclusion (data-inclusion.ts): structures, a structures-and-services bundle or an API
 *     page `{"items": [...]}`;
 *   - the project's own format (project-format.ts): `{"structures": [...]}` or an array of
 *     objects with `name` and `lat`/`lon`.
 * - Anything else is CSV (csv.ts; UTF-8 BOM removed): LaMednum or plain columns.
 *
 * Values are cleaned the same way whatever the format (clean.ts) and rows become structures
 * through one collector (collector.ts). It never throws: a file that is none of these returns
 * `{error: 'unknown-format', detail}`, an empty one `{error: 'empty', detail}` (`detail` is an
 * English sentence for logs and messages). Linear in the number of rows.
 */
import { isRecord, own, type Json } from './clean.js';
import { isReadError, readAll, type ReadError, type ReadOptions, type ReadOutcome, type RowsReader } from './collector.js';
import type * as CsvReader from './csv.js';
import type * as DataInclusion from './data-inclusion.js';
import type * as GeoJson from './geojson.js';
import { lamednumReader } from './lamednum.js';
import { OwnRowsReader } from './project-format.js';
import type { ReadResult } from '../model.js';

export { cleanText, cleanUrl, readPosition } from './clean.js';
export { isReadError };
export type { PendingDetails, ReadError, ReadOptions, ReadOutcome } from './collector.js';

type RowKind = 'lamednum' | 'data-inclusion' | 'own' | 'feature';

/** Which format an array of rows is, from its first objects (files are homogeneous). */
function detectRows(rows: readonly unknown[]): RowKind | undefined {
  const votes = { lamednum: 0, 'data-inclusion': 0, own: 0, feature: 0 };
  let seen = 0;
  for (const row of rows) {
    if (!isRecord(row)) continue;
    if (++seen > 50) break;
    const has = (key: string) => Object.hasOwn(row, key);
    if (has('pivot')) votes.lamednum++;
    else if (has('structure_id') || has('reseaux_porteurs') || (has('nom') && (has('date_maj') || has('source')))) {
      votes['data-inclusion']++;
    } else if (own(row, 'type') === 'Feature') votes.feature++;
    else if (has('name') || has('nom') || has('lat') || has('latitude')) votes.own++;
  }
  let best: RowKind | undefined;
  for (const kind of ['lamednum', 'data-inclusion', 'own', 'feature'] as const) {
    if (votes[kind] > 0 && (!best || votes[kind] > votes[best])) best = kind;
  }
  return best;
}

/**
 * A file's rows and the reader for them, or why it cannot be read; `load` when the reader of its
 * format is a chunk not loaded yet (plan again once it is).
 */
type Plan = { reader: RowsReader; rows: readonly unknown[] } | (ReadError & { load?: () => Promise<unknown> });

const run = (plan: Plan): ReadOutcome => ('error' in plan ? { error: plan.error, detail: plan.detail } : readAll(plan.reader, plan.rows));

// The readers of data·inclusion and GeoJSON are chunks of their own (most files are LaMednum or
// the project's format): fetched when a file needs them.
let dataInclusion: typeof DataInclusion | undefined;
let geoJson: typeof GeoJson | undefined;
const loadDataInclusion = async () => (dataInclusion ??= await import('./data-inclusion.js'));
const loadGeoJson = async () => (geoJson ??= await import('./geojson.js'));
const notLoaded = (format: string, load: () => Promise<unknown>): Plan => ({
  error: 'unknown-format',
  detail: `the ${format} reader is not loaded (loadReaders() first)`,
  load,
});

const dataInclusionPlan = (items: readonly unknown[], services: readonly unknown[], sourceName: string, search = false): Plan =>
  dataInclusion ? dataInclusion.dataInclusionReader(items, services, sourceName, search) : notLoaded('data·inclusion', loadDataInclusion);

const geoJsonPlan = (features: readonly unknown[], sourceName: string): Plan =>
  geoJson ? { reader: geoJson.geoJsonReader(sourceName), rows: features } : notLoaded('GeoJSON', loadGeoJson);

function planRows(rows: readonly unknown[], sourceName: string, extraServices: readonly unknown[] = [], options: ReadOptions = {}): Plan {
  if (rows.length === 0) return { error: 'empty', detail: 'the file holds an empty list' };
  // The data·inclusion search endpoint's items: `{"service": {…, "structure": {…}}, "distance": …}`.
  const firstRow = rows.find(isRecord);
  if (firstRow && isRecord(own(firstRow, 'service'))) return dataInclusionPlan(rows, [], sourceName, true);
  switch (detectRows(rows)) {
    case 'lamednum':
      return { reader: lamednumReader(sourceName), rows };
    case 'data-inclusion':
      return dataInclusionPlan(rows, extraServices, sourceName);
    case 'own':
      return { reader: new OwnRowsReader(sourceName, options), rows };
    case 'feature':
      return geoJsonPlan(rows, sourceName);
    default:
      return {
        error: 'unknown-format',
        detail: 'the list holds no recognisable structure (expected objects with a name and a position)',
      };
  }
}

function planJson(data: unknown, sourceName: string, options: ReadOptions = {}): Plan {
  if (Array.isArray(data)) return planRows(data, sourceName, [], options);
  if (!isRecord(data)) return { error: 'unknown-format', detail: 'the JSON is neither an object nor a list' };
  const type = own(data, 'type');
  const features = own(data, 'features');
  if (type === 'FeatureCollection' || (type === undefined && Array.isArray(features))) {
    if (!Array.isArray(features)) return { error: 'unknown-format', detail: 'a FeatureCollection without a "features" list' };
    return geoJsonPlan(features, sourceName);
  }
  if (type === 'Feature') return geoJsonPlan([data], sourceName);
  const structures = own(data, 'structures');
  if (Array.isArray(structures)) {
    const services = own(data, 'services');
    if (Array.isArray(services)) return dataInclusionPlan(structures, services, sourceName);
    const kind = detectRows(structures);
    if (kind === 'data-inclusion') return dataInclusionPlan(structures, [], sourceName);
    if (kind === 'lamednum') return { reader: lamednumReader(sourceName), rows: structures };
    // Our own format, even when empty or when every row is bad (the counts say why).
    return { reader: new OwnRowsReader(sourceName, options), rows: structures };
  }
  const items = own(data, 'items');
  if (Array.isArray(items)) return planRows(items, sourceName);
  return {
    error: 'unknown-format',
    detail: 'a JSON object without "structures", "features" or "items"',
  };
}

const readJson = (data: unknown, sourceName: string, options: ReadOptions = {}): ReadOutcome => run(planJson(data, sourceName, options));

let csvReader: typeof CsvReader | undefined;

/**
 * Loads the CSV reader (with d3-dsv, a chunk of their own: a JSON file does not need them). Call it
 * before `readStructures` on a text that may be CSV; `mayBeCsv` says whether one may be.
 */
export async function loadCsvReader(): Promise<void> {
  csvReader ??= await import('./csv.js');
}

/**
 * Loads every reader that is a chunk of its own (CSV, data·inclusion, GeoJSON): what the
 * synchronous `readStructures`, `readParsedJson` and `readStructureObjects` need for any format.
 * The readers `…InSlices` load what a file needs themselves.
 */
export async function loadReaders(): Promise<void> {
  await Promise.all([loadCsvReader(), loadDataInclusion(), loadGeoJson()]);
}

/** Whether a file's text is not JSON at first sight, so that reading it may need the CSV reader. */
export const mayBeCsv = (text: string): boolean => !/^\uFEFF?\s*[[{]/.test(text);

/**
 * Read structures from the text of a file. `sourceName` (the file name or URL) is the source of
 * entries that do not name theirs. Never throws.
 */
export function readStructures(text: string, sourceName: string, options: ReadOptions = {}): ReadOutcome {
  try {
    return run(planText(text, sourceName, options));
  } catch (error) {
    return { error: 'unknown-format', detail: `could not read the file: ${String((error as Error)?.message).slice(0, 200)}` };
  }
}

function planText(text: string, sourceName: string, options: ReadOptions): Plan {
  const content = (typeof text === 'string' ? text : '').replace(/^\uFEFF/, '');
  const start = content.search(/\S/);
  if (start < 0) return { error: 'empty', detail: 'the file is empty' };
  const head = content[start];
  // A JSON value that is no object or list ("null", 42, "text") is JSON all the same, not a CSV header.
  if (head !== '{' && head !== '[' && /^(null|true|false|-?\d[\d.eE+-]*|"(?:[^"\\\n]|\\.)*")\s*$/.test(content.slice(start, start + 1000))) {
    return planJson(JSON.parse(content), sourceName);
  }
  if (head === '{' || head === '[') {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      return { error: 'unknown-format', detail: `invalid JSON: ${String((error as Error).message).slice(0, 200)}` };
    }
    return planJson(data, sourceName, options);
  }
  if (!csvReader) return { error: 'unknown-format', detail: 'the CSV reader is not loaded (loadCsvReader() first)' };
  return csvReader.csvRows(content.slice(start), sourceName);
}

/** Read structures from a JSON file already parsed (as `readStructures` would from its text). Never throws. */
export function readParsedJson(data: unknown, sourceName: string, options: ReadOptions = {}): ReadOutcome {
  try {
    return readJson(data, sourceName, options);
  } catch (error) {
    return { error: 'unknown-format', detail: `could not read the file: ${String((error as Error)?.message).slice(0, 200)}` };
  }
}

/** Rows read between two chances to pause (a LaMednum row takes up to about 70 µs). */
const SLICE = 256;

/**
 * `readParsedJson`, cut into slices for a large file: `pause()` is called between slices and may
 * return a promise (the caller's chance to let the page run). Rows of the same name within 50 m
 * are then merged into one (counted as `duplicate`), unless `deferDuplicates` leaves that to
 * `mergeDuplicates`. Never rejects.
 */
export function readJsonInSlices(data: unknown, sourceName: string, options: ReadOptions, pause: Pause): Promise<ReadOutcome> {
  return inSlices(() => planJson(data, sourceName, options), pause, () => readParsedJson(data, sourceName, options), options);
}

/** `readStructureObjects` in slices, as `readJsonInSlices`. */
export function readObjectsInSlices(rows: readonly unknown[], sourceName: string, options: ReadOptions, pause: Pause): Promise<ReadOutcome> {
  const whole = () => readStructureObjects(rows, sourceName, options);
  return Array.isArray(rows) ? inSlices(() => planJson({ structures: rows }, sourceName, options), pause, whole, options) : Promise.resolve(whole());
}

/** `readStructures` in slices, as `readJsonInSlices` (the CSV reader is loaded when needed). */
export async function readTextInSlices(text: string, sourceName: string, options: ReadOptions, pause: Pause): Promise<ReadOutcome> {
  if (mayBeCsv(text)) await loadCsvReader().catch(() => undefined);
  return inSlices(() => planText(text, sourceName, options), pause, () => readStructures(text, sourceName, options), options);
}

type Pause = () => Promise<void> | undefined;

async function inSlices(plan: () => Plan, pause: Pause, whole: () => ReadOutcome, options: ReadOptions): Promise<ReadOutcome> {
  let outcome: ReadOutcome;
  try {
    let planned = plan();
    if ('load' in planned && planned.load) {
      await planned.load();
      planned = plan();
    }
    if ('error' in planned) return { error: planned.error, detail: planned.detail };
    const { reader, rows } = planned;
    for (let at = 0; at < rows.length; at += SLICE) {
      reader.read(rows, at, Math.min(rows.length, at + SLICE));
      if (at + SLICE < rows.length) await pause();
    }
    outcome = reader.result();
  } catch {
    // A row that throws when read (rows handed over by a script): read at once, as before.
    outcome = whole();
  }
  if (!isReadError(outcome) && !options.deferDuplicates) await mergeDuplicates(outcome);
  return outcome;
}

/**
 * The same place listed twice in one file (same name, within 50 m) kept once, as the merge of
 * several sources does (its sources and dates kept), counted as `duplicate`; how many (see
 * `mergeWithinFile`, in the merge's chunk). A merge that cannot be fetched leaves the rows as they are.
 */
export async function mergeDuplicates(result: ReadResult, pause: Pause = () => undefined, beforeMerge?: () => Promise<void>): Promise<number> {
  try {
    return await (await import('../merge.js')).mergeWithinFile(result, pause, beforeMerge);
  } catch {
    return 0;
  }
}

/**
 * Objects handed over by a script may throw when read (getters, proxies): such a row becomes
 * unreadable (skipped and counted) instead of failing the whole list.
 */
function readable(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  try {
    for (const key of Object.keys(row)) void (row as Json)[key];
    return row;
  } catch {
    return undefined;
  }
}

/**
 * Read structures already in memory (the finder's `structures` property): the rows of our own
 * format, or of any JSON format above, read as `readStructures` reads `{"structures": rows}`
 * without serialising them first. Never throws.
 */
export function readStructureObjects(rows: readonly unknown[], sourceName: string, options: ReadOptions = {}): ReadOutcome {
  try {
    if (!Array.isArray(rows)) return { error: 'unknown-format', detail: 'the structures are not a list' };
    try {
      return readJson({ structures: rows }, sourceName, options);
    } catch {
      // A row that throws when read (a getter, a proxy): read again with such rows made
      // unreadable (skipped and counted). Checked only then: ordinary rows pay nothing.
      return readJson({ structures: rows.map(readable) }, sourceName, options);
    }
  } catch (error) {
    return { error: 'unknown-format', detail: `could not read the structures: ${String((error as Error)?.message).slice(0, 200)}` };
  }
}
