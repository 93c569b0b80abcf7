/**
 * The one business case of a scenario (shared/domain/businessCase.ts): the decisions come from the same
 * ranking and assignment the Redeployment screen shows. The Dashboard card, the Redeployment screen, the
 * board pack (PDF/XLSX), the business-case export and the CLI all read it from here.
 */
import type { ApiOutput, ApiParsed, CallContext } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/result';
import { businessCase, DEFAULT_LEARNING_TIME, type CaseDecision, type HireRole } from '../../../shared/domain/businessCase';
import type { Role } from '../../../shared/domain/types';
import { getAssumptions, listModules, listRoles } from '../../db/repos/datasetRepo';
import { departmentExists, listEmployees } from '../../db/repos/employeesRepo';
import { listPlans } from '../../db/repos/plansRepo';
import type { CorePorts } from '../ports';
import { labels } from './labels';
import { buildReskillContext } from './reskill';
import { assignCandidates, rankCandidates } from './reskillRuns';
import { DEFAULT_SCENARIO } from './scenarios';
import { languageOf } from './settings';

/** EVIDENCE D: the agency fee is the default for data and marketing-automation hires. */
function hiredThroughAgency(role: Role): boolean {
  return role.domain === 'data & IT' || role.code === 'ovs-marketing-automation-specialist';
}

