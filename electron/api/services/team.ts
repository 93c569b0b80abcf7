/**
 * The user profile and a manager's own team. The profile's name is who approves and who the audit log
 * records; the OS login is only offered, and used as a name once the user confirmed it (fromOsLogin).
 * A manager's team comes from the data (manager id per person): names are shown inside it, as the
 * manager knows their own people, unless the organisation works pseudonymised.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import type { ProfileState, TeamDto, TeamMember } from '../../../shared/api/team-dto';
import { DomainError } from '../../../shared/api/result';
import { appendAudit } from '../../db/repos/auditRepo';
import { getEmployee } from '../../db/repos/employeesRepo';
import { listPlans } from '../../db/repos/plansRepo';
import { getProfile, putProfile } from '../../db/repos/profileRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import { getTeamOf, listManagers, listTeamMembers } from '../../db/repos/teamRepo';
import { inTransaction } from '../../db/tx';
import type { CorePorts } from '../ports';
import { labels } from './labels';
import { languageOf } from './settings';

/** Who acts: the named profile person when one is chosen, else the door's actor (OS login or `--user`). */
export function actorName(p: CorePorts, fallback: string): string {
  return getProfile(p.db)?.name ?? fallback;
}

export function profileState(p: CorePorts, osLogin: string): ProfileState {
  return { profile: getProfile(p.db), osLogin };
}

export function setProfile(p: CorePorts, input: ApiParsed<'profile.set'>, osLogin: string): ProfileState {
  const employeeId = input.employeeId ?? null;
  if (employeeId) {
    if (!getEmployee(p.db, employeeId)) throw new DomainError('NOT_FOUND', `Unknown employee: ${employeeId}`);
    if (input.role === 'manager' && !listManagers(p.db).some((m) => m.id === employeeId)) {
      throw new DomainError('INVALID_INPUT', `Nobody reports to ${employeeId} in the data; pick the person whose team you lead`);
    }
  }
  const fromOsLogin = input.fromOsLogin === true;
  if (fromOsLogin && input.name !== osLogin) throw new DomainError('INVALID_INPUT', `fromOsLogin is only for the OS login itself ("${osLogin}")`);
  const before = getProfile(p.db);
  const profile = { name: input.name, role: input.role, employeeId, fromOsLogin, chosenAt: p.clock.now() };
  inTransaction(p.db, () => {
    putProfile(p.db, profile);
    appendAudit(p.db, { at: profile.chosenAt, actor: profile.name, entity: 'profile', action: before ? 'update' : 'choose', before, after: profile });
  });
  return { profile, osLogin };
}

export function managers(p: CorePorts, input: ApiParsed<'team.managers'>): ApiOutput<'team.managers'> {
  const withNames = !getSettings(p.db).pseudonymised;
  const l = labels(p.db, languageOf(p, input.lang));
  return {
    managers: listManagers(p.db, input.search).map((m) => ({
      id: m.id,
      ...(withNames ? { name: m.name } : {}),
      team: m.team,
      department: m.department,
      roleTitle: l.role(m.role_code).title,
      reports: m.reports,
    })),
  };
}

export function team(p: CorePorts, input: ApiParsed<'team.get'>): TeamDto {
  const managerId = input.managerId ?? getProfile(p.db)?.employeeId ?? null;
  if (!managerId) throw new DomainError('INVALID_INPUT', 'Choose who you are first: a manager profile names the person whose team you lead (Settings)');
  const head = getTeamOf(p.db, managerId);
  if (!head) throw new DomainError('NOT_FOUND', `Unknown employee: ${managerId}`);
  const withNames = !getSettings(p.db).pseudonymised;
  const l = labels(p.db, languageOf(p, input.lang));
  const rows = listTeamMembers(p.db, managerId);
  const plans = new Map(listPlans(p.db, { employeeIds: rows.map((m) => m.id) }).map((x) => [x.employeeId, x]));
  const members: TeamMember[] = rows.map((m) => {
    const plan = plans.get(m.id);
    return {
      id: m.id,
      ...(withNames ? { name: m.name } : {}),
      team: m.team,
      department: m.department,
      role: l.role(m.role_code),
      managerId: m.manager_id,
      direct: m.depth === 1,
      objection: m.objection_since !== null,
      plan: plan
        ? {
            status: plan.status,
            targetRole: l.role(plan.targetRole),
            startDate: plan.startDate,
            weeklyHours: plan.weeklyHours,
            hours: plan.modules.reduce((s, x) => s + x.hours, 0),
            approvedBy: plan.approvedBy,
            approvedAt: plan.approvedAt,
            comment: plan.comment,
          }
        : null,
    };
  });
  const statuses = ['draft', 'approved', 'in_progress', 'done', 'declined', 'none'] as const;
  return {
    manager: { id: head.id, ...(withNames ? { name: head.name } : {}), team: head.team, department: head.department },
    members,
    byStatus: statuses.map((status) => ({ status, people: members.filter((m) => (m.plan?.status ?? 'none') === status).length })),
  };
}
