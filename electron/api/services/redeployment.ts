/**
 * The whole workforce at once: everyone ranked (with draft plans stored), candidates assigned to the
 * scenario's openings (outsourced staff left out), and the fairness audit of those results (the business case
 * is businessCase.ts). All share one worker ranking through reskillRuns' cache.
 */
import type { ApiOutput, ApiParsed, CallContext } from '../../../shared/api/contract';
import type { PathDto, ReskillAllDto } from '../../../shared/api/reskill-dto';
import { DomainError } from '../../../shared/api/result';
import { fairnessAudit } from '../../../shared/domain/fairness';
import { openingsLeftRecord, recommend } from '../../../shared/domain/recommendation';
import { listEmployees } from '../../db/repos/employeesRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import type { ReskillAllEntry } from '../../worker/jobs/reskillAll';
import type { CorePorts } from '../ports';
import { labels, type Labels } from './labels';
import { buildReskillContext } from './reskill';
import { applyAssignmentToPlans, assignCandidates, outsourcedIds, rankCandidates, storeDraftPlans } from './reskillRuns';
import { DEFAULT_SCENARIO } from './scenarios';
import { languageOf } from './settings';

function entryDto(entry: ReskillAllEntry, l: Labels): PathDto {
  return {
    rank: entry.rank,
    targetRole: l.role(entry.roleCode),
    fit: entry.fit,
    viable: entry.viable,
    blocks: entry.blocks,
    openings: entry.openings,
    desirable: entry.desirable,
    safer: entry.safer,
    complete: entry.complete,
    score: entry.score,
    gap: entry.gap.map((g) => ({ skill: g.skillId, skillName: l.skill(g.skillId), have: g.have, need: g.need, grade: g.grade as PathDto['gap'][number]['grade'], source: g.source as PathDto['gap'][number]['source'] })),
    modules: entry.moduleIds.map((id) => l.module(id)),
    hours: entry.hours,
    weeks: entry.weeks,
    cost: entry.cost,
  };
}

export async function reskillEveryone(p: CorePorts, input: ApiParsed<'reskill.all'>, ctx: CallContext): Promise<ApiOutput<'reskill.all'>> {
  const l = labels(p.db, languageOf(p, input.lang));
  // A summary ranks as the business case does (every target role, no gaps), so the Dashboard's two calls share one run.
  const ranked = input.summary
    ? await rankCandidates(p, input.scenario ?? DEFAULT_SCENARIO, buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO).compiled.targetRoles.length, ctx, false, input.jobId)
    : await rankCandidates(p, input.scenario ?? DEFAULT_SCENARIO, 3, ctx, true, input.jobId);
  if (ranked.cancelled) throw new DomainError('CANCELLED', 'The reskilling run was cancelled; nothing was stored.');
  const plans = input.storePlans === false ? { created: 0, kept: 0 } : storeDraftPlans(p, ranked, ctx.actor);
  const recommendedOf = input.summary ? null : await recommendations(p, input.scenario ?? DEFAULT_SCENARIO, ctx, input.jobId);
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
    plansCreated: plans.created,
    plansKept: plans.kept,
    byTargetRole: [...byTarget].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, people]) => ({ targetRole: l.role(code), people })),
  };
  return {
    scenario: ranked.scenario,
    candidates: ranked.candidates,
    employees: ranked.people.map((person) => ({
      id: person.id,
      role: person.role,
      skipped: person.skipped,
      paths: input.summary
        ? person.paths.slice(0, 1).map((e) => ({ ...entryDto({ ...e, gap: [] }, l), modules: [] }))
        : person.paths.map((e, i) => {
            const rec = recommendedOf?.(person.id, person.paths);
            return rec && rec.index === i ? { ...entryDto(e, l), recommended: true, noOpeningLeft: rec.noOpeningLeft } : entryDto(e, l);
          }),
    })),
    summary,
    cancelled: false,
  };
}

/** Openings drive the recommendation: the assignment over every target role, then recommend() per person. */
async function recommendations(p: CorePorts, scenario: string, ctx: CallContext, jobId: string | undefined) {
  const context = buildReskillContext(p.db, scenario);
  const all = await rankCandidates(p, context.scenario.name, context.compiled.targetRoles.length, ctx, false, jobId);
  if (all.cancelled) return null;
  const result = assignCandidates(context, all, outsourcedIds(p));
  const assignedTo = new Map(result.assignments.map((a) => [a.employeeId, a.roleCode]));
  const openings = Object.fromEntries(context.result.openings.map((o) => [o.roleCode, o.count]));
  const left = openingsLeftRecord(result.openPositionsLeft);
  return (id: string, paths: ReadonlyArray<ReskillAllEntry>) => recommend({ paths, assignedRole: assignedTo.get(id) ?? null, openings, openingsLeft: left });
}

export async function assignOpenings(p: CorePorts, input: ApiParsed<'reskill.assign'>, ctx: CallContext): Promise<ApiOutput<'reskill.assign'>> {
  const l = labels(p.db, languageOf(p, input.lang));
  const context = buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO);
  const ranked = await rankCandidates(p, context.scenario.name, context.compiled.targetRoles.length, ctx, false, input.jobId);
  if (ranked.cancelled) throw new DomainError('CANCELLED', 'The assignment was cancelled; nothing was stored.');
  const result = assignCandidates(context, ranked, outsourcedIds(p));
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
}

export async function fairnessReport(p: CorePorts, input: ApiParsed<'reskill.fairness'>, ctx: CallContext): Promise<ApiOutput<'reskill.fairness'>> {
  const context = buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO);
  const ranked = await rankCandidates(p, context.scenario.name, context.compiled.targetRoles.length, ctx, false, input.jobId);
  const outsourced = outsourcedIds(p);
  const assigned = new Set(assignCandidates(context, ranked, outsourced).assignments.map((a) => a.employeeId));
  const people = new Map(listEmployees(p.db).map((e) => [e.id, e]));
  // The audit reads the protected fields here, after scoring, and only where consent was recorded.
  const records = ranked.people
    // Outsourced staff are not the employer's decisions, so not in the audit of them.
    .filter((person) => !person.skipped && !outsourced.has(person.id))
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
    minDecisions: report.minDecisions,
    groups: report.groups,
    flags: report.flags.map((f) => ({ attribute: f.attribute, group: f.group, metric: f.metric, ratio: f.ratio })),
    hiddenGroups: report.hiddenGroups,
    notConsented: report.notConsented,
  };
}
