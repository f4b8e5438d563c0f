/** Readable validation issues, independent of zod so that any module can report them. */
export interface ValidationIssue {
  /** Where, as a JS-like path: `questions[3].options[1].score`. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

interface RawIssue {
  code: string;
  path: PropertyKey[];
  message?: string;
  expected?: string;
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: readonly unknown[];
  keys?: string[];
  errors?: RawIssue[][];
  format?: string;
  pattern?: string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Turn zod issues (zod/mini ships no message locale) into "path: what is wrong" messages. */
export function formatIssues(issues: readonly RawIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: messageOf(issue) }));
}

function messageOf(issue: RawIssue): string {
  // zod/mini says "Invalid input" unless a schema gives its own message, which then says it best.
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `required (expected ${article(issue.expected)})`;
      // zod refuses NaN and ±Infinity as numbers: "expected a number, got number" would say nothing.
      if (issue.expected === 'number' && typeof issue.input === 'number') return `expected a finite number, got ${describe(issue.input)}`;
      return `expected ${article(issue.expected)}, got ${describe(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} item(s)`
        : issue.origin === 'string'
          ? issue.minimum === 1
            ? 'must not be empty'
            : `needs at least ${issue.minimum} characters`
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${issue.maximum} items`
        : issue.origin === 'string'
          ? `is longer than ${issue.maximum} characters`
          : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.pattern?.includes('https?')
        ? 'expected an http(s) URL'
        : 'expected letters, digits, "-", "_", "." or ":" only';
    case 'invalid_union': {
      if (issue.errors?.some((e) => e.some((x) => x.path.length > 0))) return unionMessage(issue);
      const expected = [...new Set((issue.errors ?? []).flat().map((e) => e.expected).filter(Boolean))];
      if (expected.length === 2 && expected.includes('string') && expected.includes('object')) {
        return `expected a text: a string or {"fr": "…", "en": "…"}, got ${describe(issue.input)}`;
      }
      const wanted = expected.map(article).join(' or ') || 'another value';
      return issue.input === undefined ? `required (expected ${wanted})` : `expected ${wanted}, got ${describe(issue.input)}`;
    }
    case 'invalid_key':
      return 'invalid key';
    case 'unrecognized_keys':
      return `unknown key(s) ${(issue.keys ?? []).join(', ')}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value';
  }
}

function unionMessage(issue: RawIssue): string {
  const deepest = issue.errors!.flat().find((e) => e.path.length > 0)!;
  return `${formatPath(deepest.path)}: ${messageOf(deepest)}`;
}

function article(expected?: string): string {
  if (!expected) return 'a value';
  if (expected === 'array' || expected === 'object') return `an ${expected}`;
  return `a ${expected}`;
}
