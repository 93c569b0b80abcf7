/**
 * Contract of self-assessed skill levels: an employee proposes a level, a manager confirms or rejects it.
 */
import { z } from 'zod';
import type { SkillProposalDto } from '../dto';
import { employeeIdSchema, phantom, reasonSchema, withLang } from '../common';
import { EMPLOYEE_MODE_NONE, employeeModeSelf } from '../employeeMode';

const skillId = z.string().min(1).max(120);

export const skillsContract = {
  'skills.propose': {
    input: withLang.extend({ employeeId: employeeIdSchema, skillId, level: z.number().int().min(0).max(5), note: z.string().max(1000).optional() }).strict(),
    output: phantom<SkillProposalDto>(),
    employeeMode: employeeModeSelf('employeeId'),
  },
  'skills.decide': {
    input: withLang.extend({ employeeId: employeeIdSchema, skillId, decision: z.enum(['confirm', 'reject']), comment: reasonSchema }).strict(),
    output: phantom<SkillProposalDto>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'skills.proposals': {
    input: withLang.extend({ employeeId: employeeIdSchema.optional(), department: z.string().max(200).optional(), status: z.enum(['pending', 'confirmed', 'rejected']).optional() }).strict(),
    output: phantom<{ proposals: SkillProposalDto[] }>(),
    employeeMode: employeeModeSelf('employeeId'),
  },
} as const;
