/**
 * Contract of self-assessed skill levels: an employee proposes a level, a manager confirms or rejects it.
 */
import { z } from 'zod';
import type { SkillProposalDto } from '../dto';
import { catalogueIdSchema, departmentSchema, employeeIdSchema, phantom, reasonSchema, skillLevelSchema, withLang } from '../common';
import { EMPLOYEE_MODE_NONE, employeeModeSelf } from '../employeeMode';

const skillId = catalogueIdSchema;

export const skillsContract = {
  'skills.propose': {
    input: withLang.extend({ employeeId: employeeIdSchema, skillId, level: skillLevelSchema, note: z.string().max(1000).optional() }).strict(),
    output: phantom<SkillProposalDto>(),
    employeeMode: employeeModeSelf('employeeId'),
  },
  'skills.decide': {
    input: withLang.extend({ employeeId: employeeIdSchema, skillId, decision: z.enum(['confirm', 'reject']), comment: reasonSchema }).strict(),
    output: phantom<SkillProposalDto>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'skills.proposals': {
    input: withLang.extend({ employeeId: employeeIdSchema.optional(), department: departmentSchema.optional(), status: z.enum(['pending', 'confirmed', 'rejected']).optional() }).strict(),
    output: phantom<{ proposals: SkillProposalDto[] }>(),
    employeeMode: employeeModeSelf('employeeId'),
  },
} as const;
