/**
 * When the finder does its deferred work: the model's slices (idle moments, tasks of their own),
 * what waits for the first list to be painted, and the lazy chunks of the detail view and of
 * « Par qui commencer ».
 */
import type { FinderScheduler } from '../../core/finder/model.js';
import { slices, whenIdle, yieldTask } from '../shared/idle.js';

/** When the finder's model does its slices of work: idle moments, and tasks of their own. */
export const SCHEDULER: FinderScheduler = {
  idle: (callback) => void whenIdle(callback),
  now: () => performance.now(),
  slices,
  yieldTask,
};

/**
 * Work deferred from the first draw: on an idle moment after the next frame is painted (the map
 * takes its size and draws its clusters in that frame, a ResizeObserver callback), so that it
 * never delays that frame, nor a click or a keystroke that comes first.
 */
export function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => whenIdle(callback)));
}

export let detailModule: typeof import('./views/detail.js') | undefined;
let detailLoading: Promise<unknown> | undefined;

/**
 * The detail view is a lazy chunk: no page needs it before its first list. Fetched on an idle
 * moment after that list, or when a structure is opened (a failed fetch is tried again then).
 */
export function loadDetailView(): Promise<unknown> {
  detailLoading ??= import('./views/detail.js').then(
    (module) => (detailModule = module),
    () => (detailLoading = undefined),
  );
  return detailLoading;
}


/** At most this many first contacts come first, under « Par qui commencer ». */
export const MAX_FIRST_CONTACTS = 5;

export let firstContactsModule: typeof import('./views/first-contacts.js') | undefined;
type FirstContactsModule = typeof import('./views/first-contacts.js');
let firstContactsLoading: Promise<FirstContactsModule | undefined> | undefined;

/** « Par qui commencer » and the national entry points: a lazy chunk, for the lists that need it. */
export function loadFirstContacts(): Promise<FirstContactsModule | undefined> {
  firstContactsLoading ??= import('./views/first-contacts.js').then(
    (module) => (firstContactsModule = module),
    () => (firstContactsLoading = undefined),
  );
  return firstContactsLoading;
}
