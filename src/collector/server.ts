/**
 * The collector's HTTP API (node:http, no framework):
 * - `POST /results`, `POST /contact`: a JSON payload, validated by its published schema, stored;
 * - `GET /export?format=jsonl|csv[&kind=results|contact]`: every stored row, with the export key;
 * - `GET /health`: whether the database answers.
 * Every refusal is a JSON `{error, reason}` whose reason says in plain words what is wrong.
 * Nothing a payload holds is ever logged: a log line names the route and the status only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import { contactSchema } from '../core/contact-schema.js';
import { columnsFor, csvHeader, csvRecord, ROW_KINDS, type ExportRow, type RowKind } from '../core/network-export.js';
import { submissionSchema } from '../core/submission-schema.js';
import { formatIssues } from '../core/validation.js';
import { isKey } from './key.js';
import { addressKey, type RateLimiter } from './rate-limit.js';
import type { Store } from './store.js';

/** Far above the largest valid payload (a contact request with every text at its longest). */
export const MAX_BODY_BYTES = 64 * 1024;
/** Rows read from the database at a time while an export is written. */
const EXPORT_BATCH = 500;

export interface CollectorOptions {
  store: Store;
  /** The export key. */
  key: string;
  /** Origins (`https://example.org`) granted CORS; any other browser origin is refused. */
  origins: ReadonlySet<string>;
  /** Limits the POSTs of each address. */
  limiter: RateLimiter;
  /** Behind a reverse proxy: limit by the address it appends to X-Forwarded-For. */
  trustProxy: boolean;
  log: (line: string) => void;
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** Each address and the one method it answers. */
const ROUTES = new Map([
  ['/results', 'POST'],
  ['/contact', 'POST'],
  ['/export', 'GET'],
  ['/health', 'GET'],
]);

/** A refusal: an HTTP status, a stable error code and a reason for people. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(reason);
  }
}

export function createCollector(options: CollectorOptions): Server {
  const server = createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      const refusal =
        error instanceof Refusal
          ? error
          : new Refusal(500, 'server-error', 'the collector failed to handle this request; try again later');
      // A refusal is expected; anything else is a fault, logged by its message (never the payload).
      if (!(error instanceof Refusal)) options.log(`error: ${(error as Error).message}`);
      if (res.headersSent) res.destroy();
      else sendJson(res, refusal.status, { error: refusal.code, reason: refusal.reason, ...refusal.extra }, refusal.headers);
    });
    res.on('finish', () => options.log(`${req.method} ${routeOf(req)} ${res.statusCode}`));
  });
  // A client that sends its headers or body too slowly loses the connection.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return server;
}

/** The route for the log: a known path, or "(other)" so that no request text reaches the log. */
function routeOf(req: IncomingMessage): string {
  const path = (req.url ?? '').split('?')[0]!;
  return ROUTES.has(path) ? path : '(other)';
}

async function handle(req: IncomingMessage, res: ServerResponse, options: CollectorOptions): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader('vary', 'Origin');
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (!options.origins.has(origin)) {
      throw new Refusal(403, 'origin-not-allowed', `this collector does not accept requests from pages of ${origin.slice(0, 200)}`);
    }
    res.setHeader('access-control-allow-origin', origin);
  }
  // An unreadable request target reads as "/", which answers 404.
  const url = new URL(URL.canParse(req.url ?? '', 'http://collector') ? req.url! : '/', 'http://collector');
  const method = ROUTES.get(url.pathname);
  if (req.method === 'OPTIONS' && method) {
    res.writeHead(204, {
      'access-control-allow-methods': method,
      'access-control-allow-headers': 'content-type, authorization',
      'access-control-max-age': '600',
    });
    res.end();
    return;
  }
  if (!method) throw new Refusal(404, 'not-found', 'no such address: the collector answers POST /results, POST /contact, GET /export and GET /health');
  if (req.method !== method) {
    throw new Refusal(405, 'method-not-allowed', `${url.pathname} answers ${method} only`, { allow: `${method}, OPTIONS` });
  }
  switch (url.pathname) {
    case '/results': {
      const payload = parse(submissionSchema, await jsonBody(req, options));
      sendJson(res, 201, { ok: true, kind: 'results', id: options.store.addResults(payload, new Date().toISOString()) });
      return;
    }
    case '/contact': {
      const payload = parse(contactSchema, await jsonBody(req, options));
      sendJson(res, 201, { ok: true, kind: 'contact', id: options.store.addContact(payload, new Date().toISOString()) });
      return;
    }
    case '/export':
      return exportRows(req, res, url, options);
    default:
      options.store.check();
      sendJson(res, 200, { status: 'ok' });
  }
}

