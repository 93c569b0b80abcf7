/**
 * The data behind every export, built once on the Node side from the same repos and services the app
 * uses (plans, paths, scenario runs, business case): the report pages print it, the XLSX/CSV/JSON
 * writers tabulate it. Names only when asked and allowed (settings.pseudonymised wins).
 */
import type { CallContext } from '../../../shared/api/contract';
import type { BoardpackReport, PathReport, PlansPart, PlansReport, PlansSummaryRow, PlansTotals, PlanStatus, ReportMeta, ReportPlan, ReportRoleImpact } from '../../../shared/api/export-dto';
import { DomainError } from '../../../shared/api/result';
import { DEFAULT_LEARNING_TIME } from '../../../shared/domain/businessCase';
import { scheduleModules } from '../../../shared/domain/export/schedule';
import { createWorkspace, PathCache } from '../../../shared/domain/learningPath';
import { rankEmployee } from '../../../shared/domain/ranking';
import { isSkipped } from '../../../shared/domain/reskillTypes';
import { pick } from '../../../shared/domain/text';
import type { Lang } from '../../../shared/domain/types';
import { getAssumptions, getDatasetInfo, getSources, listRoles, getTasks } from '../../db/repos/datasetRepo';
import { countEmployeesIn, departmentExists, getEmployee, getOrganisationName, listEmployees, personReader } from '../../db/repos/employeesRepo';
import { getTeamOf, listTeamMembers } from '../../db/repos/teamRepo';
import { listPlans, type Plan } from '../../db/repos/plansRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import type { CorePorts } from '../ports';
import { labels } from './labels';
import { employeePaths } from './paths';
import { businessCaseReport } from './businessCase';
import { buildReskillContext } from './reskill';
import { runStoredScenario } from './scenarioRuns';
import { DEFAULT_SCENARIO } from './scenarios';

interface Scope {
  scenario?: string;
  department?: string;
  employeeId?: string;
  names?: boolean;
  lang?: Lang;
  managerId?: string;
  part?: PlansPart;
}

export interface ResolvedScope {
  scenario: string;
  department: string | null;
  employeeId: string | null;
  /** A manager's team: the people in it (null = no team scope). */
  team: { managerId: string; label: string; ids: string[] } | null;
  part: PlansPart;
  withNames: boolean;
  lang: Lang;
}

export function resolveScope(p: CorePorts, scope: Scope): ResolvedScope {
  const settings = getSettings(p.db);
  if (scope.department) {
    if (!departmentExists(p.db, scope.department)) throw new DomainError('NOT_FOUND', `Unknown department: ${scope.department}`);
  }
  if (scope.employeeId && !getEmployee(p.db, scope.employeeId)) throw new DomainError('NOT_FOUND', `Unknown employee: ${scope.employeeId}`);
  // Names only on an explicit choice, and never while the organisation works pseudonymised.
  const withNames = scope.names === true && !settings.pseudonymised;
  let team: ResolvedScope['team'] = null;
  if (scope.managerId) {
    const head = getTeamOf(p.db, scope.managerId);
    if (!head) throw new DomainError('NOT_FOUND', `Unknown employee: ${scope.managerId}`);
    const ids = listTeamMembers(p.db, scope.managerId).map((m) => m.id);
    if (ids.length === 0) throw new DomainError('INVALID_INPUT', `Nobody reports to ${scope.managerId}; there is no team to export`);
    team = { managerId: head.id, label: withNames && head.name ? head.name : head.id, ids };
  }
  return {
    scenario: scope.scenario ?? DEFAULT_SCENARIO,
    department: scope.department ?? null,
    employeeId: scope.employeeId ?? null,
    team,
    part: scope.part ?? 'full',
    withNames,
    lang: scope.lang ?? settings.language,
  };
}

export function reportMeta(p: CorePorts, s: ResolvedScope): ReportMeta {
  const org = getOrganisationName(p.db);
  const now = p.clock.now();
  return {
    organisation: org.name,
    isDemo: org.isDemo,
    scenario: s.scenario,
    generatedAt: now,
    date: now.slice(0, 10),
    lang: s.lang,
    department: s.department,
    team: s.team?.label ?? null,
    pseudonymised: !s.withNames,
    datasetVersion: getDatasetInfo(p.db).version,
    appVersion: p.appVersion,
  };
}

