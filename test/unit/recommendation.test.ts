import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assign, type AssignmentCandidate } from '../../shared/domain/assignment';
import { openingsLeftRecord, recommend } from '../../shared/domain/recommendation';

const roles = ['r0', 'r1', 'r2', 'r3'];
const instance = fc.record({
  people: fc.array(
    fc.uniqueArray(fc.record({ r: fc.integer({ min: 0, max: 3 }), fit: fc.double({ min: 0, max: 1, noNaN: true }), weeks: fc.integer({ min: 0, max: 80 }), viable: fc.boolean() }), { maxLength: 4, selector: (o) => o.r }),
    { minLength: 1, maxLength: 12 },
  ),
  caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
  mode: fc.constantFrom('maxValue' as const, 'maxCount' as const),
});

describe('recommend after the assignment to openings', () => {
  it('assigned people get their assignment; no exhausted role is recommended unflagged; an open viable path is preferred in rank order', () => {
    fc.assert(
      fc.property(instance, ({ people, caps, mode }) => {
        const candidates: AssignmentCandidate[] = people.map((opts, i) => ({ employeeId: `e${i}`, options: opts.map((o) => ({ roleCode: roles[o.r], fit: o.fit, weeks: o.weeks, viable: o.viable })) }));
        const openings = Object.fromEntries(roles.map((r, i) => [r, caps[i]]));
        const result = assign({ candidates, openings: roles.map((r, i) => ({ roleCode: r, count: caps[i] })), lambda: 0.5, mode });
        const left = openingsLeftRecord(result.openPositionsLeft);
        const assignedTo = new Map(result.assignments.map((a) => [a.employeeId, a.roleCode]));
        for (const c of candidates) {
          const paths = c.options.map((o) => ({ roleCode: o.roleCode, viable: o.viable }));
          const rec = recommend({ paths, assignedRole: assignedTo.get(c.employeeId) ?? null, openings, openingsLeft: left });
          const mine = assignedTo.get(c.employeeId);
          if (mine !== undefined) {
            expect(rec).toMatchObject({ roleCode: mine, assigned: true, noOpeningLeft: false });
            expect(paths[rec.index]?.roleCode).toBe(mine);
            continue;
          }
          expect(rec.assigned).toBe(false);
          if (rec.roleCode === null) {
            expect(paths).toHaveLength(0);
            continue;
          }
          const exhausted = openings[rec.roleCode] > 0 && (left[rec.roleCode] ?? 0) === 0;
          expect(rec.noOpeningLeft).toBe(exhausted);
          const firstOpen = paths.findIndex((p) => p.viable && (left[p.roleCode] ?? 0) > 0);
          // Rank order otherwise unchanged: the first open viable path, else the top path.
          expect(rec.index).toBe(firstOpen >= 0 ? firstOpen : 0);
        }
        // Recommendations to a role with openings left are unbounded (left is never negative), flagged only once taken.
        for (const r of roles) expect(left[r] ?? 0).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a role with no openings in the scenario is not flagged as "no opening left"', () => {
    const rec = recommend({ paths: [{ roleCode: 'a', viable: true }], assignedRole: null, openings: {}, openingsLeft: {} });
    expect(rec).toEqual({ index: 0, roleCode: 'a', assigned: false, noOpeningLeft: false });
  });

  it('the knowledge-base case: top role taken, a later viable role with openings is recommended', () => {
    const paths = [{ roleCode: 'kb', viable: true }, { roleCode: 'x', viable: false }, { roleCode: 'y', viable: true }];
    expect(recommend({ paths, assignedRole: null, openings: { kb: 6, y: 10 }, openingsLeft: { y: 2 } })).toEqual({ index: 2, roleCode: 'y', assigned: false, noOpeningLeft: false });
    expect(recommend({ paths, assignedRole: null, openings: { kb: 6, y: 10 }, openingsLeft: {} })).toEqual({ index: 0, roleCode: 'kb', assigned: false, noOpeningLeft: true });
  });
});