/** The body of a POST as JSON, once the address's rate limit, the content type and the size allow it. */
async function jsonBody(req: IncomingMessage, options: CollectorOptions): Promise<unknown> {
  const forwarded = options.trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim() : '';
  const wait = options.limiter.take(addressKey(forwarded || req.socket.remoteAddress || 'unknown'));
  if (wait > 0) {
    throw new Refusal(429, 'too-many-requests', `too many requests from this address: try again in ${wait} seconds`, {
      'retry-after': String(wait),
    });
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new Refusal(415, 'unsupported-media-type', `the body must be JSON sent as Content-Type: application/json (got ${type.slice(0, 100) || 'none'})`);
  }
  const tooLarge = new Refusal(413, 'payload-too-large', `the body is larger than ${MAX_BODY_BYTES / 1024} KiB`, { connection: 'close' });
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw tooLarge;
  const body = await readBody(req, MAX_BODY_BYTES);
  if (!body) throw tooLarge;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new Refusal(400, 'invalid-json', 'the body is not UTF-8 text');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Refusal(400, 'invalid-json', 'the body is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Refusal(400, 'invalid-payload', 'the body must be a JSON object');
  }
  return data;
}

/**
 * The request's body, or undefined past `limit` bytes. The rest is then read and dropped rather than
 * the stream destroyed, which would cut the connection before the 413 could be sent.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', collect);
      req.resume();
      resolve(undefined);
    };
    req.on('data', collect);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The payload as its schema validates it (unknown fields of the results dropped), or a 400 naming each problem. */
function parse<T extends z.ZodMiniType>(schema: T, data: unknown): z.output<T> {
  const result = z.safeParse(schema, data, { reportInput: true });
  if (result.success) return result.data;
  const issues = formatIssues(result.error.issues).slice(0, 10);
  const reason = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
  throw new Refusal(400, 'invalid-payload', reason, {}, { issues });
}

async function exportRows(req: IncomingMessage, res: ServerResponse, url: URL, options: CollectorOptions): Promise<void> {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!bearer || !isKey(bearer[1]!, options.key)) {
    const reason = bearer ? 'the export key is wrong' : 'an export needs the header Authorization: Bearer <export key>';
    throw new Refusal(401, 'unauthorized', reason, { 'www-authenticate': 'Bearer realm="cap-numerique-collector"' });
  }
  const format = url.searchParams.get('format') ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') throw new Refusal(400, 'invalid-query', 'format must be jsonl or csv');
  const kind = url.searchParams.get('kind');
  if (kind !== null && !ROW_KINDS.includes(kind as RowKind)) throw new Refusal(400, 'invalid-query', 'kind must be results or contact');
  const kinds = kind ? [kind as RowKind] : ROW_KINDS;
  const columns = columnsFor(kinds);
  const name = `cap-numerique-${kind ?? 'export'}-${new Date().toISOString().slice(0, 10)}.${format}`;
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/jsonl; charset=utf-8',
    'content-disposition': `attachment; filename="${name}"`,
  });
  const line = format === 'csv' ? (row: ExportRow) => `${csvRecord(row, columns)}\r\n` : (row: ExportRow) => `${JSON.stringify(row)}\n`;
  // The byte order mark tells spreadsheets the CSV is UTF-8 (accents stay readable).
  if (format === 'csv') res.write(`\uFEFF${csvHeader(columns)}\r\n`);
  for (const rowKind of kinds) {
    let afterId = 0;
    for (;;) {
      const rows = options.store.rows(rowKind, afterId, EXPORT_BATCH);
      if (rows.length === 0) break;
      afterId = rows.at(-1)!.id;
      // Write a batch, then wait until the client has taken it: memory stays bounded however many rows.
      if (!res.write(rows.map(line).join(''))) await drained(res);
      if (res.destroyed) return;
    }
  }
  res.end();
}

/** Resolves when the response can take more, or when its client has gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
