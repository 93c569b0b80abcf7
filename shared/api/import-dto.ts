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
  'department',
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

export interface ImportProblem {
  severity: 'error' | 'warning';
  /** Stable key for the renderer's message catalogue, e.g. "fte.range". */
  code: string;
  file: string;
  sheet?: string;
  /** 1-based row as in the file (the header is the row it is on, usually 1); null for file-level problems. */
  row: number | null;
  column: string | null;
  /** The offending value (shortened to 200 characters), never stored. */
  value: string | null;
  message: string;
}

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
  alternatives: { code: string; title: string; confidence: number }[];
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

export interface ImportPreview extends ImportCounts {
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
}
