/**
 * Business case (PRODUCT.md point 9): reskilling cost against replace-and-hire under Dutch law.
 * Owns: transition payment (art. 7:673 BW), notice (art. 7:672 BW), recruiting and onboarding cost.
 * Pure: the date is a parameter (`asOf`), all amounts come from scenario levers/assumptions.
 */
import { explain, type Explanation } from './explain';

/** Parses an ISO date (YYYY-MM-DD, time part ignored) to UTC day parts. */
function parseDate(iso: string): { y: number; m: number; d: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`invalid ISO date: ${iso}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const DAY = 86_400_000;

/**
 * Years of service from startDate to asOf (ISO dates), pro rata: whole calendar months plus the
 * elapsed fraction of the current month, divided by 12 — the law counts partial years by the
 * salary over the remaining period. 0 when asOf precedes startDate.
 */
export function tenureYears(startDate: string, asOf: string): number {
  const s = parseDate(startDate);
  const a = parseDate(asOf);
  let months = (a.y - s.y) * 12 + (a.m - s.m);
  if (a.d < s.d) months--;
  if (months < 0) return 0;
  const anchor = Date.UTC(s.y, s.m - 1 + months, s.d);
  const next = Date.UTC(s.y, s.m - 1 + months + 1, s.d);
  const frac = Math.max(0, (Date.UTC(a.y, a.m - 1, a.d) - anchor) / DAY) / ((next - anchor) / DAY);
  return (months + frac) / 12;
}

/**
 * Transition payment, euros: 1/3 of the monthly salary (annual / 12, incl. holiday allowance) per
 * year of service, pro rata, capped at max(cap, annual salary) (art. 7:673 BW).
 */
export function transitionPayment(annualSalary: number, years: number, cap: number): { value: number; uncapped: number; capApplied: boolean } {
  const monthly = annualSalary / 12;
  const uncapped = (monthly / 3) * Math.max(0, years);
  const limit = Math.max(cap, annualSalary);
  return { value: Math.min(uncapped, limit), uncapped, capApplied: uncapped > limit };
}

/** Employer notice in months by years of service (art. 7:672 BW): <5 → 1, 5–10 → 2, 10–15 → 3, ≥15 → 4. */
export function noticeMonths(years: number): 1 | 2 | 3 | 4 {
  if (years < 5) return 1;
  if (years < 10) return 2;
  if (years < 15) return 3;
  return 4;
}

interface ReplaceParams {
  /** Statutory cap, euros (2025: 98,000). */
  transitionPaymentCap: number;
  /** Recruiting cost per hire, euros (default 4,500). */
  recruitingCost: number;
  /** When set (e.g. 0.25), recruiting = this share × the hire's annual salary instead (agency). */
  agencyRecruitingShare?: number | null;
  /** Months to full productivity of a new hire (3 agents, 6 professionals). */
  onboardingMonths: number;
  /** Average productivity during ramp-up, 0..1 (default 0.5). */
  onboardingProductivity: number;
  /** Employer on-cost multiplier on wage-based costs (1.30 per EVIDENCE G; default 1 = gross wage only). */
  employerOnCost?: number;
  /** Paid hours a year of one FTE (1,872), for the hourly wage of learning hours. */
  annualHoursPerFte: number;
}

interface BusinessCaseItem {
  employeeId: string;
  /** The person's gross annual salary, euros incl. holiday allowance. */
  annualSalary: number;
  /** ISO date. */
  startDate: string;
  /** The chosen learning path's totals; null when there is no path (no reskilling option). */
  reskill: { moduleCost: number; hours: number } | null;
  /** Gross annual salary of the external hire (the target role's default), euros. */
  hireAnnualSalary: number;
}

interface BusinessCaseLine {
  employeeId: string;
  tenureYears: number;
  reskillCost: number | null;
  transitionPayment: number;
  noticeMonths: number;
  noticePay: number;
  recruitingCost: number;
  onboardingCost: number;
  replaceCost: number;
  /** replaceCost − reskillCost (positive: reskilling is cheaper); null without a path. */
  saving: number | null;
  explain: Record<'reskillCost' | 'transitionPayment' | 'noticePay' | 'recruitingCost' | 'onboardingCost' | 'replaceCost', Explanation>;
}

interface BusinessCaseResult {
  lines: BusinessCaseLine[];
  totals: { reskillCost: number; replaceCost: number; saving: number; transitionPayment: number; noticePay: number; recruitingCost: number; onboardingCost: number; people: number; withPath: number };
  explain: Explanation;
}

/** Onboarding cost of a hire, euros: months × monthly salary × (1 − productivity) × on-cost. */
export function onboardingCost(hireAnnualSalary: number, months: number, productivity: number, onCost = 1): number {
  return months * (hireAnnualSalary / 12) * (1 - Math.min(1, Math.max(0, productivity))) * onCost;
}

/** One person's reskill-versus-replace comparison as of the given ISO date. */
export function businessCaseLine(item: BusinessCaseItem, p: ReplaceParams, asOf: string): BusinessCaseLine {
  const onCost = p.employerOnCost ?? 1;
  const years = tenureYears(item.startDate, asOf);
  const tp = transitionPayment(item.annualSalary, years, p.transitionPaymentCap);
  const nm = noticeMonths(years);
  const monthly = item.annualSalary / 12;
  const notice = nm * monthly * onCost;
  const agency = p.agencyRecruitingShare;
  const recruiting = agency != null ? agency * item.hireAnnualSalary : p.recruitingCost;
  const onboarding = onboardingCost(item.hireAnnualSalary, p.onboardingMonths, p.onboardingProductivity, onCost);
  const replace = tp.value + notice + recruiting + onboarding;
  const wage = p.annualHoursPerFte > 0 ? item.annualSalary / p.annualHoursPerFte : 0;
  const reskill = item.reskill ? item.reskill.moduleCost + item.reskill.hours * wage * onCost : null;
  const salaryIn = { name: 'input.annualSalary', value: item.annualSalary, unit: 'eur' };
  return {
    employeeId: item.employeeId,
    tenureYears: years,
    reskillCost: reskill,
    transitionPayment: tp.value,
    noticeMonths: nm,
    noticePay: notice,
    recruitingCost: recruiting,
    onboardingCost: onboarding,
    replaceCost: replace,
    saving: reskill === null ? null : replace - reskill,
    explain: {
      reskillCost: explain('reskill.cost', reskill, [
        { name: 'input.moduleCost', value: item.reskill?.moduleCost ?? null, unit: 'eur', isAssumption: true },
        { name: 'input.learningHours', value: item.reskill?.hours ?? null, unit: 'hours' },
        { name: 'input.hourlyWage', value: wage, unit: 'eur' },
        { name: 'input.employerOnCost', value: onCost, isAssumption: true },
      ]),
      transitionPayment: explain('reskill.transitionPayment', tp.value, [
        salaryIn,
        { name: 'input.tenureYears', value: years, unit: 'year' },
        { name: 'input.transitionPaymentCap', value: p.transitionPaymentCap, unit: 'eur' },
        { name: 'input.capApplied', value: tp.capApplied },
        { name: 'input.asOf', value: asOf },
      ]),
      noticePay: explain('reskill.noticePay', notice, [
        salaryIn,
        { name: 'input.noticeMonths', value: nm, unit: 'count' },
        { name: 'input.employerOnCost', value: onCost, isAssumption: true },
      ]),
      recruitingCost: explain('reskill.recruiting', recruiting, [
        agency != null
          ? { name: 'input.agencyRecruitingShare', value: agency, unit: 'share', isAssumption: true }
          : { name: 'input.recruitingCost', value: p.recruitingCost, unit: 'eur', isAssumption: true },
        { name: 'input.hireAnnualSalary', value: item.hireAnnualSalary, unit: 'eur' },
      ]),
      onboardingCost: explain('reskill.onboarding', onboarding, [
        { name: 'input.hireAnnualSalary', value: item.hireAnnualSalary, unit: 'eur' },
        { name: 'input.onboardingMonths', value: p.onboardingMonths, unit: 'count', isAssumption: true },
        { name: 'input.onboardingProductivity', value: p.onboardingProductivity, unit: 'share', isAssumption: true },
        { name: 'input.employerOnCost', value: onCost, isAssumption: true },
      ]),
      replaceCost: explain('reskill.replaceCost', replace, [
        { name: 'input.transitionPayment', value: tp.value, unit: 'eur' },
        { name: 'input.noticePay', value: notice, unit: 'eur' },
        { name: 'input.recruitingCost', value: recruiting, unit: 'eur' },
        { name: 'input.onboardingCost', value: onboarding, unit: 'eur' },
      ]),
    },
  };
}

/** Per person and in total; totals of reskilling and saving count only people with a path. */
export function businessCase(items: ReadonlyArray<BusinessCaseItem>, p: ReplaceParams, asOf: string): BusinessCaseResult {
  const lines = [...items].sort((a, b) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0)).map((i) => businessCaseLine(i, p, asOf));
  const t = { reskillCost: 0, replaceCost: 0, saving: 0, transitionPayment: 0, noticePay: 0, recruitingCost: 0, onboardingCost: 0, people: lines.length, withPath: 0 };
  for (const l of lines) {
    t.replaceCost += l.replaceCost;
    t.transitionPayment += l.transitionPayment;
    t.noticePay += l.noticePay;
    t.recruitingCost += l.recruitingCost;
    t.onboardingCost += l.onboardingCost;
    if (l.reskillCost !== null) {
      t.withPath++;
      t.reskillCost += l.reskillCost;
      t.saving += l.saving!;
    }
  }
  return {
    lines,
    totals: t,
    explain: explain('reskill.businessCase', t.saving, [
      { name: 'input.people', value: t.people, unit: 'count' },
      { name: 'input.withPath', value: t.withPath, unit: 'count' },
      { name: 'input.reskillCost', value: t.reskillCost, unit: 'eur' },
      { name: 'input.replaceCost', value: t.replaceCost, unit: 'eur' },
    ]),
  };
}
