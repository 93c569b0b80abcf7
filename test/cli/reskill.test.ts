import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cli';
import { seededDbFile } from '../helpers/core';

describe('reskilling commands (child process)', () => {
  it('reskill --employee gives ranked paths in the keys CLI.md fixes', async () => {
    const db = await seededDbFile();
    const r = runCliProcess(['reskill', '--employee', 'E0100', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const out = r.json<{ employee: { id: string; role: string }; paths: Record<string, unknown>[] }>();
    expect(out.employee).toEqual({ id: 'E0100', role: expect.any(String) });
    const p = out.paths[0]!;
    for (const key of ['rank', 'targetRole', 'fit', 'viable', 'desirable', 'safer', 'gap', 'modules', 'hours', 'weeks', 'cost']) expect(p).toHaveProperty(key);
    expect(p.targetRole).toEqual({ code: expect.any(String), title: expect.any(String) });
    const gap = (p.gap as Record<string, unknown>[])[0];
    if (gap) for (const key of ['skill', 'have', 'need', 'grade']) expect(gap).toHaveProperty(key);
    const mod = (p.modules as Record<string, unknown>[])[0];
    if (mod) for (const key of ['id', 'title', 'hours']) expect(mod).toHaveProperty(key);
    expect(runCliProcess(['reskill', '--employee', 'NOPE', '--json', '--db', db]).code).toBe(2);
    expect(runCliProcess(['reskill', '--json', '--db', db]).code).toBe(1);
  });

  it('reskill --all stores draft plans; plan approve records who; assign never moves the approved plan', async () => {
    const db = await seededDbFile();
    const all = runCliProcess(['reskill', '--all', '--scenario', 'expected', '--json', '--db', db]);
    expect(all.code).toBe(0);
    const out = all.json<{ scenario: string; candidates: number; employees: { id: string; role: string; paths: unknown[] }[]; summary: { plansCreated: number } }>();
    expect(out.scenario).toBe('expected');
    expect(out.candidates).toBe(out.employees.length);
    expect(out.employees.find((e) => e.paths.length > 0)!.paths.length).toBeLessThanOrEqual(3);
    const plans = runCliProcess(['plans', 'list', '--json', '--db', db]).json<{ plans: { employeeId: string; targetRole: { code: string }; status: string; approvedBy: string | null; approvedAt: string | null }[] }>();
    expect(plans.plans.length).toBe(out.summary.plansCreated);
    const first = plans.plans[0]!;
    const approve = runCliProcess(['plan', 'approve', '--employee', first.employeeId, '--comment', 'Agreed with the team lead', '--start', '2026-09-01', '--weekly-hours', '4', '--user', 'manager-mia', '--json', '--db', db]);
    expect(approve.code).toBe(0);
    expect(approve.json<{ plans: { status: string; approvedBy: string }[] }>().plans[0]).toMatchObject({ status: 'approved', approvedBy: 'manager-mia' });
    expect(runCliProcess(['plan', 'decline', '--employee', first.employeeId, '--json', '--db', db]).code).toBe(1);
    const assign = runCliProcess(['assign', '--scenario', 'expected', '--json', '--db', db]);
    expect(assign.code).toBe(0);
    const a = assign.json<{ assignments: { employeeId: string; targetRole: { code: string }; fit: number; weeks: number }[]; unassigned: string[]; openPositionsLeft: unknown[] }>();
    expect(Array.isArray(a.unassigned)).toBe(true);
    expect(Array.isArray(a.openPositionsLeft)).toBe(true);
    const after = runCliProcess(['plans', 'list', '--json', '--db', db]).json<typeof plans>();
    expect(after.plans.find((p) => p.employeeId === first.employeeId)).toMatchObject({ status: 'approved', targetRole: first.targetRole });
  });

  it('fairness and roles similar answer in the keys CLI.md fixes', async () => {
    const db = await seededDbFile();
    const f = runCliProcess(['fairness', '--scenario', 'expected', '--json', '--db', db]).json<{ minGroupSize: number; groups: Record<string, unknown>[]; flags: unknown[] }>();
    expect(f.minGroupSize).toBe(5);
    for (const key of ['attribute', 'group', 'size', 'viableShare', 'meanFit', 'assignedShare']) expect(f.groups[0]).toHaveProperty(key);
    const sim = runCliProcess(['roles', 'similar', '--role', '43-4051.00', '--limit', '5', '--json', '--db', db]).json<{ role: { code: string }; similar: { code: string; similarity: number; components: object }[] }>();
    expect(sim.role.code).toBe('43-4051.00');
    expect(sim.similar).toHaveLength(5);
    expect(runCliProcess(['roles', 'similar', '--role', '43-4051.00', '--limit', 'x', '--db', db]).code).toBe(1);
  });
});
