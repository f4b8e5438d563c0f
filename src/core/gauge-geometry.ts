import type { Level } from './types.js';

/** The gauge is a half circle: 0 points at the left (−90°), 100 at the right (+90°). */
export const GAUGE_START = -Math.PI / 2;
export const GAUGE_END = Math.PI / 2;

export function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0;
}

/** Angle in radians (d3-shape's convention: 0 at 12 o'clock, clockwise) of a 0–100 score. */
export function scoreToAngle(score: number): number {
  return GAUGE_START + (clampScore(score) / 100) * (GAUGE_END - GAUGE_START);
}

export interface LevelBand {
  id: string;
  /** Position of the level in the table (0 = lowest), used for its colour token. */
  index: number;
  from: number;
  to: number;
}

/** The score ranges of the levels, lowest first, covering 0–100 without gap. */
export function levelBands(levels: readonly Level[]): LevelBand[] {
  const sorted = [...levels].sort((a, b) => a.min - b.min);
  return sorted.map((level, index) => ({
    id: level.id,
    index,
    from: index === 0 ? 0 : clampScore(level.min),
    to: index === sorted.length - 1 ? 100 : clampScore(sorted[index + 1]!.min),
  }));
}

/** Ease-out cubic, for the fill animation. */
export function easeOut(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return 1 - (1 - clamped) ** 3;
}

/** Points of a radar polygon: one axis per dimension, starting at 12 o'clock, clockwise. */
export function radarPoints(scores: readonly number[], radius: number): [number, number][] {
  const n = scores.length;
  return scores.map((score, i) => {
    const angle = (i / n) * 2 * Math.PI;
    const r = (clampScore(score) / 100) * radius;
    return [Math.sin(angle) * r, -Math.cos(angle) * r];
  });
}
