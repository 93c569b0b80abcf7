import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assign, assignmentValue, type AssignmentCandidate } from '../../shared/domain/assignment';
import { rng } from '../fixtures/reskill-builders';

/** Exhaustive optimum: best [count, value] for mode maxCount, best value for maxValue. */
function brute(cands: AssignmentCandidate[], openings: Record<string, number>, lambda: number, mode: 'maxValue' | 'maxCount') {
  const cap = { ...openings };
  let best = { count: 0, value: 0 };
  const better = (a: { count: number; value: number }, b: { count: number; value: number }) =>
    mode === 'maxCount' ? a.count > b.count || (a.count === b.count && a.value > b.value + 1e-9) : a.value > b.value + 1e-9;
  const go = (i: number, count: number, value: number) => {
    if (i === cands.length) {
      if (better({ count, value }, best)) best = { count, value };
      return;
    }
    go(i + 1, count, value);
    for (const o of cands[i].options) {
      if (!o.viable || !(cap[o.roleCode] > 0)) continue;
      cap[o.roleCode]--;
      go(i + 1, count + 1, value + assignmentValue(o.fit, o.weeks, lambda));
      cap[o.roleCode]++;
    }
  };
  go(0, 0, 0);
  return best;
}

const instance = fc.record({
  cands: fc.array(
    fc.array(fc.record({ r: fc.integer({ min: 0, max: 3 }), fit: fc.double({ min: 0, max: 1, noNaN: true }), weeks: fc.integer({ min: 0, max: 80 }), viable: fc.boolean() }), { maxLength: 4 }),
    { minLength: 1, maxLength: 7 },
  ),
  caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
  lambda: fc.constantFrom(0, 0.5, 1),
});
const roles = ['r0', 'r1', 'r2', 'r3'];
function build(x: { cands: { r: number; fit: number; weeks: number; viable: boolean }[][]; caps: number[] }) {
  const cands: AssignmentCandidate[] = x.cands.map((opts, i) => ({
    employeeId: `e${i}`,
    options: opts.map((o) => ({ roleCode: roles[o.r], fit: o.fit, weeks: o.weeks, viable: o.viable })),
  }));
  const openings = Object.fromEntries(roles.map((r, i) => [r, x.caps[i]]));
  return { cands, openings };
}

describe('assign', () => {
  it('reaches the brute-force optimum (maxValue: only gainful viable pairs)', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const { cands, openings } = build(x);
        const res = assign({ candidates: cands, openings: Object.entries(openings).map(([roleCode, count]) => ({ roleCode, count })), lambda: x.lambda });
        expect(res.totalValue).toBeCloseTo(brute(cands, openings, x.lambda, 'maxValue').value, 6);
        for (const a of res.assignments) expect(a.value).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
  it('reaches the brute-force optimum (maxCount: most people, then most value)', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const { cands, openings } = build(x);
        const res = assign({ candidates: cands, openings: Object.entries(openings).map(([roleCode, count]) => ({ roleCode, count })), lambda: x.lambda, mode: 'maxCount' });
        const b = brute(cands, openings, x.lambda, 'maxCount');
        expect(res.assignments.length).toBe(b.count);
        expect(res.totalValue).toBeCloseTo(b.value, 6);
      }),
      { numRuns: 300 },
    );
  });
  it('respects capacity, assigns each person once, only viable pairs, reports what is left', () => {
    const cands: AssignmentCandidate[] = ['a', 'b', 'c', 'd'].map((id) => ({
      employeeId: id,
      options: [
        { roleCode: 'X', fit: 0.9, weeks: 4, viable: true },
        { roleCode: 'Y', fit: 0.7, weeks: 10, viable: id !== 'd' },
      ],
    }));
    const res = assign({ candidates: cands, openings: [{ roleCode: 'X', count: 1 }, { roleCode: 'Y', count: 2 }, { roleCode: 'Z', count: 3 }], lambda: 0.5 });
    expect(res.assignments.filter((a) => a.roleCode === 'X')).toHaveLength(1);
    expect(res.assignments.filter((a) => a.roleCode === 'Y')).toHaveLength(2);
    expect(new Set(res.assignments.map((a) => a.employeeId)).size).toBe(3);
    expect(res.assignments.find((a) => a.employeeId === 'd')?.roleCode ?? 'X').toBe('X'); // d is only viable for X
    expect(res.openPositionsLeft).toEqual([{ roleCode: 'Z', count: 3 }]);
    expect(res.unassigned).toHaveLength(1);
  });
  it('breaks ties deterministically by employee id', () => {
    const cands: AssignmentCandidate[] = ['c', 'a', 'b'].map((id) => ({ employeeId: id, options: [{ roleCode: 'X', fit: 0.8, weeks: 0, viable: true }] }));
    const res = assign({ candidates: cands, openings: [{ roleCode: 'X', count: 2 }], lambda: 0.5 });
    expect(res.assignments.map((a) => a.employeeId)).toEqual(['a', 'b']);
    expect(res.unassigned).toEqual(['c']);
    expect(assign({ candidates: [...cands].reverse(), openings: [{ roleCode: 'X', count: 2 }], lambda: 0.5 })).toEqual(res);
  });
  it('handles 3,000 candidates × 30 roles × capacity 20 quickly', () => {
    const r = rng(5);
    const rolesN = Array.from({ length: 30 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    const cands: AssignmentCandidate[] = Array.from({ length: 3000 }, (_, i) => ({
      employeeId: `e${String(i).padStart(5, '0')}`,
      options: rolesN.map((roleCode) => ({ roleCode, fit: r(), weeks: Math.floor(r() * 60), viable: r() < 0.4 })),
    }));
    const t0 = performance.now();
    const res = assign({ candidates: cands, openings: rolesN.map((roleCode) => ({ roleCode, count: 20 })), lambda: 0.5 });
    const ms = performance.now() - t0;
    expect(res.assignments.length).toBe(600);
    expect(ms).toBeLessThan(5000); // generous: shared CI machines; the bench reports the real figure
  });
});
