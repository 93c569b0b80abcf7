/**
 * readSource / previewImport / commitImport: bytes → tables (once per session) → plan → (commit only) one
 * transaction. Preview and commit share every step up to the write, so a preview tells exactly what a commit
 * with the same input will do.
 */
import type { Database } from 'better-sqlite3';
import type { CallContext } from '../../shared/api/contract';
import type { ImportField, ImportPreview, ImportProblem, ImportResult } from '../../shared/api/import-dto';
import { DomainError } from '../../shared/api/result';
import { listRoles, listSkills } from '../db/repos/datasetRepo';
import { listEmployeeIds } from '../db/repos/employeesRepo';
import { getOrganisation, loadExistingForImport, writeImport } from '../db/repos/importRepo';
import { getStored } from '../db/repos/settingsRepo';
import { FULL_TIME_HOURS } from '../../shared/api/contracts/import';
import { RoleCatalogue, SkillCatalogue } from './catalogue';
import { buildPlan, type ExistingEmployee, type ImportPlan } from './plan';
import { readImportFile, readSkillsFile } from './read';
import type { ImportSource } from './sessions';

export interface ImportRequest {
  sessionId?: string;
  fileName?: string;
  contentBase64?: string;
  skillsFile?: { fileName: string; contentBase64: string };
  mapping?: Record<string, ImportField>;
  fullTimeHours?: number;
  replace?: boolean;
  organisationName?: string;
  jobId?: string;
  reviewChoices?: Record<string, string>;
  skillChoices?: Record<string, string | null>;
}

const MAX_LISTED = 500;
const DEFAULT_ORG_NAME = 'Imported organisation';
const FULL_TIME_KEY = 'importFullTimeHours';

function decodeBase64(b64: string, fileName: string): Buffer {
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length === 0) throw new DomainError('BAD_FILE', `${fileName} is empty (or its content is not base64).`);
  return bytes;
}

/** Bytes → tables, once per file: XLSX in a worker thread, CSV here (linear, and bounded by the size limit). */
export async function readSource(input: { fileName: string; contentBase64: string; skillsFile?: { fileName: string; contentBase64: string } }, signal?: { readonly aborted: boolean }): Promise<ImportSource> {
  const bytes = decodeBase64(input.contentBase64, input.fileName);
  const file = await readImportFile(bytes, input.fileName, signal);
  const skillsBytes = input.skillsFile ? decodeBase64(input.skillsFile.contentBase64, input.skillsFile.fileName) : null;
  const skillsFile = input.skillsFile && skillsBytes ? await readSkillsFile(skillsBytes, input.skillsFile.fileName, signal) : null;
  return { fileName: input.fileName, file, skillsFile, bytes: bytes.length + (skillsBytes?.length ?? 0) };
}

/** The full-time week to use: the call's, else the one last committed, else the default (EVIDENCE F). */
export function fullTimeHoursOf(db: Database, given: number | undefined): number {
  if (given !== undefined) return given;
  const stored = getStored<unknown>(db, FULL_TIME_KEY);
  return typeof stored === 'number' && stored >= FULL_TIME_HOURS.min && stored <= FULL_TIME_HOURS.max ? stored : FULL_TIME_HOURS.default;
}


interface Prepared {
  skillIds: string[];
  source: ImportSource;
  plan: ImportPlan;
  replacesDemo: boolean;
  fullTimeHours: number;
}

async function prepare(db: Database, source: ImportSource, input: ImportRequest, ctx: CallContext, today: string): Promise<Prepared> {
  const jobId = input.jobId ?? `import-${source.fileName}`;
  const progress = (done: number, total: number) => ctx.progress?.({ jobId, label: 'job.import', done, total });
  if (ctx.signal?.aborted) throw new DomainError('CANCELLED', 'The import was cancelled; nothing was written.');
  const org = getOrganisation(db);
  // The first real import replaces the demo organisation: nothing stored is compared or kept.
  const replacesDemo = org === null || org.isDemo;
  const existing = replacesDemo ? new Map<string, ExistingEmployee>() : loadExistingForImport(db);
  const skills = new SkillCatalogue(listSkills(db));
  const fullTimeHours = fullTimeHoursOf(db, input.fullTimeHours);
  const plan = await buildPlan({
    file: source.file,
    skillsFile: source.skillsFile,
    mapping: input.mapping,
    roles: new RoleCatalogue(listRoles(db)),
    skills,
    existing,
    replace: input.replace === true,
    reviewChoices: input.reviewChoices,
    skillChoices: input.skillChoices,
    today,
    fullTimeHours,
    signal: ctx.signal,
    onProgress: progress,
  });
  if (replacesDemo) plan.removedIds = listEmployeeIds(db);
  return { skillIds: skills.ids, source, plan, replacesDemo, fullTimeHours };
}

