import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { Core } from '../../electron/core';
import { listAudit } from '../../electron/db/repos/auditRepo';
import { getSources } from '../../electron/db/repos/datasetRepo';
import type { Scenario } from '../../shared/domain/scenario';
import { call, openTestCore, silentLog } from '../helpers/core';

let core: Core;
beforeEach(async () => {
  core = await openTestCore();
});
afterEach(() => core.close());

const tableCounts = (c: Core) =>
  Object.fromEntries(['scenarios', 'audit_log'].map((t) => [t, (c.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

describe('seeded scenarios', () => {
  it('are no-ai, conservative, expected and accelerated, starting in the given year', async () => {
    const { scenarios } = await call(core, 'scenario.list', {});
    expect(scenarios.map((s) => s.name)).toEqual(['no-ai', 'conservative', 'expected', 'accelerated']);
    expect(scenarios.every((s) => s.startYear === 2026 && s.horizon === 5 && s.labelSource === 'average')).toBe(true);
  });

  it('order by pace: no-ai frees nothing, and conservative < expected < accelerated at the horizon', async () => {
    const freed = async (name: string) => (await call(core, 'scenario.run', { name })).totals.byYear.at(-1)!.fteFreed;
    const [none, cons, exp, acc] = [await freed('no-ai'), await freed('conservative'), await freed('expected'), await freed('accelerated')];
    expect(none).toBe(0);
    expect(cons).toBeGreaterThan(0);
    expect(exp).toBeGreaterThan(cons);
    expect(acc).toBeGreaterThan(exp);
  });
});

describe('scenario run on the demo organisation', () => {
  it('gives per-role, per-year figures whose explanations reproduce them', async () => {
    const run = await call(core, 'scenario.run', { name: 'expected' });
    expect(run.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
    const csr = run.roles.find((r) => r.code === '43-4051.00')!;
    expect(csr.headcount).toBeGreaterThan(100);
    const y = csr.byYear.at(-1)!;
    const e = await call(core, 'scenario.explain', { name: 'expected', roleCode: csr.code, year: y.year });
    const input = (ex: { inputs: { name: string; value: unknown }[] }, name: string) => ex.inputs.find((i) => i.name === name)?.value as number;
    expect(e.fteFreed.value).toBeCloseTo(y.fteFreed, 9);
    expect(e.automatedShare.value).toBeCloseTo(y.automatedShare, 12);
    // FTE freed = FTE × (A (1 − reinvestAuto) + G (1 − reinvestAug)), from the explanation's own inputs.
    const [fte, a, g, ra, rg] = ['input.fte', 'input.automatedShare', 'input.augmentedShare', 'input.reinvestAutomated', 'input.reinvestAugmented'].map((n) => input(e.fteFreed, n));
    expect(fte! * (a! * (1 - ra!) + g! * (1 - rg!))).toBeCloseTo(y.fteFreed, 9);
    expect(y.surplusFte).toBeCloseTo(y.supplyFte - y.demandFte, 9);
  });

  it('cites only sources that exist in the dataset', async () => {
    const known = new Set(getSources(core.db).map((s) => s.id));
    const run = await call(core, 'scenario.run', { name: 'expected' });
    for (const role of run.roles.slice(0, 5)) {
      const e = await call(core, 'scenario.explain', { name: 'expected', roleCode: role.code, year: run.years.at(-1)! });
      for (const ex of Object.values(e)) for (const id of ex.sourceIds) expect(known, `unknown source id ${id}`).toContain(id);
    }
    for (const o of run.openings) for (const id of o.explanation.sourceIds) expect(known).toContain(id);
  });

  it('names redeployment candidates in shrinking roles and openings in AI-adjacent roles', async () => {
    const run = await call(core, 'scenario.run', { name: 'expected' });
    expect(run.candidates.people).toBeGreaterThan(0);
    expect(run.candidates.roles.every((c) => c.demandIndexAtHorizon < 1)).toBe(true);
    expect(run.openings.reduce((s, o) => s + o.count, 0)).toBeGreaterThan(0);
  });

  it('compares two scenarios side by side', async () => {
    const cmp = await call(core, 'scenario.compare', { names: ['conservative', 'accelerated'] });
    expect(JSON.stringify(cmp)).toContain('accelerated');
    const missing = await dispatch(core.handlers, 'scenario.compare', { names: ['expected', 'nope'] }, { actor: 't' }, silentLog);
    expect(missing.ok === false && missing.error.code).toBe('NOT_FOUND');
  });

  it('ranks the assumptions by how much they move the headline (tornado)', async () => {
    const t = await call(core, 'scenario.sensitivity', { name: 'expected' });
    const swings = t.bars.map((b) => b.swing);
    expect(swings.length).toBeGreaterThan(5);
    expect([...swings].sort((x, y) => y - x)).toEqual(swings);
  });
});

describe('editing scenarios', () => {
  it('copies, edits with a reasoned override, renames and deletes, each step in the audit log', async () => {
    await call(core, 'scenario.copy', { from: 'expected', to: 'board-2027' }, 'anna');
    const s = await call(core, 'scenario.get', { name: 'board-2027' });
    const taskId = (await call(core, 'tasks.list', { roleCode: '43-4051.00' })).tasks[0]!.id;
    const edited: Scenario = { ...s, taskOverrides: [{ taskId, automation: 0.1, reason: 'Works council agreement keeps people on complaints' }] };
    await call(core, 'scenario.save', { scenario: edited, reason: 'complaints stay human' }, 'anna');
    await call(core, 'scenario.save', { scenario: { ...edited, name: 'board-2028' }, previousName: 'board-2027' }, 'anna');
    expect((await call(core, 'scenario.list', {})).scenarios.map((x) => x.name)).toContain('board-2028');
    await call(core, 'scenario.delete', { name: 'board-2028', reason: 'superseded' }, 'bert');
    const log = listAudit(core.db, { entity: 'scenario' }).reverse();
    expect(log.map((l) => [l.action, l.actor])).toEqual([
      ['copy', 'anna'],
      ['update', 'anna'],
      ['rename', 'anna'],
      ['delete', 'bert'],
    ]);
    expect(log[1]!.reason).toBe('complaints stay human');
    expect((log[1]!.after as Scenario).taskOverrides[0]!.reason).toMatch(/Works council/);
  });

  it('refuses an override without a reason, an unknown task, and a duplicate name — changing nothing', async () => {
    const s = await call(core, 'scenario.get', { name: 'expected' });
    const before = tableCounts(core);
    const noReason = await dispatch(core.handlers, 'scenario.save', { scenario: { ...s, name: 'x1', taskOverrides: [{ taskId: '3224', automation: 0.5, reason: '' }] } }, { actor: 't' }, silentLog);
    expect(noReason.ok === false && noReason.error.code).toBe('INVALID_INPUT');
    const unknownTask = await dispatch(core.handlers, 'scenario.save', { scenario: { ...s, name: 'x2', taskOverrides: [{ taskId: 'nope', automation: 0.5, reason: 'because' }] } }, { actor: 't' }, silentLog);
    expect(unknownTask.ok === false && unknownTask.error.code).toBe('INVALID_INPUT');
    const dup = await dispatch(core.handlers, 'scenario.copy', { from: 'expected', to: 'accelerated' }, { actor: 't' }, silentLog);
    expect(dup.ok === false && dup.error.code).toBe('CONFLICT');
    const badRange = await dispatch(core.handlers, 'scenario.save', { scenario: { ...s, levers: { ...s.levers, reinvestAutomated: 1.5 } } }, { actor: 't' }, silentLog);
    expect(badRange.ok === false && badRange.error.issues?.[0]?.path).toBe('scenario.levers.reinvestAutomated');
    expect(tableCounts(core)).toEqual(before);
  });

  it('exports a scenario to JSON and imports it under a new name; a bad file is refused and changes nothing', async () => {
    const file = await call(core, 'scenario.export', { name: 'accelerated' });
    const conflict = await dispatch(core.handlers, 'scenario.import', { content: file.content }, { actor: 't' }, silentLog);
    expect(conflict.ok === false && conflict.error.code).toBe('CONFLICT');
    expect(await call(core, 'scenario.import', { content: file.content, as: 'from-utrecht' })).toEqual({ scenario: 'from-utrecht' });
    const imported = await call(core, 'scenario.get', { name: 'from-utrecht' });
    expect({ ...imported, name: 'accelerated' }).toEqual(await call(core, 'scenario.get', { name: 'accelerated' }));
    const before = tableCounts(core);
    for (const content of ['{not json', '{}', JSON.stringify({ ...JSON.parse(file.content), version: 99 }), file.content.replace('"realismFactor": 0.9', '"realismFactor": "high"')]) {
      const r = await dispatch(core.handlers, 'scenario.import', { content, as: 'broken' }, { actor: 't' }, silentLog);
      expect(r.ok === false && r.error.code).toBe('BAD_FILE');
    }
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('the demo organisation on request', () => {
  it('loads into an empty workforce, and replaces a real one only when asked', async () => {
    const refused = await dispatch(core.handlers, 'workforce.loadDemo', {}, { actor: 't' }, silentLog);
    expect(refused.ok === false && refused.error.code).toBe('CONFLICT');
    core.db.prepare("DELETE FROM employees WHERE id <> 'E0001'").run();
    const out = await call(core, 'workforce.loadDemo', { replace: true }, 'planner');
    expect(out).toEqual({ organisation: 'Demo BV', employees: 1500 });
    expect((core.db.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n).toBe(1500);
    expect(listAudit(core.db, { entity: 'workforce' })[0]).toMatchObject({ action: 'loadDemo', actor: 'planner', before: { employees: 1 } });
  });
});
