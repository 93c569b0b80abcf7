/**
 * Shapes of the privacy API (AVG/GDPR rights, consent, objection, employee mode, retention, documents).
 * Keys follow docs/CLI.md: camelCase, ISO 8601 UTC timestamps, ids as strings.
 */
import type { AgeBand, Gender, Lang } from '../domain/types';

export type DemographicField = 'ageBand' | 'gender';
export const AGE_BANDS = ['<25', '25-34', '35-44', '45-54', '55+'] as const;
export const GENDERS = ['female', 'male', 'other'] as const;
export const DOCUMENT_KINDS = ['worker-notice', 'dpia', 'works-council', 'method-card'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface ConsentDto {
  employeeId: string;
  field: DemographicField;
  purpose: 'fairness-audit';
  givenAt: string;
  recordedBy: string;
}

export interface ObjectionDto {
  employeeId: string;
  /** When the objection was made; null after a withdrawal. */
  since: string | null;
  reason: string;
}

/** A file the API hands back: text (JSON, Markdown) or bytes (PDF, base64). */
export interface PrivacyFileDto {
  fileName: string;
  mimeType: string;
  content?: string;
  contentBase64?: string;
}

/** AVG art. 15/20: everything held about one person, and nothing about anyone else. */
export interface AccessExport {
  kind: 'overstap.access-export';
  version: 1;
  generatedAt: string;
  lang: Lang;
  employee: {
    id: string;
    /** Absent when the organisation works pseudonymised (then nameWithheld is true). */
    name?: string | null;
    nameWithheld: boolean;
    role: { code: string; title: string };
    roleToReview: boolean;
    fte: number;
    weeklyHours: number;
    department: string;
    location: string;
    /** Whether a manager is recorded; who it is identifies another person, so it is not in this export. */
    hasManager: boolean;
    startDate: string;
    contractType: string;
    salary: number | null;
    ageBand: AgeBand | null;
    gender: Gender | null;
  };
  skills: { skillId: string; skillName: string; level: number; source: string }[];
  consents: Omit<ConsentDto, 'employeeId'>[];
  objection: { since: string; reason: string } | null;
  plan: {
    scenario: string;
    targetRole: { code: string; title: string };
    status: string;
    modules: { id: string; title: string; hours: number; done: boolean }[];
    startDate: string | null;
    weeklyHours: number | null;
    approvedBy: string | null;
    approvedAt: string | null;
    comment: string | null;
    createdAt: string;
    updatedAt: string;
  } | null;
  /** The scores the engine computes for them now (none when they object). */
  scoring: { skipped: string | null; scenario: string; paths: { rank: number; targetRole: { code: string; title: string }; fit: number; viable: boolean; weeks: number }[] };
  auditEntries: { id: number; at: string; actor: string; entity: string; action: string; before: unknown; after: unknown; reason: string | null }[];
  /** What this export leaves out and why. */
  notes: string[];
}

export interface RectifyInput {
  employeeId: string;
  reason: string;
  profile?: {
    name?: string | null;
    department?: string;
    location?: string;
    fte?: number;
    weeklyHours?: number;
    startDate?: string;
    contractType?: 'permanent' | 'temporary' | 'outsourced';
    salary?: number | null;
    roleCode?: string;
  };
  skills?: { skillId: string; level: number | null; source?: 'self' | 'manager' | 'learning' | 'inferred' }[];
}

export interface PrivacyStatus {
  passphraseSet: boolean;
  /** Set while the app is locked to one person's My path. */
  employeeMode: { employeeId: string; since: string } | null;
  retentionMonths: number;
  minRetentionMonths: number;
  pseudonymised: boolean;
  minGroupSize: number;
  /** This and the counts below are organisation-wide: null in employee mode (16.4). */
  erasures: number | null;
  objections: number | null;
  consents: { ageBand: number; gender: number } | null;
  oldestAuditEntry: string | null;
  /** Automatic backups beside the database (before a migration or restore): how many are kept, how many there are. */
  automaticBackups: { keep: number; present: number; min: number; max: number } | null;
}

export interface ErasureRecordDto {
  tombstone: string;
  erasedAt: string;
  erasedBy: string;
}

export interface RetentionRunDto {
  cutoff: string;
  removed: number;
  retentionMonths: number;
}

/** One person in the Privacy screen's list: no demographic values, only whether a consent exists. */
export interface PrivacyPersonDto {
  id: string;
  name?: string | null;
  role: string;
  department: string;
  consents: DemographicField[];
  objection: { since: string; reason: string } | null;
}
