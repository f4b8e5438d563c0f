/**
 * « Ouvert / Fermé » for the finder's structures, once the opening-hours module is there (a lazy
 * chunk the caller loads after the first list is drawn): statuses cached by time zone and hours,
 * those of a list computed on idle moments so that a filter change or a new page never waits for
 * the opening-hours parser (10 ms and more for new hours right after a garbage collection).
 */
import { timeZoneOf } from '../geo/timezone.js';
import * as openingHours from '../opening-hours.js';
import type { OpeningStatus, WeekRow } from '../opening-hours.js';
import type { Structure } from '../structures/model.js';
import type { FinderScheduler } from './model.js';

export type HoursModule = typeof openingHours;

/** The opening-hours module itself: importing this module brings it (one lazy chunk with it). */
export const hours: HoursModule = openingHours;

/** The key of a structure's status in the cache: its time zone and hours. */
function statusKey(s: Structure, zone = timeZoneOf(s)): string {
  return `${zone}\u0000${s.hours ?? ''}`;
}

/**
 * The time zones of at most 2,000 structures spread over the data (all 100,000 took a task of
 * 50–90 ms), at most 8: those the opening-hours module warms up before the statuses show.
 */
export function zonesToWarm(all: readonly Structure[]): Set<string> {
  const zones = new Set<string>();
  const stride = Math.ceil(all.length / 2000);
  for (let i = 0; i < all.length && zones.size < 8; i += stride) zones.add(timeZoneOf(all[i]!));
  return zones;
}

export class OpeningStatuses {
  private readonly cache = new Map<string, OpeningStatus>();
  /** List items whose status is computed on the next idle moment (see `cached`). */
  private readonly pending = new Set<Structure>();
  private waiting = false;

  constructor(
    private readonly hours: HoursModule,
    private readonly scheduler: Pick<FinderScheduler, 'idle' | 'now'>,
  ) {}

  /** A structure's status now (computed if it is not cached). */
  of(structure: Structure): OpeningStatus {
    const zone = timeZoneOf(structure);
    const key = statusKey(structure, zone);
    let status = this.cache.get(key);
    if (!status) {
      status = this.hours.openingStatus(structure.hours, zone);
      this.cache.set(key, status);
    }
    return status;
  }

  /** Whether a structure is open now (the "ouvert maintenant" filter). */
  isOpen = (structure: Structure): boolean => this.of(structure).state === 'open';

  /**
   * A list item's status from the cache; one not computed yet is computed on an idle moment, in
   * slices of a few milliseconds, and `onFilled` is called after each slice.
   */
  cached(structure: Structure, onFilled: () => void): OpeningStatus | undefined {
    const status = this.cache.get(statusKey(structure));
    if (status) return status;
    this.pending.add(structure);
    if (!this.waiting) {
      this.waiting = true;
      this.scheduler.idle(() => this.fill(onFilled));
    }
    return undefined;
  }

  private fill(onFilled: () => void): void {
    this.waiting = false;
    const until = this.scheduler.now() + 8;
    for (const structure of this.pending) {
      this.pending.delete(structure);
      this.of(structure);
      if (this.scheduler.now() > until) break;
    }
    if (this.pending.size > 0) {
      this.waiting = true;
      this.scheduler.idle(() => this.fill(onFilled));
    }
    onFilled();
  }

  /** Forget the statuses computed (new data). */
  clear(): void {
    this.cache.clear();
  }

  /** A structure's week, in its time zone. */
  week(structure: Structure): WeekRow[] | undefined {
    return structure.hours ? this.hours.weekTable(structure.hours, timeZoneOf(structure)) : undefined;
  }
}
