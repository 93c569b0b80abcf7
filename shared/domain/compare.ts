/**
 * Side-by-side comparison of two or more scenario results: per role and in total, per year, each
 * value with its difference from the first scenario (the reference). Owns: aligning results by
 * role code and year; the results themselves come from `runScenario`.
 */
import type { RiskClass, RoleYear, ScenarioResult, TotalsYear } from './modelTypes';
import { cmp } from './workforce';

const ROLE_METRICS = [
  'automatedShare',
  'augmentedShare',
  'hoursFreed',
  'fteFreed',
  'demandFte',
  'supplyFte',
  'surplusFte',
  'shortfallFte',
  'hires',
  'leavers',
] as const;
type RoleMetric = (typeof ROLE_METRICS)[number];

export const TOTAL_METRICS = ['hoursFreed', 'fteFreed', 'demandFte', 'supplyFte', 'surplusFte', 'shortfallFte', 'hires', 'leavers'] as const;
export type TotalMetric = (typeof TOTAL_METRICS)[number];

/** One figure across the scenarios: `values[k]` of scenario k (null where it has no such role or year), `diffs[k]` = values[k] − values[0]. */
interface ComparedValue {
  values: (number | null)[];
  /** Difference from the first scenario; null when either side is missing; diffs[0] is 0 or null. */
  diffs: (number | null)[];
}

export interface ScenarioComparison {
  scenarios: string[];
  /** Union of the results' years, ascending (scenarios may start or end in different years). */
  years: number[];
  totals: { year: number; metrics: Record<TotalMetric, ComparedValue> }[];
  /** Union of the staffed roles, ordered by code. */
  roles: {
    code: string;
    byYear: { year: number; metrics: Record<RoleMetric, ComparedValue>; riskClass: (RiskClass | null)[] }[];
    demandIndexAtHorizon: ComparedValue;
  }[];
  rolesAtRisk: Record<RiskClass, ComparedValue>;
  candidatePeople: ComparedValue;
  /** Openings per target role (whole positions). */
  openings: { roleCode: string; count: ComparedValue }[];
}

function compared(values: (number | null)[]): ComparedValue {
  const ref = values[0];
  return { values, diffs: values.map((v) => (v === null || ref === null ? null : v - ref)) };
}

/**
 * Compares scenario results side by side, the first being the reference for the differences.
 * @param results one or more results of `runScenario` (the UI compares two or more)
 * @throws RangeError when `results` is empty
 */
export function compareScenarios(results: readonly ScenarioResult[]): ScenarioComparison {
  if (results.length === 0) throw new RangeError('compareScenarios needs at least one result');
  const years = [...new Set(results.flatMap((r) => r.years))].sort((a, b) => a - b);

  const totalsByYear = results.map((r) => new Map<number, TotalsYear>(r.totals.byYear.map((t) => [t.year, t])));
  const totals = years.map((year) => {
    const metrics = {} as Record<TotalMetric, ComparedValue>;
    for (const m of TOTAL_METRICS) metrics[m] = compared(totalsByYear.map((t) => t.get(year)?.[m] ?? null));
    return { year, metrics };
  });

  const roleMaps = results.map((r) => new Map(r.roles.map((role) => [role.code, role] as const)));
  const codes = [...new Set(results.flatMap((r) => r.roles.map((role) => role.code)))].sort(cmp);
  const roles = codes.map((code) => {
    const perScenario = roleMaps.map((m) => m.get(code));
    const yearMaps = perScenario.map((role) => new Map<number, RoleYear>((role?.byYear ?? []).map((y) => [y.year, y])));
    return {
      code,
      byYear: years.map((year) => {
        const metrics = {} as Record<RoleMetric, ComparedValue>;
        for (const m of ROLE_METRICS) metrics[m] = compared(yearMaps.map((ym) => ym.get(year)?.[m] ?? null));
        return { year, metrics, riskClass: yearMaps.map((ym) => ym.get(year)?.riskClass ?? null) };
      }),
      demandIndexAtHorizon: compared(perScenario.map((role) => role?.demandIndexAtHorizon ?? null)),
    };
  });

  const rolesAtRisk = {} as Record<RiskClass, ComparedValue>;
  for (const c of ['low', 'medium', 'high'] as const) rolesAtRisk[c] = compared(results.map((r) => r.totals.rolesAtRisk[c]));

  const openingCodes = [...new Set(results.flatMap((r) => r.openings.map((o) => o.roleCode)))].sort(cmp);
  const openings = openingCodes.map((roleCode) => ({
    roleCode,
    count: compared(results.map((r) => r.openings.find((o) => o.roleCode === roleCode)?.count ?? 0)),
  }));

  return {
    scenarios: results.map((r) => r.scenario),
    years,
    totals,
    roles,
    rolesAtRisk,
    candidatePeople: compared(results.map((r) => r.candidates.people)),
    openings,
  };
}
