/**
 * Contract of privacy and governance: access/portability export, rectification, erasure, consent for the
 * demographic fields, objection to scoring, employee mode (passphrase), audit retention and the documents.
 */
import { z } from 'zod';
import type {
  AccessExport,
  ConsentDto,
  ErasureRecordDto,
  ObjectionDto,
  PrivacyFileDto,
  PrivacyPersonDto,
  PrivacyStatus,
  RetentionRunDto,
} from '../privacy-dto';
import { AGE_BANDS, DOCUMENT_KINDS, GENDERS } from '../privacy-dto';
import type { EmployeeDetail } from '../dto';
import {
  catalogueIdSchema,
  departmentSchema,
  emptyInput,
  employeeIdSchema,
  euroAmountSchema,
  isoDateSchema,
  langSchema,
  pageLimitSchema,
  phantom,
  reasonSchema,
  roleCodeSchema,
  searchSchema,
  shortTextSchema,
  skillLevelSchema,
  personTextSchema,
} from '../common';
import { EMPLOYEE_MODE_NONE, employeeModeAny, employeeModeSelf } from '../employeeMode';

const field = z.enum(['ageBand', 'gender']);
const passphrase = z.string().min(8, 'a passphrase of at least 8 characters is required').max(256);

const consentSetInput = z
  .object({ employeeId: employeeIdSchema, field, value: z.string().trim().min(1).max(20), purpose: z.literal('fairness-audit') })
  .strict()
  .superRefine((v, ctx) => {
    const allowed: readonly string[] = v.field === 'ageBand' ? AGE_BANDS : GENDERS;
    if (!allowed.includes(v.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: `${v.field} must be one of ${allowed.join(', ')}` });
  });

const rectifyInput = z
  .object({
    employeeId: employeeIdSchema,
    reason: reasonSchema,
    profile: z
      .object({
        name: personTextSchema.nullable().optional(),
        department: departmentSchema.optional(),
        location: shortTextSchema.optional(),
        fte: z.number().gt(0).max(1.5).optional(),
        weeklyHours: z.number().min(0).max(80).optional(),
        startDate: isoDateSchema.optional(),
        contractType: z.enum(['permanent', 'temporary', 'outsourced']).optional(),
        salary: euroAmountSchema.nullable().optional(),
        roleCode: roleCodeSchema.optional(),
      })
      .strict()
      .optional(),
    skills: z
      .array(z.object({ skillId: catalogueIdSchema, level: skillLevelSchema.nullable(), source: z.enum(['self', 'manager', 'learning', 'inferred']).optional() }).strict())
      .max(500)
      .optional(),
  })
  .strict()
  .refine((v) => (v.profile && Object.keys(v.profile).length > 0) || (v.skills && v.skills.length > 0), { message: 'nothing to correct: give profile fields or skills' });

export const privacyContract = {
  'privacy.status': { input: emptyInput, output: phantom<PrivacyStatus>(), employeeMode: employeeModeAny(['erasures', 'objections', 'consents', 'oldestAuditEntry', 'automaticBackups']) },
  'privacy.people': {
    input: z.object({ search: searchSchema.optional(), limit: pageLimitSchema.optional() }).strict(),
    output: phantom<{ people: PrivacyPersonDto[]; total: number }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  /** AVG art. 15 and 20: JSON content, or a PDF as base64. */
  'privacy.export': {
    input: z.object({ employeeId: employeeIdSchema, format: z.enum(['json', 'pdf']), lang: langSchema.optional() }).strict(),
    output: phantom<PrivacyFileDto & { data: AccessExport }>(),
    employeeMode: employeeModeSelf('employeeId'),
  },
  /** AVG art. 16. */
  'privacy.rectify': { input: rectifyInput, output: phantom<{ employee: EmployeeDetail; changed: string[] }>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** AVG art. 17: needs confirm: true. */
  'privacy.erase': {
    input: z.object({ employeeId: employeeIdSchema, confirm: z.literal(true, { message: 'erasure must be confirmed (confirm: true)' }), reason: reasonSchema.optional() }).strict(),
    output: phantom<{ erased: string; tombstone: string; auditEntriesRewritten: number; backups: { cleaned: number; removed: number } }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'privacy.erasures': { input: emptyInput, output: phantom<{ erasures: ErasureRecordDto[] }>(), employeeMode: EMPLOYEE_MODE_NONE },
  'consent.list': { input: z.object({ employeeId: employeeIdSchema.optional() }).strict(), output: phantom<{ consents: ConsentDto[] }>(), employeeMode: EMPLOYEE_MODE_NONE },
  'consent.set': { input: consentSetInput, output: phantom<{ consent: ConsentDto }>(), employeeMode: EMPLOYEE_MODE_NONE },
  'consent.withdraw': { input: z.object({ employeeId: employeeIdSchema, field }).strict(), output: phantom<{ consent: ConsentDto; withdrawnAt: string }>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** AVG art. 21. */
  'objection.set': { input: z.object({ employeeId: employeeIdSchema, reason: reasonSchema }).strict(), output: phantom<{ objection: ObjectionDto }>(), employeeMode: EMPLOYEE_MODE_NONE },
  'objection.withdraw': { input: z.object({ employeeId: employeeIdSchema, reason: reasonSchema }).strict(), output: phantom<{ objection: ObjectionDto }>(), employeeMode: EMPLOYEE_MODE_NONE },
  'privacy.setPassphrase': {
    input: z.object({ passphrase, current: z.string().max(256).optional() }).strict(),
    output: phantom<{ passphraseSet: true; algorithm: string }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  /** Employee mode: the app shows only this person's My path until unlocked with the passphrase. */
  'privacy.enterEmployeeMode': { input: z.object({ employeeId: employeeIdSchema }).strict(), output: phantom<{ employeeMode: { employeeId: string; since: string } }>(), employeeMode: EMPLOYEE_MODE_NONE },
  'privacy.unlock': { input: z.object({ passphrase: z.string().min(1).max(256) }).strict(), output: phantom<{ unlocked: true }>(), employeeMode: employeeModeAny() },
  'privacy.setRetention': {
    input: z.object({ months: z.number().int().min(6, 'the audit log is kept at least 6 months (AI Act art. 26(6))').max(120), reason: reasonSchema }).strict(),
    output: phantom<{ retentionMonths: number }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  /** How many automatic backups (before a migration or restore) stay beside the database (16.7). */
  'privacy.setAutomaticBackups': {
    input: z.object({ keep: z.number().int().min(1).max(50), reason: reasonSchema.optional() }).strict(),
    output: phantom<{ keep: number; removed: number }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'privacy.runRetention': { input: z.object({ reason: reasonSchema.optional() }).strict(), output: phantom<RetentionRunDto>(), employeeMode: EMPLOYEE_MODE_NONE },
  'privacy.document': {
    input: z.object({ what: z.enum(DOCUMENT_KINDS), format: z.enum(['md', 'pdf']), lang: langSchema.optional() }).strict(),
    output: phantom<PrivacyFileDto>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
} as const;
