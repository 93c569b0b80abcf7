/**
 * Business case per decision (model point 9): for every person assigned to an opening, the cost of
 * reskilling them into it against replace-and-hire, under Dutch law (dutchLabourLaw.ts). Pure: the date
 * and every amount are parameters.
 *
 * Who is counted: only the decisions — people assigned to an opening. Per decision:
 * - reskill = module costs + learning hours (at wage × on-cost, or 0 when they come out of AI-freed
 *   time: the scenario's learning-time setting) + backfill of the job they leave when that job still
 *   has demand (they are not in their role's redeployment pool);
 * - replace-and-hire = hiring someone for the opening (recruiting, or the agency fee where that is the
 *   assumption, + onboarding) + ending the person's contract (transition payment, notice by contract
 *   type and part-time pay) when their job falls away (they are in the pool); when it does not, they
 *   simply stay in it.
 * Saving = replace-and-hire − reskill. Openings nobody inside can fill are hired under both options, and
 * pool members without an opening leave (or are absorbed by attrition) under both: they are counted and
 * shown but change neither side. Outsourced staff are not the employer's to reskill or dismiss: left out
 * and counted.
 */
import { legalExitCost, tenureYears } from './dutchLabourLaw';
import { explain, type Explanation } from './explain';
import type { ContractType } from './types';


/** Whether learning hours cost wage (the default) or come out of time AI freed (no extra wage). */
type LearningTimeCost = 'paid' | 'freed';

/**
 * The default, and why: time spent learning is time not spent working, so its cost is the wage (the
 * opportunity cost of training time, the standard human-capital accounting); and the hours AI frees are
 * not idle in practice — realised savings are small and absorbed by other work (Humlum & Vestergaard,
 * EVIDENCE §2: no effect on hours), and most employers give no paid learning time (EVIDENCE §5), so
 * assuming the learning is free would flatter reskilling.
 */
export const DEFAULT_LEARNING_TIME: LearningTimeCost = 'paid';
/** Dataset source ids behind that default (Humlum & Vestergaard; the workplace learning time survey). */
const LEARNING_TIME_SOURCE_IDS = ['humlum-vestergaard-2025', 'workplace-learning-time-survey'];

/** A role someone may be hired into, with what hiring into it costs. */
export interface HireRole {
  code: string;
  /** Full-time gross annual salary of a hire, euros incl. holiday allowance. */
  annualSalary: number;
  /** Hired through an agency (EVIDENCE D: data and marketing-automation hires): fee = share × salary. */
  agency: boolean;
  /** Months to full productivity (EVIDENCE E: 3 for contact-centre agents, 6 for professionals). */
  onboardingMonths: number;
}

export interface BusinessCaseParams {
  /** Statutory cap, euros (2025: 98,000). */
  transitionPaymentCap: number;
  /** In-house recruiting cost per hire, euros (EVIDENCE D: 4,500). */
  recruitingCost: number;
  /** Agency fee as a share of the hire's annual salary (EVIDENCE D: 0.25). */
  agencyRecruitingShare: number;
  /** Average productivity during ramp-up, 0..1 (default 0.5). */
  onboardingProductivity: number;
  /** Employer on-cost multiplier on wage-based costs (EVIDENCE G: 1.30). */
  employerOnCost: number;
  /** Paid hours a year of one FTE (1,872), for the hourly wage of learning hours. */
  annualHoursPerFte: number;
  learningTime: LearningTimeCost;
  /** Dataset source ids per assumption, carried into the explanations. */
  sourceIds?: Partial<Record<'transitionPaymentCap' | 'recruitingCost' | 'agencyRecruitingShare' | 'onboarding' | 'employerOnCost' | 'annualHoursPerFte', string[]>>;
}

/** One person assigned to an opening. */
export interface CaseDecision {
  employeeId: string;
  contractType: ContractType;
  /** Part-time factor of the person (and so of the position that is filled or backfilled). */
  fte: number;
  /** The person's full-time gross annual salary, euros. */
  fullTimeSalary: number;
  /** ISO date. */
  startDate: string;
  from: HireRole;
  to: HireRole;
  /** Modules of the path into `to`. */
  reskill: { moduleCost: number; hours: number };
  /** True when the person's position falls away (their role's redeployment pool): no backfill, and replace-and-hire ends the contract. */
  inPool: boolean;
}

