/**
 * Where the finder's structures come from, in the browser: the `src` files fetched (a lazy chunk
 * shared with the quiz), the readers' lazy chunk, and the messages for what could not be read.
 * Reading and merging are the model's (core/finder/model.ts).
 */
import type { Lang } from '../../core/i18n.js';
import type { SourceInput, Unread } from '../../core/finder/model.js';
import { failure, type LoadFailure } from '../shared/failure.js';
import { finderMsg } from './messages.js';

/** Fetching files, only for `src`. */
export const loadJson = () => import('../shared/load-json.js');

let readers: Promise<typeof import('../../core/structures/reading.js')> | undefined;

/** The readers' chunk, loaded once. */
export function readerModules() {
  readers ??= import('../../core/structures/reading.js');
  // A failed load (the network) is tried again next time.
  readers.catch(() => (readers = undefined));
  return readers;
}

/**
 * The `src` files (at most 20, space-separated), fetched at once: a JSON file is parsed while it
 * downloads (`json`), so little is left to do when its last byte comes.
 */
export async function fetchSources(src: string, lang: Lang, timeoutMs: number): Promise<{ inputs: SourceInput[]; failures: LoadFailure[] }> {
  const urls = src.trim().split(/\s+/).slice(0, 20);
  const { fetchText } = await loadJson();
  const texts = await Promise.all(urls.map((url) => fetchText(url, lang, timeoutMs, true)));
  const inputs: SourceInput[] = [];
  const failures: LoadFailure[] = [];
  texts.forEach((text, i) => {
    if (!text.ok) return void failures.push(text);
    const { value, json, encoding } = text;
    inputs.push({ ...(json ? { json } : { text: value }), source: fileName(urls[i]!), url: urls[i]!, ...(encoding ? { encoding } : {}) });
  });
  return { inputs, failures };
}

/** Why each source could not be read, worded for the page: a file cut short, empty, or of no known format. */
export async function unreadFailures(unread: readonly Unread[], lang: Lang): Promise<LoadFailure[]> {
  const failures: LoadFailure[] = [];
  for (const { input, error, detail } of unread) {
    const { endsEarly, incomplete } = await loadJson();
    if (input.url && input.text !== undefined && endsEarly(input.text)) {
      failures.push(incomplete(input.url, lang));
      continue;
    }
    const message = finderMsg(lang, error === 'empty' ? 'emptyFile' : 'unknownFormat', { source: input.source });
    // The reader's technical explanation goes with the issues, as for schema errors.
    failures.push(failure('data', message, [{ path: input.source, message: detail }]));
  }
  return failures;
}

/** Several failures as one (a network one among them makes it worth a retry). */
export function combine(failures: LoadFailure[]): LoadFailure {
  return failure(
    failures.some((f) => f.kind === 'network') ? 'network' : 'data',
    failures.map((f) => f.message).join(' '),
    failures.flatMap((f) => f.issues),
  );
}

function fileName(url: string): string {
  const clean = url.split(/[?#]/)[0]!;
  return decodeURIComponent(clean.slice(clean.lastIndexOf('/') + 1) || clean).slice(0, 80);
}
