import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCase, businessCaseLine, hireCost, type BusinessCaseParams, type CaseDecision, type HireRole } from '../../shared/domain/businessCase';
import { legalExitCost, noticeMonths, tenureYears, transitionPayment } from '../../shared/domain/dutchLabourLaw';

const params: BusinessCaseParams = { transitionPaymentCap: 98_000, recruitingCost: 4_500, agencyRecruitingShare: 0.25, onboardingProductivity: 0.5, employerOnCost: 1, annualHoursPerFte: 1872, learningTime: 'paid' };
const agent: HireRole = { code: 'agent', annualSalary: 36_000, agency: false, onboardingMonths: 3 };
const analyst: HireRole = { code: 'analyst', annualSalary: 48_000, agency: true, onboardingMonths: 6 };
const decision = (over: Partial<CaseDecision> = {}): CaseDecision => ({
  employeeId: 'e1',
  contractType: 'permanent',
  fte: 1,
  fullTimeSalary: 36_000,
  startDate: '2015-01-01',
  from: agent,
  to: analyst,
  reskill: { moduleCost: 1_000, hours: 187.2 },
  inPool: true,
  ...over,
});

describe('Dutch transition payment (art. 7:673 BW)', () => {
  it('10 years at €3,000 a month = €10,000', () => {
    expect(transitionPayment(36_000, 10, 98_000).value).toBeCloseTo(10_000, 9);
  });
  it('is pro rata for part years', () => {
    expect(transitionPayment(36_000, 2.5, 98_000).value).toBeCloseTo(2_500, 9);
    expect(transitionPayment(36_000, 0, 98_000).value).toBe(0);
  });
  it('is capped at max(cap, annual salary)', () => {
    const low = transitionPayment(120_000, 40, 98_000);
    expect(low.value).toBe(120_000);
    expect(low.capApplied).toBe(true);
    expect(transitionPayment(60_000, 60, 98_000).value).toBe(98_000);
  });
});

describe('notice (art. 7:672 BW) and tenure', () => {
  it.each([
    [0, 1], [4.99, 1], [5, 2], [9.99, 2], [10, 3], [14.99, 3], [15, 4], [40, 4],
  ])('%s years → %s months', (y, m) => expect(noticeMonths(y)).toBe(m));
  it('counts calendar months plus the part month', () => {
    expect(tenureYears('2015-01-01', '2025-01-01')).toBe(10);
    expect(tenureYears('2020-03-15', '2021-09-15')).toBe(1.5);
    expect(tenureYears('2024-01-01', '2024-01-16')).toBeCloseTo(15 / 31 / 12, 12);
    expect(tenureYears('2025-06-01', '2025-01-01')).toBe(0);
  });
});

describe('legal exit cost by contract type and part-time pay', () => {
  const base = { fullTimeSalary: 36_000, startDate: '2015-01-01' };
  it('a permanent full-timer: transition payment + notice on full pay', () => {
    const x = legalExitCost({ ...base, contractType: 'permanent', fte: 1 }, '2025-01-01', 98_000)!;
    expect(x.transitionPayment).toBeCloseTo(10_000, 9);
    expect(x.noticeMonths).toBe(3);
    expect(x.noticePay).toBeCloseTo(9_000, 9);
  });
  it('a part-timer is paid on actual pay (salary × FTE), so both halve at 0.5 FTE', () => {
    const x = legalExitCost({ ...base, contractType: 'permanent', fte: 0.5 }, '2025-01-01', 98_000)!;
    expect(x.annualPay).toBe(18_000);
    expect(x.transitionPayment).toBeCloseTo(5_000, 9);
    expect(x.noticePay).toBeCloseTo(4_500, 9);
  });
  it('a fixed-term contract ends by law: transition payment on non-renewal, no notice', () => {
    const x = legalExitCost({ ...base, contractType: 'temporary', fte: 1 }, '2025-01-01', 98_000)!;
    expect(x.transitionPayment).toBeCloseTo(10_000, 9);
    expect(x.noticeMonths).toBe(0);
    expect(x.noticePay).toBe(0);
  });
  it('outsourced staff are not the employer’s: no legal cost at all', () => {
    expect(legalExitCost({ ...base, contractType: 'outsourced', fte: 1 }, '2025-01-01', 98_000)).toBeNull();
  });
  it('notice pay carries the employer on-cost, the transition payment does not', () => {
    const x = legalExitCost({ ...base, contractType: 'permanent', fte: 1 }, '2025-01-01', 98_000, 1.3)!;
    expect(x.noticePay).toBeCloseTo(9_000 * 1.3, 9);
    expect(x.transitionPayment).toBeCloseTo(10_000, 9);
  });
});

describe('hire cost', () => {
  it('in-house recruiting is a flat fee; an agency hire pays a share of salary', () => {
    expect(hireCost(agent, 1, params)).toEqual({ recruiting: 4_500, onboarding: 3 * 3_000 * 0.5, total: 4_500 + 4_500 });
    const h = hireCost(analyst, 0.5, { ...params, employerOnCost: 1.3 });
    expect(h.recruiting).toBeCloseTo(0.25 * 48_000 * 0.5, 9);
    expect(h.onboarding).toBeCloseTo(6 * 2_000 * 0.5 * 1.3, 9);
  });
});

