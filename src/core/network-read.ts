/**
 * Reading a collector export back (`<cap-network-overview>`): JSON Lines, a JSON array or the CSV
 * that `network-export.ts` writes, or rows given as objects. Each row is checked with the very
 * schemas the collector validated it with; a row that fails is counted with its line and the
 * reasons, and the valid rows around it stay usable. No DOM: the overview loads this as a lazy
 * chunk, and the tests run it as is.
 */
import { dsvFormat } from 'd3-dsv';
import * as z from 'zod/mini';
import { contactSchema, departmentOfInsee } from './contact-schema.js';
import { csvCellText, type ContactRow, type RowKind } from './network-export.js';
import { departmentCode, submissionSchema } from './submission-schema.js';
import { formatIssues, type ValidationIssue } from './validation.js';

/** One diagnostic's anonymous results, as the overview counts them. */
export interface Diagnostic {
  /** Where it was: the line of the file (or the position in the list given), from 1. */
  line: number;
  questionnaireId: string;
  /** The questionnaire's version as text (a CSV cannot tell `2026` from `"2026"`). */
  version: string;
  score: number | null;
  level: string | null;
  dimensions: { id: string; score: number | null; level: string | null }[];
  /** The day of the diagnostic, YYYY-MM-DD. */
  date: string;
  department?: string;
  /**
   * When the row says whether the association knows whom to ask for digital help (results version 3:
   * `knowsWhomToAsk` in JSON Lines, `knows_whom_to_ask` = true / false in CSV, as the collector exports them).
   */
  knowsWhomToAsk?: boolean;
}

/** A contact request, with the export row it came from (for the CSV export of a selection). */
export interface ContactRequest {
  line: number;
  /** The day it was received (YYYY-MM-DD), when the row says. */
  day?: string;
  department?: string;
  /** The level of the results the association chose to attach, if any. */
  level: string | null;
  row: ContactRow;
}

export interface BadRow {
  line: number;
  kind?: RowKind;
  issues: ValidationIssue[];
}

export type ExportFormat = 'jsonl' | 'json' | 'csv' | 'rows';

export interface ReadExport {
  format: ExportFormat;
  diagnostics: Diagnostic[];
  contacts: ContactRequest[];
  bad: BadRow[];
}

/** Why a whole file cannot be read (each row's problems are `BadRow`s instead). */
export type ReadProblem = 'empty' | 'not-json' | 'not-export';

export type ReadOutcome = { ok: true; value: ReadExport } | { ok: false; problem: ReadProblem; detail?: string };

const meta = z.object({
  id: z.optional(z.number().check(z.int(), z.gte(0))),
  receivedAt: z.optional(z.iso.datetime()),
  knowsWhomToAsk: z.optional(z.boolean()),
});

/**
 * What is left to read: `count` entries, each a row to check or a line already known to be bad
 * (`undefined` for a blank line). Reading it all at once or in slices gives the same result.
 */
interface Plan {
  format: ExportFormat;
  count: number;
  at: (index: number) => { line: number; row: unknown } | { line: number; bad: BadRow } | undefined;
}
type Planned = { ok: true; plan: Plan } | { ok: false; problem: ReadProblem; detail?: string };

/** Lets the caller's page breathe: returns a promise when it is time to yield, else undefined. */
export type Pause = () => Promise<void> | undefined;

const planRows = (rows: readonly unknown[], format: ExportFormat, lineOf = (index: number) => index + 1): Plan => ({
  format,
  count: rows.length,
  at: (index) => ({ line: lineOf(index), row: rows[index] }),
});

function readPlan(plan: Plan): ReadExport {
  const out: ReadExport = { format: plan.format, diagnostics: [], contacts: [], bad: [] };
  for (let i = 0; i < plan.count; i++) take(plan.at(i), out);
  return out;
}

async function readPlanInSlices(plan: Plan, pause: Pause): Promise<ReadExport> {
  const out: ReadExport = { format: plan.format, diagnostics: [], contacts: [], bad: [] };
  for (let i = 0; i < plan.count; i++) {
    const wait = pause();
    if (wait) await wait;
    take(plan.at(i), out);
  }
  return out;
}

