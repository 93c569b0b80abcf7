import { describe, expect, it } from 'vitest';
import { businessCase, businessCaseLine, noticeMonths, onboardingCost, tenureYears, transitionPayment } from '../../shared/domain/businessCase';

const params = { transitionPaymentCap: 98_000, recruitingCost: 4_500, onboardingMonths: 6, onboardingProductivity: 0.5, annualHoursPerFte: 1872 };

describe('Dutch transition payment (art. 7:673 BW)', () => {
  it('10 years at €3,000 a month = €10,000', () => {
    expect(transitionPayment(36_000, 10, 98_000).value).toBeCloseTo(10_000, 9);
  });
  it('is pro rata for part years', () => {
    expect(transitionPayment(36_000, 2.5, 98_000).value).toBeCloseTo(2_500, 9);
    expect(transitionPayment(36_000, 0, 98_000).value).toBe(0);
  });
  it('is capped at max(cap, annual salary)', () => {
    const low = transitionPayment(120_000, 40, 98_000); // 10,000 × 40 / 3 = 133,333 → capped at the salary 120,000
    expect(low.value).toBe(120_000);
    expect(low.capApplied).toBe(true);
    const mid = transitionPayment(60_000, 60, 98_000); // 5,000/3 × 60 = 100,000 → cap 98,000
    expect(mid.value).toBe(98_000);
  });
});

describe('notice (art. 7:672 BW)', () => {
  it.each([
    [0, 1], [4.99, 1], [5, 2], [9.99, 2], [10, 3], [14.99, 3], [15, 4], [40, 4],
  ])('%s years → %s months', (y, m) => expect(noticeMonths(y)).toBe(m));
});

describe('tenure', () => {
  it('counts calendar months plus the part month', () => {
    expect(tenureYears('2015-01-01', '2025-01-01')).toBe(10);
    expect(tenureYears('2020-03-15', '2021-09-15')).toBe(1.5);
    expect(tenureYears('2024-01-01', '2024-01-16')).toBeCloseTo(15 / 31 / 12, 12);
    expect(tenureYears('2025-06-01', '2025-01-01')).toBe(0);
  });
});

describe('business case', () => {
  it('compares reskilling with transition payment + notice + recruiting + onboarding', () => {
    const l = businessCaseLine(
      { employeeId: 'e1', annualSalary: 36_000, startDate: '2015-01-01', reskill: { moduleCost: 1_000, hours: 187.2 }, hireAnnualSalary: 48_000 },
      params,
      '2025-01-01',
    );
    expect(l.transitionPayment).toBeCloseTo(10_000, 9);
    expect(l.noticeMonths).toBe(3);
    expect(l.noticePay).toBeCloseTo(9_000, 9);
    expect(l.recruitingCost).toBe(4_500);
    expect(l.onboardingCost).toBeCloseTo(6 * 4_000 * 0.5, 9);
    expect(l.replaceCost).toBeCloseTo(10_000 + 9_000 + 4_500 + 12_000, 9);
    expect(l.reskillCost).toBeCloseTo(1_000 + 187.2 * (36_000 / 1872), 9);
    expect(l.saving).toBeCloseTo(35_500 - 4_600, 9);
    expect(l.explain.transitionPayment.formula).toBe('reskill.transitionPayment');
  });
  it('agency recruiting, on-costs and totals', () => {
    expect(onboardingCost(48_000, 3, 0.5, 1.3)).toBeCloseTo(3 * 4_000 * 0.5 * 1.3, 9);
    const r = businessCase(
      [
        { employeeId: 'b', annualSalary: 36_000, startDate: '2020-01-01', reskill: null, hireAnnualSalary: 40_000 },
        { employeeId: 'a', annualSalary: 36_000, startDate: '2020-01-01', reskill: { moduleCost: 0, hours: 0 }, hireAnnualSalary: 40_000 },
      ],
      { ...params, agencyRecruitingShare: 0.25 },
      '2025-01-01',
    );
    expect(r.lines.map((l) => l.employeeId)).toEqual(['a', 'b']);
    expect(r.lines[0].recruitingCost).toBe(10_000);
    expect(r.lines[0].noticeMonths).toBe(2);
    expect(r.totals.people).toBe(2);
    expect(r.totals.withPath).toBe(1);
    expect(r.totals.replaceCost).toBeCloseTo(2 * r.lines[0].replaceCost, 9);
    expect(r.totals.saving).toBeCloseTo(r.lines[0].replaceCost, 9);
  });
});
