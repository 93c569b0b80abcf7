/**
 * Shapes that cross the API: what the renderer, the CLI and the twin receive.
 * Keys follow docs/CLI.md (camelCase, shares 0–1, euros as numbers, ISO dates).
 */
import type { AutomationLabel, ExposureLabel, Lang, RoleFamily, TaskCategory } from '../domain/types';

export interface RoleRef {
  code: string;
  title: string;
}

export interface AppInfo {
  appVersion: string;
  datasetVersion: string;
  schemaVersion: number;
  organisation: string;
  /** Null in employee mode: an organisation-wide count (16.4). */
  employees: number | null;
  language: Lang;
}

export interface DatasetStats {
  dataset: {
    version: string;
    roles: number;
    rolesCurrent: number;
    rolesTarget: number;
    rolesEmerging: number;
    tasks: number;
    tasksLabelled: number;
    skills: number;
    modules: number;
  };
  workforce: { organisation: string; employees: number };
  /** Share (0–1) of roles, tasks and skills that have Dutch text. */
  dutchCoverage: { roles: number; tasks: number; skills: number };
}

export interface RoleListItem {
  code: string;
  title: string;
  family: RoleFamily;
  isTarget: boolean;
  jobZone: number;
  domain: string;
  headcount: number;
}

export interface TaskListItem {
  id: string;
  statement: string;
  /** True when the statement is a translation written for Overstap, not the source's own text. */
  translated: boolean;
  category: TaskCategory;
  type: 'core' | 'supplemental' | null;
  humanExposure: ExposureLabel | null;
  gpt4Exposure: ExposureLabel | null;
  gpt4Automation: AutomationLabel | null;
  timeShare: number;
  /** Human and GPT-4 exposure labels differ. */
  disagreement: boolean;
  /** The documented rule that assigned the category (e.g. "iwa:4.A.4.a.5.I01" or "keyword:answer"). */
  categoryRule: string;
  /** Microsoft "Working with AI" usage signal over the task's work activities, 0..1; null where none. */
  aiUsageSignal: number | null;
  /** Work where a person must stay in the loop. */
  humanCritical: boolean;
  dwaIds: string[];
  /** Where the task comes from: O*NET, or Overstap for an emerging role (labels then are assumptions). */
  source: 'onet' | 'onet-emerging' | 'overstap';
}

export interface TaskList {
  role: RoleRef;
  tasks: TaskListItem[];
}

export interface Settings {
  language: Lang;
  /** False while no one has chosen a language: the UI then starts in the system's (absent counts as chosen). */
  languageChosen?: boolean;
  /** Minimum size of a group of people before an aggregate is shown (never below 3). */
  minGroupSize: number;
  pseudonymised: boolean;
}

// ---- Scenarios and the impact model -------------------------------------------------------------

import type { CandidateRole, Opening, RoleResult, RoleYearExplanations, ScenarioInput, ScenarioResult } from '../domain/modelTypes';
import type { ScenarioComparison } from '../domain/compare';
import type { Tornado } from '../domain/sensitivity';
import type { LabelSource, Scenario } from '../domain/scenario';

export interface ScenarioSummary {
  name: string;
  description: string;
  isSeeded: boolean;
  startYear: number;
  horizon: number;
  labelSource: LabelSource;
  taskOverrides: number;
  roleOverrides: number;
  updatedAt: string;
}

/** A role's projection with its title in the requested language. */
type RoleRun = Omit<RoleResult, 'title'> & { title: string };
type CandidateRun = CandidateRole & { title: string };
type OpeningRun = Opening & { title: string };

/** `scenario run`: the model's result with titles in the requested language. */
export type ScenarioRun = Omit<ScenarioResult, 'roles' | 'candidates' | 'openings'> & {
  roles: RoleRun[];
  candidates: { people: number; roles: CandidateRun[] };
  openings: OpeningRun[];
};

export interface RoleExposureDto {
  source: LabelSource;
  scenario: string;
  horizonYear: number;
  roles: {
    code: string;
    title: string;
    alpha: number | null;
    beta: number | null;
    gamma: number | null;
    alphaTime: number | null;
    betaTime: number | null;
    gammaTime: number | null;
    automatedShare: number;
    augmentedShare: number;
  }[];
}

export type { ScenarioComparison, Tornado, RoleYearExplanations, ScenarioInput, Scenario };

export interface ScenarioFileDto {
  fileName: string;
  /** The JSON text of the scenario file. */
  content: string;
}

export interface EmployeeListItem {
  id: string;
  name?: string | null;
  role: string;
  roleTitle: string;
  roleToReview: boolean;
  department: string;
  location: string;
  fte: number;
  contractType: string;
  objection: boolean;
}

export interface AuditEntryDto {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export interface EmployeeDetail {
  id: string;
  name?: string | null;
  role: string;
  roleTitle: string;
  roleToReview: boolean;
  department: string;
  location: string;
  fte: number;
  weeklyHours: number;
  startDate: string;
  contractType: string;
  managerId: string | null;
  objection: { since: string; reason: string } | null;
  skills: { skillId: string; skillName: string; level: number; source: string }[];
}

export interface SkillProposalDto {
  employeeId: string;
  skillId: string;
  skillName: string;
  /** The level on record now (0 when none). */
  currentLevel: number;
  level: number;
  note: string | null;
  proposedAt: string;
  status: 'pending' | 'confirmed' | 'rejected';
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
}
