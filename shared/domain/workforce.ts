/**
 * Workforce projection (PRODUCT.md model point 4): demand, supply, hires and surplus per role and
 * year; the redeployment candidates; the openings in AI-adjacent roles. Owns: the arithmetic on
 * role aggregates (never per employee) and the employee → role aggregation.
 */
import { explain } from './explain';
import type { Explanation } from './explain';
import type { CandidateRole, ModelExplainInput, Opening, RoleWorkforce } from './modelTypes';
import type { BackfillPolicy } from './scenario';
import type { Assumptions, Employee, Role, TaskCategory } from './types';

/**
 * Default predicate for the customer-service attrition lever: the role's domain names customer
 * service, a call centre or a contact centre (the dataset's domain keys are English).
 */
export function isCustomerServiceRole(role: Role): boolean {
  return /customer|call[\s_-]?cent|contact[\s_-]?cent/i.test(role.domain);
}

/**
 * Demand `D(y) = FTE × (1 − freedShare(y)) × (1 + growth)^(y − y0)`.
 * @param fte today's FTE (≥ 0)
 * @param freedShare fteFreed / FTE in year y, 0..1
 * @param growth annual growth rate (e.g. 0.006)
 * @param years y − y0 (≥ 0)
 * @returns demand in FTE
 */
export function demandFte(fte: number, freedShare: number, growth: number, years: number): number {
  return fte * (1 - freedShare) * Math.pow(1 + growth, years);
}

/**
 * Supply one year on. Leavers = prev × attrition. With 'replace_to_demand' leavers are replaced up
 * to demand — so supply lands between the post-attrition level and last year's level, as close to
 * demand as that allows; replacement never grows a role (growth beyond last year shows as
 * hiresNeeded). With 'none' nobody is replaced.
 * @param prev supply last year (FTE)
 * @param attrition annual leaver rate 0..1
 * @param demand this year's demand (FTE)
 * @returns this year's supply (FTE)
 */
export function nextSupply(prev: number, attrition: number, demand: number, backfill: BackfillPolicy): number {
  const stay = prev * (1 - attrition);
  if (backfill === 'none') return stay;
  return Math.min(prev, Math.max(stay, demand));
}

/**
 * Demand index at the horizon, per unit of today's demand: (1 − fteFreedShare_h) × (1 + growth)^h.
 * Works for roles without staff because it only needs the role's task mix (PRODUCT.md point 6).
 */
export function demandIndex(fteFreedShareAtHorizon: number, growth: number, horizon: number): number {
  return (1 - fteFreedShareAtHorizon) * Math.pow(1 + growth, horizon);
}

/**
 * Demand and supply of one role over the years y0..y0+h.
 * @param freedShares fteFreed / FTE per year index (0 = start year)
 * @returns arrays indexed like freedShares; supply at y0 is today's FTE
 */
export function projectRole(
  fte: number,
  freedShares: ArrayLike<number>,
  growth: number,
  attrition: number,
  backfill: BackfillPolicy,
): { demand: Float64Array; supply: Float64Array } {
  const n = freedShares.length;
  const demand = new Float64Array(n);
  const supply = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Math.pow rather than a running product: the explanation recomputes the same expression exactly.
    demand[i] = demandFte(fte, freedShares[i], growth, i);
    supply[i] = i === 0 ? fte : nextSupply(supply[i - 1], attrition, demand[i], backfill);
  }
  return { demand, supply };
}

/**
 * Redeployment candidates (PRODUCT.md point 4). Rule: a staffed role whose demand index at the
 * horizon is below 1 (demand falls over the horizon) is a candidate role; when `candidateRoles`
 * is non-empty only those roles qualify. Every person in a candidate role is a candidate
 * (`candidatePeople` = headcount), because with high attrition a shrinking role has no arithmetic
 * surplus yet its people are the natural source for growing roles; `peopleToMove` =
 * headcount × (1 − index) says how many of them the falling demand alone would need to move.
 * @returns candidate roles ordered by code
 */