interface BusinessCaseInput {
  /** ISO date the tenure is counted to. */
  asOf: string;
  params: BusinessCaseParams;
  decisions: ReadonlyArray<CaseDecision>;
  /** Every opening of the scenario (whole positions). */
  openings: ReadonlyArray<{ role: HireRole; count: number }>;
  /** People in the redeployment pool (their position falls away) whom no opening took. */
  poolNotPlaced: number;
  /** Outsourced people in the candidate roles, left out before the assignment. */
  outsourcedLeftOut: number;
}

interface HireCost {
  recruiting: number;
  onboarding: number;
  total: number;
}

interface BusinessCaseLine {
  employeeId: string;
  contractType: ContractType;
  fte: number;
  fromRole: string;
  toRole: string;
  inPool: boolean;
  tenureYears: number;
  moduleCost: number;
  learningHours: number;
  learningCost: number;
  /** Hiring someone into the job the person leaves; 0 when the job falls away. */
  backfill: number;
  /** Reskill option total. */
  reskillCost: number;
  /** Hiring for the opening. */
  hire: number;
  recruitingCost: number;
  onboardingCost: number;
  /** 0 when the person is not in the pool (they stay in their job). */
  transitionPayment: number;
  noticeMonths: number;
  noticePay: number;
  /** Replace-and-hire option total. */
  replaceCost: number;
  /** replaceCost − reskillCost (positive: reskilling is cheaper). */
  saving: number;
  explain: Record<'reskillCost' | 'replaceCost' | 'learningCost' | 'backfill' | 'hire' | 'transitionPayment' | 'noticePay', Explanation>;
}

interface BusinessCaseCounted {
  /** People assigned to an opening (the decisions compared). */
  decisions: number;
  /** Of those, people whose position falls away (from the pool). */
  fromPool: number;
  /** Of those, people whose old job still has demand (backfilled). */
  backfilled: number;
  /** Pool members whom no opening took: same cost under both options. */
  poolNotPlaced: number;
  openings: number;
  openingsFilled: number;
  /** Openings hired externally under both options. */
  openingsLeft: number;
  /** Outsourced people left out (not the employer's to reskill or dismiss). */
  excludedOutsourced: number;
}

interface BusinessCaseTotals {
  reskillCost: number;
  replaceCost: number;
  saving: number;
  moduleCost: number;
  learningCost: number;
  backfill: number;
  hire: number;
  transitionPayment: number;
  noticePay: number;
  /** Decisions where reskilling is cheaper. */
  cheaperToReskill: number;
  /** Hiring for the openings left, the same under both options (not in the saving). */
  openingsLeftHireCost: number;
}

interface BusinessCaseResult {
  counted: BusinessCaseCounted;
  learningTime: LearningTimeCost;
  lines: BusinessCaseLine[];
  totals: BusinessCaseTotals;
  /** How the headline (the saving) was made. */
  explain: Explanation;
}

const clampShare = (x: number) => Math.min(1, Math.max(0, x));
const fteOf = (x: number) => Math.min(1.5, Math.max(0, Number.isFinite(x) ? x : 0));

/** Hiring one person (at `fte`) into a role: recruiting (or agency fee) + lost output while onboarding. */
export function hireCost(role: HireRole, fte: number, p: BusinessCaseParams): HireCost {
  const f = fteOf(fte);
  const recruiting = role.agency ? p.agencyRecruitingShare * role.annualSalary * f : p.recruitingCost;
  const onboarding = role.onboardingMonths * ((role.annualSalary * f) / 12) * (1 - clampShare(p.onboardingProductivity)) * p.employerOnCost;
  return { recruiting, onboarding, total: recruiting + onboarding };
}

function hireExplain(formula: string, value: number, role: HireRole, fte: number, h: HireCost, p: BusinessCaseParams): Explanation {
  const s = p.sourceIds ?? {};
  return explain(formula, value, [
    { name: 'input.hireAnnualSalary', value: role.annualSalary, unit: 'eur' },
    { name: 'input.personFte', value: fteOf(fte), unit: 'fte' },
    role.agency
      ? { name: 'input.agencyRecruitingShare', value: p.agencyRecruitingShare, unit: 'share', isAssumption: true, sourceIds: s.agencyRecruitingShare }
      : { name: 'input.recruitingCost', value: p.recruitingCost, unit: 'eur', isAssumption: true, sourceIds: s.recruitingCost },
    { name: 'input.recruiting', value: h.recruiting, unit: 'eur' },
    { name: 'input.onboardingMonths', value: role.onboardingMonths, unit: 'count', isAssumption: true, sourceIds: s.onboarding },
    { name: 'input.onboardingProductivity', value: p.onboardingProductivity, unit: 'share', isAssumption: true, sourceIds: s.onboarding },
    { name: 'input.employerOnCost', value: p.employerOnCost, isAssumption: true, sourceIds: s.employerOnCost },
  ]);
}

