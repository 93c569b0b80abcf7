/**
 * Contract of the workforce import: a two-step flow for the screen (preview → planner edits the
 * mapping and review choices → commit) that the CLI drives in one step.
 */
import { z } from 'zod';
import { IMPORT_FIELDS, type ImportMappingInfo, type ImportPreview, type ImportResult } from '../import-dto';
import { catalogueIdSchema, emptyInput, fileNameSchema, jobIdSchema, MAX_IMPORT_BASE64, phantom, roleCodeSchema, shortTextSchema } from '../common';

/** Text as written in the file: a column header, a skill's name. */
const fileText = z.string().min(1).max(200);
import { EMPLOYEE_MODE_NONE } from '../employeeMode';

const fileSchema = z
  .object({
    fileName: fileNameSchema,
    contentBase64: z.string().min(1, 'the file is empty').max(MAX_IMPORT_BASE64, 'the file is larger than about 150 MB'),
  })
  .strict();

/** {"<column header>": "<field>"}: overrides header recognition. */
const importMappingSchema = z
  .record(fileText, z.enum(IMPORT_FIELDS))
  .refine((m) => Object.keys(m).length <= 300, 'at most 300 mapped columns');

const importInput = z
  .object({
    fileName: fileSchema.shape.fileName,
    contentBase64: fileSchema.shape.contentBase64,
    /** A separate long-format skills file (person, skill, level, source), e.g. a second CSV. */
    skillsFile: fileSchema.optional(),
    mapping: importMappingSchema.optional(),
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
  .strict();

export const importContract = {
  /** Reads, recognises, matches and validates; writes nothing. */
  'import.preview': { input: importInput, output: phantom<ImportPreview>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** Everything preview does, then one transaction; refused (nothing written) while any error remains. */
  'import.commit': { input: importInput, output: phantom<ImportResult>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** The remembered mapping of the last import and the fields a column can map to. */
  'import.mapping': { input: emptyInput, output: phantom<ImportMappingInfo>(), employeeMode: EMPLOYEE_MODE_NONE },
} as const;
