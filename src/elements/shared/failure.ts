import type { ValidationIssue } from '../../core/validation.js';

/** Why data could not be obtained, with a message ready to show. */
export interface LoadFailure {
  ok: false;
  /** `network` failures are worth a retry; `data` failures need the file fixed. */
  kind: 'network' | 'data';
  message: string;
  issues: ValidationIssue[];
}
export type LoadResult<T> = { ok: true; value: T } | LoadFailure;

export function failure(kind: LoadFailure['kind'], message: string, issues: ValidationIssue[] = []): LoadFailure {
  return { ok: false, kind, message, issues };
}

/** The first `<script type="application/json">` child of an element, if any. */
export function inlineJson(host: Element): string | undefined {
  for (const child of Array.from(host.children)) {
    if (child.localName === 'script' && (child.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}
