// The whole-workforce ranking cache is versioned by what can change a ranking: plans written by an
// assignment or a plan decision keep it (the business case right after an assignment ranks nobody again);
// a skill change, a scenario change or another process's commit drops it. The kept ranking is checked
// against a fresh one, so a stale cache cannot pass.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { compileFromDb } from '../../electron/api/services/reskill';
import { rankCandidates } from '../../electron/api/services/reskillRuns';
import { cachedRanking, forgetRankings, rankingKey } from '../../electron/api/services/rankingCache';
import type { ReskillAllResult } from '../../electron/worker/jobs/reskillAll';
import { listPlans } from '../../electron/db/repos/plansRepo';
import { call, openTestCore } from '../helpers/core';

let core: Core;
let key: string;

beforeEach(async () => {
  core = await openTestCore();
  key = rankingKey('expected', compileFromDb(core.db).targetRoles.length, false);
});
afterEach(() => core.close());

const ports = () => ({ db: core.db, dbPath: core.dbPath, clock: core.clock, log: core.log, appVersion: 'test', jobs: core.jobs });
const cached = () => cachedRanking<ReskillAllResult>(core.db, key);

async function fresh(): Promise<ReskillAllResult> {
  forgetRankings(core.db);
  return rankCandidates(ports(), 'expected', compileFromDb(core.db).targetRoles.length, { actor: 'test' });
}

// Each case ranks the demo organisation in the worker two or three times: slow on a loaded shared machine.
describe('ranking cache', { timeout: 300_000 }, () => {
  it('survives the assignment and a plan decision, and equals a fresh ranking', async () => {
    expect(cached()).toBeUndefined();
    const assigned = await call(core, 'reskill.assign', { scenario: 'expected' });
    expect(assigned.plansMoved).toBeGreaterThan(0);
    const afterAssign = cached();
    expect(afterAssign).toBeDefined();
    const plan = listPlans(core.db)[0]!;
    await call(core, 'plans.decide', { employeeId: plan.employeeId, decision: 'approve', comment: 'Agreed', startDate: '2027-01-04', weeklyHours: 4 }, 'manager');
    expect(cached()).toBe(afterAssign);
    const businessCase = await call(core, 'reskill.businessCase', { scenario: 'expected' });
    expect(businessCase.totals.people).toBeGreaterThan(0);
    expect(cached()).toBe(afterAssign);
    expect(await fresh()).toEqual(afterAssign);
  });

  it('is dropped by a confirmed skill level (a ranking input) and the next ranking sees it', async () => {
    await call(core, 'reskill.assign', { scenario: 'expected' });
    const before = cached()!;
    const person = before.people.find((p) => !p.skipped)!;
    const { skillId } = core.db.prepare('SELECT skill_id AS skillId FROM employee_skills WHERE employee_id = ? AND level < 5 LIMIT 1').get(person.id) as { skillId: string };
    await call(core, 'skills.propose', { employeeId: person.id, skillId, level: 5 }, person.id);
    await rankCandidates(ports(), 'expected', compileFromDb(core.db).targetRoles.length, { actor: 'test' });
    expect(cached()).toEqual(before);
    await call(core, 'skills.decide', { employeeId: person.id, skillId, decision: 'confirm', comment: 'Seen in practice' }, 'manager');
    expect(cached()).toBeUndefined();
    const after = await rankCandidates(ports(), 'expected', compileFromDb(core.db).targetRoles.length, { actor: 'test' });
    expect(after).toEqual(await fresh());
  });

  it('is dropped by a scenario change and by another process committing to the file', async () => {
    await call(core, 'reskill.assign', { scenario: 'expected' });
    const scenario = await call(core, 'scenario.get', { name: 'expected' });
    await call(core, 'scenario.save', { scenario: { ...scenario, levers: { ...scenario.levers, weeklyLearningHours: scenario.levers.weeklyLearningHours + 1 } }, previousName: 'expected' });
    expect(cached()).toBeUndefined();
    await call(core, 'reskill.assign', { scenario: 'expected' });
    expect(cached()).toBeDefined();
    const other = new Database(core.dbPath);
    try {
      other.prepare('UPDATE employee_skills SET level = 5 WHERE employee_id = (SELECT min(employee_id) FROM employee_skills)').run();
    } finally {
      other.close();
    }
    expect(cached()).toBeUndefined();
  });
});
