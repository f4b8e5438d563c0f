import type { Lang } from '../../core/i18n.js';
import { emit } from '../shared/events.js';
import { usableTiles } from './finder-map.js';
import { finderMsg } from './messages.js';

export const DEFAULT_RADIUS_KM = 30;

/** The search radius in use: `radius` when it is a positive number of kilometres, else 30. */
export function radiusKm(radius: number): number {
  return Number.isFinite(radius) && radius > 0 ? radius : DEFAULT_RADIUS_KM;
}

export interface AttributeProblem {
  path: string;
  /** What the page shows (in `lang`). */
  text: string;
  /** What the `cap-error` event's issue says. */
  issue: string;
}

/**
 * Attribute values the finder cannot use (and what it does instead), to show and report.
 * `radiusAttribute`: the attribute as written, when there is one.
 */
export function attributeProblems(radius: number, radiusAttribute: string | null, tiles: string, lang: Lang): AttributeProblem[] {
  const problems: AttributeProblem[] = [];
  if (radiusKm(radius) !== radius) {
    const value = (radiusAttribute ?? String(radius)).slice(0, 100);
    problems.push({
      path: 'radius',
      text: finderMsg(lang, 'badRadius', { value, radius: DEFAULT_RADIUS_KM }),
      issue: `expected a positive number of kilometres, got ${value}`,
    });
  }
  if (tiles && tiles !== 'none' && !usableTiles(tiles)) {
    const value = tiles.slice(0, 100);
    problems.push({
      path: 'tiles',
      text: finderMsg(lang, 'badTiles', { value }),
      issue: `expected none, ign or an http(s) template with {z}, {x} and {y}, got ${value}`,
    });
  }
  return problems;
}

/**
 * Log and report (`cap-error`) the attribute problems when they differ from those last reported
 * (`reported`, their texts joined); gives the new value of `reported`.
 */
export function reportProblems(el: HTMLElement, problems: readonly AttributeProblem[], reported: string): string {
  const key = problems.map((p) => p.text).join('\n');
  if (key === reported || problems.length === 0) return key;
  console.warn(`[cap-numerique] <${el.localName}>: ${key}`);
  emit(el, 'cap-error', { message: key, issues: problems.map((p) => ({ path: p.path, message: p.issue })) });
  return key;
}
