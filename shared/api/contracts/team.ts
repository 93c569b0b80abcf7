/**
 * Contract of the user profile (name and role, chosen at first start and in Settings) and of a manager's
 * own team (everyone who reports to them, directly or through their team leads), by name.
 */
import { z } from 'zod';
import type { ManagerItem, ProfileState, TeamDto } from '../team-dto';
import { PROFILE_ROLES } from '../team-dto';
import { emptyInput, employeeIdSchema, personTextSchema, phantom, withLang } from '../common';
import { EMPLOYEE_MODE_NONE, employeeModeAny } from '../employeeMode';

const profileSetInput = z
  .object({
    name: z.string().trim().min(2, 'a name of at least 2 characters is required').max(120),
    role: z.enum(PROFILE_ROLES),
    employeeId: employeeIdSchema.nullable().optional(),
    fromOsLogin: z.boolean().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.role === 'manager' && !v.employeeId) ctx.addIssue({ code: 'custom', path: ['employeeId'], message: 'a manager profile names who you are in the organisation (employeeId)' });
  });

export const teamContract = {
  /** In employee mode the OS login is withheld: it is the planner's, not the employee's. */
  'profile.get': { input: emptyInput, output: phantom<ProfileState>(), employeeMode: employeeModeAny(['osLogin']) },
  'profile.set': { input: profileSetInput, output: phantom<ProfileState>(), employeeMode: EMPLOYEE_MODE_NONE },
  'team.managers': {
    input: withLang.extend({ search: personTextSchema.optional() }).strict(),
    output: phantom<{ managers: ManagerItem[] }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  /** The team of `managerId`, or of the signed-in manager's profile when left out. */
  'team.get': { input: withLang.extend({ managerId: employeeIdSchema.optional() }).strict(), output: phantom<TeamDto>(), employeeMode: EMPLOYEE_MODE_NONE },
} as const;
