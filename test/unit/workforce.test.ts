import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregateWorkforce,
  computeOpenings,
  demandFte,
  demandIndex,
  isCustomerServiceRole,
  nextSupply,
  projectRole,
  selectCandidates,
} from '../../shared/domain/workforce';
import type { Employee, TaskCategory } from '../../shared/domain/types';
import { TASK_CATEGORIES } from '../../shared/domain/types';
import { makeRole } from '../fixtures/model-builders';

const zeroCats = () => Object.fromEntries(TASK_CATEGORIES.map((c) => [c, 0])) as Record<TaskCategory, number>;

describe('demand and supply', () => {
  it('demand = FTE × (1 − freed) × (1 + g)^n', () => {
    expect(demandFte(100, 0.2, 0.1, 2)).toBeCloseTo(100 * 0.8 * 1.21, 12);
    expect(demandIndex(0.2, 0.1, 2)).toBeCloseTo(0.968, 12);
  });

  it('replace_to_demand: supply between post-attrition level and last year; none: attrition only', () => {
    expect(nextSupply(100, 0.3, 90, 'replace_to_demand')).toBe(90); // replace 20 of 30 leavers
    expect(nextSupply(100, 0.3, 50, 'replace_to_demand')).toBeCloseTo(70, 12); // no replacement, surplus 20
    expect(nextSupply(100, 0.3, 120, 'replace_to_demand')).toBe(100); // all leavers replaced; growth = hiresNeeded
    expect(nextSupply(100, 0.3, 120, 'none')).toBeCloseTo(70, 12);
  });

  it('projectRole: supply never exceeds its start nor goes negative; D and S finite', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: -0.1, max: 0.1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('replace_to_demand', 'none' as const),
        (fte, freed, g, att, backfill) => {
          const { demand, supply } = projectRole(fte, freed, g, att, backfill);
          expect(supply[0]).toBe(fte);
          for (let i = 0; i < freed.length; i++) {
            expect(supply[i]).toBeGreaterThanOrEqual(0);
            expect(supply[i]).toBeLessThanOrEqual(fte + 1e-9);
            expect(demand[i]).toBeGreaterThanOrEqual(0);
            if (i > 0) expect(supply[i]).toBeLessThanOrEqual(supply[i - 1] + 1e-9);
          }
        },
      ),
    );
  });
});

describe('candidates', () => {
  const roles = [
    { code: 'B', headcount: 10, fte: 9, demandIndexAtHorizon: 0.8 },
    { code: 'A', headcount: 20, fte: 20, demandIndexAtHorizon: 0.5 },
    { code: 'C', headcount: 5, fte: 5, demandIndexAtHorizon: 1.2 },
    { code: 'D', headcount: 0, fte: 0, demandIndexAtHorizon: 0.1 },
  ];
  it('takes every person of staffed roles whose demand falls, ordered by code', () => {
    const c = selectCandidates(roles, [], 5);
    expect(c.map((x) => x.code)).toEqual(['A', 'B']);
    expect(c[0].candidatePeople).toBe(20);
    expect(c[0].peopleToMove).toBeCloseTo(10, 12);
    expect(c[1].peopleToMove).toBeCloseTo(2, 12);
  });
  it('narrows to the planner list (a growing role never qualifies)', () => {
    expect(selectCandidates(roles, ['B', 'C'], 5).map((x) => x.code)).toEqual(['B']);
  });
});

describe('openings', () => {
  it('sums drivers per role, adds planner openings, rounds down', () => {
    const freed = { ...zeroCats(), customer_inquiries: 30, content_creation: 10 };
    const note = { en: '', nl: '', nlSource: 'overstap' as const };
    const o = computeOpenings(
      [
        { roleCode: 'ovs-b', category: 'customer_inquiries', perFreedFte: 0.1, note },
        { roleCode: 'ovs-b', category: 'content_creation', perFreedFte: 0.05, note },
        { roleCode: 'ovs-a', category: 'content_creation', perFreedFte: 0.25, note },
      ],
      freed,
      [{ roleCode: 'ovs-c', count: 2 }, { roleCode: 'ovs-a', count: 1 }],
      ['drv'],
    );
    expect(o.map((x) => [x.roleCode, x.count])).toEqual([['ovs-a', 3], ['ovs-b', 3], ['ovs-c', 2]]);
    expect(o[1].fromDrivers).toBeCloseTo(3.5, 12);
    expect(o[0].explanation.inputs.find((i) => i.name === 'input.extraOpenings')!.value).toBe(1);
    expect(o[0].explanation.sourceIds).toEqual(['drv']);
  });
});

describe('aggregation and predicates', () => {
  it('aggregates employees per role with default salaries', () => {
    const emp = (id: string, roleCode: string, fte: number, salary: number | null) => ({ id, roleCode, fte, salary }) as Employee;
    const roles = [makeRole('X', []), makeRole('Y', [])];
    expect(aggregateWorkforce([emp('1', 'Y', 1, 50000), emp('2', 'X', 0.5, null), emp('3', 'Y', 0.8, null)], roles)).toEqual([
      { roleCode: 'X', headcount: 1, fte: 0.5, salaryTotal: 40000 },
      { roleCode: 'Y', headcount: 2, fte: 1.8, salaryTotal: 90000 },
    ]);
  });
  it('recognises customer-service and call-centre domains', () => {
    expect(isCustomerServiceRole(makeRole('a', [], { domain: 'customer service' }))).toBe(true);
    expect(isCustomerServiceRole(makeRole('a', [], { domain: 'call centre' }))).toBe(true);
    expect(isCustomerServiceRole(makeRole('a', [], { domain: 'contact_center' }))).toBe(true);
    expect(isCustomerServiceRole(makeRole('a', [], { domain: 'marketing' }))).toBe(false);
  });
});
