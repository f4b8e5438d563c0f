/**
 * What `<cap-network-overview>` shows, computed from the rows of a collector export: pure
 * functions, no DOM. Only rows of one questionnaire version are counted together (its dimensions
 * and levels mean the same thing there only).
 */
import type { ContactRequest, Diagnostic } from './network-read.js';

/** A questionnaire version present in the export: `key` is what the filter holds. */
export interface QuestionnaireChoice {
  key: string;
  questionnaireId: string;
  version: string;
  count: number;
  /** Its most recent diagnostic (YYYY-MM-DD). */
  last: string;
}

export interface Period {
  /** First day included, YYYY-MM-DD. */
  from?: string;
  /** Last day included, YYYY-MM-DD. */
  to?: string;
}

export interface Spread {
  id: string;
  /** Diagnostics in which the dimension has a score. */
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface Overview {
  total: number;
  /** `day` for a period of up to 31 days, else `month`; empty periods in between are counted as 0. */
  step: 'day' | 'month';
  timeline: { period: string; count: number }[];
  /** In the order of the levels given, then other level ids, then `null` (no overall level). */
  levels: { id: string | null; count: number }[];
  /** In the order the dimensions first appear. */
  dimensions: Spread[];
  /** How often each dimension is among a diagnostic's two weakest, most often first. */
  weakest: { id: string; count: number }[];
  /** Diagnostics with at least one assessed dimension: the denominator of `weakest`. */
  withWeakest: number;
  /** Most diagnostics first; `null` is « non renseigné ». */
  departments: { code: string | null; count: number }[];
  /** Diagnostics that say whether the association knows whom to ask, and how many do not. */
  whomToAsk: { answered: number; dontKnow: number };
}

export const choiceKey = (d: Pick<Diagnostic, 'questionnaireId' | 'version'>): string => `${d.questionnaireId} ${d.version}`;

/** The questionnaire versions of the export, the most recently used first. */
export function questionnaireChoices(diagnostics: readonly Diagnostic[]): QuestionnaireChoice[] {
  const byKey = new Map<string, QuestionnaireChoice>();
  for (const d of diagnostics) {
    const key = choiceKey(d);
    const choice = byKey.get(key);
    if (choice) {
      choice.count++;
      if (d.date > choice.last) choice.last = d.date;
    } else byKey.set(key, { key, questionnaireId: d.questionnaireId, version: d.version, count: 1, last: d.date });
  }
  return [...byKey.values()].sort((a, b) => b.last.localeCompare(a.last) || b.count - a.count || a.key.localeCompare(b.key));
}

export const inPeriod = (day: string | undefined, period: Period): boolean =>
  (!period.from || (day !== undefined && day >= period.from)) && (!period.to || (day !== undefined && day <= period.to));

/** The diagnostics of one questionnaire version (`key`, or all when undefined) within a period. */
export function selectDiagnostics(diagnostics: readonly Diagnostic[], key: string | undefined, period: Period): Diagnostic[] {
  return diagnostics.filter((d) => (key === undefined || choiceKey(d) === key) && inPeriod(d.date, period));
}

/** A quantile of sorted numbers, interpolated between the two nearest (as spreadsheets' QUARTILE.INC). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return low + (high - low) * (at - below);
}

/** The two weakest assessed dimensions of a diagnostic, as the quiz picks them (ties: the first listed). */
export function weakestOf(d: Pick<Diagnostic, 'dimensions'>): string[] {
  // One pass, no allocation per dimension: it runs for every row of exports of thousands.
  let first = -1;
  let second = -1;
  const dimensions = d.dimensions;
  for (let i = 0; i < dimensions.length; i++) {
    const score = dimensions[i]!.score;
    if (score === null) continue;
    if (first < 0 || score < dimensions[first]!.score!) {
      second = first;
      first = i;
    } else if (second < 0 || score < dimensions[second]!.score!) second = i;
  }
  return first < 0 ? [] : second < 0 ? [dimensions[first]!.id] : [dimensions[first]!.id, dimensions[second]!.id];
}

const monthOf = (day: string) => day.slice(0, 7);

/** Every day or month from the first to the last, as YYYY-MM-DD or YYYY-MM. */
function periods(first: string, last: string, step: 'day' | 'month'): string[] {
  const out: string[] = [];
  if (step === 'day') {
    const end = Date.parse(`${last}T00:00:00Z`);
    for (let t = Date.parse(`${first}T00:00:00Z`); t <= end && out.length < 400; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
    return out;
  }
  let [year, month] = first.split('-').map(Number) as [number, number];
  const stop = monthOf(last);
  for (;;) {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    out.push(period);
    if (period >= stop || out.length > 1200) return out;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
}

/** Everything the overview shows about these diagnostics. `levelOrder`: the questionnaire's level ids, lowest first. */
export function summarize(diagnostics: readonly Diagnostic[], levelOrder: readonly string[]): Overview {
  const days = diagnostics.map((d) => d.date).sort();
  const first = days[0];
  const last = days[days.length - 1];
  const step = first && last && daysBetween(first, last) <= 31 ? 'day' : 'month';
  const perPeriod = new Map<string, number>();
  const levels = new Map<string | null, number>(levelOrder.map((id) => [id, 0]));
  const scores = new Map<string, number[]>();
  const weakest = new Map<string, number>();
  const departments = new Map<string | null, number>();
  let withWeakest = 0;
  let answered = 0;
  let dontKnow = 0;
  for (const d of diagnostics) {
    const period = step === 'day' ? d.date : monthOf(d.date);
    perPeriod.set(period, (perPeriod.get(period) ?? 0) + 1);
    levels.set(d.level, (levels.get(d.level) ?? 0) + 1);
    for (const dimension of d.dimensions) {
      const list = scores.get(dimension.id) ?? [];
      if (dimension.score !== null) list.push(dimension.score);
      scores.set(dimension.id, list);
    }
    const weak = weakestOf(d);
    if (weak.length > 0) withWeakest++;
    for (const id of weak) weakest.set(id, (weakest.get(id) ?? 0) + 1);
    const department = d.department ?? null;
    departments.set(department, (departments.get(department) ?? 0) + 1);
    if (d.knowsWhomToAsk !== undefined) {
      answered++;
      if (!d.knowsWhomToAsk) dontKnow++;
    }
  }
  const levelRank = (id: string | null) => (id === null ? Infinity : levelOrder.includes(id) ? levelOrder.indexOf(id) : levelOrder.length);
  return {
    total: diagnostics.length,
    step,
    timeline: first && last ? periods(first, last, step).map((period) => ({ period, count: perPeriod.get(period) ?? 0 })) : [],
    levels: [...levels]
      .map(([id, count]) => ({ id, count }))
      .filter((level) => level.count > 0 || (level.id !== null && levelOrder.includes(level.id)))
      .sort((a, b) => levelRank(a.id) - levelRank(b.id) || String(a.id).localeCompare(String(b.id))),
    dimensions: [...scores].map(([id, list]) => {
      const sorted = list.sort((a, b) => a - b);
      return {
        id,
        count: sorted.length,
        min: sorted[0] ?? NaN,
        q1: quantile(sorted, 0.25),
        median: quantile(sorted, 0.5),
        q3: quantile(sorted, 0.75),
        max: sorted[sorted.length - 1] ?? NaN,
      };
    }),
    weakest: [...weakest].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
    withWeakest,
    departments: [...departments]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || (a.code === null ? 1 : b.code === null ? -1 : a.code.localeCompare(b.code))),
    whomToAsk: { answered, dontKnow },
  };
}

export interface ContactFilter extends Period {
  /** A level id, or `none` for requests without attached results; all when undefined. */
  level?: string;
  /** A département code, or `none`; all when undefined. */
  department?: string;
}

/**
 * The contact requests to show: filtered, the least initiated first (by the level of the attached
 * results, in `levelOrder`; requests without a level last), then the longest waiting first.
 */
export function selectContacts(contacts: readonly ContactRequest[], filter: ContactFilter, levelOrder: readonly string[]): ContactRequest[] {
  const rank = (level: string | null) => (level === null ? levelOrder.length + 1 : levelOrder.includes(level) ? levelOrder.indexOf(level) : levelOrder.length);
  return contacts
    .filter(
      (c) =>
        inPeriod(c.day, filter) &&
        (filter.level === undefined || (c.level ?? 'none') === filter.level) &&
        (filter.department === undefined || (c.department ?? 'none') === filter.department),
    )
    .sort((a, b) => rank(a.level) - rank(b.level) || (a.row.receivedAt ?? '').localeCompare(b.row.receivedAt ?? '') || a.line - b.line);
}

/** The share the study found, and what it counts: the overview shows both next to the network's own. */
export const STUDY_DONT_KNOW_WHOM_TO_ASK = { share: 0.11, respondents: 2776 } as const;
