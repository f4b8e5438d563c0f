// Writes dist/cap-numerique.css: the space the elements take before their code arrives (see
// src/reserve.ts), for pages that link it in <head> so that nothing moves even before the loader runs.
import { writeFileSync } from 'node:fs';
import { RESERVED_SPACE_CSS } from '../src/reserve.js';

writeFileSync(
  'dist/cap-numerique.css',
  `/* Cap Numérique: space reserved for the elements until their code arrives. */\n${RESERVED_SPACE_CSS}\n`,
);
