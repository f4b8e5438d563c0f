// The demo page's export is what scripts/demo-network-export.mjs writes (run it again after a
// change), every line is fictitious, and the generator gives the same bytes on every run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { networkExport } from '../../scripts/demo-network-export.mjs';

const FILE = 'demo/data/reseau-export-fictif.jsonl';

test('the committed demo export is the generator’s output, and the generator is deterministic', () => {
  const text = networkExport();
  assert.equal(readFileSync(FILE, 'utf8'), text, 'run node scripts/demo-network-export.mjs');
  assert.equal(networkExport(), text);
});

test('the demo export is clearly fictitious: example.org addresses, fiction phone range, « fictive » names', () => {
  const rows = readFileSync(FILE, 'utf8').trim().split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line)];
    } catch {
      return [];
    }
  });
  const contacts = rows.filter((row) => row.kind === 'contact');
  assert.equal(rows.filter((row) => row.kind === 'results').length, 421); // 420 and one damaged on purpose (score 180)
  assert.equal(contacts.length, 48);
  for (const contact of contacts) {
    if (contact.email) assert.match(contact.email, /@example\.org$/);
    if (contact.phone) assert.match(contact.phone, /^01 99 00 /);
    assert.match(contact.association, /\(fictive \d+\)$/);
  }
});
