/**
 * Shapes of the reskilling, plans, assignment, fairness and business-case API (docs/CLI.md keys).
 */
import type { Explanation } from '../domain/explain';
import type { GapGrade, ScoreComponents } from '../domain/reskillTypes';
import type { DecidingComponent } from '../domain/ranking';
import type { ViabilityBlock } from '../domain/transitions';
import type { SkillSource } from '../domain/types';
import type { RoleRef } from './dto';

interface GapDto {
  skill: string;
  skillName: string;
  have: number;
  need: number;
  grade: GapGrade;
  importance?: number;
  /** Where `have` comes from; "inferred" = assumed from the current role, never a confirmed level; null = no record (0). */
  source?: SkillSource | null;
}

interface PathModuleDto {
  id: string;
  title: string;
  skill: string;
  hours: number;
  cost?: number;
  isPrerequisite?: boolean;
}

export interface PathDto {
  rank: number;
  targetRole: RoleRef;
  fit: number;
  viable: boolean;
  /** The viability rules the move fails: job-zone step, gap not closable, beyond the horizon, fit below the minimum. */
  blocks?: ViabilityBlock[];
  desirable: boolean;
  safer: boolean;
  complete: boolean;
  /** Openings in the target role in this scenario; 0 = "no openings in this scenario"; null = not known. */
  openings?: number | null;
  /** Set on the recommended path after the assignment to openings: the role had openings and the assignment took them all. */
  noOpeningLeft?: boolean;
  /** The path recommended after the assignment (an assigned person's assignment, else the first viable path with an opening left). */
  recommended?: boolean;
  score: number;
  components?: ScoreComponents;
  demandIndex?: number | null;
  gap: GapDto[];
  matched?: { skill: string; skillName: string; source?: SkillSource | null }[];
  modules: PathModuleDto[];
  hours: number;
  weeks: number;
  cost: number;
  aboveNext?: { targetRole: RoleRef; decidedBy: DecidingComponent; margin: number } | null;
  explain?: Record<string, Explanation>;
}

export interface DoorDto {
  skill: string;
  skillName: string;
  fromLevel: number;
  toLevel: number;
  hours: number;
  added: number;
  opens: RoleRef[];
}

interface EmployeeRef {
  id: string;
  role: string;
  roleTitle: string;
  name?: string | null;
}

export interface ReskillEmployeeDto {
  employee: EmployeeRef;
  scenario: string;
  /** Set when the person objected to being scored: no fit, rank or path (AVG art. 21). */
  skipped: 'objection' | 'unknownRole' | null;
  paths: PathDto[];
  /** The one skill that opens the most doors (viable, safer and desirable roles). */
  doors: { open: RoleRef[]; best: DoorDto | null; options: DoorDto[] } | null;
}

export interface ReskillAllDto {
  scenario: string;
  candidates: number;
  employees: { id: string; role: string; skipped: 'objection' | 'unknownRole' | null; paths: PathDto[] }[];
  summary: {
    ranked: number;
    skippedObjection: number;
    withViablePath: number;
    meanBestFit: number;
    totalHoursTopPaths: number;
    totalCostTopPaths: number;
    plansCreated: number;
    /** People with a path who already had a plan: left as they were (a run never overwrites a plan). */
    plansKept: number;
    byTargetRole: { targetRole: RoleRef; people: number }[];
  };
  cancelled: boolean;
}

export interface PlanDto {
  employeeId: string;
  name?: string | null;
  department: string;
  currentRole: RoleRef;
  targetRole: RoleRef;
  scenario: string;
  status: 'draft' | 'approved' | 'in_progress' | 'done' | 'declined';
  modules: { id: string; title: string; skill: string; hours: number; start: string | null; done: boolean }[];
  hours: number;
  startDate: string | null;
  weeklyHours: number | null;
  approvedBy: string | null;
  approvedAt: string | null;
  comment: string | null;
  updatedAt: string;
}

export interface AssignmentDto {
  scenario: string;
  assignments: { employeeId: string; currentRole: RoleRef; targetRole: RoleRef; fit: number; weeks: number; value: number }[];
  unassigned: string[];
  openPositionsLeft: { targetRole: RoleRef; count: number }[];
  plansMoved: number;
  totalValue: number;
}

type FairnessStatusDto = 'ok' | 'flagged' | 'tooFew';

export interface FairnessDto {
  scenario: string;
  minGroupSize: number;
  /** Groups whose ratio rests on fewer decisions are "too few decisions to judge" (status tooFew), never flagged. */
  minDecisions: number;
  groups: {
    attribute: 'ageBand' | 'gender';
    group: string;
    size: number;
    viableShare: number;
    meanFit: number;
    assignedShare: number;
    viable: number;
    assigned: number;
    expectedAssigned: number;
    status: { viableShare: FairnessStatusDto; meanFit: FairnessStatusDto; assignedShare: FairnessStatusDto };
  }[];
  flags: { attribute: string; group: string; metric: string; ratio: number }[];
  /** Groups not shown because they are smaller than the minimum group size, counted per attribute. */
  hiddenGroups: { attribute: 'ageBand' | 'gender'; count: number }[];
  /** People left out of an attribute's audit because they gave no consent for it. */
  notConsented: { attribute: 'ageBand' | 'gender'; count: number }[];
}

/** The business case per decision (shared/domain/businessCase.ts): every screen, export and the CLI show this. */
export interface BusinessCaseDto {
  scenario: string;
  /** ISO date tenure is counted to. */
  asOf: string;
  /** Learning hours paid at wage ("paid", the default) or taken from AI-freed time ("freed"). */
  learningTime: 'paid' | 'freed';
  /** Who is counted (the rule is in the explanation and the screens). */
  counted: { decisions: number; fromPool: number; backfilled: number; poolNotPlaced: number; openings: number; openingsFilled: number; openingsLeft: number; excludedOutsourced: number };
  /** One line per decision (a person assigned to an opening), ordered by employee id. */
  lines: {
    employeeId: string;
    currentRole: RoleRef;
    targetRole: RoleRef;
    contractType: 'permanent' | 'temporary' | 'outsourced';
    fte: number;
    inPool: boolean;
    reskillCost: number;
    moduleCost: number;
    learningCost: number;
    backfill: number;
    replaceCost: number;
    hire: number;
    recruiting: number;
    onboarding: number;
    transitionPayment: number;
    noticePay: number;
    saving: number;
  }[];
  /** `people` = decisions; `saving` = replaceCost − reskillCost (negative: reskilling costs more). */
  totals: {
    people: number;
    reskillCost: number;
    replaceCost: number;
    saving: number;
    moduleCost: number;
    learningCost: number;
    backfill: number;
    hire: number;
    transitionPayment: number;
    noticePay: number;
    cheaperToReskill: number;
    openingsLeftHireCost: number;
  };
  explain: Explanation;
}

export interface SimilarRolesDto {
  role: RoleRef;
  /** `related`: similar enough (≥ 0.3) and at most one job zone apart to list as a related role (Nesta's thresholds). */
  similar: { code: string; title: string; similarity: number; components: { skills: number; activities: number | null }; related?: boolean }[];
}
