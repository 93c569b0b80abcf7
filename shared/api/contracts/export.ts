/**
 * Contract of the exports: one file per call (PDF, XLSX, CSV or JSON), the data the report pages print,
 * and the database backup and restore. Pairs of what × format follow docs/CLI.md; any other pair is INVALID_INPUT.
 */
import { z } from 'zod';
import type { BackupFileDto, ExportFileDto, ReportData, RestoreStageDto } from '../export-dto';
import { EXPORT_FORMATS, EXPORT_PAIRS, EXPORT_WHATS, PLANS_PARTS } from '../export-dto';
import { departmentSchema, emptyInput, employeeIdSchema, fileNameSchema, langSchema, MAX_BACKUP_BASE64, phantom } from '../common';
import { scenarioNameSchema } from '../schemas';
import { EMPLOYEE_MODE_NONE, employeeModeSelf } from '../employeeMode';

const scope = {
  scenario: scenarioNameSchema.optional(),
  department: departmentSchema.optional(),
  employeeId: employeeIdSchema.optional(),
  names: z.boolean().optional(),
  lang: langSchema.optional(),
  /** A manager's team: everyone who reports to them, directly or through their team leads. */
  managerId: employeeIdSchema.optional(),
  /** Plans only: the whole report (summary, then a section per person) or the one-to-two page summary alone. */
  part: z.enum(PLANS_PARTS).optional(),
};

const partOnlyForPlans = (v: { what: string; part?: string; department?: string; managerId?: string }, ctx: z.RefinementCtx) => {
  if (v.part && v.what !== 'plans') ctx.addIssue({ code: 'custom', path: ['part'], message: 'part (full or summary) is only for the plans export' });
  if (v.managerId && v.department) ctx.addIssue({ code: 'custom', path: ['managerId'], message: 'give a department or a manager’s team, not both' });
};

const exportFileInput = z
  .object({ what: z.enum(EXPORT_WHATS), format: z.enum(EXPORT_FORMATS), ...scope })
  .strict()
  .superRefine((v, ctx) => {
    if (!EXPORT_PAIRS[v.what].includes(v.format)) {
      ctx.addIssue({ code: 'custom', path: ['format'], message: `${v.what} cannot be exported as ${v.format}; use ${EXPORT_PAIRS[v.what].join(', ')}` });
    }
    if (v.what === 'path' && !v.employeeId) ctx.addIssue({ code: 'custom', path: ['employeeId'], message: 'the path export needs an employee (employeeId)' });
    partOnlyForPlans(v, ctx);
  });

const reportDataInput = z
  .object({ what: z.enum(['plans', 'path', 'boardpack']), ...scope })
  .strict()
  .superRefine((v, ctx) => {
    if (v.what === 'path' && !v.employeeId) ctx.addIssue({ code: 'custom', path: ['employeeId'], message: 'the path report needs an employee (employeeId)' });
    partOnlyForPlans(v, ctx);
  });

/** A backup upload: base64 of an SQLite file (≤ 48 MB of database). */
export const exportContract = {
  'export.file': { input: exportFileInput, output: phantom<ExportFileDto>(), employeeMode: employeeModeSelf('employeeId', { only: { field: 'what', values: ['path'] } }) },
  /** What a report page prints (read-only: the export that prints it writes the audit entry). */
  'export.reportData': { input: reportDataInput, output: phantom<ReportData>(), employeeMode: employeeModeSelf('employeeId', { only: { field: 'what', values: ['path'] } }) },
  'backup.create': { input: emptyInput, output: phantom<BackupFileDto>(), employeeMode: EMPLOYEE_MODE_NONE },
  'backup.restoreStage': {
    input: z.object({ contentBase64: z.string().min(1).max(MAX_BACKUP_BASE64), fileName: fileNameSchema.optional() }).strict(),
    output: phantom<RestoreStageDto>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
} as const;
