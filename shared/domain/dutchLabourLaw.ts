/**
 * The Dutch legal cost of ending an employment (EVIDENCE C): transition payment (art. 7:673 BW) and
 * notice (art. 7:672 BW), by contract type and part-time factor. Pure: the date is a parameter.
 *
 * Contract types: a permanent contract ends by notice (notice pay + transition payment). A fixed-term
 * ("temporary") contract ends by law on its end date (art. 7:667 BW), so there is no notice to pay; the
 * transition payment is still due when the employer does not renew it (art. 7:673 lid 1). Outsourced
 * staff are employed by the outsourcer: the employer owes them neither, and cannot dismiss or reskill
 * them, so callers leave them out (`legalExitCost` returns null).
 */
import type { ContractType } from './types';

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
 * Transition payment, euros: 1/3 of the monthly pay (annual / 12, incl. holiday allowance) per
 * year of service, pro rata, capped at max(cap, annual pay) (art. 7:673 BW). `annualPay` is what the
 * person is actually paid (a part-timer's pay, not the full-time salary).
 */
export function transitionPayment(annualPay: number, years: number, cap: number): { value: number; uncapped: number; capApplied: boolean } {
  const monthly = annualPay / 12;
  const uncapped = (monthly / 3) * Math.max(0, years);
  const limit = Math.max(cap, annualPay);
  return { value: Math.min(uncapped, limit), uncapped, capApplied: uncapped > limit };
}

/** Employer notice in months by years of service (art. 7:672 BW): <5 → 1, 5–10 → 2, 10–15 → 3, ≥15 → 4. */
export function noticeMonths(years: number): 1 | 2 | 3 | 4 {
  if (years < 5) return 1;
  if (years < 10) return 2;
  if (years < 15) return 3;
  return 4;
}

interface ExitPerson {
  contractType: ContractType;
  /** Full-time gross annual salary, euros incl. holiday allowance. */
  fullTimeSalary: number;
  /** Part-time factor, 0..1 (more is treated as 1.5 at most, data permitting overtime contracts). */
  fte: number;
  /** ISO date. */
  startDate: string;
}

interface ExitCost {
  /** Actual annual pay = full-time salary × FTE. */
  annualPay: number;
  tenureYears: number;
  transitionPayment: number;
  capApplied: boolean;
  /** 0 for a fixed-term contract (it ends by law; no notice). */
  noticeMonths: number;
  /** Pay during notice × employer on-cost. */
  noticePay: number;
  total: number;
}

/**
 * What ending this person's contract costs the employer as of `asOf`; null for outsourced staff (not
 * the employer's employees). Notice pay carries the employer on-cost (it is salary); the transition
 * payment does not (it is a one-off payment without employer contributions).
 */
export function legalExitCost(person: ExitPerson, asOf: string, cap: number, employerOnCost = 1): ExitCost | null {
  if (person.contractType === 'outsourced') return null;
  const fte = Math.min(1.5, Math.max(0, Number.isFinite(person.fte) ? person.fte : 0));
  const annualPay = person.fullTimeSalary * fte;
  const years = tenureYears(person.startDate, asOf);
  const tp = transitionPayment(annualPay, years, cap);
  const months = person.contractType === 'temporary' ? 0 : noticeMonths(years);
  const noticePay = months * (annualPay / 12) * employerOnCost;
  return { annualPay, tenureYears: years, transitionPayment: tp.value, capApplied: tp.capApplied, noticeMonths: months, noticePay, total: tp.value + noticePay };
}
