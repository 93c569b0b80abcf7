/**
 * Contract of the reskilling engine: similar roles, paths per person, the whole-workforce run, assignment,
 * fairness, the business case, and the plans a person must approve.
 */
import { z } from 'zod';
import type { AssignmentDto, BusinessCaseDto, FairnessDto, PlanDto, ReskillAllDto, ReskillEmployeeDto, SimilarRolesDto, DoorDto } from '../reskill-dto';
import type { RoleRef } from '../dto';
import { catalogueIdSchema, departmentSchema, employeeIdSchema, isoDateSchema, jobIdSchema, phantom, reasonSchema, roleCodeSchema, weeklyLearningHoursSchema, withLang } from '../common';
import { scenarioNameSchema } from '../schemas';
import { EMPLOYEE_MODE_NONE, employeeModeSelf } from '../employeeMode';

const scenario = scenarioNameSchema.optional();

export const reskillContract = {
  'roles.similar': {
    input: withLang.extend({ roleCode: roleCodeSchema, limit: z.number().int().min(1).max(100).optional() }).strict(),
    output: phantom<SimilarRolesDto>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'reskill.employee': {
    input: withLang.extend({ employeeId: employeeIdSchema, scenario, explain: z.boolean().optional() }).strict(),
    output: phantom<ReskillEmployeeDto>(),
    employeeMode: employeeModeSelf('employeeId'),
  },
  'reskill.all': {
    input: withLang
      .extend({
        scenario,
        storePlans: z.boolean().optional(),
        jobId: jobIdSchema.optional(),
        /** Each person's top path only, without its gap or modules (the Dashboard's charts): a small answer from the ranking the business case shares. */
        summary: z.boolean().optional(),
      })
      .strict(),
    output: phantom<ReskillAllDto>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'reskill.assign': { input: withLang.extend({ scenario, jobId: jobIdSchema.optional() }).strict(), output: phantom<AssignmentDto>(), employeeMode: EMPLOYEE_MODE_NONE },
  'reskill.fairness': { input: z.object({ scenario, jobId: jobIdSchema.optional() }).strict(), output: phantom<FairnessDto>(), employeeMode: EMPLOYEE_MODE_NONE },
  'reskill.businessCase': {
    input: withLang.extend({ scenario, department: departmentSchema.optional(), jobId: jobIdSchema.optional() }).strict(),
    output: phantom<BusinessCaseDto>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'reskill.doors': {
    input: withLang.extend({ roleCode: roleCodeSchema, scenario }).strict(),
    output: phantom<{ role: RoleRef; open: RoleRef[]; best: DoorDto | null; options: DoorDto[] }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'plans.list': {
    input: withLang.extend({ department: departmentSchema.optional(), employeeId: employeeIdSchema.optional(), names: z.boolean().optional() }).strict(),
    output: phantom<{ plans: PlanDto[] }>(),
    employeeMode: employeeModeSelf('employeeId'),
  },
  /** Approving fixes when learning starts and how many hours a week it takes: both are required then. */
  'plans.decide': {
    input: withLang
      .extend({ employeeId: employeeIdSchema, decision: z.enum(['approve', 'decline']), comment: reasonSchema, startDate: isoDateSchema.optional(), weeklyHours: weeklyLearningHoursSchema.optional() })
      .strict()
      .superRefine((v, ctx) => {
        if (v.decision !== 'approve') return;
        if (!v.startDate) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'approving a plan needs a start date (YYYY-MM-DD)' });
        if (v.weeklyHours === undefined) ctx.addIssue({ code: 'custom', path: ['weeklyHours'], message: 'approving a plan needs the weekly learning hours (0.5–40)' });
      }),
    output: phantom<PlanDto>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'plans.update': {
    input: withLang
      .extend({
        employeeId: employeeIdSchema,
        targetRole: roleCodeSchema.optional(),
        moduleIds: z.array(catalogueIdSchema).max(500).optional(),
        startDate: isoDateSchema.nullable().optional(),
        weeklyHours: weeklyLearningHoursSchema.nullable().optional(),
        reason: reasonSchema,
      })
      .strict(),
    output: phantom<PlanDto>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'plans.progress': {
    input: withLang.extend({ employeeId: employeeIdSchema, moduleId: catalogueIdSchema, done: z.boolean() }).strict(),
    output: phantom<PlanDto>(),
    employeeMode: employeeModeSelf('employeeId'),
  },
} as const;
