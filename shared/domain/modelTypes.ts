/**
 * Types of the impact model (the model, points 1–4 and 10): its inputs, the shapes it
 * returns and the explanation inputs it emits. Owns: shapes only, no logic.
 * The fixed shapes (types.ts, scenario.ts, explain.ts) are used as they are; everything the model
 * adds lives here.
 */
import type { AttritionFamily, RoleLeaverRates } from './attrition';
import type { ExplainInput, Explanation } from './explain';
import type { BackfillPolicy, LabelSource, RoleOverride, Scenario, TaskOverride } from './scenario';
import type { Assumptions, AutomationLabel, ContractType, ExposureLabel, Role, Task, TaskCategory, Text } from './types';

/**
 * One role's staff as aggregates: the model never looks at single employees, which keeps a
 * recompute independent of the organisation's size (10,000 people cost the same as 100).
 */
export interface RoleWorkforce {
  roleCode: string;
  /** Number of people (count ≥ 0). */
  headcount: number;
  /** Sum of the people's FTE (≥ 0). */
  fte: number;
  /** Sum of gross annual salaries in euros (role default where a person has none). */
  salaryTotal: number;
  /** FTE per contract type (attrition differs by contract); absent = all permanent. */
  fteByContract?: Partial<Record<ContractType, number>>;
}

/** Source ids the model cites in explanations; `defaultSourceIds` derives them from the assumptions. */
export interface ModelSourceIds {
  /** Behind the task labels and the task list: default ['onet-29-3', 'gpts-are-gpts']. */
  labels: string[];
  /** Behind each category's adoption curve. */
  adoption: Record<TaskCategory, string[]>;
  /** Behind the exposure assumption table (g per E level, T/4, realism). */
  exposure: string[];
  reinvestAutomated: string[];
  reinvestAugmented: string[];
  attritionCustomerService: string[];
  attritionOther: string[];
  annualHoursPerFte: string[];
}

/** Everything `runScenario` needs; plain data plus an optional predicate. */
export interface ScenarioInput {
  scenario: Scenario;
  /** All roles of the dataset (current and target): target roles need a demand index too. */
  roles: Role[];
  tasks: Task[];
  /** Staff per role; roles without an entry have no staff. */
  workforce: RoleWorkforce[];
  /** Used for annualHoursPerFte, the opening drivers and (unless `sourceIds` is given) source ids. */
  assumptions: Assumptions;
  /** Overrides the source ids derived from `assumptions`. */
  sourceIds?: ModelSourceIds;
}

export interface RunOptions {
  /** Attach the explanations of every role-year figure (slower; the UI asks per figure instead). */
  explain?: boolean;
}

export type RiskClass = 'low' | 'medium' | 'high';

/** An explanation input that also says which task or category it belongs to, so it can be recomputed. */
export interface ModelExplainInput extends ExplainInput {
  taskId?: string;
  category?: TaskCategory;
  roleCode?: string;
  year?: number;
}

/** How a task's potential was made, per label source, so the UI can show where sources disagree. */
export interface SourcePotential {
  label: ExposureLabel | null;
  /** Augmentation value g of that label (0 when unlabelled). */
  g: number;
  automated: number;
  augmented: number;
}

export type TaskFlag =
  /** No exposure label under the chosen source: potential 0 (unless overridden). */
  | 'unlabelled'
  /** No GPT-4 automation label: automated part 0. */
  | 'noAutomationLabel'
  /** Human and GPT-4 exposure labels differ. */
  | 'sourcesDisagree'
  /** Override values were clamped so automated + augmented ≤ 1. */
  | 'overrideClamped'
  /** A role's task mix names a task the dataset does not have. */
  | 'missingTask';

/** A task's share of time removed (automated) and done faster (augmented), before adoption. */
export interface TaskPotential {
  taskId: string;
  category: TaskCategory;
  /** Effective automated share a_t (0..1), after any override. */
  automated: number;
  /** Effective augmented share (0..1), after any override. */
  augmented: number;
  /** The model's values before the override. */
  modelAutomated: number;
  modelAugmented: number;
  labelSource: LabelSource;
  /** Labels the resolved exposure is made of: one, two (average of both) or none (unlabelled). */
  exposureLabels: ExposureLabel[];
  /** g of the resolved exposure (mean of the labels' g for 'average'). */
  g: number;
  automationLabel: AutomationLabel | null;
  bySource: { human: SourcePotential; gpt4: SourcePotential };
  flags: TaskFlag[];
  override: TaskOverride | null;
  explanations: { automated: Explanation; augmented: Explanation };
}

/** Paper-comparable exposure scores of a role (Eloundou et al. 2023), all in [0,1] or null when no task is labelled. */
export interface ExposureScores {
  /** Task-weighted as in GPTs-are-GPTs: core 2, supplemental/untyped 1, unlabelled tasks left out. */
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  /** The same, weighted by the role's time shares (renormalised over labelled tasks). */
  alphaTime: number | null;
  betaTime: number | null;
  gammaTime: number | null;
  /** Tasks counted / tasks in the mix. */
  labelledTasks: number;
  tasks: number;
}

