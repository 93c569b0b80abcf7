/**
 * Adoption curves (model point 1): the share of exposed task volume done with AI in a
 * category and year. Owns: the logistic curve and its per-year, per-category evaluation.
 */
import type { AdoptionCurve, TaskCategory } from './types';
import { TASK_CATEGORIES } from './types';

/**
 * Logistic adoption `ceiling / (1 + exp(−k (year − midpoint)))`.
 * @param curve midpoint (year, may be fractional), steepness k (per year, ≥ 0), ceiling (0..1)
 * @param year calendar year (the figure for that year; fractional years allowed)
 * @returns share of exposed task volume done with AI, in [0, ceiling]
 */
export function adoption(curve: AdoptionCurve, year: number): number {
  // exp overflows to Infinity for very early years, which correctly gives 0, never NaN.
  return curve.ceiling / (1 + Math.exp(-curve.steepness * (year - curve.midpoint)));
}

/** Index of each category in TASK_CATEGORIES: the model keeps per-category sums in typed arrays. */
export const CATEGORY_INDEX: ReadonlyMap<TaskCategory, number> = new Map(
  TASK_CATEGORIES.map((c, i) => [c, i] as const),
);

/**
 * Adoption of every category in one year, ordered as TASK_CATEGORIES.
 * @returns shares 0..1; a category missing from `curves` counts as not adopted (0)
 */
export function adoptionVector(curves: Record<TaskCategory, AdoptionCurve>, year: number): Float64Array {
  const out = new Float64Array(TASK_CATEGORIES.length);
  for (let i = 0; i < TASK_CATEGORIES.length; i++) {
    const curve = curves[TASK_CATEGORIES[i]];
    out[i] = curve ? adoption(curve, year) : 0;
  }
  return out;
}
