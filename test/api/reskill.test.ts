import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { Core } from '../../electron/core';
import { listAudit } from '../../electron/db/repos/auditRepo';
import { listPlans } from '../../electron/db/repos/plansRepo';
import { call, openTestCore, silentLog } from '../helpers/core';
import type { ReskillAllDto } from '../../shared/api/reskill-dto';

let core: Core;
beforeEach(async () => {
  core = await openTestCore();
});
afterEach(() => core.close());

const firstInRole = (role: string) => (core.db.prepare('SELECT id FROM employees WHERE role_code = ? AND objection_since IS NULL ORDER BY id LIMIT 1').get(role) as { id: string }).id;
const objector = () => (core.db.prepare('SELECT id FROM employees WHERE objection_since IS NOT NULL ORDER BY id LIMIT 1').get() as { id: string }).id;

describe('paths for one person', () => {
  it('ranks every target role with its components, graded gap and a learning path in dependency order', async () => {
    const id = firstInRole('43-4051.00');
    const out = await call(core, 'reskill.employee', { employeeId: id, explain: true });
    const targets = (core.db.prepare('SELECT count(*) AS n FROM roles WHERE is_target = 1').get() as { n: number }).n;
    expect(out.skipped).toBeNull();
    expect(out.paths).toHaveLength(targets);
    expect(out.paths.map((p) => p.rank)).toEqual(out.paths.map((_, i) => i + 1));
    const top = out.paths[0]!;
    expect(Object.keys(top.components!).sort()).toEqual(['demand', 'desirable', 'fit', 'readiness', 'safer']);
    expect(top.fit).toBeGreaterThan(0);
    expect(top.fit).toBeLessThanOrEqual(1);
    for (const g of top.gap) expect(g.have).toBeLessThan(g.need);
    // Every module's prerequisites come before it.
    const order = new Map(top.modules.map((m, i) => [m.id, i]));
    const prereqs = core.db.prepare('SELECT data FROM modules WHERE id = ?');
    for (const m of top.modules) {
      const mod = JSON.parse((prereqs.get(m.id) as { data: string }).data) as { prerequisites: string[] };
      for (const p of mod.prerequisites) if (order.has(p)) expect(order.get(p)!).toBeLessThan(order.get(m.id)!);
    }
    expect(top.hours).toBeCloseTo(top.modules.reduce((s, m) => s + m.hours, 0), 6);
    expect(top.explain?.fit?.formula).toBe('reskill.fit');
    expect(out.paths[0]!.aboveNext?.targetRole.code).toBe(out.paths[1]!.targetRole.code);
  });

  it('computes nothing for a person who objected to being scored, and says why', async () => {
    const out = await call(core, 'reskill.employee', { employeeId: objector() });
    expect(out.skipped).toBe('objection');
    expect(out.paths).toEqual([]);
    expect(out.doors).toBeNull();
  });

  it('gives the same scores whatever the protected attributes say', async () => {
    const id = firstInRole('43-4051.00');
    const before = await call(core, 'reskill.employee', { employeeId: id });
    core.db.prepare("UPDATE employees SET age_band = '55+', gender = 'other' WHERE id = ?").run(id);
    core.db.prepare("INSERT OR REPLACE INTO consents VALUES (?, 'ageBand', 'fairness-audit', '2026-01-01T00:00:00Z', 'test')").run(id);
    const after = await call(core, 'reskill.employee', { employeeId: id });
    expect(after).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown person', async () => {
    const r = await dispatch(core.handlers, 'reskill.employee', { employeeId: 'nobody' }, { actor: 't' }, silentLog);
    expect(r.ok === false && r.error.code).toBe('NOT_FOUND');
  });
});