/** One role-year of the projection (CLI `scenario run` keys plus extras). */
export interface RoleYear {
  year: number;
  /** A_r(y): share of the role's time automated, 0..1. */
  automatedShare: number;
  /** G_r(y): share of the role's time augmented, 0..1. */
  augmentedShare: number;
  /** Hours per year saved before reinvestment: (A+G) × FTE × annualHoursPerFte. */
  hoursFreed: number;
  /** FTE freed after reinvestment: FTE × (A(1−ra) + G(1−rg)), ≤ FTE. */
  fteFreed: number;
  demandFte: number;
  supplyFte: number;
  /** supply − demand (negative: a shortfall). */
  surplusFte: number;
  /** max(0, demand − supply): work without people after this year's hires (a level). */
  shortfallFte: number;
  /** FTE hired during the year up to demand: replacements and growth (a flow; 0 in the start year). */
  hires: number;
  /** attritionLeavers + contractEndings (a flow; 0 in the start year). */
  leavers: number;
  attritionLeavers: number;
  /** Fixed-term contracts that ended and were not renewed. */
  contractEndings: number;
  riskClass: RiskClass;
  explain?: RoleYearExplanations;
}

export interface RoleYearExplanations {
  automatedShare: Explanation;
  augmentedShare: Explanation;
  hoursFreed: Explanation;
  fteFreed: Explanation;
  demandFte: Explanation;
  supplyFte: Explanation;
  surplusFte: Explanation;
  shortfallFte: Explanation;
  hires: Explanation;
  leavers: Explanation;
  riskClass: Explanation;
}

export interface RoleResult extends ExposureScores {
  code: string;
  title: Text;
  headcount: number;
  fte: number;
  salaryTotal: number;
  growth: number;
  /** Yearly attrition rate, blended over the role's contract mix (or the role override). */
  attrition: number;
  /** Yearly share lost to fixed-term contracts that end unrenewed. */
  contractEndingRate: number;
  attritionFamily: AttritionFamily;
  byYear: RoleYear[];
  /** (1 − fteFreedShare at the horizon) / (1 − fteFreedShare at the start) × (1 + growth)^horizon: demand per unit of today's. */
  demandIndexAtHorizon: number;
  /** Share of the role's time in tasks without a label under the chosen source. */
  unlabelledShare: number;
}

/** Demand index for every role, staffed or not (model point 6, "safer"). */
export interface RoleIndex {
  code: string;
  isTarget: boolean;
  automatedShareAtHorizon: number;
  augmentedShareAtHorizon: number;
  demandIndexAtHorizon: number;
}

export interface TotalsYear {
  year: number;
  hoursFreed: number;
  fteFreed: number;
  demandFte: number;
  supplyFte: number;
  surplusFte: number;
  shortfallFte: number;
  hires: number;
  leavers: number;
  attritionLeavers: number;
  contractEndings: number;
}

export interface CandidateRole {
  code: string;
  headcount: number;
  fte: number;
  demandIndexAtHorizon: number;
  /** Every person in the role is a candidate (model point 4): the reskilling engine ranks them all. */
  candidatePeople: number;
  /** headcount × (1 − demand index): how many of them the falling demand needs to move (fractional). */
  peopleToMove: number;
  explanation: Explanation;
}

export interface Opening {
  roleCode: string;
  /** Whole positions: floor(driver-based + planner-entered). */
  count: number;
  /** Unrounded driver-based part. */
  fromDrivers: number;
  fromPlanner: number;
  explanation: Explanation;
}

export interface ScenarioResult {
  scenario: string;
  startYear: number;
  horizon: number;
  horizonYear: number;
  labelSource: LabelSource;
  backfill: BackfillPolicy;
  years: number[];
  /** Staffed roles, ordered by code. */
  roles: RoleResult[];
  /** Every role of the dataset, ordered by code. */
  roleIndex: RoleIndex[];
  totals: {
    byYear: TotalsYear[];
    rolesAtRisk: Record<RiskClass, number>;
  };
  candidates: {
    /** Total candidate people (sum of candidatePeople). */
    people: number;
    roles: CandidateRole[];
  };
  openings: Opening[];
  warnings: { code: string; what: 'unknownRole' | 'mixNormalised' | 'missingTask' }[];
}

/** Internal, exported for the API's per-figure calls: a scenario prepared once, projected many times. */
export interface PreparedTask {
  taskId: string;
  share: number;
  categoryIndex: number;
  automated: number;
  augmented: number;
}

export interface PreparedRole {
  code: string;
  role: Role;
  staffed: boolean;
  headcount: number;
  fte: number;
  salaryTotal: number;
  growth: number;
  /** Leaver rates after the role override (attrition) is applied. */
  rates: RoleLeaverRates;
  family: AttritionFamily;
  override: RoleOverride | null;
  mix: PreparedTask[];
  /** Σ share × automated per category (index of TASK_CATEGORIES). */
  autoSum: Float64Array;
  augSum: Float64Array;
  unlabelledShare: number;
  scores: ExposureScores;
}

export interface PreparedModel {
  input: ScenarioInput;
  scenario: Scenario;
  years: number[];
  /** adoption[yearIndex][categoryIndex]. */
  adoption: Float64Array[];
  /** All roles ordered by code. */
  roles: PreparedRole[];
  byCode: Map<string, PreparedRole>;
  annualHoursPerFte: number;
  sourceIds: ModelSourceIds;
  warnings: ScenarioResult['warnings'];
}