/** Plans (with why, gaps and dated modules) of everyone in scope, ordered by employee id. */
function buildPlans(p: CorePorts, s: ResolvedScope): ReportPlan[] {
  const plans = scopedPlans(p, s);
  if (plans.length === 0) return [];
  const l = labels(p.db, s.lang);
  const context = buildReskillContext(p.db, s.scenario);
  const ws = createWorkspace(context.compiled);
  // One cache of learning paths for everyone: people in one role share most module sets.
  const cache = new PathCache();
  const people = new Map(listEmployees(p.db, { ids: plans.map((x) => x.employeeId) }).map((e) => [e.id, e]));
  const today = p.clock.now().slice(0, 10);
  // The plan's own target only: the same figures the engine gives that pair, without ranking every role.
  const narrowed = new Map<string, typeof context.compiled>();
  const onlyTarget = (code: string): typeof context.compiled => {
    let c = narrowed.get(code);
    if (!c) {
      const index = context.compiled.roleIndex.get(code);
      narrowed.set(code, (c = { ...context.compiled, targetRoles: Int32Array.from(index === undefined ? [] : [index]) }));
    }
    return c;
  };
  return plans
    .map((plan) => toReportPlan(plan))
    .sort((a, b) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0));

  function toReportPlan(plan: Plan): ReportPlan {
    const e = people.get(plan.employeeId)!;
    const ranked = rankEmployee(onlyTarget(plan.targetRole), e, context.options, ws, cache);
    const path = isSkipped(ranked) ? null : (ranked.paths.find((x) => x.roleCode === plan.targetRole) ?? null);
    const weeklyHours = plan.weeklyHours ?? context.options.weeklyLearningHours;
    const startDate = plan.startDate ?? plan.modules.find((m) => m.start)?.start ?? today;
    const schedule = scheduleModules(startDate, weeklyHours, plan.modules);
    const modules = plan.modules.map((m, i) => {
      const info = l.module(m.id);
      return { id: m.id, title: info.title, skill: info.skill, skillName: l.skill(info.skill), hours: m.hours, cost: info.cost, start: schedule.modules[i]!.start, end: schedule.modules[i]!.end, done: m.done === true };
    });
    return {
      employeeId: plan.employeeId,
      ...(s.withNames ? { name: e.name } : {}),
      department: e.department,
      currentRole: l.role(e.roleCode),
      targetRole: l.role(plan.targetRole),
      status: plan.status,
      approvedBy: plan.approvedBy,
      approvedAt: plan.approvedAt,
      comment: plan.comment,
      fit: path ? path.fit : null,
      viable: path ? path.viable : null,
      desirable: path ? path.desirable : null,
      safer: path ? path.safer : null,
      matched: path ? path.matchedSkillIds.map(l.skill) : [],
      gaps: path ? path.gap.map((g) => ({ skill: g.skillId, skillName: l.skill(g.skillId), have: g.have, need: g.need, grade: g.grade, source: g.source })) : [],
      modules,
      hours: modules.reduce((t, m) => t + m.hours, 0),
      cost: modules.reduce((t, m) => t + m.cost, 0),
      weeks: schedule.weeks,
      weeklyHours,
      startDate,
      endDate: schedule.end,
    };
  }
}

function scopedPlans(p: CorePorts, s: ResolvedScope): Plan[] {
  return listPlans(p.db, { department: s.department ?? undefined, employeeIds: s.employeeId ? [s.employeeId] : s.team?.ids });
}

/** The team summary: one line per person, straight from the stored plans (no ranking needed). */
function summaryRows(p: CorePorts, s: ResolvedScope): PlansSummaryRow[] {
  const l = labels(p.db, s.lang);
  const person = personReader(p.db);
  return scopedPlans(p, s).map((plan) => {
    const modules = plan.modules.map((m) => l.module(m.id));
    return {
      employeeId: plan.employeeId,
      ...(s.withNames ? { name: person(plan.employeeId)?.name ?? null } : {}),
      targetRole: l.role(plan.targetRole),
      startDate: plan.startDate,
      weeklyHours: plan.weeklyHours,
      hours: plan.modules.reduce((t, m) => t + m.hours, 0),
      cost: modules.reduce((t, m) => t + m.cost, 0),
      status: plan.status,
    };
  });
}

