import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregateWorkforce,
  computeOpenings,
  demandFte,
  demandIndex,
  nextYear,
  projectRole,
  selectCandidates,
} from '../../shared/domain/workforce';
import type { Employee, TaskCategory } from '../../shared/domain/types';
import { TASK_CATEGORIES } from '../../shared/domain/types';
import { attritionFamily, leaverRates } from '../../shared/domain/attrition';
import { makeRole } from '../fixtures/model-builders';

const zeroCats = () => Object.fromEntries(TASK_CATEGORIES.map((c) => [c, 0])) as Record<TaskCategory, number>;

describe('demand and supply', () => {
  it('demand is rebased to the start year: D = FTE × (1 − f) / (1 − f0) × (1 + g)^n', () => {
    expect(demandFte(100, 0.2, 0.2, 0.1, 0)).toBeCloseTo(100, 12);
    expect(demandFte(100, 0.2, 0.1, 0.1, 2)).toBeCloseTo((100 * 0.8 * 1.21) / 0.9, 12);
    expect(demandIndex(0.2, 0.1, 0.1, 2)).toBeCloseTo((0.8 / 0.9) * 1.21, 12);
  });

  it('nextYear: leavers are attrition plus fixed-term endings; hires fill up to demand, never into a surplus', () => {
    const rates = { attrition: 0.3, contractEndings: 0.05 };
    const f = nextYear(100, rates, 90, 'replace_to_demand');
    expect(f.attritionLeavers).toBeCloseTo(30, 12);
    expect(f.contractEndings).toBeCloseTo(5, 12);
    expect(f.hires).toBeCloseTo(25, 12);
    expect(f.supply).toBeCloseTo(90, 12);
    const shrink = nextYear(100, rates, 50, 'replace_to_demand');
    expect(shrink.hires).toBe(0);
    expect(shrink.supply).toBeCloseTo(65, 12); // surplus 15: attrition cannot absorb a 50% drop
    expect(nextYear(100, rates, 120, 'replace_to_demand').hires).toBeCloseTo(55, 12); // replacements and growth
    expect(nextYear(100, rates, 120, 'none')).toMatchObject({ hires: 0 });
  });

  it('leaverRates blends the table over the contract mix and counts unrenewed fixed-term endings', () => {
    const table = { rates: { customerContact: { permanent: 0.3, temporary: 0.3, outsourced: 0.5 }, backOffice: { permanent: 0.1, temporary: 0.1, outsourced: 0.1 }, leadership: { permanent: 0.1, temporary: 0.1, outsourced: 0.1 }, professional: { permanent: 0.1, temporary: 0.1, outsourced: 0.1 } }, fixedTermRenewal: 0.5 };
    const r = leaverRates(table, 'customerContact', { permanent: 60, temporary: 20, outsourced: 20 });
    expect(r.attrition).toBeCloseTo(0.6 * 0.3 + 0.2 * 0.3 + 0.2 * 0.5, 12);
    expect(r.contractEndings).toBeCloseTo(0.2 * 0.7 * 0.5, 12);
    expect(leaverRates(table, 'professional', {})).toEqual({ attrition: 0.1, contractEndings: 0 });
  });

  const ratesArb = fc
    .record({ attrition: fc.double({ min: 0, max: 1, noNaN: true }), endings: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ attrition, endings }) => ({ attrition, contractEndings: (1 - attrition) * endings }));

  it('projectRole (property): no start-year surplus, supply_{y+1} = supply_y − leavers + hires, hires never negative', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: -0.1, max: 0.1, noNaN: true }),
        ratesArb,
        fc.constantFrom('replace_to_demand', 'none' as const),
        (fte, freed, g, rates, backfill) => {
          const p = projectRole(fte, freed, g, rates, backfill);
          expect(p.supply[0]).toBe(fte);
          // Today's staff already work with today's adoption: demand equals supply in the start year.
          if (freed[0] < 1 - 1e-9) expect(p.demand[0]).toBeCloseTo(fte, 9);
          expect(p.hires[0]).toBe(0);
          for (let i = 1; i < freed.length; i++) {
            expect(p.hires[i]).toBeGreaterThanOrEqual(0);
            expect(p.attritionLeavers[i]).toBeGreaterThanOrEqual(0);
            expect(p.contractEndings[i]).toBeGreaterThanOrEqual(0);
            expect(p.supply[i]).toBeCloseTo(p.supply[i - 1] - p.attritionLeavers[i] - p.contractEndings[i] + p.hires[i], 9);
            expect(p.supply[i]).toBeGreaterThanOrEqual(-1e-9);
            expect(p.demand[i]).toBeGreaterThanOrEqual(0);
            // Hiring stops at demand: a surplus only comes from leavers too few to absorb the fall.
            if (p.hires[i] > 1e-9) expect(p.supply[i]).toBeCloseTo(p.demand[i], 9);
            if (backfill === 'none') expect(p.hires[i]).toBe(0);
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
    const emp = (id: string, roleCode: string, fte: number, salary: number | null) => ({ id, roleCode, fte, salary, contractType: 'permanent' }) as Employee;
    const roles = [makeRole('X', []), makeRole('Y', [])];
    expect(aggregateWorkforce([emp('1', 'Y', 1, 50000), emp('2', 'X', 0.5, null), emp('3', 'Y', 0.8, null)], roles)).toEqual([
      { roleCode: 'X', headcount: 1, fte: 0.5, salaryTotal: 40000, fteByContract: { permanent: 0.5 } },
      { roleCode: 'Y', headcount: 2, fte: 1.8, salaryTotal: 90000, fteByContract: { permanent: 1.8 } },
    ]);
  });
  it('places a role in an attrition family by its data (SOC group, task mix, domain, job zone), not its name', () => {
    const cs = (over: Parameters<typeof makeRole>[2]) => makeRole('43-4051.00', [], { domain: 'customer service', jobZone: 2, socCode: '43-4051.00', ...over });
    expect(attritionFamily(cs({}), { customer_inquiries: 0.7, relationship_sales: 0.08 })).toBe('customerContact');
    expect(attritionFamily(cs({}), { customer_inquiries: 0.16, coordination_admin: 0.5 })).toBe('backOffice');
    expect(attritionFamily(cs({}), { customer_inquiries: 0.13, people_leadership: 0.42 })).toBe('leadership');
    expect(attritionFamily(cs({ socCode: '11-2021.00' }), { customer_inquiries: 0.9 })).toBe('leadership');
    expect(attritionFamily(cs({ jobZone: 4 }), { customer_inquiries: 0.35 })).toBe('professional');
    expect(attritionFamily(makeRole('x', [], { domain: 'marketing', jobZone: 2 }), { customer_inquiries: 0.9 })).toBe('professional');
  });
});
