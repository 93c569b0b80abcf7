/**
 * job.cancel: marks a running job cancelled; its handler stops at its next check and writes nothing.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';

export function jobHandlers(p: CorePorts): Pick<ApiHandlers, 'job.cancel'> {
  return { 'job.cancel': (input) => ({ cancelled: p.jobs.cancel(input.jobId) }) };
}
