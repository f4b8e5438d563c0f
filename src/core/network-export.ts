/**
 * The collector's export, as a network's staff (and `<cap-network-overview>`) read it: one row per
 * accepted payload, of two kinds told apart by `kind`, oldest first within each kind.
 *
 * - JSON Lines: each line is the payload as stored (validated by its schema, unknown fields
 *   dropped) plus `kind`, `id` (unique within its kind) and `receivedAt` (ISO 8601, UTC); contact
 *   rows also carry the `department` of their commune's INSEE code.
 * - CSV (RFC 4180, UTF-8): the same rows flattened into `EXPORT_COLUMNS`; a cell that a spreadsheet
 *   could run as a formula starts with an apostrophe (`csvCell`; `csvCellText` reads it back).
 */
import { csvFormatRow } from 'd3-dsv';
import type { StoredContact } from './contact-schema.js';
import type { StoredSubmission } from './submission-schema.js';

export type RowKind = 'results' | 'contact';
export const ROW_KINDS: readonly RowKind[] = ['results', 'contact'];

interface RowMeta {
  /** Unique within its kind. */
  id: number;
  /** When the collector accepted it: ISO 8601, UTC, to the millisecond. */
  receivedAt: string;
}
export type ResultsRow = RowMeta & { kind: 'results' } & StoredSubmission;
export type ContactRow = RowMeta & { kind: 'contact'; department?: string } & StoredContact;
export type ExportRow = ResultsRow | ContactRow;

type Cell = string | number | null | undefined;

interface Column {
  name: string;
  /** The kinds of row that have a value in this column. */
  kinds: readonly RowKind[];
  value: (row: ExportRow) => Cell;
}

const both = ROW_KINDS;
const attached = (row: ExportRow) => (row.kind === 'results' ? row : row.results);
const ofResults = (read: (row: ResultsRow) => Cell) => (row: ExportRow) => (row.kind === 'results' ? read(row) : undefined);
const ofContact = (read: (row: ContactRow) => Cell) => (row: ExportRow) => (row.kind === 'contact' ? read(row) : undefined);

/**
 * The CSV columns, in order. A contact row's questionnaire and level are those the user chose to
 * attach (empty otherwise); `dimensions` is the results' dimensions as JSON text; `knows_whom_to_ask`
 * is `true`, `false` or empty (not asked, or a payload before version 3).
 */
export const EXPORT_COLUMNS: readonly Column[] = [
  { name: 'kind', kinds: both, value: (row) => row.kind },
  { name: 'id', kinds: both, value: (row) => row.id },
  { name: 'received_at', kinds: both, value: (row) => row.receivedAt },
  { name: 'schema', kinds: both, value: (row) => row.schema },
  { name: 'lang', kinds: both, value: (row) => row.lang },
  { name: 'department', kinds: both, value: (row) => ('department' in row ? row.department : undefined) },
  { name: 'questionnaire_id', kinds: both, value: (row) => attached(row)?.questionnaireId },
  { name: 'questionnaire_version', kinds: both, value: (row) => attached(row)?.version },
  { name: 'level', kinds: both, value: (row) => attached(row)?.level },
  { name: 'score', kinds: ['results'], value: ofResults((row) => row.score) },
  { name: 'dimensions', kinds: ['results'], value: ofResults((row) => JSON.stringify(row.dimensions)) },
  { name: 'date', kinds: ['results'], value: ofResults((row) => row.date) },
  {
    name: 'knows_whom_to_ask',
    kinds: ['results'],
    value: ofResults((row) => ('knowsWhomToAsk' in row && typeof row.knowsWhomToAsk === 'boolean' ? String(row.knowsWhomToAsk) : undefined)),
  },
  { name: 'association', kinds: ['contact'], value: ofContact((row) => row.association) },
  { name: 'person', kinds: ['contact'], value: ofContact((row) => row.person) },
  { name: 'email', kinds: ['contact'], value: ofContact((row) => row.email) },
  { name: 'phone', kinds: ['contact'], value: ofContact((row) => row.phone) },
  { name: 'commune', kinds: ['contact'], value: ofContact((row) => row.commune?.name) },
  { name: 'commune_insee', kinds: ['contact'], value: ofContact((row) => row.commune?.insee) },
  { name: 'message', kinds: ['contact'], value: ofContact((row) => row.message) },
  { name: 'consent_notice', kinds: ['contact'], value: ofContact((row) => row.consent.notice) },
];

/** The columns of an export holding these kinds of row. */
export const columnsFor = (kinds: readonly RowKind[]): Column[] =>
  EXPORT_COLUMNS.filter((column) => column.kinds.some((kind) => kinds.includes(kind)));

/** What a spreadsheet may read as the start of a formula, and the apostrophe that escapes it. */
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * A value as CSV cell text: empty for nothing, and an apostrophe before a leading = + - @ tab or
 * carriage return, so that no spreadsheet runs it as a formula. A leading apostrophe is escaped too,
 * so that `csvCellText` can always tell the escape from the text.
 */
export function csvCell(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a `csvCell` was made from: any cell that starts with an apostrophe got one. */
export const csvCellText = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

/** One CSV record (without its line break), quoted per RFC 4180 where needed. */
export const csvRecord = (row: ExportRow, columns: readonly Column[]): string =>
  csvFormatRow(columns.map((column) => csvCell(column.value(row))));

export const csvHeader = (columns: readonly Column[]): string => csvFormatRow(columns.map((column) => column.name));
