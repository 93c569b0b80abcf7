/**
 * Attrition per role family and contract type (issue 12.4): which family a role belongs to (a rule on
 * the role's data, never on its name), the scenario's rate table, and the blended leaver rates of one
 * role given its contract mix. Defaults are cited (EVIDENCE J and §6) or labelled assumptions.
 */
import type { AttritionTable } from './scenario';
import type { Assumptions, ContractType, Role, TaskCategory } from './types';

export const ATTRITION_FAMILIES = ['customerContact', 'backOffice', 'leadership', 'professional'] as const;
export type AttritionFamily = (typeof ATTRITION_FAMILIES)[number];
export const CONTRACT_TYPES: readonly ContractType[] = ['permanent', 'temporary', 'outsourced'];

/**
 * Fallbacks for datasets built before these defaults were in the assumption table (an older database):
 * outsourced contact centres lose about 50% a year (EVIDENCE J: 40–100%); half of the fixed-term
 * contracts that end are renewed (assumption: no Dutch figure in the evidence).
 */
export const ATTRITION_FALLBACK = { outsourcedContactCentre: 0.5, fixedTermRenewal: 0.5 } as const;

/**
 * The role's family, from its data:
 * - leadership: an O*NET management occupation (SOC major group 11) or a role whose task mix spends
 *   a quarter or more on leading people (first-line supervisors, team leads);
 * - customerContact / backOffice: a customer-service role at job zone ≤ 2 that spends ≥ 40% of its time
 *   on customer inquiries and relationship work (the agents the contact-centre turnover figures
 *   describe) or less (clerks behind the desk);
 * - professional: every other role (marketing, content, sales, data, L&D; the AI-adjacent targets).
 * @param categoryShare the role's time share per task category (from its task mix)
 */
export function attritionFamily(role: Role, categoryShare: Readonly<Partial<Record<TaskCategory, number>>>): AttritionFamily {
  const soc = role.socCode ?? role.onetCode ?? role.code;
  if (soc.startsWith('11-') || (categoryShare.people_leadership ?? 0) >= 0.25) return 'leadership';
  if (role.domain === 'customer service' && role.jobZone <= 2) {
    const contact = (categoryShare.customer_inquiries ?? 0) + (categoryShare.relationship_sales ?? 0);
    return contact >= 0.4 ? 'customerContact' : 'backOffice';
  }
  return 'professional';
}

/**
 * The default rate table from the cited assumptions: contact-centre agents at the in-house figure
 * (EVIDENCE J, 30%) and the outsourced one (50%); every other family at the national average
 * (≈10%, EVIDENCE §6) whatever the contract — no family-specific Dutch figure exists (assumption).
 */
export function defaultAttritionTable(assumptions: Assumptions): AttritionTable {
  const d = assumptions.defaults;
  const cs = d.attritionCustomerService.value;
  const other = d.attritionOther.value;
  const outsourced = d.attritionOutsourced?.value ?? ATTRITION_FALLBACK.outsourcedContactCentre;
  const flat = (v: number) => ({ permanent: v, temporary: v, outsourced: v });
  return {
    rates: {
      customerContact: { permanent: cs, temporary: cs, outsourced },
      backOffice: flat(other),
      leadership: flat(other),
      professional: flat(other),
    },
    fixedTermRenewal: d.fixedTermRenewal?.value ?? ATTRITION_FALLBACK.fixedTermRenewal,
  };
}

/** A role's yearly leaver rates, as shares of last year's supply. */
export interface RoleLeaverRates {
  /** People who leave of their own accord (or the outsourcer's staff who do), any contract. */
  attrition: number;
  /** Fixed-term contracts that end and are not renewed, among those who did not leave anyway. */
  contractEndings: number;
}

/**
 * Blends the table over the role's contract mix, assuming hires keep that mix (like-for-like
 * replacement). A fixed-term contract is taken to run a year (assumption), so each year the fixed-term
 * staff who stay have their contract end, and (1 − renewal) of them leave.
 * @param fteByContract FTE per contract type; empty or zero → treated as all permanent
 */
export function leaverRates(table: AttritionTable, family: AttritionFamily, fteByContract: Readonly<Partial<Record<ContractType, number>>>): RoleLeaverRates {
  let total = 0;
  for (const c of CONTRACT_TYPES) total += Math.max(0, fteByContract[c] ?? 0);
  const rates = table.rates[family];
  if (!(total > 0)) return { attrition: rates.permanent, contractEndings: 0 };
  let attrition = 0;
  for (const c of CONTRACT_TYPES) attrition += (Math.max(0, fteByContract[c] ?? 0) / total) * rates[c];
  const temporaryShare = Math.max(0, fteByContract.temporary ?? 0) / total;
  const contractEndings = temporaryShare * (1 - rates.temporary) * (1 - table.fixedTermRenewal);
  return { attrition, contractEndings };
}