export function selectCandidates(
  roles: readonly { code: string; headcount: number; fte: number; demandIndexAtHorizon: number }[],
  candidateRoles: readonly string[],
  horizon: number,
): CandidateRole[] {
  const narrow = candidateRoles.length > 0 ? new Set(candidateRoles) : null;
  const out: CandidateRole[] = [];
  for (const r of roles) {
    if (r.headcount <= 0 || !(r.demandIndexAtHorizon < 1)) continue;
    if (narrow && !narrow.has(r.code)) continue;
    const peopleToMove = r.headcount * (1 - r.demandIndexAtHorizon);
    const inputs: ModelExplainInput[] = [
      { name: 'input.headcount', value: r.headcount, unit: 'count', roleCode: r.code },
      { name: 'input.demandIndex', value: r.demandIndexAtHorizon, unit: 'rate', roleCode: r.code },
      { name: 'input.horizon', value: horizon, unit: 'year' },
      { name: 'input.candidateRolesNarrowed', value: narrow !== null },
    ];
    out.push({
      code: r.code,
      headcount: r.headcount,
      fte: r.fte,
      demandIndexAtHorizon: r.demandIndexAtHorizon,
      candidatePeople: r.headcount,
      peopleToMove,
      explanation: explain('workforce.candidates', peopleToMove, inputs),
    });
  }
  return out.sort((a, b) => cmp(a.code, b.code));
}

/**
 * Openings in AI-adjacent roles at the horizon: Σ over the role's drivers of perFreedFte × FTE
 * freed (after reinvestment) in tasks of the driver's category across the staffed roles, plus
 * the planner's extra openings, rounded down to whole positions.
 * @param freedFteByCategory FTE freed at the horizon per category
 * @param driverSourceIds cited for the driver ratios (labelled assumptions)
 * @returns one entry per role with a driver or a planner entry, ordered by role code
 */
export function computeOpenings(
  drivers: Assumptions['openingDrivers'],
  freedFteByCategory: Readonly<Record<TaskCategory, number>>,
  extraOpenings: readonly { roleCode: string; count: number }[],
  driverSourceIds: readonly string[] = [],
): Opening[] {
  const codes = new Set<string>();
  for (const d of drivers) codes.add(d.roleCode);
  for (const e of extraOpenings) codes.add(e.roleCode);
  const out: Opening[] = [];
  for (const code of [...codes].sort(cmp)) {
    let fromDrivers = 0;
    const inputs: ModelExplainInput[] = [];
    for (const d of drivers) {
      if (d.roleCode !== code) continue;
      const freed = freedFteByCategory[d.category] ?? 0;
      fromDrivers += d.perFreedFte * freed;
      inputs.push({
        name: 'input.openingsPerFreedFte',
        value: d.perFreedFte,
        unit: 'rate',
        category: d.category,
        sourceIds: [...driverSourceIds],
        isAssumption: true,
      });
      inputs.push({ name: 'input.fteFreedInCategory', value: freed, unit: 'fte', category: d.category });
    }
    let fromPlanner = 0;
    for (const e of extraOpenings) if (e.roleCode === code) fromPlanner += e.count;
    inputs.push({ name: 'input.extraOpenings', value: fromPlanner, unit: 'count' });
    // A tiny epsilon keeps 2.9999999999 (float noise from a sum) from dropping a whole position.
    const count = Math.max(0, Math.floor(fromDrivers + fromPlanner + 1e-9));
    const explanation: Explanation = explain('workforce.openings', count, inputs);
    out.push({ roleCode: code, count, fromDrivers, fromPlanner, explanation });
  }
  return out;
}

/**
 * Aggregates employees into per-role figures, the only input the model takes about people.
 * A person without a salary counts at the role's default salary.
 * @returns one entry per role code that has people, ordered by code
 */
export function aggregateWorkforce(employees: readonly Employee[], roles: readonly Role[]): RoleWorkforce[] {
  const defaultSalary = new Map<string, number>();
  for (const r of roles) defaultSalary.set(r.code, r.salary.value);
  const agg = new Map<string, RoleWorkforce>();
  for (const e of employees) {
    let w = agg.get(e.roleCode);
    if (!w) {
      w = { roleCode: e.roleCode, headcount: 0, fte: 0, salaryTotal: 0 };
      agg.set(e.roleCode, w);
    }
    w.headcount += 1;
    w.fte += e.fte;
    w.salaryTotal += e.salary ?? defaultSalary.get(e.roleCode) ?? 0;
  }
  return [...agg.values()].sort((a, b) => cmp(a.roleCode, b.roleCode));
}

/** Code-point order (not locale order): deterministic on every machine. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
