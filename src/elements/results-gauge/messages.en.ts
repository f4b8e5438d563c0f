import type { GaugeMessages } from './messages.js';

/** English messages: a lazy chunk, loaded before an element renders in English (see english.ts). */
const en: GaugeMessages = {
  name: 'Digital maturity score',
  valueText: '{score} out of 100, level {level}',
  valueTextNoLevel: '{score} out of 100',
  outOf: 'out of 100',
  levelLine: 'Level: {level}',
  empty: 'No result yet: answer the questionnaire to see where your association stands.',
  noScore: 'No overall score: not enough answers.',
  partialDimensions:
    'Partial result: {missing} of {total} {total:dimension|dimensions} could not be assessed. An overall score needs more than half of the dimensions assessed.',
  partialUnknown:
    'Partial result: more than half of the answers are “I don’t know”. Each dimension is still scored (“I don’t know” counts as the lowest answer there), but an overall score would say nothing reliable. Knowing where the association stands is a first step.',
  dimensions: 'Score by dimension',
  dimensionValue: '{score} out of 100 — {level}',
  dimensionNoScore: 'not assessed',
  dimensionNotApplicable: 'not assessed: “Not applicable” for {count} of {total} {total:question|questions}',
  dimensionTooFew: 'not assessed: fewer than half of its questions have an answer that counts',
  'sector-whom-to-ask':
    'Not knowing whom to ask is common: 11% of the association leaders surveyed are in this case, and a quarter of those whose association describes itself as “barely initiated” in digital matters (a category of the survey, not a level of this check-up).',
  'sector-difficulties': 'You are not alone: 76% of the association leaders surveyed report difficulties with digital tools.',
  'sector-strategy':
    'Strategic difficulties (consistency with the association’s project, choosing tools, judging their use) are the only ones that grew: 19% of the leaders surveyed in 2019, 24% in 2022.',
  sectorSource:
    'Source: Solidatech and Recherches & Solidarités, “La place du numérique dans le projet associatif”, survey of 2,776 association leaders, spring 2022. Self-reported answers.',
  badValue: 'The value “{value}” of the value attribute is not a score between 0 and 100.',
  badResults: 'The results given have {count} {count:error|errors}:',
  scale: 'Level scale',
};

export default en;