function plansTotals(plans: Pick<ReportPlan, 'targetRole' | 'hours' | 'cost' | 'status'>[]): PlansTotals {
  const statuses: PlanStatus[] = ['draft', 'approved', 'in_progress', 'done', 'declined'];
  const byTarget = new Map<string, PlansTotals['byTarget'][number]>();
  for (const plan of plans) {
    const t = byTarget.get(plan.targetRole.code) ?? { targetRole: plan.targetRole, people: 0, hours: 0, cost: 0 };
    t.people += 1;
    t.hours += plan.hours;
    t.cost += plan.cost;
    byTarget.set(plan.targetRole.code, t);
  }
  return {
    people: plans.length,
    hours: plans.reduce((t, x) => t + x.hours, 0),
    cost: plans.reduce((t, x) => t + x.cost, 0),
    byStatus: statuses.map((status) => ({ status, people: plans.filter((x) => x.status === status).length })),
    byTarget: [...byTarget.values()].sort((a, b) => b.people - a.people || (a.targetRole.code < b.targetRole.code ? -1 : 1)),
  };
}

export function buildPlansReport(p: CorePorts, s: ResolvedScope): PlansReport {
  const summary = summaryRows(p, s);
  // The summary alone skips ranking each person: it is the quick answer for a large team.
  const plans = s.part === 'summary' ? [] : buildPlans(p, s);
  return { kind: 'plans', meta: reportMeta(p, s), part: s.part, summary, plans, totals: plansTotals(summary) };
}

export function buildPathReport(p: CorePorts, s: ResolvedScope): PathReport {
  const e = getEmployee(p.db, s.employeeId!)!;
  const l = labels(p.db, s.lang);
  const ranked = employeePaths(p, { employeeId: e.id, scenario: s.scenario, lang: s.lang });
  const plan = buildPlans(p, s)[0] ?? null;
  return {
    kind: 'path',
    meta: reportMeta(p, s),
    employee: { id: e.id, ...(s.withNames ? { name: e.name } : {}), role: l.role(e.roleCode), department: e.department },
    plan,
    paths: ranked.paths.slice(0, 3).map(({ explain: _x, components: _c, aboveNext: _a, ...rest }) => rest),
    skipped: ranked.skipped,
  };
}

/** Role impact per year, in the caller's language (scenario.run's own localisation). */
export function buildRoleImpact(p: CorePorts, s: ResolvedScope) {
  const run = runStoredScenario(p, s.scenario, s.lang);
  const roles: ReportRoleImpact[] = run.roles.map((r) => ({
    code: r.code,
    title: r.title,
    headcount: r.headcount,
    fte: r.fte,
    byYear: r.byYear.map(({ explain: _e, ...y }) => y),
  }));
  return { run, roles };
}

