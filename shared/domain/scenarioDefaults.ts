/**
 * The seeded scenarios (the suggested defaults of the evidence review, A, B, J): `no-ai`
 * (the baseline), `conservative`, `expected`, `accelerated`. Owns: building them from the
 * assumption table; validation is the API layer's (zod).
 */
import { DEFAULT_LEARNING_TIME } from './businessCase';
import { defaultAttritionTable } from './attrition';
import type { Scenario } from './scenario';
import type { AdoptionCurve, Assumptions, PresetName, TaskCategory } from './types';
import { TASK_CATEGORIES } from './types';

/** Names of the seeded scenarios, in the order they are listed. */
export const SEEDED_SCENARIO_NAMES = ['no-ai', 'conservative', 'expected', 'accelerated'] as const;

type SeededScenarioName = (typeof SEEDED_SCENARIO_NAMES)[number];

/** The stored description of a seeded scenario (English; the UI shows its own translation while unchanged). */
const SEEDED_DESCRIPTIONS: Record<SeededScenarioName, string> = {
  'no-ai': 'Baseline: no AI adoption (every adoption ceiling 0); demand follows growth and attrition only.',
  conservative: 'Slow adoption with low ceilings and a low realism factor (the conservative adoption and exposure presets).',
  expected: 'Adoption and time savings as the evidence suggests (the expected adoption and exposure presets).',
  accelerated: 'Fast adoption with high ceilings and savings (the accelerated adoption and exposure presets).',
};

/** Descriptions earlier versions stored for the seeded scenarios (they named a document); still recognised. */
const LEGACY_SEEDED_DESCRIPTIONS: Partial<Record<SeededScenarioName, string>> = {
  conservative: 'Slow adoption with low ceilings and a low realism factor (EVIDENCE.md A and B, conservative preset).',
  expected: 'Adoption and time savings as the evidence suggests (EVIDENCE.md A and B, expected preset).',
  accelerated: 'Fast adoption with high ceilings and savings (EVIDENCE.md A and B, accelerated preset).',
};

export const isSeededScenario = (name: string): name is SeededScenarioName => (SEEDED_SCENARIO_NAMES as readonly string[]).includes(name);

/** True while a seeded scenario still has the description it was seeded with. */
export const hasSeededDescription = (name: string, description: string): boolean =>
  isSeededScenario(name) && (description === SEEDED_DESCRIPTIONS[name] || description === LEGACY_SEEDED_DESCRIPTIONS[name]);

function curves(assumptions: Assumptions, preset: PresetName, ceilingZero: boolean): Record<TaskCategory, AdoptionCurve> {
  const out = {} as Record<TaskCategory, AdoptionCurve>;
  for (const c of TASK_CATEGORIES) {
    const v = assumptions.adoptionPresets[preset][c].value;
    out[c] = { midpoint: v.midpoint, steepness: v.steepness, ceiling: ceilingZero ? 0 : v.ceiling };
  }
  return out;
}

function build(
  assumptions: Assumptions,
  startYear: number,
  name: SeededScenarioName,
  preset: PresetName,
  ceilingZero: boolean,
): Scenario {
  const d = assumptions.defaults;
  const e = assumptions.exposurePresets[preset].value;
  return {
    name,
    description: SEEDED_DESCRIPTIONS[name],
    startYear,
    horizon: 5,
    labelSource: 'average',
    adoption: curves(assumptions, preset, ceilingZero),
    // Copies, so editing a seeded scenario never mutates the shared assumption table.
    exposure: {
      augmentationByExposure: { ...e.augmentationByExposure },
      automationByLevel: { ...e.automationByLevel },
      realismFactor: e.realismFactor,
    },
    taskOverrides: [],
    roleOverrides: [],
    levers: {
      reinvestAutomated: d.reinvestAutomated.value,
      reinvestAugmented: d.reinvestAugmented.value,
      attrition: defaultAttritionTable(assumptions),
      backfill: 'replace_to_demand',
      weeklyLearningHours: d.weeklyLearningHours.value,
      budgetCap: null,
      recruitingCost: d.recruitingCost.value,
      // The hires a reskilled person replaces are in professional, AI-adjacent roles (evidence E).
      onboardingMonths: d.onboardingMonthsProfessional.value,
      transitionPaymentCap: d.transitionPaymentCap.value,
      extraOpenings: [],
      candidateRoles: [],
      learningTime: DEFAULT_LEARNING_TIME,
    },
    risk: { high: 0.5, medium: 0.25 },
    // Viable = job-zone step ≤ 1 (Nesta's Mapping Career Causeways) AND ready within 78 weeks AND fit ≥ 0.3
    // (transitions.ts). 78 weeks = 18 months: at the default 4 h a week the longest evidence H family
    // (data analytics, 200 h + 50% practice = 300 h, 75 weeks) still fits; 52 weeks would rule out the
    // evidence's own routes. 0.3 is Nesta's floor for a viable transition, here on the fit scale.
    transitions: { maxJobZoneDistance: 1, minFit: 0.3, maxWeeksToReady: 78, wageTolerance: 0.05, lambda: 0.5 },
  };
}

/**
 * The four seeded scenarios. `no-ai` uses the expected preset's curves and exposure table with
 * every ceiling 0, so it differs from `expected` in adoption only and is a clean baseline.
 * @param startYear first projected year (integer), e.g. the current calendar year injected by the caller
 * @returns fresh objects in the order no-ai, conservative, expected, accelerated
 */
export function seedScenarios(assumptions: Assumptions, startYear: number): Scenario[] {
  return [
    build(assumptions, startYear, 'no-ai', 'expected', true),
    build(assumptions, startYear, 'conservative', 'conservative', false),
    build(assumptions, startYear, 'expected', 'expected', false),
    build(assumptions, startYear, 'accelerated', 'accelerated', false),
  ];
}
