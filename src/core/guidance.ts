/**
 * Where the results lead: the next steps of the weakest dimensions for this association's profile,
 * whether first contacts come first, the link to a finder page, and which sector figures compare
 * with these results. Pure functions, shared by the quiz's end screen, the gauge and the diagnostic.
 */
import type { Dimension, DimensionResult, Level, NextStep, Questionnaire, QuizResults, ShowIf } from './types.js';
import { safeHttpUrl } from './url.js';

/** Whether a condition on a profile answer holds (no condition: always). */
export function profileMatches(showIf: ShowIf | undefined, profile: Record<string, string> | undefined): boolean {
  if (!showIf) return true;
  const answer = profile && Object.hasOwn(profile, showIf.question) ? profile[showIf.question] : undefined;
  return answer !== undefined && showIf.anyOf.includes(answer);
}

export interface WeakDimension {
  dimension: Dimension;
  result: DimensionResult & { score: number };
  /** The next steps at its level that apply to this association's profile. */
  steps: NextStep[];
}

/** The weakest dimensions (at most two, weakest first) with their next steps for this profile. */
export function weakestWithSteps(questionnaire: Questionnaire, results: QuizResults): WeakDimension[] {
  const found: WeakDimension[] = [];
  for (const id of results.weakest) {
    const dimension = questionnaire.dimensions.find((d) => d.id === id);
    const result = results.dimensions.find((d) => d.id === id);
    if (!dimension || !result || result.score === null) continue;
    // Own keys only: a level may be called "__proto__" or "constructor".
    const byLevel = dimension.recommendations;
    const steps = result.level && byLevel && Object.hasOwn(byLevel, result.level) ? byLevel[result.level] : undefined;
    found.push({
      dimension,
      result: result as WeakDimension['result'],
      steps: (Array.isArray(steps) ? steps : []).filter((step) => profileMatches(step.showIf, results.profile)),
    });
  }
  return found;
}

/** The lowest level of a scale (the one starting at 0). */
function lowestLevel(levels: Level[]): string | undefined {
  return [...levels].sort((a, b) => a.min - b.min)[0]?.id;
}

/**
 * First contacts come before the next steps when the association does not know whom to ask, is at
 * the lowest level, or answered « Je ne sais pas » to most questions.
 */
export function firstContactsFirst(results: QuizResults, levels: Level[]): boolean {
  return (
    results.knowsWhomToAsk === false ||
    (results.level !== null && results.level === lowestLevel(levels)) ||
    results.partialReason === 'unknown'
  );
}

/**
 * The address of the page that holds the network's finder, with the themes of the weakest
 * dimensions (`?themes=a,b`) and, when first contacts come first (see firstContactsFirst),
 * `&start=1`: the finder then lists first-contact structures first, under « Par qui commencer ».
 * Undefined unless `finderUrl` is an http(s) address.
 */
export function finderLink(finderUrl: string | undefined, themes: readonly string[], base: string, start = false): string | undefined {
  const url = finderUrl ? safeHttpUrl(finderUrl, base) : undefined;
  if (!url) return undefined;
  if (themes.length > 0) url.searchParams.set('themes', themes.join(','));
  if (start) url.searchParams.set('start', '1');
  return url.href;
}

/** Figures from the 2022 survey that compare with what an association answered. */
export type SectorFigure = 'whom-to-ask' | 'difficulties' | 'strategy';

/** Whether a level is in the lower half of its scale. */
function lowerHalf(levels: Level[], level: string | null | undefined): boolean {
  const sorted = [...levels].sort((a, b) => a.min - b.min);
  const index = sorted.findIndex((l) => l.id === level);
  return index >= 0 && index < sorted.length / 2;
}

/**
 * The sector figures tied to these results: not knowing whom to ask (that answer), digital
 * difficulties (an overall level in the lower half of the scale), the growth of strategic
 * difficulties (a weakest dimension about strategy, in the lower half). No figure is tied to a level
 * as such: the survey's categories are not this scale's levels.
 */
export function sectorFigures(
  results: Pick<QuizResults, 'level' | 'knowsWhomToAsk' | 'dimensions'> & { weakest?: string[] },
  levels: Level[],
  themesOf: (dimensionId: string) => readonly string[],
): SectorFigure[] {
  const figures: SectorFigure[] = [];
  if (results.knowsWhomToAsk === false) figures.push('whom-to-ask');
  if (lowerHalf(levels, results.level)) figures.push('difficulties');
  const strategy = (results.weakest ?? []).some((id) => {
    const dimension = results.dimensions.find((d) => d.id === id);
    return themesOf(id).includes('strategie') && lowerHalf(levels, dimension?.level);
  });
  if (strategy) figures.push('strategy');
  return figures;
}