/** One decision: reskill this person into the opening, or hire for it (and end their contract if their job falls away). */
export function businessCaseLine(d: CaseDecision, p: BusinessCaseParams, asOf: string): BusinessCaseLine {
  const s = p.sourceIds ?? {};
  const fte = fteOf(d.fte);
  const exit = legalExitCost({ contractType: d.contractType, fullTimeSalary: d.fullTimeSalary, fte, startDate: d.startDate }, asOf, p.transitionPaymentCap, p.employerOnCost);
  const years = tenureYears(d.startDate, asOf);
  const wage = p.annualHoursPerFte > 0 ? d.fullTimeSalary / p.annualHoursPerFte : 0;
  const learningCost = p.learningTime === 'paid' ? d.reskill.hours * wage * p.employerOnCost : 0;
  const back = d.inPool ? { recruiting: 0, onboarding: 0, total: 0 } : hireCost(d.from, fte, p);
  const reskill = d.reskill.moduleCost + learningCost + back.total;
  const hire = hireCost(d.to, fte, p);
  const tp = d.inPool && exit ? exit.transitionPayment : 0;
  const nm = d.inPool && exit ? exit.noticeMonths : 0;
  const notice = d.inPool && exit ? exit.noticePay : 0;
  const replace = hire.total + tp + notice;
  const payIn = { name: 'input.annualPay', value: d.fullTimeSalary * fte, unit: 'eur' };
  const contractIn = { name: 'input.contractType', value: d.contractType };
  const poolIn = { name: 'input.inPool', value: d.inPool };
  return {
    employeeId: d.employeeId,
    contractType: d.contractType,
    fte,
    fromRole: d.from.code,
    toRole: d.to.code,
    inPool: d.inPool,
    tenureYears: years,
    moduleCost: d.reskill.moduleCost,
    learningHours: d.reskill.hours,
    learningCost,
    backfill: back.total,
    reskillCost: reskill,
    hire: hire.total,
    recruitingCost: hire.recruiting,
    onboardingCost: hire.onboarding,
    transitionPayment: tp,
    noticeMonths: nm,
    noticePay: notice,
    replaceCost: replace,
    saving: replace - reskill,
    explain: {
      learningCost: explain('reskill.learningCost', learningCost, [
        { name: 'input.learningHours', value: d.reskill.hours, unit: 'hours' },
        { name: 'input.hourlyWage', value: wage, unit: 'eur', sourceIds: s.annualHoursPerFte },
        { name: 'input.employerOnCost', value: p.employerOnCost, isAssumption: true, sourceIds: s.employerOnCost },
        { name: 'input.learningTime', value: p.learningTime, isAssumption: true, sourceIds: LEARNING_TIME_SOURCE_IDS },
      ]),
      backfill: d.inPool ? explain('reskill.backfill', 0, [poolIn]) : hireExplain('reskill.backfill', back.total, d.from, fte, back, p),
      reskillCost: explain('reskill.cost', reskill, [
        { name: 'input.moduleCost', value: d.reskill.moduleCost, unit: 'eur' },
        { name: 'input.learningCost', value: learningCost, unit: 'eur' },
        { name: 'input.backfillCost', value: back.total, unit: 'eur' },
        poolIn,
      ]),
      hire: hireExplain('reskill.hire', hire.total, d.to, fte, hire, p),
      transitionPayment: explain('reskill.transitionPayment', tp, [
        payIn,
        contractIn,
        poolIn,
        { name: 'input.tenureYears', value: years, unit: 'year' },
        { name: 'input.transitionPaymentCap', value: p.transitionPaymentCap, unit: 'eur', sourceIds: s.transitionPaymentCap },
        { name: 'input.capApplied', value: exit?.capApplied ?? false },
        { name: 'input.asOf', value: asOf },
      ]),
      noticePay: explain('reskill.noticePay', notice, [
        payIn,
        contractIn,
        poolIn,
        { name: 'input.noticeMonths', value: nm, unit: 'count' },
        { name: 'input.employerOnCost', value: p.employerOnCost, isAssumption: true, sourceIds: s.employerOnCost },
      ]),
      replaceCost: explain('reskill.replaceCost', replace, [
        { name: 'input.hire', value: hire.total, unit: 'eur' },
        { name: 'input.transitionPayment', value: tp, unit: 'eur' },
        { name: 'input.noticePay', value: notice, unit: 'eur' },
        poolIn,
      ]),
    },
  };
}