export function buildAssumptions(p: CorePorts, s: ResolvedScope) {
  const lang = s.lang;
  const scenario = buildReskillContext(p.db, s.scenario).scenario;
  const defaults = getAssumptions(p.db).defaults;
  const assumptions = Object.entries(defaults).map(([key, c]) => ({ key, value: c.value, note: pick(c.note, lang), sources: c.sourceIds, isAssumption: c.isAssumption }));
  const lv = scenario.levers;
  const levers: { key: string; value: number | string | null }[] = [
    { key: 'reinvestAutomated', value: lv.reinvestAutomated },
    { key: 'reinvestAugmented', value: lv.reinvestAugmented },
    ...Object.entries(lv.attrition.rates).flatMap(([family, r]) => Object.entries(r).map(([contract, v]) => ({ key: `attrition.${family}.${contract}`, value: v }))),
    { key: 'attrition.fixedTermRenewal', value: lv.attrition.fixedTermRenewal },
    { key: 'backfill', value: lv.backfill },
    { key: 'weeklyLearningHours', value: lv.weeklyLearningHours },
    { key: 'budgetCap', value: lv.budgetCap },
    { key: 'recruitingCost', value: lv.recruitingCost },
    { key: 'onboardingMonths', value: lv.onboardingMonths },
    { key: 'transitionPaymentCap', value: lv.transitionPaymentCap },
    { key: 'learningTime', value: lv.learningTime ?? DEFAULT_LEARNING_TIME },
    { key: 'labelSource', value: scenario.labelSource },
    { key: 'realismFactor', value: scenario.exposure.realismFactor },
  ];
  const roleTitle = new Map(listRoles(p.db).map((r) => [r.code, pick(r.title, lang)]));
  const tasks = new Map(getTasks(p.db, scenario.taskOverrides.map((o) => o.taskId)).map((t) => [t.id, pick(t.statement, lang)]));
  const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
  const overrides = [
    ...scenario.taskOverrides.map((o) => ({
      kind: 'task' as const,
      id: o.taskId,
      title: tasks.get(o.taskId) ?? '',
      change: [o.automation !== undefined ? `${lang === 'nl' ? 'automatisering' : 'automation'} ${pct(o.automation)}` : '', o.augmentation !== undefined ? `${lang === 'nl' ? 'ondersteuning' : 'augmentation'} ${pct(o.augmentation)}` : ''].filter(Boolean).join(', '),
      reason: o.reason,
    })),
    ...scenario.roleOverrides.map((o) => ({
      kind: 'role' as const,
      id: o.roleCode,
      title: roleTitle.get(o.roleCode) ?? o.roleCode,
      change: [o.growth !== undefined ? `growth ${pct(o.growth)}` : '', o.attrition !== undefined ? `attrition ${pct(o.attrition)}` : '', o.taskMix ? `task mix (${o.taskMix.length})` : ''].filter(Boolean).join(', '),
      reason: o.reason,
    })),
  ];
  return { scenario, assumptions, levers, overrides };
}

export async function buildBoardpack(p: CorePorts, s: ResolvedScope, ctx: CallContext): Promise<BoardpackReport> {
  const { run, roles } = buildRoleImpact(p, s);
  const { scenario, assumptions, levers, overrides } = buildAssumptions(p, s);
  const plans = buildPlans(p, s);
  const totals = plansTotals(plans);
  const bc = await businessCaseReport(p, { scenario: s.scenario, lang: s.lang, department: s.department ?? undefined }, ctx);
  const last = run.totals.byYear[run.totals.byYear.length - 1]!;
  const employees = countEmployeesIn(p.db, s.department);
  return {
    kind: 'boardpack',
    meta: reportMeta(p, s),
    scenario: { name: scenario.name, description: scenario.description, startYear: scenario.startYear, horizon: scenario.horizon, horizonYear: run.horizonYear, labelSource: scenario.labelSource },
    headline: {
      employees,
      candidates: run.candidates.people,
      hoursFreedAtHorizon: last.hoursFreed,
      fteFreedAtHorizon: last.fteFreed,
      surplusFteAtHorizon: last.surplusFte,
      shortfallFteAtHorizon: last.shortfallFte,
      hiresOverHorizon: run.totals.byYear.reduce((t, y) => t + y.hires, 0),
      rolesAtRisk: { high: run.totals.rolesAtRisk.high ?? 0, medium: run.totals.rolesAtRisk.medium ?? 0, low: run.totals.rolesAtRisk.low ?? 0 },
      openings: run.openings.reduce((t, o) => t + o.count, 0),
      plans: totals.people,
      plansApproved: totals.byStatus.filter((x) => x.status !== 'draft' && x.status !== 'declined').reduce((t, x) => t + x.people, 0),
      reskillCost: bc.totals.reskillCost,
      replaceCost: bc.totals.replaceCost,
      saving: bc.totals.saving,
    },
    businessCase: { scenario: bc.scenario, asOf: bc.asOf, learningTime: bc.learningTime, counted: bc.counted, lines: bc.lines, totals: bc.totals },
    totalsByYear: run.totals.byYear,
    roles,
    byTarget: totals.byTarget,
    levers,
    assumptions,
    overrides,
    sources: getSources(p.db),
  };
}
