/**
 * employees.*, workforce.loadDemo and audit.list: the people (pseudonymised unless names are asked for) and the read-only log.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { auditEntries, listPeople, loadDemoOrganisation, personDetail } from '../services/people';

export function peopleHandlers(p: CorePorts): Pick<ApiHandlers, 'employees.list' | 'employees.get' | 'workforce.loadDemo' | 'audit.list'> {
  return {
    'employees.list': (input) => listPeople(p, input),
    'employees.get': (input) => personDetail(p, input),
    'workforce.loadDemo': (input, ctx) => loadDemoOrganisation(p, input, ctx.actor),
    'audit.list': (input) => auditEntries(p, input),
  };
}
