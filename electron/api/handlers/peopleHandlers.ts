/**
 * employees.list and audit.list: the people list (pseudonymised unless names are asked for) and the read-only log.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { pick } from '../../../shared/domain/text';
import { listRoles, listSkills } from '../../db/repos/datasetRepo';
import { countEmployees, getEmployee, replaceOrganisation } from '../../db/repos/employeesRepo';
import { loadEmbeddedData } from '../../db/embedded';
import { DomainError } from '../../../shared/api/result';
import { appendAudit, listAudit } from '../../db/repos/auditRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import type { CorePorts } from '../ports';

interface Row {
  id: string;
  name: string | null;
  role_code: string;
  role_to_review: number;
  department: string;
  location: string;
  fte: number;
  contract_type: string;
  objection_since: string | null;
}

export function peopleHandlers(p: CorePorts): Pick<ApiHandlers, 'employees.list' | 'employees.get' | 'workforce.loadDemo' | 'audit.list'> {
  return {
    'employees.list': (input) => {
      const settings = getSettings(p.db);
      const lang = input.lang ?? settings.language;
      const titles = new Map(listRoles(p.db).map((r) => [r.code, pick(r.title, lang)]));
      const where: string[] = [];
      if (input.department) where.push('department = @department');
      if (input.roleCode) where.push('role_code = @roleCode');
      const rows = p.db
        .prepare(`SELECT id, name, role_code, role_to_review, department, location, fte, contract_type, objection_since FROM employees ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id`)
        .all({ department: input.department, roleCode: input.roleCode }) as Row[];
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
    },
    'employees.get': (input) => {
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
    },
    'workforce.loadDemo': async (input, ctx) => {
      const present = countEmployees(p.db);
      if (present > 0 && input.replace !== true) {
        throw new DomainError('CONFLICT', `The workforce holds ${present} people; loading the demo organisation would replace them (confirm with replace).`);
      }
      const { organisation } = await loadEmbeddedData();
      p.db.transaction(() => {
        replaceOrganisation(p.db, organisation);
        appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'workforce', action: 'loadDemo', before: { employees: present }, after: { organisation: organisation.name, employees: organisation.employees.length } });
      })();
      return { organisation: organisation.name, employees: organisation.employees.length };
    },
    'audit.list': (input) => ({ entries: listAudit(p.db, input) }),
  };
}
