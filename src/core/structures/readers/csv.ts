/**
 * CSV (comma, semicolon or tab, detected from the header line): LaMednum when the header has
 * `pivot`, `nom` and `code_postal`, else plain CSV when it has a name column and latitude and
 * longitude columns (see PLAIN_ALIASES).
 */
import { dsvFormat } from 'd3-dsv';
import { Collector, readAll, type Draft, type ReadError, type ReadOutcome, type RowsReader } from './collector.js';
import { lamednumDraft, lamednumFields } from './lamednum.js';
import { ALIAS_TO_FIELD, columnKey, emptyDraft, LabelLookups, plainDraft, type PlainField, type PlainValues } from './plain-fields.js';

function detectDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', ';', '\t']) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/**
 * Counts the filled cells of the columns no field is read from, by column name (the header's
 * columns are known at once: a row costs one test per such column).
 */
function countUnused(out: Collector, header: readonly string[], used: (name: string, index: number) => boolean): (row: string[]) => void {
  const columns: [number, string][] = [];
  header.forEach((name, i) => used(name, i) || columns.push([i, name.slice(0, 100) || `#${i + 1}`]));
  return (row) => {
    for (const [i, name] of columns) if (row[i]?.trim()) out.unused.set(name, (out.unused.get(name) ?? 0) + 1);
  };
}

export function readCsv(text: string, sourceName: string): ReadOutcome {
  const plan = csvRows(text, sourceName);
  return 'error' in plan ? plan : readAll(plan.reader, plan.rows);
}

/** A CSV's rows (header removed) and their reader, or why the text is not a structure file. */
export function csvRows(text: string, sourceName: string): { reader: RowsReader; rows: string[][] } | ReadError {
  const newline = text.search(/\r?\n/);
  const headerLine = newline < 0 ? text : text.slice(0, newline);
  if (headerLine.trimStart().startsWith('<')) {
    return { error: 'unknown-format', detail: 'this looks like HTML or XML, not structure data' };
  }
  // parseRows, not parse: d3-dsv's parse compiles the header with `new Function`, which a strict
  // Content-Security-Policy forbids (and which would read a "__proto__" column as a prototype).
  const rows = dsvFormat(detectDelimiter(headerLine)).parseRows(text);
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const exact = new Map<string, number>();
  header.forEach((name, i) => exact.has(name) || exact.set(name, i));

  const body = rows.slice(1);
  if (exact.has('pivot') && exact.has('nom') && exact.has('code_postal')) {
    const out = new Collector('lieux-mediation-numerique', sourceName);
    const fields = lamednumFields();
    const unused = countUnused(out, header, (name, i) => fields.has(name) && exact.get(name) === i);
    const draftOf = (row: string[]) =>
      lamednumDraft((key) => {
        const i = exact.get(key);
        return i === undefined ? undefined : row[i];
      });
    return { rows: body, reader: rowsReader(out, draftOf, unused) };
  }

  const columns = new Map<PlainField, number>();
  header.forEach((name, i) => {
    const field = ALIAS_TO_FIELD.get(columnKey(name));
    if (field && !columns.has(field)) columns.set(field, i);
  });
  if (!columns.has('name') || !columns.has('lat') || !columns.has('lon')) {
    const found = header.slice(0, 12).map((h) => `"${h.slice(0, 40)}"`).join(', ');
    return {
      error: 'unknown-format',
      detail:
        'not a recognised structure file: a CSV needs a header with a name column (nom/name) and ' +
        `latitude and longitude columns (latitude/lat, longitude/lon/lng); found ${found || 'no header'}`,
    };
  }
  const out = new Collector('csv', sourceName);
  const fields = [...columns];
  const read = new Set(columns.values());
  const unused = countUnused(out, header, (_, i) => read.has(i));
  const lookups = new LabelLookups();
  const draft = emptyDraft();
  const draftOf = (row: string[]) => {
    const values: PlainValues = {};
    for (const [field, i] of fields) values[field] = row[i];
    return plainDraft(values, lookups, draft);
  };
  return { rows: body, reader: rowsReader(out, draftOf, unused) };
}

/** Reads rows into `out`: blank rows passed over, each other made a draft and its unused cells counted. */
function rowsReader(out: Collector, draftOf: (row: string[]) => Draft, unused: (row: string[]) => void): RowsReader {
  return {
    read(rows, from, to) {
      for (let r = from; r < to; r++) {
        const row = rows[r] as string[];
        if (row.every((cell) => cell.trim() === '')) continue;
        out.add(draftOf(row));
        unused(row);
      }
    },
    result: () => out.result(),
  };
}
