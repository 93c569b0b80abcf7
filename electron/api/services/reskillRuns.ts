/**
 * Whole-workforce reskilling runs (in the worker thread) and what builds on them: draft plans,
 * assignment of candidates to openings, and the records of the fairness audit.
 */
import crypto from 'node:crypto';
import { assign, type AssignmentResult } from '../../../shared/domain/assignment';
import type { CallContext } from '../../../shared/api/contract';
import type { LearningModule } from '../../../shared/domain/types';
import { listModules } from '../../db/repos/datasetRepo';
import { listEmployees } from '../../db/repos/employeesRepo';
import { appendAudit } from '../../db/repos/auditRepo';
import { getPlan, upsertPlan, type Plan } from '../../db/repos/plansRepo';
import { inTransaction } from '../../db/tx';
import { runWorkerJob } from '../../worker/runWorkerJob';
import type { ReskillAllEntry, ReskillAllResult } from '../../worker/jobs/reskillAll';
import type { CorePorts } from '../ports';
import type { ReskillContext } from './reskill';
import { cachedRanking, keepRanking, rankingKey, rankingUnderWay, rankingVersion, shareRanking, writeKeepingRankings } from './rankingCache';

/**
 * Ranks every candidate of the scenario in the worker, forwarding progress as `job.reskillAll` events.
 * `jobId` names the progress events (the caller's own id when it gave one, so it can match and cancel them). */
export async function rankCandidates(p: CorePorts, scenario: string, topN: number, ctx: CallContext, withGaps = false, jobId: string = crypto.randomUUID()): Promise<ReskillAllResult> {
  // The Redeployment screen asks for the assignment, the fairness audit and the business case together;
  // each would otherwise rank everyone again (rankingCache: kept until a ranking input changes).
  const key = rankingKey(scenario, topN, withGaps);
  const version = rankingVersion(p.db);
  const cached = cachedRanking<ReskillAllResult>(p.db, key);
  if (cached) {
    ctx.progress?.({ jobId, label: 'job.reskillAll', done: cached.candidates, total: cached.candidates });
    return cached;
  }
  const under = rankingUnderWay<ReskillAllResult>(p.db, key);
  if (under) {
    const shared = await under;
    // A run its first caller cancelled is no answer for this one: rank again below.
    if (!shared.cancelled) {
      ctx.progress?.({ jobId, label: 'job.reskillAll', done: shared.candidates, total: shared.candidates });
      return shared;
    }
  }
  const result = await shareRanking(
    p.db,
    key,
    version,
    runWorkerJob<ReskillAllResult>(
      { kind: 'reskill.all', dbPath: p.dbPath, nativeBinding: p.nativeBinding, scenario, topN, withGaps },
      { signal: ctx.signal, onProgress: (done, total) => ctx.progress?.({ jobId, label: 'job.reskillAll', done, total }) },
    ),
  );
  // Only a complete ranking of unchanged inputs is worth keeping.
  if (!result.cancelled) keepRanking(p.db, key, version, result);
  return result;
}

function moduleMap(p: CorePorts): Map<string, LearningModule> {
  return new Map(listModules(p.db).map((m) => [m.id, m]));
}

function planFromEntry(employeeId: string, scenario: string, entry: ReskillAllEntry, modules: Map<string, LearningModule>, now: string): Plan {
  return {
    employeeId,
    scenario,
    targetRole: entry.roleCode,
    modules: entry.moduleIds.map((id) => ({ id, hours: modules.get(id)?.hours ?? 0, start: null, done: false })),
    startDate: null,
    weeklyHours: null,
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    comment: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Stores the top path as a draft plan for every ranked candidate who has no plan yet. Returns how many were
 * created and how many people with a path already had a plan (kept as it was: a second run changes nothing).
 */
export function storeDraftPlans(p: CorePorts, ranked: ReskillAllResult, actor: string): { created: number; kept: number } {
  const modules = moduleMap(p);
  const now = p.clock.now();
  let created = 0;
  let kept = 0;
  // Plans and their audit entries are no ranking input: the rankings just used stay cached.
  writeKeepingRankings(p.db, () => inTransaction(p.db, () => {
    for (const person of ranked.people) {
      const top = person.paths[0];
      if (person.skipped || !top) continue;
      if (getPlan(p.db, person.id)) {
        kept++;
        continue;
      }
      upsertPlan(p.db, planFromEntry(person.id, ranked.scenario, top, modules, now));
      created++;
    }
    if (created > 0) {
      appendAudit(p.db, { at: now, actor, entity: 'plan', action: 'draft.create', after: { scenario: ranked.scenario, plans: created } });
    }
  }));
  return { created, kept };
}

/** Outsourced people in the ranking: employed by the outsourcer, so not the employer's to reskill or move. */
export function outsourcedIds(p: CorePorts): Set<string> {
  return new Set(listEmployees(p.db).filter((e) => e.contractType === 'outsourced').map((e) => e.id));
}

/** The exact assignment of ranked candidates (outsourced staff left out) to the scenario's openings (viable pairs only). */
export function assignCandidates(context: ReskillContext, ranked: ReskillAllResult, leftOut: ReadonlySet<string>): AssignmentResult {
  return assign({
    candidates: ranked.people
      .filter((person) => !person.skipped && !leftOut.has(person.id))
      .map((person) => ({ employeeId: person.id, options: person.paths.map((path) => ({ roleCode: path.roleCode, fit: path.fit, weeks: path.weeks, viable: path.viable })) })),
    openings: context.result.openings.map((o) => ({ roleCode: o.roleCode, count: o.count })),
    lambda: context.scenario.transitions.lambda,
    // Redeploy before replace: fill as many openings as possible with viable internal candidates first,
    // then maximise Σ (fit − λ × weeks / 52) among those fillings; only what stays open goes to external hiring.
    mode: 'maxCount',
  });
}

/** Moves draft plans to the assigned target (creating drafts where missing); never touches a plan a person decided on. */
export function applyAssignmentToPlans(p: CorePorts, ranked: ReskillAllResult, result: AssignmentResult, actor: string): number {
  const modules = moduleMap(p);
  const byId = new Map(ranked.people.map((person) => [person.id, person]));
  const now = p.clock.now();
  let moved = 0;
  writeKeepingRankings(p.db, () => inTransaction(p.db, () => {
    for (const a of result.assignments) {
      const entry = byId.get(a.employeeId)?.paths.find((path) => path.roleCode === a.roleCode);
      if (!entry) continue;
      const existing = getPlan(p.db, a.employeeId);
      if (existing && (existing.status !== 'draft' || existing.targetRole === a.roleCode)) continue;
      const plan = planFromEntry(a.employeeId, ranked.scenario, entry, modules, now);
      upsertPlan(p.db, existing ? { ...plan, createdAt: existing.createdAt } : plan);
      appendAudit(p.db, {
        at: now,
        actor,
        entity: 'plan',
        entityId: a.employeeId,
        action: 'assign',
        before: existing ? { targetRole: existing.targetRole } : null,
        after: { targetRole: a.roleCode },
        reason: 'assignment to an opening',
      });
      moved++;
    }
  }));
  return moved;
}
