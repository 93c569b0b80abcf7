/**
 * The scenario: plain, serialisable data the planner edits, exports and imports.
 * Owns: the shape only (see scenarioDefaults.ts for the seeded presets).
 */
import type { AttritionFamily } from './attrition';
import type { AdoptionCurve, ContractType, ExposureAssumptions, TaskCategory } from './types';

/** Where exposure labels come from. `cautious` takes per task the lower label (E0 < E2 < E1). */
export type LabelSource = 'human' | 'gpt4' | 'average' | 'cautious';

export type BackfillPolicy = 'replace_to_demand' | 'none';

export interface TaskOverride {
  taskId: string;
  /** Replace the automated share (0..1) of this task before adoption; omitted = model value. */
  automation?: number;
  /** Replace the augmented share (0..1) of this task before adoption; omitted = model value. */
  augmentation?: number;
  /** Required: why the planner overrides the data. */
  reason: string;
}

export interface RoleOverride {
  roleCode: string;
  /** Annual growth rate replacing the dataset default. */
  growth?: number;
  /** Annual attrition rate replacing the scenario default. */
  attrition?: number;
  /** Task time shares replacing the dataset task mix (must sum to 1). */
  taskMix?: { taskId: string; share: number }[];
  reason: string;
}

/** Annual leaver rates per role family and contract type, and the share of ending fixed-term contracts renewed. */
export interface AttritionTable {
  rates: Record<AttritionFamily, Record<ContractType, number>>;
  fixedTermRenewal: number;
}

export interface RiskThresholds {
  /** A role is high risk from this share of time affected (A + G), medium from `medium`. */
  high: number;
  medium: number;
}

export interface TransitionRules {
  maxJobZoneDistance: number;
  minFit: number;
  maxWeeksToReady: number;
  /** Target wage may be this fraction below the current wage and still count as desirable. */
  wageTolerance: number;
  /** λ in Σ (fit − λ × weeks / 52). */
  lambda: number;
}

export interface Scenario {
  name: string;
  description: string;
  startYear: number;
  /** Years after the start year that the projection covers (default 5). */
  horizon: number;
  labelSource: LabelSource;
  /** Adoption curve per task category. */
  adoption: Record<TaskCategory, AdoptionCurve>;
  exposure: ExposureAssumptions;
  taskOverrides: TaskOverride[];
  roleOverrides: RoleOverride[];
  levers: {
    reinvestAutomated: number;
    reinvestAugmented: number;
    /** Annual attrition per role family × contract type, and fixed-term renewals (attrition.ts). */
    attrition: AttritionTable;
    backfill: BackfillPolicy;
    weeklyLearningHours: number;
    /** Total reskilling budget in euros; null = no cap. */
    budgetCap: number | null;
    recruitingCost: number;
    onboardingMonths: number;
    transitionPaymentCap: number;
    /** Planner-entered openings per target role, added to the driver-based ones. */
    extraOpenings: { roleCode: string; count: number }[];
    /** Optional narrowing of the redeployment candidates to these current roles (empty = all shrinking roles). */
    candidateRoles: string[];
    /**
     * Business case: learning hours paid at wage ("paid") or taken from AI-freed time ("freed"). Absent in
     * scenarios stored before it existed: they read as "paid" (businessCase.ts DEFAULT_LEARNING_TIME).
     */
    learningTime?: 'paid' | 'freed';
  };
  risk: RiskThresholds;
  transitions: TransitionRules;
}
