/**
 * The reskilling plan of each person. A plan is a draft until a person approves it; every step (edit,
 * approve, decline, progress) is in the audit log. Marking a module done raises the skill (source "learning");
 * in employee mode it proposes the level for a manager to confirm instead.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import type { PlanDto } from '../../../shared/api/reskill-dto';
import { DomainError } from '../../../shared/api/result';
import { appendAudit } from '../../db/repos/auditRepo';
import { getRole, listModules } from '../../db/repos/datasetRepo';
import { getSkillLevel, personReader, setSkillLevel, type PersonRef } from '../../db/repos/employeesRepo';
import { getPlan, listPlans, upsertPlan, type Plan } from '../../db/repos/plansRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import { inTransaction } from '../../db/tx';
import { getProposal, putProposal, withdrawPendingProposal } from '../../db/repos/proposalsRepo';
import { readEmployeeMode } from '../../privacy/passphrase';
import type { CorePorts } from '../ports';
import { labels, type Labels } from './labels';
import { languageOf } from './settings';
import { writeKeepingRankings } from './rankingCache';
import { actorName } from './team';

/** `l`: titles looked up once per call, not per plan. */
function toDto(plan: Plan, who: PersonRef, l: Labels, withName: boolean): PlanDto {
  return {
    employeeId: plan.employeeId,
    ...(withName ? { name: who.name } : {}),
    department: who.department,
    currentRole: l.role(who.role_code),
    targetRole: l.role(plan.targetRole),
    scenario: plan.scenario,
    status: plan.status,
    modules: plan.modules.map((m) => {
      const info = l.module(m.id);
      return { id: m.id, title: info.title, skill: info.skill, hours: m.hours, start: m.start ?? null, done: m.done === true };
    }),
    hours: plan.modules.reduce((s, m) => s + m.hours, 0),
    startDate: plan.startDate,
    weeklyHours: plan.weeklyHours,
    approvedBy: plan.approvedBy,
    approvedAt: plan.approvedAt,
    comment: plan.comment,
    updatedAt: plan.updatedAt,
  };
}

function requirePlan(p: CorePorts, employeeId: string): { plan: Plan; who: PersonRef } {
  const who = personReader(p.db)(employeeId);
  if (!who) throw new DomainError('NOT_FOUND', `Unknown employee: ${employeeId}`);
  const plan = getPlan(p.db, employeeId);
  if (!plan) throw new DomainError('NOT_FOUND', `Employee ${employeeId} has no plan yet (run reskill --all first)`);
  return { plan, who };
}

function save(p: CorePorts, before: Plan, after: Plan, actor: string, action: string, reason: string | null): void {
  // A plan is no ranking input: the whole-workforce rankings stay cached.
  writeKeepingRankings(p.db, () => inTransaction(p.db, () => {
    upsertPlan(p.db, after);
    appendAudit(p.db, { at: after.updatedAt, actor, entity: 'plan', entityId: after.employeeId, action, before: { ...before, modules: before.modules.map((m) => m.id) }, after: { ...after, modules: after.modules.map((m) => m.id) }, reason });
  }));
}

export function listPlanDtos(p: CorePorts, input: ApiParsed<'plans.list'>): ApiOutput<'plans.list'> {
  const withName = input.names === true && !getSettings(p.db).pseudonymised;
  const plans = listPlans(p.db, { department: input.department, employeeIds: input.employeeId ? [input.employeeId] : undefined });
  const l = labels(p.db, languageOf(p, input.lang));
  const person = personReader(p.db);
  return { plans: plans.map((plan) => toDto(plan, person(plan.employeeId)!, l, withName)) };
}

export function decidePlan(p: CorePorts, input: ApiParsed<'plans.decide'>, actor: string): PlanDto {
  const { plan, who } = requirePlan(p, input.employeeId);
  if (plan.status === 'in_progress' || plan.status === 'done') {
    throw new DomainError('CONFLICT', `The plan of ${input.employeeId} is ${plan.status}; it can no longer be ${input.decision === 'approve' ? 'approved' : 'declined'}`);
  }
  const now = p.clock.now();
  // The approver is the named profile person, never an unconfirmed OS login.
  const approver = actorName(p, actor);
  const startDate = input.startDate ?? plan.startDate;
  const weeklyHours = input.weeklyHours ?? plan.weeklyHours;
  if (input.decision === 'approve') {
    // The contract asks for both; this holds for any caller that reaches the service another way.
    if (!startDate || weeklyHours === null) throw new DomainError('INVALID_INPUT', `The plan of ${input.employeeId} needs a start date and weekly learning hours before it can be approved`);
  }
  const after: Plan =
    input.decision === 'approve'
      ? { ...plan, startDate, weeklyHours, status: 'approved', approvedBy: approver, approvedAt: now, comment: input.comment, updatedAt: now }
      : { ...plan, status: 'declined', approvedBy: null, approvedAt: null, comment: input.comment, updatedAt: now };
  save(p, plan, after, approver, input.decision, input.comment);
  return toDto(after, who, labels(p.db, languageOf(p, input.lang)), false);
}

