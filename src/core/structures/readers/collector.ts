/**
 * What every format reader returns, and the collector that turns its rows' drafts into
 * structures: name and position checked (a row without them is skipped and counted by reason),
 * a unique id within its source, the fields copied in one object shape.
 */
import type { GuidAssoLevel, ReadResult, SkipReason, Structure, StructureType } from '../model.js';
import type { SupportTheme } from '../../vocabulary.js';
import { cleanText, phonesOf, readPosition, type Json } from './clean.js';

export interface ReadError {
  error: 'unknown-format' | 'empty';
  detail: string;
}

export type ReadOutcome = (ReadResult & { details?: PendingDetails }) | ReadError;

export interface ReadOptions {
  /**
   * Our own format only: leave the fields shown only in a structure's detail (address,
   * description, phone, e-mail, website, accessibility, appointment link, SIRET, update date)
   * for `details`, so that the first list and map do not wait for them.
   */
  deferDetails?: boolean;
  /**
   * Read in slices only: leave the merge of the same place listed twice (same name within 50 m) to
   * `mergeDuplicates`, after the first list and map.
   */
  deferDuplicates?: boolean;
}

/** The detail fields of a read with `deferDetails`, cleaned into the same structures later. */
export interface PendingDetails {
  /**
   * Cleans the details of the next structures, until `deadline` (a `performance.now()` time)
   * passes or all are done (no deadline: all at once). True once every structure has them.
   */
  run(deadline?: number): boolean;
}

export function isReadError(outcome: ReadOutcome): outcome is ReadError {
  return 'error' in outcome;
}

export type Format = ReadResult['format'];

/** What a format reader extracts from one row: already cleaned, except name, id and position. */
export interface Draft {
  id: unknown;
  name: unknown;
  lat: unknown;
  lon: unknown;
  types: StructureType[];
  themes: SupportTheme[];
  guidasso?: GuidAssoLevel | undefined;
  address?: string | undefined;
  postcode?: string | undefined;
  city?: string | undefined;
  inseeCode?: string | undefined;
  description?: string | undefined;
  /** One number or several (split by the collector). */
  phone?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  hours?: string | undefined;
  free?: boolean | undefined;
  accessibility?: string | undefined;
  appointmentUrl?: string | undefined;
  mobilisationUrl?: string | undefined;
  supportModes?: string[] | undefined;
  siret?: string | undefined;
  source?: string | undefined;
  updatedAt?: string | undefined;
}

/** Whether a field holds something: not null, an empty string or an empty list. */
const filled = (value: unknown): boolean =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Sets `phone` (the first number) and `phones` (all of them, when there are several). */
export function setPhones(structure: Structure, text: string | undefined): void {
  const phones = phonesOf(text);
  if (phones.length) structure.phone = phones[0]!;
  if (phones.length > 1) structure.phones = phones;
}

export class Collector {
  readonly structures: Structure[] = [];
  readonly skipped: Partial<Record<SkipReason, number>> = {};
  /** Rows without a position but with a commune code (see `ReadResult.unplaced`). */
  readonly unplaced: Structure[] = [];
  /** Field → rows where it held a value the reader does not use. */
  readonly unused = new Map<string, number>();
  total = 0;
  /** Local ids already used, by source (hashing the short local id, not the joined one). */
  private readonly ids = new Map<string, Set<string>>();
  private readonly fileSource: string;

  constructor(
    readonly format: Format,
    sourceName: string,
  ) {
    this.fileSource = cleanText(sourceName)?.slice(0, 200) || 'source';
  }

  skip(reason: SkipReason): void {
    this.total++;
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
  }