describe('one decision', () => {
  it('from the pool: reskill = modules + paid hours; replace = hire + transition payment + notice', () => {
    const l = businessCaseLine(decision(), params, '2025-01-01');
    expect(l.reskillCost).toBeCloseTo(1_000 + 187.2 * (36_000 / 1872), 9);
    expect(l.backfill).toBe(0);
    expect(l.hire).toBeCloseTo(12_000 + 12_000, 9);
    expect(l.transitionPayment).toBeCloseTo(10_000, 9);
    expect(l.noticePay).toBeCloseTo(9_000, 9);
    expect(l.replaceCost).toBeCloseTo(24_000 + 19_000, 9);
    expect(l.saving).toBeCloseTo(l.replaceCost - l.reskillCost, 9);
  });
  it('backfill: when the job still has demand, reskilling pays to refill it and replace-and-hire dismisses no one', () => {
    const l = businessCaseLine(decision({ inPool: false }), params, '2025-01-01');
    expect(l.backfill).toBeCloseTo(hireCost(agent, 1, params).total, 9);
    expect(l.reskillCost).toBeCloseTo(1_000 + 3_600 + 9_000, 9);
    expect(l.transitionPayment).toBe(0);
    expect(l.noticePay).toBe(0);
    expect(l.replaceCost).toBeCloseTo(24_000, 9);
  });
  it('learning hours taken from AI-freed time cost no wage', () => {
    const l = businessCaseLine(decision(), { ...params, learningTime: 'freed' }, '2025-01-01');
    expect(l.learningCost).toBe(0);
    expect(l.reskillCost).toBe(1_000);
    expect(l.explain.learningCost.inputs.find((i) => i.name === 'input.learningTime')?.sourceIds?.length).toBeGreaterThan(0);
  });
  it('a fixed-term person from the pool: transition payment, no notice', () => {
    const l = businessCaseLine(decision({ contractType: 'temporary' }), params, '2025-01-01');
    expect(l.noticePay).toBe(0);
    expect(l.transitionPayment).toBeCloseTo(10_000, 9);
  });
});

describe('businessCase (the decisions and who is counted)', () => {
  it('counts decisions, leaves outsourced staff out and says so, and hires the openings left either way', () => {
    const r = businessCase({
      asOf: '2025-01-01',
      params,
      decisions: [decision({ employeeId: 'b' }), decision({ employeeId: 'a', inPool: false }), decision({ employeeId: 'c', contractType: 'outsourced' })],
      openings: [{ role: analyst, count: 3 }, { role: agent, count: 1 }],
      poolNotPlaced: 7,
      outsourcedLeftOut: 4,
    });
    expect(r.lines.map((l) => l.employeeId)).toEqual(['a', 'b']);
    expect(r.counted).toEqual({ decisions: 2, fromPool: 1, backfilled: 1, poolNotPlaced: 7, openings: 4, openingsFilled: 2, openingsLeft: 2, excludedOutsourced: 5 });
    expect(r.totals.openingsLeftHireCost).toBeCloseTo(hireCost(analyst, 1, params).total + hireCost(agent, 1, params).total, 9);
    expect(r.explain.formula).toBe('reskill.businessCase');
    expect(r.explain.value).toBe(r.totals.saving);
  });

  const decisionArb = fc.record({
    employeeId: fc.stringMatching(/^E\d{1,4}$/),
    contractType: fc.constantFrom('permanent' as const, 'temporary' as const, 'outsourced' as const),
    fte: fc.double({ min: 0.1, max: 1, noNaN: true }),
    fullTimeSalary: fc.integer({ min: 20_000, max: 120_000 }),
    startDate: fc.date({ min: new Date('1980-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    from: fc.constant(agent),
    to: fc.constantFrom(agent, analyst),
    reskill: fc.record({ moduleCost: fc.integer({ min: 0, max: 20_000 }), hours: fc.integer({ min: 0, max: 600 }) }),
    inPool: fc.boolean(),
  });

  it('property: totals are the sums of the lines, saving = replace − reskill, and outsourced people never appear', () => {
    fc.assert(
      fc.property(fc.array(decisionArb, { maxLength: 30 }), fc.constantFrom('paid' as const, 'freed' as const), (ds, learningTime) => {
        const r = businessCase({ asOf: '2026-01-01', params: { ...params, learningTime }, decisions: ds, openings: [{ role: analyst, count: 5 }], poolNotPlaced: 0, outsourcedLeftOut: 0 });
        const sum = (k: 'reskillCost' | 'replaceCost') => r.lines.reduce((s, l) => s + l[k], 0);
        expect(r.totals.reskillCost).toBeCloseTo(sum('reskillCost'), 6);
        expect(r.totals.replaceCost).toBeCloseTo(sum('replaceCost'), 6);
        expect(r.totals.saving).toBeCloseTo(r.totals.replaceCost - r.totals.reskillCost, 6);
        expect(r.lines.every((l) => l.contractType !== 'outsourced')).toBe(true);
        expect(r.counted.decisions + r.counted.excludedOutsourced).toBe(ds.length);
        expect(r.lines.every((l) => (l.inPool ? l.backfill === 0 : l.transitionPayment === 0 && l.noticePay === 0))).toBe(true);
        if (learningTime === 'freed') expect(r.totals.learningCost).toBe(0);
      }),
    );
  });

  it('property: paying learning hours at wage never makes reskilling cheaper than taking them from freed time', () => {
    fc.assert(
      fc.property(decisionArb, (d) => {
        const paid = businessCaseLine(d, params, '2026-01-01');
        const freed = businessCaseLine(d, { ...params, learningTime: 'freed' }, '2026-01-01');
        expect(paid.reskillCost).toBeGreaterThanOrEqual(freed.reskillCost);
        expect(paid.replaceCost).toBe(freed.replaceCost);
      }),
    );
  });
});
