import { expect } from '@open-wc/testing';
import { endsEarly, fetchText } from '../../../src/elements/shared/load-json.js';

describe('endsEarly', () => {
  it('spots JSON that stops before its end', () => {
    expect(endsEarly('{"id": "mini", "questions": [{"id": "q1"}, {"id"')).to.equal(true);
    expect(endsEarly('[1, 2, ')).to.equal(true);
    expect(endsEarly('\uFEFF{"title": "Diagnostic de l’associa')).to.equal(true);
    // Brackets and escaped quotes inside strings do not count.
    expect(endsEarly('{"a": "}]"')).to.equal(true);
    expect(endsEarly('{"a": "say \\"hi\\" }')).to.equal(true);
  });

  it('does not take other broken files for cut ones', () => {
    expect(endsEarly('{"a": 1,}')).to.equal(false);
    expect(endsEarly('{"a": 1}}')).to.equal(false);
    expect(endsEarly('{"a": "}"}')).to.equal(false);
    expect(endsEarly('<!doctype html><p>Pas du JSON</p>')).to.equal(false);
    expect(endsEarly('nom,latitude,longitude\nA,45,')).to.equal(false);
    expect(endsEarly('')).to.equal(false);
  });
});

describe('fetchText', () => {
  it('parses a large file arriving in one piece, its characters cut anywhere, as JSON.parse does', async () => {
    // About 1.5 MB of two- and three-byte characters: the 256 KB slices it is read in end inside them.
    const rows = Array.from({ length: 4000 }, (_, i) => ({ id: i, name: `Lieu ${i} — Île-de-France “${'é’'.repeat(i % 97)}”`, lat: 48.85, lon: 2.35 }));
    const text = JSON.stringify({ structures: rows });
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    try {
      const result = await fetchText(url, 'fr', 10000, true);
      if (!result.ok) throw new Error(result.message);
      expect(result.json?.value).to.deep.equal(JSON.parse(text));
      const plain = await fetchText(url, 'fr', 10000);
      if (!plain.ok) throw new Error(plain.message);
      expect(plain.value).to.equal(text);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
