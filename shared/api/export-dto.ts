/**
 * Shapes of the export API: files (PDF, XLSX, CSV, JSON), backups, restore staging, and the data the
 * print-styled report pages render. Plain data; names appear only when the caller asked for them and
 * the settings allow it (pseudonymised by default).
 */
import type { Source, Lang } from '../domain/types';
import type { TotalsYear } from '../domain/modelTypes';
import type { RoleRef } from './dto';
import type { BusinessCaseDto, PathDto } from './reskill-dto';

export const EXPORT_WHATS = ['plans', 'path', 'boardpack', 'scenario'] as const;
export const EXPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'json'] as const;
export type ExportWhat = (typeof EXPORT_WHATS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The pairs docs/CLI.md allows; any other pair is INVALID_INPUT (exit 1). */
export const EXPORT_PAIRS: Record<ExportWhat, readonly ExportFormat[]> = {
  plans: ['pdf', 'xlsx', 'csv', 'json'],
  path: ['pdf', 'json'],
  boardpack: ['pdf', 'xlsx'],
  scenario: ['json', 'csv', 'xlsx'],
};

/** The plans export: everything, or the team summary alone. */
export const PLANS_PARTS = ['full', 'summary'] as const;
export type PlansPart = (typeof PLANS_PARTS)[number];


/** Schema versions of the JSON files this app writes. */
export const PLANS_FILE_VERSION = 1;
export const PATH_FILE_VERSION = 1;

export interface ExportFileDto {
  fileName: string;
  mime: string;
  contentBase64: string;
  bytes: number;
}

export interface BackupFileDto {
  fileName: string;
  contentBase64: string;
  bytes: number;
}

export interface RestoreStageDto {
  /** Staged beside the database; it replaces it at the next start. */
  staged: true;
  restartRequired: true;
  schemaVersion: number;
  bytes: number;
}

/** What a print-styled report page shows: the PDF printers load report.html with these as query parameters. */
export interface ReportRequest {
  what: 'plans' | 'path' | 'boardpack';
  scenario: string;
  department?: string;
  employeeId?: string;
  managerId?: string;
  part?: PlansPart;
  names: boolean;
  lang: Lang;
}

export interface ReportMeta {
  organisation: string;
  isDemo: boolean;
  scenario: string;
  /** ISO timestamp of the export. */
  generatedAt: string;
  /** YYYY-MM-DD of the export. */
  date: string;
  lang: Lang;
  department: string | null;
  /** The manager whose team this is (name when names are shown, else id), or null. */
  team?: string | null;
  /** True when names are left out (the default). */
  pseudonymised: boolean;
  datasetVersion: string;
  appVersion: string;
}

export type PlanStatus = 'draft' | 'approved' | 'in_progress' | 'done' | 'declined';

interface ReportModule {
  id: string;
  title: string;
  skill: string;
  skillName: string;
  hours: number;
  cost: number;
  /** Planned start and end (YYYY-MM-DD), from the plan's start date and weekly learning hours. */
  start: string;
  end: string;
  done: boolean;
}

interface ReportGap {
  skill: string;
  skillName: string;
  have: number;
  need: number;
  grade: string;
  /** "inferred" when `have` is assumed from the current role (no record), never a confirmed level. */
  source?: string | null;
}

export interface ReportPlan {
  employeeId: string;
  name?: string | null;
  department: string;
  currentRole: RoleRef;
  targetRole: RoleRef;
  status: PlanStatus;
  approvedBy: string | null;
  approvedAt: string | null;
  comment: string | null;
  /** Why: fit to the target role and the skills that still fall short (null when the person objected). */
  fit: number | null;
  viable: boolean | null;
  desirable: boolean | null;
  safer: boolean | null;
  matched: string[];
  gaps: ReportGap[];
  modules: ReportModule[];
  hours: number;
  cost: number;
  weeks: number;
  weeklyHours: number;
  startDate: string;
  endDate: string;
}

export interface PlansTotals {
  people: number;
  hours: number;
  cost: number;
  byStatus: { status: PlanStatus; people: number }[];
  byTarget: { targetRole: RoleRef; people: number; hours: number; cost: number }[];
}

/** One line of the team summary: who, where to, when, how much, and where the plan stands. */
export interface PlansSummaryRow {
  employeeId: string;
  name?: string | null;
  targetRole: RoleRef;
  startDate: string | null;
  weeklyHours: number | null;
  hours: number;
  cost: number;
  status: PlanStatus;
}

export interface PlansReport {
  kind: 'plans';
  meta: ReportMeta;
  part: PlansPart;
  summary: PlansSummaryRow[];
  /** Empty when only the summary was asked for. */
  plans: ReportPlan[];
  totals: PlansTotals;
}

export interface PathReport {
  kind: 'path';
  meta: ReportMeta;
  employee: { id: string; name?: string | null; role: RoleRef; department: string };
  /** The stored plan, if there is one. */
  plan: ReportPlan | null;
  /** The best paths the engine sees now (top 3). */
  paths: PathDto[];
  skipped: 'objection' | 'unknownRole' | null;
}

export interface ReportAssumption {
  key: string;
  value: number;
  note: string;
  sources: string[];
  isAssumption: boolean;
}

export interface ReportOverride {
  kind: 'task' | 'role';
  id: string;
  title: string;
  change: string;
  reason: string;
}

export interface ReportRoleImpact {
  code: string;
  title: string;
  headcount: number;
  fte: number;
  byYear: { year: number; automatedShare: number; augmentedShare: number; hoursFreed: number; fteFreed: number; demandFte: number; supplyFte: number; surplusFte: number; shortfallFte: number; hires: number; leavers: number; attritionLeavers: number; contractEndings: number; riskClass: string }[];
}

export interface BoardpackReport {
  kind: 'boardpack';
  meta: ReportMeta;
  scenario: { name: string; description: string; startYear: number; horizon: number; horizonYear: number; labelSource: string };
  headline: {
    employees: number;
    candidates: number;
    hoursFreedAtHorizon: number;
    fteFreedAtHorizon: number;
    surplusFteAtHorizon: number;
    shortfallFteAtHorizon: number;
    /** FTE hired over the projection (replacements and growth), the start year excluded. */
    hiresOverHorizon: number;
    rolesAtRisk: { high: number; medium: number; low: number };
    openings: number;
    plans: number;
    plansApproved: number;
    reskillCost: number;
    replaceCost: number;
    saving: number;
  };
  /** The business case per decision, exactly as reskill.businessCase gives it (the headline's three figures come from it). */
  businessCase: Omit<BusinessCaseDto, 'explain'>;
  totalsByYear: TotalsYear[];
  roles: ReportRoleImpact[];
  byTarget: PlansTotals['byTarget'];
  levers: { key: string; value: number | string | null }[];
  assumptions: ReportAssumption[];
  overrides: ReportOverride[];
  sources: Source[];
}

export type ReportData = PlansReport | PathReport | BoardpackReport;
