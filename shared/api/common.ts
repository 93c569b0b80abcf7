/**
 * Building blocks shared by the per-domain contract files and the scenario schema: every piece that more
 * than one method (or file) validates is declared once here, so a limit or a message changes in one place.
 */
import { z } from 'zod';
import { SCENARIO_BOUNDS } from '../domain/scenarioBounds';

// zod 4 probes `new Function` to JIT parsers; under the renderer's CSP that logs an error (TOOLCHAIN G5).
z.config({ jitless: true });

/** The output type of a method, carried as a type only. */
export const phantom = <T>() => undefined as unknown as T;

/** A database backup handed back for restore, as base64. */
export const MAX_BACKUP_BASE64 = 64 * 1024 * 1024;
/** A scenario file's JSON text. */
export const MAX_SCENARIO_FILE_CHARS = 20_000_000;

export const langSchema = z.enum(['en', 'nl']);
export const roleCodeSchema = z.string().regex(/^(\d{2}-\d{4}\.\d{2}|ovs-[a-z0-9-]+)$/, 'expected a role code like 43-4051.00 or ovs-<slug>');
/** Why a person changed or decided something: it goes to the audit log. */
export const reasonSchema = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);
export const labelSourceSchema = z.enum(['human', 'gpt4', 'average', 'cautious']);
export const employeeIdSchema = z.string().trim().min(1).max(64);
/** A task id of the dataset (O*NET task ids and Overstap's own). */
export const taskIdSchema = z.string().min(1).max(40);
/** A skill or learning-module id of the dataset. */
export const catalogueIdSchema = z.string().min(1).max(120);
/** A short name a person types or a file holds: a location, an organisation. */
export const shortTextSchema = z.string().trim().min(1).max(200);
/** A department's name, also when it filters a list. */
export const departmentSchema = shortTextSchema;
/** A skill level on the 0–5 scale (0: none, 3: job-ready, 5: expert). */
export const skillLevelSchema = z.number().int().min(0).max(5);
/** Hours a week a person spends learning (a scenario's default, or one plan's). */
export const weeklyLearningHoursSchema = z.number().min(SCENARIO_BOUNDS.levers.weeklyLearningHours.min).max(SCENARIO_BOUNDS.levers.weeklyLearningHours.max);
/** An amount in euros (a salary, a cap). */
export const euroAmountSchema = z.number().min(0).max(10_000_000);
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** Ties progress events and job.cancel to one long call. */
export const jobIdSchema = z.string().min(1).max(100);
export const fileNameSchema = z.string().trim().min(1).max(260);
/** Free-text search of a list. */
export const searchSchema = z.string().max(200);
/** How many entries one page of a list holds. */
export const pageLimitSchema = z.number().int().min(1).max(5000);
/** A positive whole number: a row id to page before, a file format version. */
export const positiveIntSchema = z.number().int().min(1);
/** A person's name or a search for one, as typed. */
export const personTextSchema = z.string().trim().max(200);
export const emptyInput = z.object({}).strict();
export const withLang = z.object({ lang: langSchema.optional() }).strict();
