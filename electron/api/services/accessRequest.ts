/**
 * AVG art. 15 (access) and 20 (portability): everything held about one person — profile, skills with their
 * source, consent records, objection, plan, the scores computed now, and the audit entries about them —
 * and nothing about anyone else (their manager is only "recorded", the audit entries are those whose
 * entity is this person). Names follow the pseudonymised setting.
 */
import type { AccessExport } from '../../../shared/api/privacy-dto';
import { DomainError } from '../../../shared/api/result';
import { pick } from '../../../shared/domain/text';
import type { Lang } from '../../../shared/domain/types';
import { listAuditAbout } from '../../db/repos/auditRepo';
import { listModules, listRoles, listSkills } from '../../db/repos/datasetRepo';
import { getEmployee } from '../../db/repos/employeesRepo';
import { getPlan } from '../../db/repos/plansRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import type { CorePorts } from '../ports';
import { employeePaths } from './paths';

/** The audit entities that are about a person themself (not, say, a scenario they edited). */
const ABOUT_A_PERSON = ['employee', 'employee_skill', 'plan', 'consent', 'objection', 'employee_mode', 'export'] as const;

export function buildAccessExport(p: CorePorts, employeeId: string, lang: Lang): AccessExport {
  const e = getEmployee(p.db, employeeId);
  if (!e) throw new DomainError('NOT_FOUND', `Unknown employee: ${employeeId}`);
  const settings = getSettings(p.db);
  const roles = new Map(listRoles(p.db).map((r) => [r.code, pick(r.title, lang)]));
  const role = (code: string) => ({ code, title: roles.get(code) ?? code });
  const skills = new Map(listSkills(p.db).map((s) => [s.id, pick(s.name, lang)]));
  const modules = new Map(listModules(p.db).map((m) => [m.id, pick(m.title, lang)]));
  const plan = getPlan(p.db, e.id);
  const scored = employeePaths(p, { employeeId: e.id, lang });
  const audit = listAuditAbout(p.db, e.id, ABOUT_A_PERSON);
  const withheld = settings.pseudonymised;
  const notes = [
    lang === 'nl'
      ? 'Wie uw leidinggevende is, staat niet in dit bestand: dat gegeven identificeert een ander. Het is wel vastgelegd (hasManager).'
      : 'Who your manager is is not in this file: that value identifies another person. That one is recorded is shown (hasManager).',
    lang === 'nl'
      ? 'Leeftijdsklasse en gender staan alleen in Overstap met uw toestemming, uitsluitend voor de eerlijkheidsaudit.'
      : 'Age band and gender are held only with your consent, for the fairness audit only.',
  ];
  if (withheld) notes.push(lang === 'nl' ? 'De organisatie werkt gepseudonimiseerd: uw naam is weggelaten.' : 'The organisation works pseudonymised: your name is left out.');
  return {
    kind: 'overstap.access-export',
    version: 1,
    generatedAt: p.clock.now(),
    lang,
    employee: {
      id: e.id,
      ...(withheld ? {} : { name: e.name }),
      nameWithheld: withheld,
      role: role(e.roleCode),
      roleToReview: e.roleToReview,
      fte: e.fte,
      weeklyHours: e.weeklyHours,
      department: e.department,
      location: e.location,
      hasManager: e.managerId !== null,
      startDate: e.startDate,
      contractType: e.contractType,
      salary: e.salary,
      ageBand: e.ageBand ?? null,
      gender: e.gender ?? null,
    },
    skills: e.skills.map((s) => ({ skillId: s.skillId, skillName: skills.get(s.skillId) ?? s.skillId, level: s.level, source: s.source })),
    consents: e.consents.map((c) => ({ field: c.field, purpose: c.purpose, givenAt: c.givenAt, recordedBy: c.recordedBy })),
    objection: e.objection,
    plan: plan
      ? {
          scenario: plan.scenario,
          targetRole: role(plan.targetRole),
          status: plan.status,
          modules: plan.modules.map((m) => ({ id: m.id, title: modules.get(m.id) ?? m.id, hours: m.hours, done: m.done === true })),
          startDate: plan.startDate,
          weeklyHours: plan.weeklyHours,
          approvedBy: plan.approvedBy,
          approvedAt: plan.approvedAt,
          comment: plan.comment,
          createdAt: plan.createdAt,
          updatedAt: plan.updatedAt,
        }
      : null,
    scoring: {
      skipped: scored.skipped,
      scenario: scored.scenario,
      paths: scored.paths.slice(0, 5).map((x) => ({ rank: x.rank, targetRole: x.targetRole, fit: x.fit, viable: x.viable, weeks: x.weeks })),
    },
    auditEntries: audit.map((a) => ({ id: a.id, at: a.at, actor: a.actor, entity: a.entity, action: a.action, before: a.before, after: a.after, reason: a.reason })),
    notes,
  };
}
