/**
 * Workforce projection (model point 4): demand, supply, hires and surplus per role and
 * year; the redeployment candidates; the openings in AI-adjacent roles. Owns: the arithmetic on
 * role aggregates (never per employee) and the employee → role aggregation.
 */
import { explain } from './explain';
import type { Explanation } from './explain';
import type { CandidateRole, ModelExplainInput, Opening, RoleWorkforce } from './modelTypes';
import type { BackfillPolicy } from './scenario';
import type { RoleLeaverRates } from './attrition';
import type { Assumptions, Employee, Role, TaskCategory } from './types';

/**
 * Demand rebased to the start year: `D(y) = FTE × (1 − f(y)) / (1 − f(y0)) × (1 + growth)^(y − y0)`.
 * Today's staff already work with today's adoption, so the start year's demand is today's FTE and
 * only the adoption still to come lowers it (issue 12.3: no phantom surplus on day one).
 * @param fte today's FTE (≥ 0)
 * @param freedShare fteFreed / FTE in year y, 0..1
 * @param startFreedShare the same in the start year, 0..1
 * @param growth annual growth rate (e.g. 0.006)
 * @param years y − y0 (≥ 0)
 * @returns demand in FTE
 */
export function demandFte(fte: number, freedShare: number, startFreedShare: number, growth: number, years: number): number {
  return fte * remainingRatio(freedShare, startFreedShare) * Math.pow(1 + growth, years);
}

/** (1 − f) / (1 − f0): the work left per unit of the start year's; 1 when nothing was left to start with. */
function remainingRatio(freedShare: number, startFreedShare: number): number {
  const start = 1 - startFreedShare;
  return start > 1e-12 ? Math.max(0, 1 - freedShare) / start : 1;
}

/** One role-year's flows: everything that moves supply from last year's level to this year's. */
interface YearFlows {
  /** Leavers of their own accord (attrition), FTE. */
  attritionLeavers: number;
  /** Fixed-term contracts that ended and were not renewed, FTE. */
  contractEndings: number;
  /** FTE hired this year: replacements and growth, up to demand (0 with backfill 'none'). */
  hires: number;
  /** Supply at the end of the year: prev − leavers + hires. */
  supply: number;
}

/**
 * Supply one year on. Leavers = prev × (attrition + contract endings). With 'replace_to_demand' the
 * organisation hires up to demand — replacing leavers and filling growth, never hiring into a surplus;
 * with 'none' nobody is hired.
 * @param prev supply last year (FTE)
 * @param rates yearly leaver rates (attrition.ts `leaverRates`)
 * @param demand this year's demand (FTE)
 */
export function nextYear(prev: number, rates: RoleLeaverRates, demand: number, backfill: BackfillPolicy): YearFlows {
  const attritionLeavers = prev * rates.attrition;
  const contractEndings = prev * rates.contractEndings;
  const stay = prev - attritionLeavers - contractEndings;
  const hires = backfill === 'none' ? 0 : Math.max(0, demand - stay);
  return { attritionLeavers, contractEndings, hires, supply: stay + hires };
}

/**
 * Demand index at the horizon, per unit of the start year's demand:
 * (1 − f_h) / (1 − f_0) × (1 + growth)^h. Works for roles without staff because it only needs the
 * role's task mix (model point 6).
 */
export function demandIndex(fteFreedShareAtHorizon: number, fteFreedShareAtStart: number, growth: number, horizon: number): number {
  return remainingRatio(fteFreedShareAtHorizon, fteFreedShareAtStart) * Math.pow(1 + growth, horizon);
}

/** A role's projection, arrays indexed by year (0 = start year, whose flows are 0: it is today). */
export interface RoleProjection {
  demand: Float64Array;
  supply: Float64Array;
  hires: Float64Array;
  attritionLeavers: Float64Array;
  contractEndings: Float64Array;
}

/**
 * Demand, supply and the flows between them for one role over the years y0..y0+h.
 * @param freedShares fteFreed / FTE per year index (0 = start year)
 * @returns supply at y0 is today's FTE; supply[i] = supply[i−1] − leavers[i] + hires[i]
 */
export function projectRole(
  fte: number,
  freedShares: ArrayLike<number>,
  growth: number,
  rates: RoleLeaverRates,
  backfill: BackfillPolicy,
): RoleProjection {
  const n = freedShares.length;
  const p: RoleProjection = {
    demand: new Float64Array(n),
    supply: new Float64Array(n),
    hires: new Float64Array(n),
    attritionLeavers: new Float64Array(n),
    contractEndings: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    // Math.pow rather than a running product: the explanation recomputes the same expression exactly.
    p.demand[i] = demandFte(fte, freedShares[i], freedShares[0], growth, i);
    if (i === 0) {
      p.supply[0] = fte;
      continue;
    }
    const f = nextYear(p.supply[i - 1], rates, p.demand[i], backfill);
    p.supply[i] = f.supply;
    p.hires[i] = f.hires;
    p.attritionLeavers[i] = f.attritionLeavers;
    p.contractEndings[i] = f.contractEndings;
  }
  return p;
}

/**
 * Redeployment candidates (model point 4). Rule: a staffed role whose demand index at the
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
      w = { roleCode: e.roleCode, headcount: 0, fte: 0, salaryTotal: 0, fteByContract: {} };
      agg.set(e.roleCode, w);
    }
    w.headcount += 1;
    w.fte += e.fte;
    const byContract = (w.fteByContract ??= {});
    byContract[e.contractType] = (byContract[e.contractType] ?? 0) + e.fte;
    w.salaryTotal += e.salary ?? defaultSalary.get(e.roleCode) ?? 0;
  }
  return [...agg.values()].sort((a, b) => cmp(a.roleCode, b.roleCode));
}

/** Code-point order (not locale order): deterministic on every machine. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
