/**
 * Stands in for d3-transition in the bundle. d3-zoom imports it only to interrupt running
 * transitions; the finder's map runs none (it glides with its own animation frames and turns off
 * the double-click zoom, d3-zoom's only transition), so there is nothing to interrupt. This saves
 * d3-transition, d3-interpolate's colour code and d3-color (~10 KB gzip). The tests run with it too
 * (web-test-runner.config.mjs).
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function interruptNothing(this: unknown) {
  return this;
};
