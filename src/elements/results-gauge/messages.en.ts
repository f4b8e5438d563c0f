import type { Messages } from '../../core/i18n.js';

/** English messages: a lazy chunk, loaded before an element renders in English (see english.ts). */
const en: Messages = {
  name: 'Digital maturity score',
  valueText: '{score} out of 100, level {level}',
  valueTextNoLevel: '{score} out of 100',
  outOf: 'out of 100',
  levelLine: 'Level: {level}',
  empty: 'No result yet: answer the questionnaire to see where your association stands.',
  noScore: 'Not enough answers to compute a score.',
  dimensions: 'Score by dimension',
  dimensionValue: '{score} out of 100 — {level}',
  dimensionNoScore: 'not assessed',
  sector:
    'In 2022, {share}% of associations were at the “{level}” level (study by France Active, Solidatech and IAE Paris).',
  badValue: 'The value “{value}” of the value attribute is not a score between 0 and 100.',
  badResults: 'The results given have {count} {count:error|errors}:',
  scale: 'Level scale',
  levelRange: '{level}: {from} to {to}',
};

export default en;
