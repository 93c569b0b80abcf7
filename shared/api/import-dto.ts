/**
 * Shapes of the workforce import (import.preview / import.commit / import.mapping) as they cross the API.
 * Owns: the import field list and the preview/commit results. Must not import anything outside shared/.
 */

/** The fields a column can be mapped to; `ignore` skips a column. */
export const IMPORT_FIELDS = [
  'id',
  'name',
  'title',
  'roleCode',
  'fte',
  'weeklyHours',
  'partTimePercent',
  'department',
  'team',
  'location',
  'managerId',
  'startDate',
  'contractType',
  'salary',
  'ageBand',
  'gender',
  'consent',
  'skills',
  'ignore',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A column of the people sheet and the field it was recognised as (or mapped to). */
export interface ImportColumn {
  header: string;
  /** 0-based position in the header row. */
  index: number;
  field: ImportField | null;
  /** 1 for an exact (or mapped) header, lower for a fuzzy guess, 0 when not recognised. */
  confidence: number;
  /** 'mapping' when the planner's mapping decided it. */
  by: 'mapping' | 'recognised' | 'none';
}

/** Every problem the import reports; the renderer's catalogue has a message for each (typed, so none is missing). */
export const IMPORT_PROBLEM_CODES = [
  'required',
  'id.tooLong',
  'id.duplicate',
  'name.tooLong',
  'header.required',
  'header.duplicate',
  'mapping.unknownColumn',
  'value.tooLong',
  'value.tooLongText',
  'value.formula',
  'role.unknownCode',
  'review.unknownRole',
  'review.unknownSkill',
  'fte.type',
  'fte.range',
  'hours.type',
  'hours.negative',
  'hours.range',
  'percent.type',
  'percent.range',
  'date.invalid',
  'date.missing',
  'contract.unknown',
  'salary.type',
  'salary.negative',
  'consent.value',
  'demographic.noConsent',
  'demographic.value',
  'skill.format',
  'skill.level',
  'skill.source',
  'skills.header',
  'skills.unknownPerson',
  'manager.unknown',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** The values a problem's message names (limits, the parsed number, the other row), for translated messages. */
export type ImportProblemParams = Record<string, string | number>;

export interface ImportProblem {
  severity: 'error' | 'warning';
  /** Stable key for the renderer's message catalogue, e.g. "fte.range". */
  code: ImportProblemCode;
  /** The values the message names, so a translated message keeps them (e.g. {value: 2, max: 1.5}). */
  params: ImportProblemParams;
  file: string;
  sheet?: string;
  /** 1-based row as in the file (the header is the row it is on, usually 1); null for file-level problems. */
  row: number | null;
  column: string | null;
  /** The offending value (shortened to 200 characters), never stored. */
  value: string | null;
  message: string;
}

/** Why a title was matched to a role: the kind of evidence and the text it matched on. */
export interface MatchReason {
  kind: 'roleCode' | 'ownTitle' | 'vocabulary' | 'alternateTitle' | 'similar' | 'fallback';
  /** The title, alternate title or vocabulary entry that matched (for 'similar': the closest one). */
  matched: string | null;
}

/** Below this a role proposal is never applied without the planner's confirmation (it is stored marked "to review"). */
export const ROLE_CONFIDENCE_THRESHOLD = 0.9;

export interface ImportReviewItem {
  kind: 'role' | 'skill';
  row: number;
  /** The person (for a skill: the first person who has it). */
  id: string;
  /** The title, role code or skill name as written in the file. */
  value: string;
  /** Role code (kind role) or skill id (kind skill); a role guess is what gets stored, marked "to review". */
  bestGuess: string | null;
  bestGuessTitle: string | null;
  /** 0..1. */
  confidence: number;
  /** Up to five alternatives, best first. */
  alternatives: { code: string; title: string; confidence: number; reason?: MatchReason }[];
  /** Why the best guess was proposed. */
  reason?: MatchReason;
  /** Skill items: how many rows name this value. */
  count?: number;
}

interface ImportCounts {
  /** People in the file. */
  people: number;
  /** Skill rows that would be stored for them. */
  skills: number;
  added: number;
  updated: number;
  removed: number;
  /** The demo organisation is (or would be) replaced by this import. */
  replacesDemo: boolean;
}

/** How each person's FTE is found: a column, derived from weekly hours (÷ the full-time week) or from a part-time percentage. */
export type FteSource = 'column' | 'hours' | 'percent';

/** What the mapping step shows about the fields a file must give. */
export interface ImportRequirements {
  /** Fields every file must have (a title or a role code counts as one: 'title'). */
  required: ('id' | 'title' | 'fte')[];
  /** Required fields this file's columns do not give (after derivations). */
  missing: ('id' | 'title' | 'fte')[];
  /** Where FTE comes from for this file, or null when it cannot be had. */
  fteFrom: FteSource | null;
  /** The derivations that could give FTE if its column is missing: weekly hours or a part-time percentage column. */
  derivations: FteSource[];
  /** Weekly hours of one full-time job used to derive FTE from hours (editable; default EVIDENCE F). */
  fullTimeHours: number;
}

export interface ImportPreview extends ImportCounts {
  /** The import session the file was read into (preview and commit refer to it instead of sending the file again). */
  sessionId: string | null;
  requirements: ImportRequirements;
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16' | 'windows-1252' | 'xlsx';
  delimiter: ',' | ';' | '\t' | null;
  sheet: string | null;
  headerRow: number;
  columns: ImportColumn[];
  /** Long-format skills sheet or file, when one was read. */
  skillsSource: { file: string; sheet: string | null; rows: number } | null;
  toReview: ImportReviewItem[];
  /** Errors and warnings, errors first, at most 500 of each. */
  problems: ImportProblem[];
  warnings: ImportProblem[];
  errorCount: number;
  warningCount: number;
  /** False while any error remains: commit would be refused. */
  canCommit: boolean;
}

export interface ImportResult extends ImportCounts {
  fileName: string;
  organisation: string;
  toReview: ImportReviewItem[];
  warnings: ImportProblem[];
  warningCount: number;
}

export interface ImportMappingInfo {
  /** The mapping of the last committed import that used one, or null. */
  lastMapping: Record<string, ImportField> | null;
  fields: ImportField[];
  /** The full-time week last used (or the default) and the bounds the field accepts. */
  fullTimeHours: { value: number; default: number; min: number; max: number };
}

/** An import session: the file was read once on the core side; preview and commit name it by id. */
export interface ImportSessionInfo {
  sessionId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  /** Rows read (with content) on the people sheet. */
  rows: number;
  bytes: number;
}