  add(draft: Draft): Structure | undefined {
    const name = cleanText(draft.name);
    if (!name) {
      this.skip('missing-name');
      return undefined;
    }
    let position = readPosition(draft.lat, draft.lon);
    // No usable position, but a commune to place it at: kept apart, to be placed approximately.
    const unplaced = typeof position === 'string' && (draft.inseeCode !== undefined || draft.postcode !== undefined);
    if (unplaced) position = { lat: Number.NaN, lon: Number.NaN, positionWarning: 'approximate' };
    if (typeof position === 'string') {
      this.skip(position);
      return undefined;
    }
    const source = draft.source?.slice(0, 200) || this.fileSource;
    const structure: Structure = {
      id: '',
      name,
      types: draft.types,
      themes: draft.themes,
      lat: position.lat,
      lon: position.lon,
      source,
    };
    if (position.positionWarning) structure.positionWarning = position.positionWarning;
    if (draft.guidasso !== undefined) structure.guidasso = draft.guidasso;
    // Spelt out, always in this order (one object shape per set of fields): quicker than a loop
    // over dynamic keys for 100,000 rows.
    if (draft.address !== undefined) structure.address = draft.address;
    if (draft.postcode !== undefined) structure.postcode = draft.postcode;
    if (draft.city !== undefined) structure.city = draft.city;
    if (draft.inseeCode !== undefined) structure.inseeCode = draft.inseeCode;
    if (draft.description !== undefined) structure.description = draft.description;
    if (draft.phone !== undefined) setPhones(structure, draft.phone);
    if (draft.email !== undefined) structure.email = draft.email;
    if (draft.website !== undefined) structure.website = draft.website;
    if (draft.hours !== undefined) structure.hours = draft.hours;
    if (draft.free !== undefined) structure.free = draft.free;
    if (draft.accessibility !== undefined) structure.accessibility = draft.accessibility;
    if (draft.appointmentUrl !== undefined) structure.appointmentUrl = draft.appointmentUrl;
    if (draft.mobilisationUrl !== undefined) structure.mobilisationUrl = draft.mobilisationUrl;
    if (draft.supportModes !== undefined) structure.supportModes = draft.supportModes;
    if (draft.siret !== undefined) structure.siret = draft.siret;
    if (draft.updatedAt !== undefined) structure.updatedAt = draft.updatedAt;
    let localId = cleanText(draft.id)?.slice(0, 200) ?? String(this.total + 1);
    // data·inclusion ids already start with "<source>--": do not say the source twice.
    // (Compared in place: a "<source>--" string for every row would be garbage.)
    const n = source.length;
    if (localId.length > n + 2 && localId.charCodeAt(n) === 45 && localId.charCodeAt(n + 1) === 45 && localId.startsWith(source)) {
      localId = localId.slice(n + 2);
    }
    structure.id = `${source}:${this.uniqueId(source, localId)}`;
    this.total++;
    (unplaced ? this.unplaced : this.structures).push(structure);
    return structure;
  }

  /** Counts the row's filled fields that are not in `known` (keys only: no value is read twice). */
  countUnused(row: Json, known: ReadonlySet<string>, prefix = ''): void {
    for (const key in row) {
      if (known.has(key) || !Object.hasOwn(row, key) || !filled(row[key])) continue;
      const name = prefix + key.slice(0, 100);
      this.unused.set(name, (this.unused.get(name) ?? 0) + 1);
    }
  }

  private uniqueId(source: string, localId: string): string {
    let used = this.ids.get(source);
    if (!used) this.ids.set(source, (used = new Set()));
    let unique = localId;
    for (let n = 2; used.has(unique); n++) unique = `${localId}~${n}`;
    used.add(unique);
    return unique;
  }

  result(): ReadResult {
    const result: ReadResult = { format: this.format, structures: this.structures, skipped: this.skipped, total: this.total };
    if (this.unplaced.length) result.unplaced = this.unplaced;
    if (this.unused.size) result.unusedFields = Object.fromEntries(this.unused);
    return result;
  }
}

/**
 * A format's reader, fed a range of rows at a time: a large file is read in slices, with pauses
 * between them (see `readJsonInSlices`), or at once.
 */
export interface RowsReader {
  read(rows: readonly unknown[], from: number, to: number): void;
  result(): ReadOutcome;
}

/** The whole of `rows` at once. */
export function readAll(reader: RowsReader, rows: readonly unknown[]): ReadOutcome {
  reader.read(rows, 0, rows.length);
  return reader.result();
}

/** A row's value by field name. */
export type Get = (key: string) => unknown;