function counts(p: Prepared) {
  let added = 0;
  let updated = 0;
  for (const x of p.plan.people) {
    if (x.status === 'added') added++;
    else if (x.status === 'updated') updated++;
  }
  return { people: p.plan.people.length, skills: p.plan.skillRows, added, updated, removed: p.plan.removedIds.length, replacesDemo: p.replacesDemo };
}

const warningsOf = (problems: ImportProblem[]) => problems.filter((x) => x.severity === 'warning').slice(0, MAX_LISTED);

export async function previewImport(db: Database, source: ImportSource, sessionId: string | null, input: ImportRequest, ctx: CallContext, today: string): Promise<ImportPreview> {
  const p = await prepare(db, source, input, ctx, today);
  const errors = p.plan.problems.filter((x) => x.severity === 'error').slice(0, MAX_LISTED);
  const warnings = warningsOf(p.plan.problems);
  return {
    sessionId,
    fileName: source.fileName,
    format: source.file.format,
    encoding: source.file.encoding,
    delimiter: source.file.delimiter,
    sheet: source.file.people.sheet,
    headerRow: p.plan.headerRow,
    columns: p.plan.columns,
    requirements: p.plan.requirements,
    skillsSource: p.plan.skillsSource,
    ...counts(p),
    toReview: p.plan.toReview,
    problems: [...errors, ...warnings],
    warnings,
    errorCount: p.plan.errorCount,
    warningCount: p.plan.warningCount,
    canCommit: p.plan.errorCount === 0,
  };
}

/** One line per problem, as the CLI prints them and the error envelope carries them. */
export function describeProblem(x: ImportProblem): string {
  const where = [x.file, x.sheet ? `sheet ${x.sheet}` : null, x.row !== null ? `row ${x.row}` : null, x.column ? `column "${x.column}"` : null].filter(Boolean).join(', ');
  return `${where}${x.value !== null && x.value !== '' ? ` (value "${x.value}")` : ''}: ${x.message}`;
}

export async function commitImport(db: Database, source: ImportSource, input: ImportRequest, ctx: CallContext, now: string): Promise<ImportResult> {
  const p = await prepare(db, source, input, ctx, now.slice(0, 10));
  const fileName = source.fileName;
  if (p.plan.errorCount > 0) {
    const errors = p.plan.problems.filter((x) => x.severity === 'error');
    const listed = errors.slice(0, 50).map(describeProblem);
    const more = p.plan.errorCount - listed.length;
    throw new DomainError(
      'INVALID_INPUT',
      `${fileName}: ${p.plan.errorCount} problem${p.plan.errorCount === 1 ? '' : 's'}; nothing was imported.\n${listed.join('\n')}${more > 0 ? `\n… and ${more} more` : ''}`,
      errors.slice(0, MAX_LISTED).map((x) => ({ path: `${x.file}${x.row !== null ? ` row ${x.row}` : ''}${x.column ? `, column ${x.column}` : ''}`, message: x.message })),
    );
  }
  if (ctx.signal?.aborted) throw new DomainError('CANCELLED', 'The import was cancelled; nothing was written.');
  const c = counts(p);
  const orgName = p.replacesDemo ? (input.organisationName ?? DEFAULT_ORG_NAME) : (getOrganisation(db)?.name ?? DEFAULT_ORG_NAME);
  const roleReviews = p.plan.toReview.filter((t) => t.kind === 'role').length;
  const jobId = input.jobId ?? `import-${fileName}`;
  writeImport(db, {
    people: p.plan.people,
    removedIds: p.plan.removedIds,
    replaceDemo: p.replacesDemo ? { name: orgName } : null,
    mapping: input.mapping ?? null,
    settings: { [FULL_TIME_KEY]: p.fullTimeHours },
    skillIds: p.skillIds,
    at: now,
    actor: ctx.actor,
    // Counts and the file name only: never a personal value.
    audit: { file: fileName, format: source.file.format, fullTimeHours: p.fullTimeHours, fteFrom: p.plan.requirements.fteFrom, people: c.people, skills: c.skills, added: c.added, updated: c.updated, removed: c.removed, toReview: roleReviews, replace: input.replace === true, replacedDemo: p.replacesDemo, warnings: p.plan.warningCount },
    onProgress: (done, total) => ctx.progress?.({ jobId, label: 'job.import', done, total }),
  });
  return { fileName, organisation: orgName, ...c, toReview: p.plan.toReview, warnings: warningsOf(p.plan.problems), warningCount: p.plan.warningCount };
}
