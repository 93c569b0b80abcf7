/**
 * roles.similar and reskill.*: paths per person, the whole-workforce run, assignment, fairness, business case.
 * Objectors (AVG art. 21) get no fit, rank or path, and every answer says so.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { RoleRef } from '../../../shared/api/dto';
import type { DoorDto, PathDto, ReskillAllDto } from '../../../shared/api/reskill-dto';
import { DomainError } from '../../../shared/api/result';
import { businessCase } from '../../../shared/domain/businessCase';
import { doorsForEmployee, doorsForRole, type DoorOption } from '../../../shared/domain/doors';
import { fairnessAudit } from '../../../shared/domain/fairness';
import { rankEmployee, type RankedPath } from '../../../shared/domain/ranking';
import { isSkipped } from '../../../shared/domain/reskillTypes';
import { similarRoles } from '../../../shared/domain/similarity';
import { pick } from '../../../shared/domain/text';
import type { Lang } from '../../../shared/domain/types';
import { getAssumptions, listModules, listRoles, listSkills } from '../../db/repos/datasetRepo';
import { getEmployee, listEmployees } from '../../db/repos/employeesRepo';
import { listPlans } from '../../db/repos/plansRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import type { CorePorts } from '../ports';
import { buildReskillContext, compileFromDb } from '../services/reskill';
import { applyAssignmentToPlans, assignCandidates, rankCandidates, storeDraftPlans } from '../services/reskillRuns';
import type { ReskillAllEntry } from '../../worker/jobs/reskillAll';

export const DEFAULT_SCENARIO = 'expected';

/** Titles and names in one language, looked up once per call. */
export function labels(p: CorePorts, lang: Lang) {
  const roles = new Map(listRoles(p.db).map((r) => [r.code, pick(r.title, lang)]));
  const skills = new Map(listSkills(p.db).map((s) => [s.id, pick(s.name, lang)]));
  const modules = new Map(listModules(p.db).map((m) => [m.id, m]));
  const role = (code: string): RoleRef => ({ code, title: roles.get(code) ?? code });
  return {
    role,
    skill: (id: string) => skills.get(id) ?? id,
    module: (id: string) => {
      const m = modules.get(id);
      return { id, title: m ? pick(m.title, lang) : id, skill: m?.skillId ?? '', hours: m?.hours ?? 0, cost: m?.cost ?? 0 };
    },
  };
}
type Labels = ReturnType<typeof labels>;

function rankedPathDto(path: RankedPath, l: Labels, withExplain: boolean): PathDto {
  return {
    rank: path.rank,
    targetRole: l.role(path.roleCode),
    fit: path.fit,
    viable: path.viable,
    desirable: path.desirable,
    safer: path.safer,
    complete: path.path.complete,
    score: path.score,
    components: path.components,
    demandIndex: path.demandIndex,
    gap: path.gap.map((g) => ({ skill: g.skillId, skillName: l.skill(g.skillId), have: g.have, need: g.need, grade: g.grade, importance: g.importance })),
    matched: path.matchedSkillIds.map((id) => ({ skill: id, skillName: l.skill(id) })),
    modules: path.path.modules.map((m) => ({ ...l.module(m.id), hours: m.hours, cost: m.cost, isPrerequisite: m.isPrerequisite })),
    hours: path.hours,
    weeks: path.weeks,
    cost: path.cost,
    aboveNext: path.aboveNext ? { targetRole: l.role(path.aboveNext.roleCode), decidedBy: path.aboveNext.decidedBy, margin: path.aboveNext.margin } : null,
    ...(withExplain ? { explain: path.explain } : {}),
  };
}

export function entryDto(entry: ReskillAllEntry, l: Labels): PathDto {
  return {
    rank: entry.rank,
    targetRole: l.role(entry.roleCode),
    fit: entry.fit,
    viable: entry.viable,
    desirable: entry.desirable,
    safer: entry.safer,
    complete: entry.complete,
    score: entry.score,
    gap: entry.gap.map((g) => ({ skill: g.skillId, skillName: l.skill(g.skillId), have: g.have, need: g.need, grade: g.grade as PathDto['gap'][number]['grade'] })),
    modules: entry.moduleIds.map((id) => l.module(id)),
    hours: entry.hours,
    weeks: entry.weeks,
    cost: entry.cost,
  };
}

const doorDto = (d: DoorOption, l: Labels): DoorDto => ({
  skill: d.skillId,
  skillName: l.skill(d.skillId),
  fromLevel: d.fromLevel,
  toLevel: d.toLevel,
  hours: d.hours,
  added: d.added,
  opens: d.opens.map(l.role),
});

