/**
 * Shapes shared by the reskilling engine (fit, paths, transitions, ranking, assignment, fairness).
 * Owns: plain types and the boundary that strips protected attributes. Imports only shared/domain.
 */
import type { Employee, EmployeeSkill, SkillSource } from './types';
import type { TransitionRules } from './scenario';
import type { Explanation } from './explain';

/**
 * What scoring may see of a person. Deliberately has no ageBand, gender, consents or name:
 * protected attributes are stripped here, at the boundary, so no scoring function can read them.
 */
export interface ScoringInput {
  id: string;
  roleCode: string;
  /** Gross annual salary in euros incl. holiday allowance; null = the current role's default. */
  salary: number | null;
  /** Recorded skills; a missing source counts as confirmed. Skills without a record are inferred from the role. */
  skills: ReadonlyArray<Pick<EmployeeSkill, 'skillId' | 'level'> & { source?: SkillSource }>;
}

/** The minimum of an Employee that the whole-workforce run reads (no protected attributes). */
export type RankableEmployee = ScoringInput & Pick<Employee, 'objection'>;

export interface Skipped {
  employeeId: string;
  skipped: 'objection' | 'unknownRole';
}

/**
 * Strips an employee to what scoring may read. Returns a skip marker for objectors (AVG art. 21):
 * they get no fit, rank, path or assignment.
 */
export function toScoringInput(e: RankableEmployee | Employee): ScoringInput | Skipped {
  if (e.objection != null) return { employeeId: e.id, skipped: 'objection' };
  return {
    id: e.id,
    roleCode: e.roleCode,
    salary: e.salary,
    skills: e.skills.map((s) => (s.source ? { skillId: s.skillId, level: s.level, source: s.source } : { skillId: s.skillId, level: s.level })),
  };
}

export function isSkipped(x: ScoringInput | Skipped | object): x is Skipped {
  return (x as Skipped).skipped !== undefined;
}

/** Weights of the documented ranking score (see ranking.ts); each 0..1, they need not sum to 1. */
export interface RankWeights {
  fit: number;
  readiness: number;
  desirable: number;
  safer: number;
  demand: number;
}

export const DEFAULT_RANK_WEIGHTS: RankWeights = { fit: 0.4, readiness: 0.2, desirable: 0.15, safer: 0.15, demand: 0.1 };

/** Everything the engine needs besides the compiled dataset; all values come from the scenario. */
export interface ReskillOptions {
  rules: TransitionRules;
  /** Hours a week a person learns, > 0 (scenario lever, default 4). */
  weeklyLearningHours: number;
  /** Paid hours a year of one FTE, > 0 (assumption default 1,872 = 36 h × 52), for the hourly wage. */
  annualHoursPerFte: number;
  /**
   * Demand index at the horizon per role code: (1 − FTE-freed share) × (1 + growth)^horizon, per unit
   * of today's demand (computed by the impact model). A role missing here is never "safer" and
   * contributes 0 demand score.
   */
  demandIndex: Readonly<Record<string, number>>;
  weights?: RankWeights;
  /** Keep only the best N paths per person (rankAll); omitted = all target roles. */
  topN?: number;
  /**
   * Openings per target role code in this scenario (drivers + planner). When given, viable roles with
   * openings rank before viable roles without, and every path says how many there are; omitted = not
   * known (no role is preferred and paths carry null).
   */
  openings?: Readonly<Record<string, number>>;
}

export type GapGrade = 'matched' | 'small' | 'medium' | 'large';

export interface GapItem {
  skillId: string;
  have: number;
  need: number;
  importance: number;
  grade: GapGrade;
  /**
   * Where `have` comes from: the record's source, "inferred" when inferred (from the current role's
   * typical level, or a stored record marked inferred) — never a confirmed level — or null when there
   * is no record and the role does not imply the skill (have = 0).
   */
  source: SkillSource | null;
}

export interface PathModule {
  id: string;
  skillId: string;
  fromLevel: number;
  toLevel: number;
  hours: number;
  cost: number;
  /** True when the module is only there as a prerequisite of another module. */
  isPrerequisite: boolean;
}

export interface LearningPathResult {
  /** In dependency order (prerequisites first; ties by module id). */
  modules: PathModule[];
  /** Total learning hours, ≥ 0. */
  hours: number;
  /** hours / weekly learning hours. */
  weeks: number;
  /** Σ module cost, euros. */
  moduleCost: number;
  /** hours × hourly wage, euros. */
  wageCost: number;
  /** moduleCost + wageCost, euros. */
  cost: number;
  /** False when some gap skill cannot be closed with the catalogue. */
  complete: boolean;
  /** Gap skills no module chain closes. */
  unclosedSkillIds: string[];
  explain: { hours: Explanation; weeks: Explanation; cost: Explanation };
}

export interface TransitionFlags {
  viable: boolean;
  desirable: boolean;
  safer: boolean;
}

export interface ScoreComponents {
  fit: number;
  /** max(0, 1 − weeks / maxWeeksToReady), 0 when the path is incomplete. */
  readiness: number;
  desirable: number;
  safer: number;
  /** d / (1 + d) of the target's demand index d (0.5 = holds today's demand). */
  demand: number;
}
