/**
 * Contract for stopping long work: pass a `jobId` in the input of a long call, then `job.cancel` it.
 */
import { z } from 'zod';
import { jobIdSchema, phantom } from '../common';
import { EMPLOYEE_MODE_NONE } from '../employeeMode';

export const jobsContract = {
  'job.cancel': { input: z.object({ jobId: jobIdSchema }).strict(), output: phantom<{ cancelled: boolean }>(), employeeMode: EMPLOYEE_MODE_NONE },
} as const;