describe('the whole-workforce run (worker thread)', () => {
  it('ranks every candidate, skips objectors, stores one draft plan each, and reports progress', async () => {
    const progress: { done: number; total: number }[] = [];
    const r = await dispatch(core.handlers, 'reskill.all', {}, { actor: 'planner', progress: (e) => progress.push(e) }, silentLog);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = r.data as ReskillAllDto;
    expect(out.candidates).toBe(out.employees.length);
    const objectors = out.employees.filter((e) => e.skipped === 'objection');
    expect(objectors.length).toBe(out.summary.skippedObjection);
    expect(objectors.length).toBeGreaterThan(0);
    expect(objectors.every((e) => e.paths.length === 0)).toBe(true);
    const ranked = out.employees.filter((e) => !e.skipped);
    expect(ranked.every((e) => e.paths.length === 3)).toBe(true);
    expect(out.summary.plansCreated).toBe(ranked.length);
    expect(listPlans(core.db).every((p) => p.status === 'draft')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: out.candidates, total: out.candidates });
    const again = await call(core, 'reskill.all', {});
    // A second run keeps every plan and says so, rather than reporting "0 draft plans stored" alone.
    expect(again.summary.plansCreated).toBe(0);
    expect(again.summary.plansKept).toBe(ranked.length);
    expect(out.summary.plansKept).toBe(0);
  });

  it('can be cancelled by job id from another call, as the doors do', async () => {
    const input = { jobId: 'job-42' };
    const running = dispatch(core.handlers, 'reskill.all', input, { actor: 'planner', signal: core.jobs.signalFor(input) }, silentLog);
    expect(await call(core, 'job.cancel', { jobId: 'job-42' })).toEqual({ cancelled: true });
    const r = await running;
    core.jobs.done(input);
    expect(r.ok === false && r.error.code).toBe('CANCELLED');
    expect(listPlans(core.db)).toEqual([]);
    expect(await call(core, 'job.cancel', { jobId: 'job-42' })).toEqual({ cancelled: false });
  });

  it('stops when cancelled and stores nothing', async () => {
    const r = await dispatch(core.handlers, 'reskill.all', {}, { actor: 'planner', signal: { aborted: true } }, silentLog);
    expect(r.ok === false && r.error.code).toBe('CANCELLED');
    expect(listPlans(core.db)).toEqual([]);
  });
});

