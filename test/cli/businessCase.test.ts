import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cli';
import { seededDbFile } from '../helpers/core';

describe('business-case and fairness (child process)', () => {
  it('business-case --json answers in the documented keys; --help lists it; fairness shows counts and status per group', async () => {
    const db = await seededDbFile();
    expect(runCliProcess(['--help']).stdout).toMatch(/business-case/);
    const r = runCliProcess(['business-case', '--scenario', 'expected', '--json', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const out = r.json<Record<string, unknown> & { counted: Record<string, number>; totals: Record<string, number>; lines: Record<string, unknown>[] }>();
    for (const k of ['scenario', 'asOf', 'learningTime', 'counted', 'totals', 'lines']) expect(out).toHaveProperty(k);
    expect(Object.keys(out.counted).sort()).toEqual(['backfilled', 'decisions', 'excludedOutsourced', 'fromPool', 'openings', 'openingsFilled', 'openingsLeft', 'poolNotPlaced']);
    for (const k of ['people', 'reskillCost', 'replaceCost', 'saving', 'backfill', 'hire', 'transitionPayment', 'noticePay', 'learningCost', 'moduleCost']) expect(typeof out.totals[k]).toBe('number');
    expect(out.totals.saving).toBeCloseTo(out.totals.replaceCost - out.totals.reskillCost, 6);
    expect(out.lines).toHaveLength(out.counted.decisions);
    expect(out.lines[0]).toMatchObject({ employeeId: expect.any(String), currentRole: { code: expect.any(String), title: expect.any(String) }, targetRole: { code: expect.any(String), title: expect.any(String) } });
    const nl = runCliProcess(['business-case', '--lang', 'nl', '--db', db]);
    expect(nl.stdout).toMatch(/Geteld: \d+ beslissingen/);
    expect(runCliProcess(['business-case', '--scenario', 'nope', '--json', '--db', db]).code).toBe(2);

    const f = runCliProcess(['fairness', '--scenario', 'expected', '--json', '--db', db]).json<{ minDecisions: number; groups: { assigned: number; expectedAssigned: number; status: Record<string, string> }[]; flags: { metric: string }[] }>();
    expect(f.minDecisions).toBe(10);
    for (const g of f.groups) {
      expect(typeof g.assigned).toBe('number');
      if (g.expectedAssigned < 10) expect(g.status.assignedShare).toBe('tooFew');
    }
  }, 300_000);
});
