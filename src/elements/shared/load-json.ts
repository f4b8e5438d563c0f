import { translator, type Lang } from '../../core/i18n.js';
import { JsonSplitter } from '../../core/json-split.js';
import { failure, type LoadFailure, type LoadResult } from './failure.js';
import { slices } from './idle.js';
import { sharedEnglishMessages } from './messages.js';

/**
 * Fetching and parsing data files: a chunk of its own, loaded by the quiz only for a `src` or an
 * inline questionnaire (the built-in one needs none of it).
 */

/**
 * What goes wrong while fetching and reading a file: the French text here rather than in the shared
 * catalog, so that pages that never load a file do not carry it; the English text is in the shared
 * English chunk, loaded with the element's other English messages.
 */
const fr = {
  fetchStatus: 'Le fichier {url} n’a pas pu être chargé : le serveur a répondu {status}.',
  fetchTimeout: 'Le fichier {url} ne répond pas (pas de réponse après {seconds} s).',
  fetchNetwork: 'Le fichier {url} n’a pas pu être chargé (erreur réseau ou accès refusé par le serveur).',
  fetchCutOff: 'Le téléchargement du fichier {url} a été interrompu avant la fin (connexion coupée).',
  fetchIncomplete: 'Le fichier {url} est incomplet : il s’arrête avant la fin du JSON (téléchargement interrompu ou fichier tronqué).',
  notJson: 'Le contenu de {where} n’est pas du JSON valide : {detail}',
  empty: 'Le contenu de {where} est vide.',
  notUtf8: 'Le fichier {url} n’est pas encodé en UTF-8 : enregistrez-le en UTF-8 (« CSV UTF-8 » ou « Unicode (UTF-8) » dans votre tableur ou votre éditeur).',
};

/** Every key of these messages: the shared English catalog (messages.en.ts) has them too. */
export type LoadMessages = Record<keyof typeof fr, string>;

const loadMsg = translator({ fr, en: sharedEnglishMessages });

/**
 * A file's text. `encoding` is set when the bytes were not UTF-8 and were read as Windows-1252
 * (what French spreadsheets save): the caller decides whether to refuse or to warn. `json` is set
 * when the caller asked for the file to be parsed while it downloads and it was a JSON object or
 * list: `value` is then empty (the text is not kept).
 */
export type FetchedText = { ok: true; value: string; encoding?: 'windows-1252'; json?: { value: unknown } };

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * GET a JSON (or text) resource with a time-out; never throws. Same-origin credentials only.
 * With `parse`, a JSON file is parsed while it arrives (see `JsonSplitter`).
 */