describe('assignment, plans and the business case', () => {
  it('fills openings within capacity and never moves an approved plan', async () => {
    await call(core, 'reskill.all', {});
    const approvedId = listPlans(core.db)[0]!.employeeId;
    await call(core, 'plans.decide', { employeeId: approvedId, decision: 'approve', comment: 'Agreed in the one-to-one', startDate: '2026-09-01', weeklyHours: 4 }, 'manager-mia');
    const before = listPlans(core.db, { employeeIds: [approvedId] })[0]!;
    const run = await call(core, 'scenario.run', { name: 'expected' });
    const out = await call(core, 'reskill.assign', { scenario: 'expected' });
    for (const o of run.openings) {
      const placed = out.assignments.filter((a) => a.targetRole.code === o.roleCode).length;
      const left = out.openPositionsLeft.find((x) => x.targetRole.code === o.roleCode)?.count ?? 0;
      expect(placed + left).toBe(o.count);
    }
    expect(new Set(out.assignments.map((a) => a.employeeId)).size).toBe(out.assignments.length);
    expect(out.assignments.length).toBeGreaterThan(0);
    expect(listPlans(core.db, { employeeIds: [approvedId] })[0]).toEqual(before);
    for (const a of out.assignments) {
      const plan = listPlans(core.db, { employeeIds: [a.employeeId] })[0]!;
      if (plan.status === 'draft') expect(plan.targetRole).toBe(a.targetRole.code);
    }
  });

  it('moves a plan through approval and learning, raising the skill with source "learning", all in the audit log', async () => {
    await call(core, 'reskill.all', {});
    const plan = listPlans(core.db)[0]!;
    const early = await dispatch(core.handlers, 'plans.progress', { employeeId: plan.employeeId, moduleId: plan.modules[0]!.id, done: true }, { actor: 'emp' }, silentLog);
    expect(early.ok === false && early.error.code).toBe('CONFLICT');
    const noComment = await dispatch(core.handlers, 'plans.decide', { employeeId: plan.employeeId, decision: 'approve', comment: '', startDate: '2026-09-01', weeklyHours: 4 }, { actor: 'm' }, silentLog);
    expect(noComment.ok === false && noComment.error.code).toBe('INVALID_INPUT');
    const approved = await call(core, 'plans.decide', { employeeId: plan.employeeId, decision: 'approve', comment: 'Looks right', startDate: '2026-09-01', weeklyHours: 4 }, 'manager-mia');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'manager-mia', approvedAt: '2026-03-01T09:00:00.000Z' });
    const module = JSON.parse((core.db.prepare('SELECT data FROM modules WHERE id = ?').get(plan.modules[0]!.id) as { data: string }).data) as { skillId: string; toLevel: number };
    const progressed = await call(core, 'plans.progress', { employeeId: plan.employeeId, moduleId: plan.modules[0]!.id, done: true }, 'employee-self');
    expect(progressed.status).toBe(plan.modules.length === 1 ? 'done' : 'in_progress');
    const skill = core.db.prepare('SELECT level, source FROM employee_skills WHERE employee_id = ? AND skill_id = ?').get(plan.employeeId, module.skillId) as { level: number; source: string };
    expect(skill.level).toBeGreaterThanOrEqual(module.toLevel);
    const actions = listAudit(core.db, { entityId: plan.employeeId }).map((a) => a.action).reverse();
    expect(actions).toEqual(expect.arrayContaining(['approve', 'module.done']));
  });

  it('sends an edited approved plan back to draft: a changed plan needs a person again', async () => {
    await call(core, 'reskill.all', {});
    const plan = listPlans(core.db)[0]!;
    await call(core, 'plans.decide', { employeeId: plan.employeeId, decision: 'approve', comment: 'fine by me', startDate: '2026-09-01', weeklyHours: 4 }, 'm');
    const edited = await call(core, 'plans.update', { employeeId: plan.employeeId, startDate: '2026-09-01', weeklyHours: 6, reason: 'Start after the summer' }, 'm');
    expect(edited).toMatchObject({ status: 'draft', approvedBy: null, startDate: '2026-09-01', weeklyHours: 6 });
    const bad = await dispatch(core.handlers, 'plans.update', { employeeId: plan.employeeId, targetRole: '43-4051.00', reason: 'try a current role' }, { actor: 'm' }, silentLog);
    expect(bad.ok === false && bad.error.code).toBe('INVALID_INPUT');
  });

  it('adds the business case up, per decision (people assigned to an opening) and in total', async () => {
    const out = await call(core, 'reskill.businessCase', { scenario: 'expected' });
    expect(out.lines.length).toBe(out.counted.decisions);
    expect(out.lines.length).toBeGreaterThan(0);
    expect(out.lines.length).toBeLessThanOrEqual(out.counted.openings);
    const sum = (f: (l: (typeof out.lines)[number]) => number) => out.lines.reduce((s, l) => s + f(l), 0);
    expect(out.totals.reskillCost).toBeCloseTo(sum((l) => l.reskillCost), 2);
    expect(out.totals.replaceCost).toBeCloseTo(sum((l) => l.replaceCost), 2);
    for (const l of out.lines) {
      expect(l.replaceCost).toBeCloseTo(l.hire + l.transitionPayment + l.noticePay, 2);
      expect(l.hire).toBeCloseTo(l.recruiting + l.onboarding, 2);
      expect(l.reskillCost).toBeCloseTo(l.moduleCost + l.learningCost + l.backfill, 2);
    }
  });

  it('runs the fairness audit on consented groups only, hiding small groups', async () => {
    const out = await call(core, 'reskill.fairness', { scenario: 'expected' });
    expect(out.minGroupSize).toBe(5);
    expect(out.groups.length).toBeGreaterThan(3);
    expect(out.groups.every((g) => g.size >= 5)).toBe(true);
    for (const f of out.flags) expect(f.ratio).toBeLessThan(0.8);
    await call(core, 'settings.update', { minGroupSize: 50 });
    const strict = await call(core, 'reskill.fairness', { scenario: 'expected' });
    expect(strict.groups.every((g) => g.size >= 50)).toBe(true);
    expect(strict.groups.length).toBeLessThan(out.groups.length);
  });

  it('finds similar roles and the one skill that opens the most doors', async () => {
    const sim = await call(core, 'roles.similar', { roleCode: '43-4051.00' });
    const all = (core.db.prepare('SELECT count(*) AS n FROM roles').get() as { n: number }).n;
    expect(sim.similar).toHaveLength(all - 1);
    expect(sim.similar.map((s) => s.similarity)).toEqual([...sim.similar.map((s) => s.similarity)].sort((a, b) => b - a));
    const doors = await call(core, 'reskill.doors', { roleCode: '43-4051.00' });
    expect(doors.role.code).toBe('43-4051.00');
    expect(doors.best).toEqual(doors.options[0] ?? null);
    expect(doors.options.every((o) => o.added > 0)).toBe(true);
    expect(doors.options.map((o) => o.added)).toEqual([...doors.options.map((o) => o.added)].sort((a, b) => b - a));
  });
});
