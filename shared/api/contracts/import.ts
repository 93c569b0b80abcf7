/**
 * Contract of the workforce import. The screen opens a session (the file crosses once and is read once on the
 * core side), previews it as often as the planner edits the mapping, then commits it; the CLI sends the file
 * with preview or commit directly, in one step.
 */
import { z } from 'zod';
import { IMPORT_FIELDS, type ImportMappingInfo, type ImportPreview, type ImportResult, type ImportSessionInfo } from '../import-dto';
import { catalogueIdSchema, emptyInput, employeeIdSchema, fileNameSchema, jobIdSchema, phantom, roleCodeSchema, shortTextSchema } from '../common';
import { EMPLOYEE_MODE_NONE } from '../employeeMode';
import { FULL_TIME_HOURS, MAX_IMPORT_BASE64, MAX_IMPORT_BYTES } from '../limits';

export { FULL_TIME_HOURS };

/** Text as written in the file: a column header, a skill's name. */
const fileText = z.string().min(1).max(200);

const tooLarge = `the file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB`;

const fileSchema = z
  .object({
    fileName: fileNameSchema,
    contentBase64: z.string().min(1, 'the file is empty').max(MAX_IMPORT_BASE64, tooLarge),
  })
  .strict();

/** {"<column header>": "<field>"}: overrides header recognition. */
const importMappingSchema = z
  .record(fileText, z.enum(IMPORT_FIELDS))
  .refine((m) => Object.keys(m).length <= 300, 'at most 300 mapped columns');

const sessionIdSchema = z.string().regex(/^[0-9a-f-]{36}$/, 'expected an import session id');

const openInput = z
  .object({
    fileName: fileSchema.shape.fileName,
    contentBase64: fileSchema.shape.contentBase64,
    /** A separate long-format skills file (person, skill, level, source), e.g. a second CSV. */
    skillsFile: fileSchema.optional(),
  })
  .strict()
  .refine((x) => x.contentBase64.length + (x.skillsFile?.contentBase64.length ?? 0) <= MAX_IMPORT_BASE64, { message: `the files together are larger than ${MAX_IMPORT_BYTES / 1_000_000} MB`, path: ['skillsFile'] });

const importInput = z
  .object({
    /** An open session (import.open): the file is not sent again. */
    sessionId: sessionIdSchema.optional(),
    /** Or the file itself (the CLI's one step). */
    fileName: fileSchema.shape.fileName.optional(),
    contentBase64: fileSchema.shape.contentBase64.optional(),
    skillsFile: fileSchema.optional(),
    mapping: importMappingSchema.optional(),
    /** Weekly hours of one full-time job, to derive FTE from weekly hours. */
    fullTimeHours: z.number().min(FULL_TIME_HOURS.min).max(FULL_TIME_HOURS.max).optional(),
    /** Also remove people who are not in the file. */
    replace: z.boolean().optional(),
    /** Name of the organisation when this import replaces the demo one. */
    organisationName: shortTextSchema.optional(),
    /** Ties progress events to the caller's job. */
    jobId: jobIdSchema.optional(),
    /** Row number (as in the file) or person id → the role the planner picked for an uncertain title. */
    reviewChoices: z.record(z.string().min(1).max(64), roleCodeSchema).refine((m) => Object.keys(m).length <= 200_000, 'too many review choices').optional(),
    /** Skill value as written → the skill id the planner picked, or null to leave it out. */
    skillChoices: z.record(fileText, catalogueIdSchema.nullable()).refine((m) => Object.keys(m).length <= 10_000, 'too many skill choices').optional(),
  })
  .strict()
  .superRefine((x, ctx) => {
    const inline = x.fileName !== undefined || x.contentBase64 !== undefined || x.skillsFile !== undefined;
    if (x.sessionId !== undefined && inline) ctx.addIssue({ code: 'custom', message: 'give either a sessionId or the file, not both', path: ['sessionId'] });
    else if (x.sessionId === undefined && (x.fileName === undefined || x.contentBase64 === undefined)) ctx.addIssue({ code: 'custom', message: 'give a sessionId (import.open) or fileName and contentBase64', path: ['fileName'] });
    else if ((x.contentBase64?.length ?? 0) + (x.skillsFile?.contentBase64.length ?? 0) > MAX_IMPORT_BASE64) ctx.addIssue({ code: 'custom', message: `the files together are larger than ${MAX_IMPORT_BYTES / 1_000_000} MB`, path: ['skillsFile'] });
  });

export const importContract = {
  /** Reads the file once (XLSX off the main thread, within size and row limits) and keeps it for preview and commit. */
  'import.open': { input: openInput, output: phantom<ImportSessionInfo>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** Recognises, matches and validates; writes nothing. */
  'import.preview': { input: importInput, output: phantom<ImportPreview>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** Everything preview does, then one transaction; refused (nothing written) while any error remains. Closes the session. */
  'import.commit': { input: importInput, output: phantom<ImportResult>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** Drops a session the planner left (also dropped after commit, or when idle too long). */
  'import.close': { input: z.object({ sessionId: sessionIdSchema }).strict(), output: phantom<{ closed: boolean }>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** The remembered mapping of the last import, the fields a column can map to, and the full-time week. */
  'import.mapping': { input: emptyInput, output: phantom<ImportMappingInfo>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** The planner confirms (or changes) the role an import guessed for a person: the "to review" mark goes. */
  'import.confirmRole': {
    input: z.object({ employeeId: employeeIdSchema, roleCode: roleCodeSchema }).strict(),
    output: phantom<{ employeeId: string; roleCode: string; roleToReview: false }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
} as const;