export async function businessCaseReport(p: CorePorts, input: ApiParsed<'reskill.businessCase'>, ctx: CallContext): Promise<ApiOutput<'reskill.businessCase'>> {
  const l = labels(p.db, languageOf(p, input.lang));
  if (input.department && !departmentExists(p.db, input.department)) throw new DomainError('NOT_FOUND', `Unknown department: ${input.department}`);
  const context = buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO);
  // The same ranking (all target roles) and assignment the Redeployment screen and the fairness audit use.
  const ranked = await rankCandidates(p, context.scenario.name, context.compiled.targetRoles.length, ctx, false, input.jobId);
  if (ranked.cancelled) throw new DomainError('CANCELLED', 'The business case was cancelled; nothing was stored.');
  const everyone = new Map(listEmployees(p.db).map((e) => [e.id, e]));
  const outsourced = new Set([...everyone.values()].filter((e) => e.contractType === 'outsourced').map((e) => e.id));
  const assignment = assignCandidates(context, ranked, outsourced);
  const inScope = (id: string) => !input.department || everyone.get(id)?.department === input.department;

  const a = getAssumptions(p.db).defaults;
  const lv = context.scenario.levers;
  const roles = new Map(listRoles(p.db).map((r) => [r.code, r]));
  const hireRole = (code: string): HireRole => {
    const r = roles.get(code);
    if (!r) throw new DomainError('NOT_FOUND', `Unknown role in the assignment: ${code}`);
    return {
      code,
      annualSalary: r.salary.value,
      agency: hiredThroughAgency(r),
      // EVIDENCE E: agents reach competency in about 3 months; the scenario's lever covers the rest.
      onboardingMonths: r.domain === 'customer service' ? a.onboardingMonthsAgent.value : lv.onboardingMonths,
    };
  };
  const modules = new Map(listModules(p.db).map((m) => [m.id, m]));
  const plans = new Map(listPlans(p.db).map((plan) => [plan.employeeId, plan]));
  const entryOf = new Map(ranked.people.map((person) => [person.id, person]));

  // The redeployment pool per role: the people falling demand needs to move (the projection's figure,
  // rounded), counted among the people who are the employer's own.
  const pool = new Map<string, number>();
  for (const c of context.result.candidates.roles) {
    const own = [...everyone.values()].filter((e) => e.roleCode === c.code && !outsourced.has(e.id) && inScope(e.id)).length;
    pool.set(c.code, Math.min(own, Math.round(c.peopleToMove * (c.headcount > 0 ? own / c.headcount : 0))));
  }
  const seen = new Map<string, number>();
  const decisions: CaseDecision[] = [];
  // Ordered by employee id, so which of a role's movers count as its pool is reproducible.
  for (const asg of assignment.assignments) {
    const e = everyone.get(asg.employeeId);
    if (!e || !inScope(e.id)) continue;
    const k = seen.get(e.roleCode) ?? 0;
    seen.set(e.roleCode, k + 1);
    const plan = plans.get(e.id);
    const moduleIds = plan && plan.targetRole === asg.roleCode ? plan.modules.map((m) => m.id) : (entryOf.get(e.id)?.paths.find((x) => x.roleCode === asg.roleCode)?.moduleIds ?? []);
    const picked = moduleIds.map((id) => modules.get(id)).filter((m) => m !== undefined);
    decisions.push({
      employeeId: e.id,
      contractType: e.contractType,
      fte: e.fte,
      fullTimeSalary: e.salary ?? roles.get(e.roleCode)?.salary.value ?? 0,
      startDate: e.startDate,
      from: hireRole(e.roleCode),
      to: hireRole(asg.roleCode),
      reskill: { moduleCost: picked.reduce((s, m) => s + m.cost, 0), hours: picked.reduce((s, m) => s + m.hours, 0) },
      inPool: k < (pool.get(e.roleCode) ?? 0),
    });
  }
  const poolNotPlaced = [...pool.entries()].reduce((s, [code, n]) => s + Math.max(0, n - (seen.get(code) ?? 0)), 0);
  const outsourcedLeftOut = ranked.people.filter((x) => !x.skipped && outsourced.has(x.id) && inScope(x.id)).length;
  const asOf = p.clock.now().slice(0, 10);
  const result = businessCase({
    asOf,
    params: {
      transitionPaymentCap: lv.transitionPaymentCap,
      recruitingCost: lv.recruitingCost,
      agencyRecruitingShare: a.agencyRecruitingShare.value,
      onboardingProductivity: a.onboardingProductivity.value,
      employerOnCost: a.employerOnCost.value,
      annualHoursPerFte: a.annualHoursPerFte.value,
      learningTime: lv.learningTime ?? DEFAULT_LEARNING_TIME,
      sourceIds: {
        transitionPaymentCap: a.transitionPaymentCap.sourceIds,
        recruitingCost: a.recruitingCost.sourceIds,
        agencyRecruitingShare: a.agencyRecruitingShare.sourceIds,
        onboarding: [...new Set([...a.onboardingMonthsAgent.sourceIds, ...a.onboardingMonthsProfessional.sourceIds, ...a.onboardingProductivity.sourceIds])],
        employerOnCost: a.employerOnCost.sourceIds,
        annualHoursPerFte: a.annualHoursPerFte.sourceIds,
      },
    },
    decisions,
    // With a department, openings taken by people outside it are not this scope's to count.
    openings: context.result.openings.map((o) => ({ role: hireRole(o.roleCode), count: o.count - assignment.assignments.filter((x) => x.roleCode === o.roleCode && !inScope(x.employeeId)).length })),
    poolNotPlaced,
    outsourcedLeftOut,
  });
  return {
    scenario: context.scenario.name,
    asOf,
    learningTime: result.learningTime,
    counted: result.counted,
    lines: result.lines.map((line) => ({
      employeeId: line.employeeId,
      currentRole: l.role(line.fromRole),
      targetRole: l.role(line.toRole),
      contractType: line.contractType,
      fte: line.fte,
      inPool: line.inPool,
      reskillCost: line.reskillCost,
      moduleCost: line.moduleCost,
      learningCost: line.learningCost,
      backfill: line.backfill,
      replaceCost: line.replaceCost,
      hire: line.hire,
      recruiting: line.recruitingCost,
      onboarding: line.onboardingCost,
      transitionPayment: line.transitionPayment,
      noticePay: line.noticePay,
      saving: line.saving,
    })),
    totals: { people: result.counted.decisions, ...result.totals },
    explain: result.explain,
  };
}