export function reskillHandlers(
  p: CorePorts,
): Pick<ApiHandlers, 'roles.similar' | 'reskill.employee' | 'reskill.all' | 'reskill.assign' | 'reskill.fairness' | 'reskill.businessCase' | 'reskill.doors'> {
  const langOf = (lang?: Lang): Lang => lang ?? getSettings(p.db).language;
  return {
    'roles.similar': (input) => {
      const l = labels(p, langOf(input.lang));
      const similar = similarRoles(compileFromDb(p.db), input.roleCode, input.limit);
      if (!similar) throw new DomainError('NOT_FOUND', `Unknown role: ${input.roleCode}`);
      return {
        role: l.role(input.roleCode),
        similar: similar.map((s) => ({ code: s.code, title: l.role(s.code).title, similarity: s.similarity, components: s.components })),
      };
    },
    'reskill.employee': (input) => {
      const l = labels(p, langOf(input.lang));
      const employee = getEmployee(p.db, input.employeeId);
      if (!employee) throw new DomainError('NOT_FOUND', `Unknown employee: ${input.employeeId}`);
      const context = buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO);
      const ranked = rankEmployee(context.compiled, employee, context.options);
      const ref = { id: employee.id, role: employee.roleCode, roleTitle: l.role(employee.roleCode).title };
      if (isSkipped(ranked)) return { employee: ref, scenario: context.scenario.name, skipped: ranked.skipped, paths: [], doors: null };
      const doors = doorsForEmployee(context.compiled, employee, context.options);
      return {
        employee: ref,
        scenario: context.scenario.name,
        skipped: null,
        paths: ranked.paths.map((path) => rankedPathDto(path, l, input.explain === true)),
        doors: isSkipped(doors) ? null : { open: doors.open.map(l.role), best: doors.best ? doorDto(doors.best, l) : null, options: doors.options.map((d) => doorDto(d, l)) },
      };
    },
    'reskill.all': async (input, ctx) => {
      const l = labels(p, langOf(input.lang));
      const ranked = await rankCandidates(p, input.scenario ?? DEFAULT_SCENARIO, 3, ctx, true, input.jobId);
      if (ranked.cancelled) throw new DomainError('CANCELLED', 'The reskilling run was cancelled; nothing was stored.');
      const plansCreated = input.storePlans === false ? 0 : storeDraftPlans(p, ranked, ctx.actor);
      const scored = ranked.people.filter((person) => !person.skipped);
      const tops = scored.map((person) => person.paths[0]).filter((x): x is ReskillAllEntry => x !== undefined);
      const byTarget = new Map<string, number>();
      for (const t of tops) byTarget.set(t.roleCode, (byTarget.get(t.roleCode) ?? 0) + 1);
      const summary: ReskillAllDto['summary'] = {
        ranked: scored.length,
        skippedObjection: ranked.people.filter((person) => person.skipped === 'objection').length,
        withViablePath: scored.filter((person) => person.paths.some((x) => x.viable)).length,
        meanBestFit: tops.length ? tops.reduce((s, t) => s + t.fit, 0) / tops.length : 0,
        totalHoursTopPaths: tops.reduce((s, t) => s + t.hours, 0),
        totalCostTopPaths: tops.reduce((s, t) => s + t.cost, 0),
        plansCreated,
        byTargetRole: [...byTarget].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, people]) => ({ targetRole: l.role(code), people })),
      };
      return {
        scenario: ranked.scenario,
        candidates: ranked.candidates,
        employees: ranked.people.map((person) => ({ id: person.id, role: person.role, skipped: person.skipped, paths: person.paths.map((e) => entryDto(e, l)) })),
        summary,
        cancelled: false,
      };
    },
    'reskill.assign': async (input, ctx) => {
      const l = labels(p, langOf(input.lang));
      const context = buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO);
      const ranked = await rankCandidates(p, context.scenario.name, context.compiled.targetRoles.length, ctx, false, input.jobId);
      if (ranked.cancelled) throw new DomainError('CANCELLED', 'The assignment was cancelled; nothing was stored.');
      const result = assignCandidates(context, ranked);
      const plansMoved = applyAssignmentToPlans(p, ranked, result, ctx.actor);
      const currentRole = new Map(ranked.people.map((person) => [person.id, person.role]));
      return {
        scenario: context.scenario.name,
        assignments: result.assignments.map((a) => ({ employeeId: a.employeeId, currentRole: l.role(currentRole.get(a.employeeId) ?? ''), targetRole: l.role(a.roleCode), fit: a.fit, weeks: a.weeks, value: a.value })),
        unassigned: result.unassigned,
        openPositionsLeft: result.openPositionsLeft.map((o) => ({ targetRole: l.role(o.roleCode), count: o.count })),
        plansMoved,
        totalValue: result.totalValue,
      };
    },
    'reskill.fairness': async (input, ctx) => {
      const context = buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO);
      const ranked = await rankCandidates(p, context.scenario.name, context.compiled.targetRoles.length, ctx, false, input.jobId);
      const assigned = new Set(assignCandidates(context, ranked).assignments.map((a) => a.employeeId));
      const people = new Map(listEmployees(p.db).map((e) => [e.id, e]));
      // The audit reads the protected fields here, after scoring, and only where consent was recorded.
      const records = ranked.people
        .filter((person) => !person.skipped)
        .map((person) => {
          const e = people.get(person.id)!;
          return {
            ageBand: e.ageBand ?? null,
            gender: e.gender ?? null,
            consents: e.consents,
            hasViable: person.paths.some((x) => x.viable),
            fit: person.paths.reduce((best, x) => Math.max(best, x.fit), 0),
            assigned: assigned.has(person.id),
          };
        });
      const report = fairnessAudit(records, getSettings(p.db).minGroupSize);
      return {
        scenario: context.scenario.name,
        minGroupSize: report.minGroupSize,
        groups: report.groups,
        flags: report.flags.map((f) => ({ attribute: f.attribute, group: f.group, metric: f.metric, ratio: f.ratio })),
        hiddenGroups: report.hiddenGroups,
        notConsented: report.notConsented,
      };
    },
    'reskill.businessCase': async (input, ctx) => {
      const l = labels(p, langOf(input.lang));
      const context = buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO);
      // The same ranking the assignment and the fairness audit use (all target roles), so the Redeployment
      // screen's three calls share one worker run through the ranking cache; only the top path is read here.
      const ranked = await rankCandidates(p, context.scenario.name, context.compiled.targetRoles.length, ctx, false, input.jobId);
      const employees = new Map(listEmployees(p.db, input.department ? { department: input.department } : {}).map((e) => [e.id, e]));
      const plans = new Map(listPlans(p.db).map((plan) => [plan.employeeId, plan]));
      const modules = new Map(listModules(p.db).map((m) => [m.id, m]));
      const roles = new Map(listRoles(p.db).map((r) => [r.code, r]));
      const a = getAssumptions(p.db).defaults;
      const items = ranked.people
        .filter((person) => !person.skipped && employees.has(person.id))
        .map((person) => {
          const e = employees.get(person.id)!;
          const plan = plans.get(person.id);
          const target = plan?.targetRole ?? person.paths[0]?.roleCode ?? null;
          const moduleIds = plan ? plan.modules.map((m) => m.id) : (person.paths[0]?.moduleIds ?? []);
          const picked = moduleIds.map((id) => modules.get(id)).filter((m) => m !== undefined);
          return {
            target,
            item: {
              employeeId: e.id,
              annualSalary: e.salary ?? roles.get(e.roleCode)!.salary.value,
              startDate: e.startDate,
              reskill: target ? { moduleCost: picked.reduce((s, m) => s + m.cost, 0), hours: picked.reduce((s, m) => s + m.hours, 0) } : null,
              hireAnnualSalary: target ? roles.get(target)!.salary.value : roles.get(e.roleCode)!.salary.value,
            },
          };
        });
      const lv = context.scenario.levers;
      const result = businessCase(
        items.map((x) => x.item),
        {
          transitionPaymentCap: lv.transitionPaymentCap,
          recruitingCost: lv.recruitingCost,
          onboardingMonths: lv.onboardingMonths,
          onboardingProductivity: a.onboardingProductivity.value,
          employerOnCost: a.employerOnCost.value,
          annualHoursPerFte: a.annualHoursPerFte.value,
        },
        p.clock.now().slice(0, 10),
      );
      const targetOf = new Map(items.map((x) => [x.item.employeeId, x.target]));
      return {
        scenario: context.scenario.name,
        lines: result.lines.map((line) => ({
          employeeId: line.employeeId,
          targetRole: l.role(targetOf.get(line.employeeId) ?? ''),
          reskillCost: line.reskillCost ?? 0,
          replaceCost: line.replaceCost,
          transitionPayment: line.transitionPayment,
          noticePay: line.noticePay,
          recruiting: line.recruitingCost,
          onboarding: line.onboardingCost,
          saving: line.saving ?? 0,
        })),
        totals: { people: result.totals.people, reskillCost: result.totals.reskillCost, replaceCost: result.totals.replaceCost, saving: result.totals.saving },
        explain: result.explain,
      };
    },
    'reskill.doors': (input) => {
      const l = labels(p, langOf(input.lang));
      const context = buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO);
      const doors = doorsForRole(context.compiled, input.roleCode, context.options);
      if (!doors) throw new DomainError('NOT_FOUND', `Unknown role: ${input.roleCode}`);
      return { role: l.role(input.roleCode), open: doors.open.map(l.role), best: doors.best ? doorDto(doors.best, l) : null, options: doors.options.map((d) => doorDto(d, l)) };
    },
  };
}
