/**
 * What the finder fetches once its first list is in the DOM, besides the detail view: the
 * opening hours' statuses and the integrators' data report (lazy chunks, see scheduling.ts for
 * when).
 */
import type { FinderModel } from '../../core/finder/model.js';
import type { OpeningStatuses } from '../../core/finder/opening-hours-statuses.js';
import { whenIdle } from '../shared/idle.js';
import { SCHEDULER } from './scheduling.js';

/**
 * « Ouvert / Fermé » for the model's structures: the opening-hours chunk (call it once the first
 * list is in the DOM), warmed up on idle moments.
 */
export async function openingStatuses(model: FinderModel): Promise<OpeningStatuses> {
  const { hours, OpeningStatuses, zonesToWarm } = await import('../../core/finder/opening-hours-statuses.js');
  // The package's first uses are slow: done a step per idle moment before the statuses show.
  // A zone missed here is set up on its first use.
  for (const step of hours.warmUpSteps(zonesToWarm(model.all))) {
    await new Promise<void>((resolve) => whenIdle(resolve));
    step();
  }
  return new OpeningStatuses(hours, SCHEDULER);
}

export let reportModule: typeof import('./views/report.js') | undefined;
let reportLoading: Promise<unknown> | undefined;

/** The integrators' data report, fetched after the first list (tried again after a failure). */
export function loadReportView(): Promise<unknown> {
  reportLoading ??= import('./views/report.js').then(
    (module) => (reportModule = module),
    () => (reportLoading = undefined),
  );
  return reportLoading;
}
