/**
 * Writes N fictitious support structures in the project's own JSON format, for tests and the
 * benchmark. Reproducible: the same N and seed give the same file.
 *
 *   npx tsx scripts/generate-structures.ts 20000 > structures-20000.json
 *   npx tsx scripts/generate-structures.ts 500 42 > small.json   # seed 42
 */
import { generateStructures } from './structures-generator.js';

const [countArg = '20000', seedArg = '1'] = process.argv.slice(2);
const count = Number(countArg);
const seed = Number(seedArg);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
  process.stderr.write('Usage: npx tsx scripts/generate-structures.ts <count> [seed] > structures.json\n');
  process.exit(2);
}

// One structure a line: the file stays readable and diffable at 20,000 entries.
const lines = generateStructures(count, seed).map((s) => `  ${JSON.stringify(s)}`);
process.stdout.write(`{"structures": [\n${lines.join(',\n')}\n]}\n`);