export function updatePlan(p: CorePorts, input: ApiParsed<'plans.update'>, actor: string): PlanDto {
  const { plan, who } = requirePlan(p, input.employeeId);
  if (plan.status === 'done') throw new DomainError('CONFLICT', `The plan of ${input.employeeId} is done; start a new one instead`);
  const modules = new Map(listModules(p.db).map((m) => [m.id, m]));
  if (input.targetRole !== undefined) {
    const role = getRole(p.db, input.targetRole);
    if (!role) throw new DomainError('NOT_FOUND', `Unknown role: ${input.targetRole}`);
    if (!role.isTarget) throw new DomainError('INVALID_INPUT', `People cannot move into ${input.targetRole}; pick a target role`);
  }
  const unknown = (input.moduleIds ?? []).filter((id) => !modules.has(id));
  if (unknown.length) throw new DomainError('INVALID_INPUT', `Unknown learning modules: ${unknown.join(', ')}`);
  const now = p.clock.now();
  const done = new Set(plan.modules.filter((m) => m.done).map((m) => m.id));
  const after: Plan = {
    ...plan,
    targetRole: input.targetRole ?? plan.targetRole,
    modules: input.moduleIds ? input.moduleIds.map((id) => ({ id, hours: modules.get(id)!.hours, start: null, done: done.has(id) })) : plan.modules,
    startDate: input.startDate === undefined ? plan.startDate : input.startDate,
    weeklyHours: input.weeklyHours === undefined ? plan.weeklyHours : input.weeklyHours,
    // An edited plan is a new proposal: it needs a person's approval again.
    status: plan.status === 'in_progress' ? 'in_progress' : 'draft',
    approvedBy: plan.status === 'in_progress' ? plan.approvedBy : null,
    approvedAt: plan.status === 'in_progress' ? plan.approvedAt : null,
    updatedAt: now,
  };
  save(p, plan, after, actorName(p, actor), 'update', input.reason);
  return toDto(after, who, labels(p.db, languageOf(p, input.lang)), false);
}

export function recordProgress(p: CorePorts, input: ApiParsed<'plans.progress'>, actor: string): PlanDto {
  const { plan, who } = requirePlan(p, input.employeeId);
  if (plan.status !== 'approved' && plan.status !== 'in_progress' && plan.status !== 'done') {
    throw new DomainError('CONFLICT', `The plan of ${input.employeeId} is ${plan.status}; learning starts once a person has approved it`);
  }
  if (!plan.modules.some((m) => m.id === input.moduleId)) throw new DomainError('NOT_FOUND', `Module ${input.moduleId} is not in this plan`);
  const module = listModules(p.db).find((m) => m.id === input.moduleId)!;
  const now = p.clock.now();
  const modules = plan.modules.map((m) => (m.id === input.moduleId ? { ...m, done: input.done } : m));
  const allDone = modules.every((m) => m.done);
  const after: Plan = { ...plan, modules, status: allDone ? 'done' : modules.some((m) => m.done) ? 'in_progress' : 'approved', updatedAt: now };
  // In employee mode a module ticked off is the person's own claim: it becomes a proposal a manager confirms
  // (skills.decide), and unticking withdraws it. Only a planner's tick raises the level at once (16.4).
  const selfService = readEmployeeMode(p.db) !== null;
  const proposalNote = `module ${module.id} done`;
  inTransaction(p.db, () => {
    upsertPlan(p.db, after);
    const current = getSkillLevel(p.db, input.employeeId, module.skillId);
    if (selfService) {
      const open = getProposal(p.db, input.employeeId, module.skillId);
      if (input.done && (!current || current.level < module.toLevel)) {
        putProposal(p.db, { employeeId: input.employeeId, skillId: module.skillId, level: module.toLevel, note: proposalNote, proposedAt: now, status: 'pending', decidedBy: null, decidedAt: null, comment: null });
        appendAudit(p.db, { at: now, actor, entity: 'skill_proposal', entityId: input.employeeId, action: 'propose', after: { skill: module.skillId, level: module.toLevel }, reason: proposalNote });
      } else if (!input.done && open?.status === 'pending' && open.note === proposalNote && withdrawPendingProposal(p.db, input.employeeId, module.skillId)) {
        appendAudit(p.db, { at: now, actor, entity: 'skill_proposal', entityId: input.employeeId, action: 'withdraw', before: { skill: module.skillId, level: open.level }, reason: `module ${module.id} not done after all` });
      }
    } else if (input.done && (!current || current.level < module.toLevel)) {
      setSkillLevel(p.db, input.employeeId, module.skillId, module.toLevel, 'learning');
      appendAudit(p.db, { at: now, actor, entity: 'employee_skill', entityId: input.employeeId, action: 'learning', before: { skill: module.skillId, level: current?.level ?? 0 }, after: { skill: module.skillId, level: module.toLevel, source: 'learning' }, reason: `module ${module.id} done` });
    }
    appendAudit(p.db, { at: now, actor, entity: 'plan', entityId: input.employeeId, action: input.done ? 'module.done' : 'module.undone', before: { status: plan.status }, after: { status: after.status, module: input.moduleId }, reason: null });
  });
  return toDto(after, who, labels(p.db, languageOf(p, input.lang)), false);
}
