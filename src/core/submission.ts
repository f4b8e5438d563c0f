import type { SubmissionPayload } from './submission-schema.js';
import type { QuizResults } from './types.js';

/**
 * The anonymous results `<cap-diagnostic submit-url>` posts after the user's consent: scores and
 * levels only — no answer, no free text, no identifier, and the date without the time.
 * Published as dist/schema/submission.schema.json (see submission-schema.ts).
 */
export type Submission = SubmissionPayload;

/**
 * The payload for `results`: version 3 when the results say whether the association knows whom to
 * ask (with the département when the user chose a commune); else version 2 with the département when
 * the user chose a commune (and only then); else version 1, which every receiver of the first schema
 * accepts.
 */
export function submissionOf(results: QuizResults, lang: 'fr' | 'en', department?: string): Submission {
  const payload = {
    questionnaireId: results.questionnaireId,
    version: results.version,
    score: results.score,
    level: results.level,
    dimensions: results.dimensions.map((d) => ({ id: d.id, score: d.score, level: d.level, answered: d.answered })),
    date: results.completedAt.slice(0, 10),
    lang,
  };
  if (typeof results.knowsWhomToAsk === 'boolean') {
    return { schema: 'cap-numerique/submission/3', ...payload, ...(department ? { department } : {}), knowsWhomToAsk: results.knowsWhomToAsk };
  }
  return department
    ? { schema: 'cap-numerique/submission/2', ...payload, department }
    : { schema: 'cap-numerique/submission/1', ...payload };
}

export interface SubmitOutcome {
  ok: boolean;
  /** HTTP status of the last attempt (0: network error). */
  status: number;
  attempts: number;
}

/**
 * POST with a few retries (network errors, 408, 429 and 5xx), waiting longer each time. Never
 * throws; the caller shows the outcome and keeps the results whatever happens.
 */
export async function postWithRetry(
  url: string,
  body: unknown,
  { attempts = 3, delayMs = 1000, fetchImpl = fetch }: { attempts?: number; delayMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<SubmitOutcome> {
  let status = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'omit',
      });
      status = response.status;
      if (response.ok) return { ok: true, status, attempts: attempt };
      if (status < 500 && status !== 408 && status !== 429) return { ok: false, status, attempts: attempt };
    } catch {
      status = 0;
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** (attempt - 1)));
  }
  return { ok: false, status, attempts };
}

/**
 * The collector's base address from `submit-url`, resolved against the page: an http(s) URL whose
 * path ends with "/" (one is added: `https://example.org/collecte` is the folder `collecte/`),
 * without query or fragment; undefined when `submit-url` is not an http(s) address.
 */
export function collectorBase(submitUrl: string | undefined, page: string): URL | undefined {
  if (!submitUrl) return undefined;
  try {
    const url = new URL(submitUrl, page);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url;
  } catch {
    return undefined;
  }
}

/** Where each payload goes: `results` and `contact` under the collector's base address. */
export const collectorEndpoint = (base: URL, kind: 'results' | 'contact'): string => new URL(kind, base).href;
