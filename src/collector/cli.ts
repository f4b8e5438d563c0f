/**
 * `cap-numerique-collector`: receives what the elements send after the user's consent (anonymous
 * results, contact requests), keeps it in an SQLite database, and exports it for the network's staff.
 * Built into dist/collector/cap-numerique-collector.js (the package's `bin`) by
 * scripts/build-collector.mjs.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { safeHttpUrl } from '../core/url.js';
import { VERSION } from '../core/version.js';
import { loadOrCreateKey } from './key.js';
import { RateLimiter } from './rate-limit.js';
import { createCollector } from './server.js';
import { openStore, type Store } from './store.js';

const USAGE = `Usage: cap-numerique-collector [options]

Receives the anonymous results and contact requests that Cap Numérique's elements send (their
submit-url), stores them in an SQLite database, and exports them for the network's staff.

Options:
  --port <n>            port to listen on (default 8787; 0 picks a free one)
  --host <address>      address to listen on (default 127.0.0.1; 0.0.0.0 or :: for every interface)
  --origin <site>       a site whose pages may send here (CORS), e.g. https://www.example.org;
                        repeat it for each site; browsers on any other site are refused
  --data <dir>          the database's folder (default ./cap-numerique-data)
  --key-file <file>     the export key (default <data>/export.key); when the file does not exist,
                        a key is generated, written there (mode 0600) and printed once
  --retention-days <n>  rows received more than n days ago are deleted, at start and daily
                        (default 365)
  --rate-limit <n>      POSTs accepted per address per 10 minutes (default 60)
  --trust-proxy         behind a reverse proxy: limit the address it appends to X-Forwarded-For
  -h, --help            show this help

Endpoints: POST /results, POST /contact, GET /export?format=jsonl|csv (Authorization: Bearer <key>),
GET /health. See docs/collector.md in the cap-numerique package.
`;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A mistake in the command line: told with the usage hint, exit status 2. */
class UsageError extends Error {}

interface Settings {
  port: number;
  host: string;
  origins: Set<string>;
  data: string;
  keyFile: string;
  retentionDays: number;
  rateLimit: number;
  trustProxy: boolean;
}

function settingsOf(args: string[]): Settings | 'help' {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true, default: [] },
      data: { type: 'string', default: 'cap-numerique-data' },
      'key-file': { type: 'string' },
      'retention-days': { type: 'string', default: '365' },
      'rate-limit': { type: 'string', default: '60' },
      'trust-proxy': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const data = resolve(values.data);
  return {
    port: integer('--port', values.port, 0, 65535),
    host: values.host,
    origins: new Set(values.origin.map(originOf)),
    data,
    keyFile: resolve(values['key-file'] ?? join(data, 'export.key')),
    retentionDays: integer('--retention-days', values['retention-days'], 1, 36500),
    rateLimit: integer('--rate-limit', values['rate-limit'], 1, 1_000_000),
    trustProxy: values['trust-proxy'],
  };
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
  return value;
}

/** A site as browsers send it in the Origin header: scheme, host and port, no path. */
function originOf(site: string): string {
  const url = safeHttpUrl(site);
  if (!url) {
    throw new UsageError(
      URL.canParse(site) ? `--origin must be an http(s) site (got "${site}")` : `--origin must be a site such as https://www.example.org (got "${site}")`,
    );
  }
  if (url.pathname !== '/' || url.search || url.hash) throw new UsageError(`--origin is a site without a path, such as ${url.origin} (got "${site}")`);
  return url.origin;
}

/** Deletes the rows past their retention; logs how many, never what. */
function applyRetention(store: Store, days: number, log: (line: string) => void): void {
  const cutoff = new Date(Date.now() - days * DAY_MS).toISOString();
  const deleted = store.deleteReceivedBefore(cutoff);
  log(`retention: deleted ${deleted.results} results and ${deleted.contact} contact requests received before ${cutoff}`);
}

async function main(args: string[]): Promise<void> {
  const settings = settingsOf(args);
  if (settings === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
  // The database, its journal and the key hold personal data and a secret: owner only.
  process.umask(0o077);
  mkdirSync(settings.data, { recursive: true, mode: 0o700 });
  const exportKey = loadOrCreateKey(settings.keyFile);
  const databaseFile = join(settings.data, 'collector.sqlite');
  const store = await openStore(databaseFile);

  console.log(`cap-numerique-collector ${VERSION}`);
  console.log(`Database: ${databaseFile} (rows kept ${settings.retentionDays} days)`);
  console.log(
    settings.origins.size
      ? `Sites allowed to send: ${[...settings.origins].join(', ')}`
      : 'Sites allowed to send: none (browsers are refused until you add --origin <site>)',
  );
  if (exportKey.created) {
    console.log(`Export key, written to ${settings.keyFile} and shown only this once:\n\n  ${exportKey.key}\n`);
  } else {
    console.log(`Export key: read from ${settings.keyFile}`);
  }
  if (exportKey.warning) console.warn(`Warning: ${exportKey.warning}`);

  applyRetention(store, settings.retentionDays, log);
  const retention = setInterval(() => applyRetention(store, settings.retentionDays, log), DAY_MS);

  const server = createCollector({
    store,
    key: exportKey.key,
    origins: settings.origins,
    limiter: new RateLimiter(settings.rateLimit, 10 * 60 * 1000),
    trustProxy: settings.trustProxy,
    log,
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? `port ${settings.port} is busy: choose another with --port` : error.message;
    console.error(`cap-numerique-collector: ${reason}`);
    process.exit(1);
  });
  server.listen(settings.port, settings.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : settings.port;
    const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
    console.log(`Listening on http://${host}:${port}`);
  });

  const stop = () => {
    clearInterval(retention);
    server.close(() => {
      store.close();
      process.exit(0);
    });
    server.closeIdleConnections();
    // Requests still running after a few seconds are cut: the database stays consistent anyway.
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`cap-numerique-collector: ${(error as Error).message}${usage ? '\nSee cap-numerique-collector --help.' : ''}`);
  process.exit(usage ? 2 : 1);
});
