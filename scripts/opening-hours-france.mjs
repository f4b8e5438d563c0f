/**
 * The opening_hours package carries the public and school holidays of some 60 countries; the finder
 * asks it only about France (country code "fr"; the overseas departments are French states there).
 * `franceOnly` turns the other countries' tables into empty objects: the hours chunk goes from 115
 * to 70 KB gzip and evaluates faster, with the same answers for France. The build (rollup.config.js)
 * and the browser tests (web-test-runner.config.mjs) both apply it, so the tests run what ships.
 * It throws if the package's layout changes, so that a new version is looked at.
 */
export const OPENING_HOURS_FILE = /node_modules\/opening_hours\/build\/opening_hours\.esm\.mjs$/;

export function franceOnly(code) {
  const lines = code.split('\n');
  const start = lines.findIndex((line) => line.startsWith('const ad = {'));
  const end = lines.findIndex((line) => line.startsWith('var holiday_definitions = '));
  const heads = [];
  for (let i = start; i >= 0 && i < end; i++) if (/^const [a-z]{2} = \{/.test(lines[i])) heads.push(i);
  if (start < 0 || end < start || !heads.some((i) => lines[i].startsWith('const fr = {'))) {
    throw new Error('opening_hours: its holiday tables are not where expected; review scripts/opening-hours-france.mjs');
  }
  const kept = heads.flatMap((head, k) => {
    const country = lines[head].slice(6, 8);
    return country === 'fr' ? lines.slice(head, heads[k + 1] ?? end) : [`const ${country} = {};`];
  });
  return [...lines.slice(0, start), ...kept, ...lines.slice(end)].join('\n');
}
