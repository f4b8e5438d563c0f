/**
 * The project's own format: `{"$schema"?, "structures": [...]}` or an array of objects with `name`
 * and `lat`/`lon`. Rows are cleaned field by field like the other formats, so that what comes out
 * fits the published schema (schema.ts) without loading zod. Large files may be read a range of
 * rows at a time, and the fields shown only in a structure's detail later.
 */
import type { Structure } from '../model.js';
import { isRecord, type Json } from './clean.js';
import { Collector, type PendingDetails, type ReadOptions, type ReadOutcome, type RowsReader } from './collector.js';
import { addDetails, emptyDraft, emptyValues, LabelLookups, plainDraft, plainValues, type FieldEntry } from './plain-fields.js';

/** Rows of the project's own format, read a range at a time (see `readJsonInSlices`). */
export class OwnRowsReader implements RowsReader {
  private readonly out: Collector;
  private readonly keyCache = new Map<string, FieldEntry | null>();
  private readonly lookups = new LabelLookups();
  // One values object and one draft for every row: the collector copies what it keeps.
  private readonly values = emptyValues();
  private readonly draft = emptyDraft();
  private readonly details: boolean;
  // With deferred details: the rows kept and their structures (placed or not), in the same order.
  private readonly kept: Json[] = [];
  private readonly keptStructures: Structure[] = [];

  constructor(sourceName: string, options: ReadOptions) {
    this.out = new Collector('cap-numerique', sourceName);
    this.details = !options.deferDetails;
  }

  read(rows: readonly unknown[], from = 0, to = rows.length): void {
    const { out, keyCache, lookups, values, draft, details, kept, keptStructures } = this;
    for (let i = from; i < to; i++) {
      const row = rows[i];
      if (!isRecord(row)) {
        out.skip('not-an-object');
        continue;
      }
      const structure = out.add(plainDraft(plainValues(row, keyCache, values, out.unused), lookups, draft, details));
      if (structure && !details) {
        kept.push(row);
        keptStructures.push(structure);
      }
    }
  }

  result(): ReadOutcome {
    const result = this.out.result();
    return this.details ? result : { ...result, details: pendingDetails(this.keptStructures, this.kept, this.keyCache) };
  }
}

export function readOwnRows(rows: readonly unknown[], sourceName: string, options: ReadOptions = {}): ReadOutcome {
  const reader = new OwnRowsReader(sourceName, options);
  reader.read(rows);
  return reader.result();
}

function pendingDetails(structures: readonly Structure[], rows: Json[], keyCache: Map<string, FieldEntry | null>): PendingDetails {
  let next = 0;
  const values = emptyValues();
  return {
    run(deadline = Infinity) {
      while (next < rows.length) {
        const row = rows[next]!;
        // Released as they are read: the caller's rows are not kept alive by the finder.
        rows[next] = undefined as unknown as Json;
        try {
          addDetails(structures[next]!, plainValues(row, keyCache, values));
        } catch {
          // A row handed over by a script whose getter throws now: its details stay unknown.
        }
        next++;
        if ((next & 255) === 0 && performance.now() > deadline) break;
      }
      return next >= rows.length;
    },
  };
}
