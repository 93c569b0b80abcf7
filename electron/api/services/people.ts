/**
 * The people: the list (pseudonymised unless names are asked for and allowed), one person's detail,
 * loading the demo organisation, and the read-only audit log.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import type { EmployeeDetail } from '../../../shared/api/dto';
import { DomainError } from '../../../shared/api/result';
import { pick } from '../../../shared/domain/text';
import { loadEmbeddedData } from '../../db/embedded';
import { appendAudit, listAudit } from '../../db/repos/auditRepo';
import { listRoles, listSkills } from '../../db/repos/datasetRepo';
import { countEmployees, getEmployee, listEmployeeRows, replaceOrganisation } from '../../db/repos/employeesRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import { inTransaction } from '../../db/tx';
import type { CorePorts } from '../ports';

export function listPeople(p: CorePorts, input: ApiParsed<'employees.list'>): ApiOutput<'employees.list'> {
  const settings = getSettings(p.db);
  const lang = input.lang ?? settings.language;
  const titles = new Map(listRoles(p.db).map((r) => [r.code, pick(r.title, lang)]));
  const rows = listEmployeeRows(p.db, { department: input.department, roleCode: input.roleCode });
  // Names only on an explicit request, and never in the app-wide pseudonymised mode.
  const withNames = input.names === true && !settings.pseudonymised;
  return {
    employees: rows.map((r) => ({
      id: r.id,
      ...(withNames ? { name: r.name } : {}),
      role: r.role_code,
      roleTitle: titles.get(r.role_code) ?? r.role_code,
      roleToReview: r.role_to_review === 1,
      department: r.department,
      location: r.location,
      fte: r.fte,
      contractType: r.contract_type,
      objection: r.objection_since !== null,
    })),
  };
}

export function personDetail(p: CorePorts, input: ApiParsed<'employees.get'>): { employee: EmployeeDetail } {
  const settings = getSettings(p.db);
  const lang = input.lang ?? settings.language;
  const e = getEmployee(p.db, input.id);
  if (!e) throw new DomainError('NOT_FOUND', `Unknown employee: ${input.id}`);
  const role = listRoles(p.db).find((r) => r.code === e.roleCode);
  const skillNames = new Map(listSkills(p.db).map((s) => [s.id, pick(s.name, lang)]));
  const withNames = input.names === true && !settings.pseudonymised;
  return {
    employee: {
      id: e.id,
      ...(withNames ? { name: e.name } : {}),
      role: e.roleCode,
      roleTitle: role ? pick(role.title, lang) : e.roleCode,
      roleToReview: e.roleToReview,
      department: e.department,
      location: e.location,
      fte: e.fte,
      weeklyHours: e.weeklyHours,
      startDate: e.startDate,
      contractType: e.contractType,
      managerId: e.managerId,
      objection: e.objection,
      // Protected attributes are not part of the detail: only the fairness audit reads them.
      skills: e.skills.map((s) => ({ skillId: s.skillId, skillName: skillNames.get(s.skillId) ?? s.skillId, level: s.level, source: s.source })),
    },
  };
}

export async function loadDemoOrganisation(p: CorePorts, input: ApiParsed<'workforce.loadDemo'>, actor: string): Promise<ApiOutput<'workforce.loadDemo'>> {
  const present = countEmployees(p.db);
  if (present > 0 && input.replace !== true) {
    throw new DomainError('CONFLICT', `The workforce holds ${present} people; loading the demo organisation would replace them (confirm with replace).`);
  }
  const { organisation } = await loadEmbeddedData();
  inTransaction(p.db, () => {
    replaceOrganisation(p.db, organisation);
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'workforce', action: 'loadDemo', before: { employees: present }, after: { organisation: organisation.name, employees: organisation.employees.length } });
  });
  return { organisation: organisation.name, employees: organisation.employees.length };
}

export const auditEntries = (p: CorePorts, input: ApiParsed<'audit.list'>): ApiOutput<'audit.list'> => ({ entries: listAudit(p.db, input) });
