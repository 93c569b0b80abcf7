/**
 * The one place every scenario field's bounds are declared: the zod schema (shared/api/schemas.ts)
 * validates with them and the editor's sliders and fields take their min, max and step from them, so
 * a value the editor offers is always one the schema accepts and the other way round.
 */

export interface Bound {
  min: number;
  max: number;
  /** Slider step in the editor; the schema accepts any value in [min, max] unless `integer`. */
  step: number;
  integer?: boolean;
  /** The slider's practical range when [min, max] is too wide to drag; the number field still takes [min, max]. */
  slider?: { min: number; max: number };
}

const share: Bound = { min: 0, max: 1, step: 0.01 };

export const SCENARIO_BOUNDS = {
  startYear: { min: 2000, max: 2100, step: 1, integer: true },
  horizon: { min: 1, max: 20, step: 1, integer: true },
  adoption: {
    midpoint: { min: 2000, max: 2100, step: 0.5, slider: { min: 2020, max: 2045 } },
    steepness: { min: 0.05, max: 5, step: 0.05, slider: { min: 0.1, max: 3 } },
    ceiling: share,
  },
  exposure: { augmentation: share, automation: share, realismFactor: share },
  roleOverride: {
    growth: { min: -0.5, max: 0.5, step: 0.005 },
    attrition: share,
  },
  levers: {
    reinvestAutomated: share,
    reinvestAugmented: share,
    /** Annual leaver rate per role family and contract type. */
    attrition: share,
    fixedTermRenewal: share,
    weeklyLearningHours: { min: 0.5, max: 40, step: 0.5 },
    budgetCap: { min: 0, max: 1_000_000_000, step: 1000 },
    recruitingCost: { min: 0, max: 1_000_000, step: 100, slider: { min: 0, max: 50_000 } },
    onboardingMonths: { min: 0, max: 36, step: 0.5, slider: { min: 0, max: 24 } },
    transitionPaymentCap: { min: 0, max: 10_000_000, step: 500, slider: { min: 0, max: 200_000 } },
    extraOpenings: { min: 0, max: 100_000, step: 1, integer: true },
  },
  risk: { high: share, medium: share },
  transitions: {
    maxJobZoneDistance: { min: 0, max: 4, step: 1, integer: true },
    minFit: share,
    maxWeeksToReady: { min: 1, max: 520, step: 1, slider: { min: 1, max: 156 } },
    wageTolerance: { min: 0, max: 1, step: 0.01, slider: { min: 0, max: 0.5 } },
    lambda: { min: 0, max: 10, step: 0.05, slider: { min: 0, max: 3 } },
  },
} as const satisfies Record<string, Bound | Record<string, Bound>>;

