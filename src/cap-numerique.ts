/**
 * One ES module that defines every Cap Numérique element:
 * `<script type="module" src="…/dist/cap-numerique.js"></script>`.
 */
export * from './elements/maturity-quiz/define.js';
export * from './elements/results-gauge/define.js';
export * from './elements/support-finder/define.js';
export * from './elements/diagnostic/define.js';
export * from './elements/network-overview/define.js';
export { computeResults, visibleQuestions, questionScore, levelFor } from './core/scoring.js';
export { SUPPORT_THEMES } from './core/vocabulary.js';
export { VERSION } from './core/version.js';
export type * from './core/types.js';
export type { CapErrorDetail } from './elements/shared/events.js';