const byId = (a: { employeeId: string }, b: { employeeId: string }) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0);

/** The business case of a scenario's decisions: per decision and in total, with who is counted. */
export function businessCase(input: BusinessCaseInput): BusinessCaseResult {
  const p = input.params;
  const kept = [...input.decisions].filter((d) => d.contractType !== 'outsourced').sort(byId);
  const outsourcedDecisions = input.decisions.length - kept.length;
  const lines = kept.map((d) => businessCaseLine(d, p, input.asOf));
  const t: BusinessCaseTotals = { reskillCost: 0, replaceCost: 0, saving: 0, moduleCost: 0, learningCost: 0, backfill: 0, hire: 0, transitionPayment: 0, noticePay: 0, cheaperToReskill: 0, openingsLeftHireCost: 0 };
  for (const l of lines) {
    t.reskillCost += l.reskillCost;
    t.replaceCost += l.replaceCost;
    t.moduleCost += l.moduleCost;
    t.learningCost += l.learningCost;
    t.backfill += l.backfill;
    t.hire += l.hire;
    t.transitionPayment += l.transitionPayment;
    t.noticePay += l.noticePay;
    if (l.saving > 0) t.cheaperToReskill++;
  }
  t.saving = t.replaceCost - t.reskillCost;
  // Openings: capacity per role, minus the decisions that filled them; the rest is hired either way.
  const filledBy = new Map<string, number>();
  for (const l of lines) filledBy.set(l.toRole, (filledBy.get(l.toRole) ?? 0) + 1);
  let openings = 0;
  let left = 0;
  for (const o of input.openings) {
    const count = Math.max(0, Math.floor(o.count));
    openings += count;
    const taken = Math.min(count, filledBy.get(o.role.code) ?? 0);
    filledBy.set(o.role.code, (filledBy.get(o.role.code) ?? 0) - taken);
    left += count - taken;
    t.openingsLeftHireCost += (count - taken) * hireCost(o.role, 1, p).total;
  }
  const counted: BusinessCaseCounted = {
    decisions: lines.length,
    fromPool: lines.filter((l) => l.inPool).length,
    backfilled: lines.filter((l) => !l.inPool).length,
    poolNotPlaced: Math.max(0, Math.round(input.poolNotPlaced)),
    openings,
    openingsFilled: openings - left,
    openingsLeft: left,
    excludedOutsourced: Math.max(0, input.outsourcedLeftOut) + outsourcedDecisions,
  };
  return {
    counted,
    learningTime: p.learningTime,
    lines,
    totals: t,
    explain: explain('reskill.businessCase', t.saving, [
      { name: 'input.decisions', value: counted.decisions, unit: 'count' },
      { name: 'input.fromPool', value: counted.fromPool, unit: 'count' },
      { name: 'input.backfilled', value: counted.backfilled, unit: 'count' },
      { name: 'input.replaceCost', value: t.replaceCost, unit: 'eur' },
      { name: 'input.hire', value: t.hire, unit: 'eur' },
      { name: 'input.transitionPayment', value: t.transitionPayment, unit: 'eur', sourceIds: p.sourceIds?.transitionPaymentCap },
      { name: 'input.noticePay', value: t.noticePay, unit: 'eur' },
      { name: 'input.reskillCost', value: t.reskillCost, unit: 'eur' },
      { name: 'input.moduleCost', value: t.moduleCost, unit: 'eur' },
      { name: 'input.learningCost', value: t.learningCost, unit: 'eur' },
      { name: 'input.backfillCost', value: t.backfill, unit: 'eur' },
      { name: 'input.learningTime', value: p.learningTime, isAssumption: true, sourceIds: LEARNING_TIME_SOURCE_IDS },
      { name: 'input.openingsLeft', value: counted.openingsLeft, unit: 'count' },
      { name: 'input.poolNotPlaced', value: counted.poolNotPlaced, unit: 'count' },
      { name: 'input.excludedOutsourced', value: counted.excludedOutsourced, unit: 'count' },
    ]),
  };
}
