import { expect } from '@open-wc/testing';
import { JsonSplitter } from '../../src/core/json-split.js';

/** Feed `text` cut at `cuts`, and return what the splitter gives. */
function split(text: string, cuts: number[]): { value: unknown } | undefined {
  const splitter = new JsonSplitter();
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    splitter.feed(text.slice(from, cut));
    from = cut;
  }
  return splitter.finish();
}

/** Every way of cutting `text` in three pieces. */
function* everyCut(text: string): Generator<number[]> {
  for (let a = 0; a <= text.length; a++) for (let b = a; b <= text.length; b++) yield [a, b];
}

const VALID = [
  // The project's format, with strings holding what looks like the end of an element.
  '{"structures": [{"name": "A", "note": "}, {"}, {"name": "B\\\\", "lat": 1.5}], "source": "x"}',
  // GeoJSON: nested objects and lists inside the elements.
  '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[2.3,48.8]},"properties":{"nom":"C"}},{"properties":{"a":[{"b":1},{"c":"],"}]}}]}',
  // data·inclusion: two lists in one object.
  '{"structures":[{"id":"s1"},{"id":"s2"}],"services":[{"structure_id":"s1","thematiques":["x"]}]}',
  // A list at the top, escapes and a byte-order mark.
  '\uFEFF [ {"a": "\\"},{\\""}, {"b": "\\u005d"} ,3, "four", [5, {"six": 6}] ] ',
  '[]',
  '{}',
  '{"structures": []}',
];

const INVALID = [
  '[{"a": 1},]',
  '[{"a": 1},,{"b": 2}]',
  '[,{"a": 1}]',
  '{"structures": [{"a": 1}, {"b": 2}]',
  '{"structures": [{"a": 1}, {"b": 2}]}}',
  '{"structures": [{"a": 1} {"b": 2}]}',
  '[{"a": 1}] [{"b": 2}]',
  '{"structures": [{"a": "never closed}]}',
];

describe('JsonSplitter', () => {
  it('gives what JSON.parse gives, however the text is cut', () => {
    for (const text of VALID) {
      const expected = JSON.stringify(JSON.parse(text.replace(/^\uFEFF/, '')));
      for (const cuts of everyCut(text)) {
        const result = split(text, cuts);
        expect(result, `${text} cut at ${cuts}`).to.not.equal(undefined);
        expect(JSON.stringify(result!.value), `${text} cut at ${cuts}`).to.equal(expected);
      }
    }
  });

  it('gives nothing for invalid JSON, however the text is cut, so the caller reports the parser’s error', () => {
    for (const text of INVALID) {
      expect(() => JSON.parse(text)).to.throw();
      for (const cuts of everyCut(text)) expect(split(text, cuts), `${text} cut at ${cuts}`).to.equal(undefined);
    }
  });

  it('lets go of CSV and of JSON that is no object or list at once', () => {
    for (const text of ['nom;latitude;longitude\nA;45;5\n', '  "text"', '42', 'null']) {
      const splitter = new JsonSplitter();
      expect(splitter.feed(text), text).to.equal(false);
      expect(splitter.finish(), text).to.equal(undefined);
    }
    expect(new JsonSplitter().finish(), 'empty').to.equal(undefined);
  });

  it('keeps a "__proto__" key a plain property, as JSON.parse does', () => {
    const result = split('{"__proto__": [{"a": 1}], "structures": [{"b": 2}]}', [5, 20]);
    const value = result!.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.keys(value)).to.deep.equal(['__proto__', 'structures']);
    expect(value.structures).to.deep.equal([{ b: 2 }]);
  });

  it('reads a large file fed in pieces of any size, with a long element across many pieces', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      id: `r${i}`,
      name: `Structure "${i}" },{ [`,
      themes: ['outils', 'formation'],
      lat: 45 + i / 1e4,
      lon: 5,
      ...(i === 1500 ? { description: 'é\\"}, {'.repeat(100_000) } : {}),
    }));
    const text = JSON.stringify({ structures: rows }, null, 1);
    for (const size of [1, 7, 4096, 65536]) {
      const cuts = [];
      for (let at = size; at < text.length && cuts.length < 200_000; at += size) cuts.push(at);
      if (size === 1) cuts.length = 20_000;
      const result = split(text, cuts);
      expect(JSON.stringify(result!.value), `pieces of ${size}`).to.equal(JSON.stringify({ structures: rows }));
    }
  });
});