function take(entry: ReturnType<Plan['at']>, out: ReadExport): void {
  if (!entry) return;
  if ('bad' in entry) out.bad.push(entry.bad);
  else readRow(entry.row, entry.line, out);
}

/** The rows of an export given as objects (the `submissions` property). */
export function readRows(rows: readonly unknown[]): ReadExport {
  return readPlan(planRows(rows, 'rows'));
}

/** `readRows`, yielding whenever `pause` says so (thousands of rows take longer than a frame). */
export function readRowsInSlices(rows: readonly unknown[], pause: Pause): Promise<ReadExport> {
  return readPlanInSlices(planRows(rows, 'rows'), pause);
}

/** An export file's text: JSON Lines, a JSON array (of rows) or CSV, told apart by its first character. */
export function readExportText(text: string): ReadOutcome {
  const planned = planText(text);
  return planned.ok ? { ok: true, value: readPlan(planned.plan) } : planned;
}

/** `readExportText`, yielding whenever `pause` says so. */
export async function readExportTextInSlices(text: string, pause: Pause): Promise<ReadOutcome> {
  const planned = planText(text);
  return planned.ok ? { ok: true, value: await readPlanInSlices(planned.plan, pause) } : planned;
}

function planText(text: string): Planned {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  if (first === undefined) return { ok: false, problem: 'empty' };
  if (first === '[') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message.slice(0, 300) : undefined };
    }
    return Array.isArray(value) ? { ok: true, plan: planRows(value, 'json') } : { ok: false, problem: 'not-export' };
  }
  if (first === '{') return { ok: true, plan: planJsonLines(body) };
  return planCsv(body);
}

function planJsonLines(body: string): Plan {
  const lines = body.split(/\r?\n/);
  return {
    format: 'jsonl',
    count: lines.length,
    at(index) {
      const text = lines[index]!;
      if (text.trim() === '') return undefined;
      try {
        return { line: index + 1, row: JSON.parse(text) };
      } catch (error) {
        const message = `not JSON: ${error instanceof Error ? error.message.slice(0, 200) : ''}`;
        return { line: index + 1, bad: { line: index + 1, issues: [{ path: '', message }] } };
      }
    },
  };
}

/** Is it a contact request or results? As the row says, else by its fields. */
function kindOf(row: Record<string, unknown>): RowKind | undefined {
  if (row.kind === 'results' || row.kind === 'contact') return row.kind;
  if (row.kind !== undefined) return undefined;
  return 'association' in row || 'person' in row ? 'contact' : 'results';
}

function readRow(row: unknown, line: number, out: ReadExport): void {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    out.bad.push({ line, issues: [{ path: '', message: 'expected an object (one row of the export)' }] });
    return;
  }
  const record = row as Record<string, unknown>;
  const kind = kindOf(record);
  if (!kind) {
    out.bad.push({ line, issues: [{ path: 'kind', message: 'expected "results" or "contact"' }] });
    return;
  }
  const { kind: _kind, id, receivedAt, department, knowsWhomToAsk, ...payload } = record;
  const checkedMeta = z.safeParse(meta, { id, receivedAt, knowsWhomToAsk });
  const issues: ValidationIssue[] = checkedMeta.success ? [] : formatIssues(checkedMeta.error.issues as never);
  const day = typeof receivedAt === 'string' && checkedMeta.success ? receivedAt.slice(0, 10) : undefined;
  if (kind === 'results') {
    const checked = z.safeParse(submissionSchema, department === undefined ? payload : { ...payload, department });
    if (!checked.success) issues.push(...formatIssues(checked.error.issues as never));
    if (issues.length > 0 || !checked.success) return void out.bad.push({ line, kind, issues });
    const value = checked.data;
    out.diagnostics.push({
      line,
      questionnaireId: value.questionnaireId,
      version: String(value.version),
      score: value.score,
      level: value.level,
      dimensions: value.dimensions.map((d) => ({ id: d.id, score: d.score, level: d.level })),
      date: value.date,
      ...('department' in value && value.department ? { department: value.department } : {}),
      ...(typeof knowsWhomToAsk === 'boolean' ? { knowsWhomToAsk } : {}),
    });
    return;
  }
  const checked = z.safeParse(contactSchema, payload);
  if (!checked.success) issues.push(...formatIssues(checked.error.issues as never));
  // The export adds the département of the commune; a row without an INSEE code may still carry one.
  const insee = checked.success ? checked.data.commune?.insee : undefined;
  let place = insee ? departmentOfInsee(insee) : undefined;
  if (!place && department !== undefined && department !== '') {
    const given = z.safeParse(departmentCode, department);
    if (given.success) place = given.data;
    else issues.push({ path: 'department', message: 'expected a département code ("01"–"95", "2A", "2B", "971"–"978" or "986"–"988")' });
  }
  if (issues.length > 0 || !checked.success) return void out.bad.push({ line, kind, issues });
  const contact = checked.data;
  out.contacts.push({
    line,
    ...(day ? { day } : {}),
    ...(place ? { department: place } : {}),
    level: contact.results?.level ?? null,
    row: { ...contact, kind: 'contact', id: id as number, receivedAt: receivedAt as string, ...(place ? { department: place } : {}) },
  });
}