export async function fetchText(
  url: string,
  lang: Lang,
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
  parse = false,
): Promise<FetchedText | LoadFailure> {
  // A load-timeout attribute that is not a positive number ("NaN", "-1") must not mean "at once".
  if (!(timeoutMs > 0 && timeoutMs < 2 ** 31)) timeoutMs = DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const shown = shortUrl(url);
  // Set once the headers have arrived: a failure after that is a download cut off mid-body.
  let answered = false;
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` (${response.statusText})` : ''}`;
      return failure('network', loadMsg(lang, 'fetchStatus', { url: shown, status }));
    }
    answered = true;
    return { ok: true, ...(await bodyText(response, parse)) };
  } catch {
    if (controller.signal.aborted) {
      return failure('network', loadMsg(lang, 'fetchTimeout', { url: shown, seconds: Math.round(timeoutMs / 100) / 10 }));
    }
    return failure('network', loadMsg(lang, answered ? 'fetchCutOff' : 'fetchNetwork', { url: shown }));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body decoded while it arrives rather than all at once at the end (for a 12 MB file the text
 * is ready about 50 ms sooner): UTF-8, or UTF-16 when the file starts with its byte-order mark.
 * Bytes that are not UTF-8 are not replaced by "�" one by one: the whole file is read again as
 * Windows-1252, and the result says so.
 */
async function bodyText(
  response: Response,
  parse: boolean,
): Promise<{ value: string; encoding?: 'windows-1252'; json?: { value: unknown } }> {
  if (!response.body || typeof TextDecoder === 'undefined') return { value: await response.text() };
  const splitter = parse ? new JsonSplitter() : undefined;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let decoder: TextDecoder | undefined;
  // The decoded pieces the splitter does not hold (its text is read again from the bytes if it fails).
  let parts: string[] = [];
  let dropped = false;
  let valid = true;
  const keep = (piece: string) => {
    if (splitter?.feed(piece)) dropped = true;
    else parts.push(piece);
  };
  // Pieces that are already there resolve at once: without a pause, the whole download would be
  // read in one task (200 ms and more for 12 MB).
  const { pause } = slices();
  for (;;) {
    await pause();
    const { done, value } = await reader.read();
    if (done) break;
    if (!decoder) {
      const utf16 = value[0] === 0xff && value[1] === 0xfe ? 'utf-16le' : value[0] === 0xfe && value[1] === 0xff ? 'utf-16be' : undefined;
      decoder = new TextDecoder(utf16 ?? 'utf-8', { fatal: true });
    }
    // A busy page gets the bytes that piled up in one piece (megabytes): read a slice at a time.
    for (let at = 0; valid && at < value.length; ) {
      if (at > 0) await pause();
      // The splitter reads its first piece character by character (up to the first list's
      // elements), the next ones with `JSON.parse`: that first piece is kept short.
      const size = chunks.length === 0 && at === 0 ? FIRST_PIECE : PIECE;
      try {
        keep(decoder.decode(value.subarray(at, at + size), { stream: true }));
      } catch {
        valid = false;
        parts = [];
      }
      at += size;
    }
    chunks.push(value);
  }
  if (valid && decoder) {
    try {
      keep(decoder.decode());
      const json = splitter?.finish();
      if (json) return { value: '', json };
      return { value: dropped ? new TextDecoder(decoder.encoding).decode(joinBytes(chunks)) : parts.join('') };
    } catch {
      valid = false;
    }
  }
  if (valid) return { value: '' };
  return { value: new TextDecoder('windows-1252').decode(joinBytes(chunks)), encoding: 'windows-1252' };
}

/** Bytes decoded and parsed between two pauses at most (about 2–5 ms of work). */
const PIECE = 256 * 1024;
/** The first piece (read character by character: 256 KB of it took 10–11 ms in `node`, cold). */
const FIRST_PIECE = 16 * 1024;

function joinBytes(chunks: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The failure a file gets when its bytes are not UTF-8 and the element cannot use them anyway. */
export function notUtf8(url: string, lang: Lang): LoadFailure {
  return failure('data', loadMsg(lang, 'notUtf8', { url: shortUrl(url) }));
}

/** Parse JSON text, with the parser's own explanation (and position) when it fails. */
export function parseJson(text: string, where: string, lang: Lang): LoadResult<unknown> {
  if (text.trim() === '') return failure('data', loadMsg(lang, 'empty', { where }));
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure('data', loadMsg(lang, 'notJson', { where, detail: detail.slice(0, 300) }));
  }
}

/**
 * Whether JSON text stops before its end — inside a string, or with brackets left open — as a
 * download cut short does (or a file saved half-way). Called only once parsing has failed.
 */
export function endsEarly(text: string): boolean {
  const json = text.replace(/^\uFEFF/, '').trim();
  if (json[0] !== '{' && json[0] !== '[') return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth < 0) return false;
  }
  return inString || depth > 0;
}

/** The failure to show for a fetched JSON file that stops early: worth a retry. */
export function incomplete(url: string, lang: Lang): LoadFailure {
  return failure('network', loadMsg(lang, 'fetchIncomplete', { url: shortUrl(url) }));
}

function shortUrl(url: string): string {
  return url.length > 120 ? `${url.slice(0, 117)}…` : url;
}