/** The line each CSV record starts on (a quoted cell may hold line breaks), from 1. */
function recordLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10) {
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}

function planCsv(body: string): Planned {
  const headerLine = body.slice(0, body.search(/\r?\n|$/));
  // A spreadsheet with French settings saves the file again with semicolons.
  const delimiter = !headerLine.includes(',') && headerLine.includes(';') ? ';' : ',';
  const records = dsvFormat(delimiter).parseRows(body);
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  if (!header.includes('kind')) return { ok: false, problem: 'not-export', detail: headerLine.slice(0, 120) };
  const lines = recordLines(body);
  const column = new Map(header.map((name, index) => [name, index]));
  return {
    ok: true,
    plan: {
      format: 'csv',
      count: records.length - 1,
      at(index) {
        const cells = records[index + 1]!;
        if (cells.every((cell) => cell.trim() === '')) return undefined;
        return { line: lines[index + 1] ?? index + 2, row: csvRow(cells, column) };
      },
    },
  };
}

/** A CSV record as the JSON row it was flattened from (see `EXPORT_COLUMNS`). */
function csvRow(cells: string[], column: Map<string, number>): Record<string, unknown> {
  const get = (name: string): string => {
    const index = column.get(name);
    return index === undefined ? '' : csvCellText(cells[index] ?? '');
  };
  const optional = (name: string) => get(name) || undefined;
  const number = (name: string) => (get(name).trim() === '' ? undefined : Number(get(name)));
  const kind = get('kind');
  const common = { kind, id: number('id'), receivedAt: optional('received_at'), schema: get('schema'), lang: get('lang') };
  const version = get('questionnaire_version');
  if (kind === 'contact') {
    const commune = optional('commune');
    return {
      ...common,
      association: get('association'),
      person: get('person'),
      email: optional('email'),
      phone: optional('phone'),
      commune: commune ? { name: commune, insee: optional('commune_insee') } : undefined,
      department: optional('department'),
      message: optional('message'),
      consent: { given: true, notice: get('consent_notice') },
      results: get('questionnaire_id') ? { questionnaireId: get('questionnaire_id'), version, level: optional('level') ?? null } : undefined,
    };
  }
  let dimensions: unknown = get('dimensions');
  try {
    dimensions = JSON.parse(dimensions as string);
  } catch {
    // Left as text: the schema says it is not a list of dimensions.
  }
  const knows = get('knows_whom_to_ask').trim().toLowerCase();
  return {
    ...common,
    questionnaireId: get('questionnaire_id'),
    version,
    score: get('score').trim() === '' ? null : Number(get('score')),
    level: optional('level') ?? null,
    dimensions,
    date: get('date'),
    department: optional('department'),
    knowsWhomToAsk: knows === 'true' ? true : knows === 'false' ? false : undefined,
  };
}
