/**
 * Cheap, pure shaping of a model result into chart series (docs/STYLE.md: selectors never run the model).
 * Works on the server's ScenarioRun (titles as strings) and on the worker's ScenarioResult (titles in both languages).
 */
import type { Explanation } from '../../../../shared/domain/explain';
import type { RoleYear, TotalsYear } from '../../../../shared/domain/modelTypes';
import type { BackfillPolicy } from '../../../../shared/domain/scenario';
import type { Lang, Text } from '../../../../shared/domain/types';

export interface RoleLike {
  code: string;
  title: string | Text;
  headcount: number;
  fte: number;
  /** Annual employment trend of the role (e.g. −0.02). */
  growth: number;
  /** Annual leaver rate 0..1. */
  attrition: number;
  /** Annual share lost to fixed-term contracts that end unrenewed, 0..1 (absent: 0). */
  contractEndingRate?: number;
  byYear: RoleYear[];
}

export interface ResultLike {
  years: number[];
  horizonYear: number;
  /** Whether leavers are replaced up to demand; absent is read as 'replace_to_demand'. */
  backfill?: BackfillPolicy;
  roles: RoleLike[];
  totals: { byYear: TotalsYear[] };
}

export function titleOf(role: { title: string | Text }, lang: Lang): string {
  return typeof role.title === 'string' ? role.title : role.title[lang] || role.title.en;
}

function atHorizon(role: RoleLike): RoleYear | undefined {
  return role.byYear[role.byYear.length - 1];
}

/** Roles ordered by hours freed at the horizon, largest first. */
export function topRolesByHours(result: ResultLike, n: number): RoleLike[] {
  return [...result.roles].sort((a, b) => (atHorizon(b)?.hoursFreed ?? 0) - (atHorizon(a)?.hoursFreed ?? 0) || a.code.localeCompare(b.code)).slice(0, n);
}

/** Hours saved per year, split into automated and augmented (hoursFreed × A/(A+G)), for one role or all. */
export function timeSavedSeries(result: ResultLike, roleCode: string | null): { year: number; automated: number; augmented: number }[] {
  const roles = roleCode ? result.roles.filter((r) => r.code === roleCode) : result.roles;
  return result.years.map((year, i) => {
    let automated = 0;
    let augmented = 0;
    for (const r of roles) {
      const y = r.byYear[i];
      if (!y) continue;
      const affected = y.automatedShare + y.augmentedShare;
      if (affected <= 0) continue;
      automated += (y.hoursFreed * y.automatedShare) / affected;
      augmented += (y.hoursFreed * y.augmentedShare) / affected;
    }
    return { year, automated, augmented };
  });
}

/** FTE needed vs available at the horizon, for the n roles with most FTE. */
export function demandSupplyRows(result: ResultLike, lang: Lang, n = 8): { code: string; name: string; demand: number; supply: number }[] {
  return [...result.roles]
    .sort((a, b) => b.fte - a.fte || a.code.localeCompare(b.code))
    .slice(0, n)
    .map((r) => {
      const y = atHorizon(r);
      return { code: r.code, name: titleOf(r, lang), demand: y?.demandFte ?? 0, supply: y?.supplyFte ?? 0 };
    });
}

/** Surplus (+) or shortfall (−) per role at the horizon, largest surplus first; tiny ones grouped as "other". */
export function waterfallRows(result: ResultLike, lang: Lang, otherName: string, n = 10): { code: string; name: string; value: number }[] {
  const rows = result.roles
    .map((r) => ({ code: r.code, name: titleOf(r, lang), value: atHorizon(r)?.surplusFte ?? 0 }))
    .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
  if (rows.length <= n) return rows;
  const byMagnitude = [...rows].sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  const keep = new Set(byMagnitude.slice(0, n - 1).map((r) => r.code));
  const kept = rows.filter((r) => keep.has(r.code));
  const other = rows.filter((r) => !keep.has(r.code)).reduce((s, r) => s + r.value, 0);
  return [...kept, { code: 'other', name: otherName, value: other }];
}

/** FTE below this is shown as 0.0 (FTE to 0.1), so a role is not named for a need that rounds away. */
export const FTE_NOISE = 0.05;

/** One role (or the "other roles" group) in the FTE bridge and the attrition comparison, all in FTE at the horizon. */
interface BridgeRole {
  code: string;
  name: string;
  /** Today's FTE (the role's staff at the start year). */
  fte: number;
  /** FTE freed by AI between the start year and the horizon, after reinvestment: today's staff already work with the start year's adoption. */
  freed: number;
  /** Change from the role's employment trend: needed − (today − freed); negative when the role shrinks. */
  growth: number;
  /** FTE needed at the horizon (RoleYear.demandFte). */
  needed: number;
  /** max(0, today − needed): the FTE the work no longer needs (freed by AI, net of growth). */
  noLongerNeeded: number;
  /** Today's FTE expected to leave over the horizon if nobody is replaced: fte × (1 − (1 − attrition − endings)^years). */
  leavers: number;
  /** max(0, noLongerNeeded − leavers): what attrition does not absorb, the redeployment need. */
  redeploy: number;
}

interface BridgeStep {
  key: 'today' | 'freed' | 'growth' | 'needed';
  /** Signed: the level for 'today' and 'needed', the change for 'freed' (≤ 0) and 'growth'. */
  value: number;
  /** Where the bar starts and how tall it is (a waterfall drawn as a stacked transparent base + span). */
  base: number;
  span: number;
}

export interface FteBridge {
  year: number;
  startYear: number;
  /** Years from the start to the horizon. */
  years: number;
  backfill: BackfillPolicy;
  /** today − freed + growth = needed (sums over the staffed roles). */
  steps: BridgeStep[];
  /** Per role, roles with a redeployment need first (largest first), then by FTE no longer needed; the rest as "other". */
  rows: BridgeRole[];
  /** Sums over every staffed role (not over the grouped rows: the same numbers). */
  total: BridgeRole;
  /** Every role whose FTE no longer needed exceeds its expected leavers (by more than FTE_NOISE), largest first. */
  needRoles: { code: string; name: string; redeploy: number }[];
}

function sumRoles(code: string, name: string, rows: BridgeRole[]): BridgeRole {
  const z: BridgeRole = { code, name, fte: 0, freed: 0, growth: 0, needed: 0, noLongerNeeded: 0, leavers: 0, redeploy: 0 };
  for (const r of rows) {
    z.fte += r.fte;
    z.freed += r.freed;
    z.growth += r.growth;
    z.needed += r.needed;
    z.noLongerNeeded += r.noLongerNeeded;
    z.leavers += r.leavers;
    z.redeploy += r.redeploy;
  }
  return z;
}

/**
 * The FTE bridge at the horizon and what attrition does, from figures the model already returns: today's FTE of the
 * staffed roles → minus FTE freed by AI (after reinvestment) → plus/minus growth → FTE needed at the horizon; and per
 * role the FTE no longer needed vs today's people expected to leave. Where the first exceeds the second, attrition
 * does not absorb the freed capacity: that is the redeployment need.
 */
export function fteBridge(result: ResultLike, lang: Lang, otherName: string, totalName: string, n = 8): FteBridge {
  const years = Math.max(0, result.years.length - 1);
  const all: BridgeRole[] = result.roles.map((r) => {
    const y = atHorizon(r);
    const freed = freedSinceStart(r);
    const needed = y?.demandFte ?? r.fte;
    const noLongerNeeded = Math.max(0, r.fte - needed);
    const leavers = r.fte * (1 - Math.pow(1 - r.attrition - (r.contractEndingRate ?? 0), years));
    return {
      code: r.code,
      name: titleOf(r, lang),
      fte: r.fte,
      freed,
      growth: needed - (r.fte - freed),
      needed,
      noLongerNeeded,
      leavers,
      redeploy: Math.max(0, noLongerNeeded - leavers),
    };
  });
  const total = sumRoles('total', totalName, all);
  const needRoles = all
    .filter((r) => r.redeploy > FTE_NOISE)
    .sort((a, b) => b.redeploy - a.redeploy || a.code.localeCompare(b.code))
    .map((r) => ({ code: r.code, name: r.name, redeploy: r.redeploy }));
  const ordered = [...all].sort(
    (a, b) =>
      Number(b.redeploy > FTE_NOISE) - Number(a.redeploy > FTE_NOISE) ||
      b.redeploy - a.redeploy ||
      b.noLongerNeeded - a.noLongerNeeded ||
      a.code.localeCompare(b.code),
  );
  const rows = ordered.length <= n ? ordered : [...ordered.slice(0, n - 1), sumRoles('other', otherName, ordered.slice(n - 1))];

  const today = total.fte;
  const afterFreed = today - total.freed;
  const steps: BridgeStep[] = [
    { key: 'today', value: today, base: 0, span: today },
    { key: 'freed', value: -total.freed, base: afterFreed, span: total.freed },
    { key: 'growth', value: total.growth, base: Math.min(afterFreed, total.needed), span: Math.abs(total.growth) },
    { key: 'needed', value: total.needed, base: 0, span: total.needed },
  ];
  const startYear = result.years[0] ?? result.horizonYear - years;
  return { year: result.horizonYear, startYear, years, backfill: result.backfill ?? 'replace_to_demand', steps, rows, total, needRoles };
}

/**
 * FTE freed between the start year and the horizon: fte × (1 − (1 − f_h) / (1 − f_0)), with f = fteFreed / fte.
 * The same rebasing as the model's demand, so today − freed + growth = needed holds exactly.
 */
function freedSinceStart(r: RoleLike): number {
  const first = r.byYear[0];
  const last = atHorizon(r);
  if (!first || !last || !(r.fte > 0)) return 0;
  const start = 1 - first.fteFreed / r.fte;
  return start > 1e-12 ? r.fte * (1 - (1 - last.fteFreed / r.fte) / start) : 0;
}

export function totalsAtHorizon(result: ResultLike) {
  return result.totals.byYear[result.totals.byYear.length - 1] ?? null;
}

/** An explanation for a total: the sum of the per-role figures, each named by its role. */
export function sumExplanation(formula: string, value: number, parts: { name: string; value: number }[], unit: string): Explanation {
  return {
    formula,
    value,
    inputs: parts.filter((p) => p.value !== 0).map((p) => ({ name: p.name, value: p.value, unit })),
    sourceIds: [],
    overrides: [],
  };
}

/** Sankey nodes and links from each ranked person's top path: current role → target role. */
export function transitionFlows(
  employees: { role: string; paths: { targetRole: { code: string; title: string }; viable: boolean }[] }[],
  titles: Map<string, string>,
  maxLinks = 14,
): { nodes: { name: string }[]; links: { source: number; target: number; value: number }[]; rows: { from: string; to: string; people: number }[] } {
  const counts = new Map<string, { from: string; to: string; toTitle: string; people: number }>();
  for (const e of employees) {
    const top = e.paths[0];
    if (!top || !top.viable || top.targetRole.code === e.role) continue;
    const key = `${e.role}→${top.targetRole.code}`;
    const c = counts.get(key) ?? { from: e.role, to: top.targetRole.code, toTitle: top.targetRole.title, people: 0 };
    c.people++;
    counts.set(key, c);
  }
  const flows = [...counts.values()].sort((a, b) => b.people - a.people || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)).slice(0, maxLinks);
  const nodes: { name: string }[] = [];
  const index = new Map<string, number>();
  const node = (id: string, name: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = nodes.length;
      index.set(id, i);
      nodes.push({ name });
    }
    return i;
  };
  const links = flows.map((f) => ({
    source: node(`from:${f.from}`, titles.get(f.from) ?? f.from),
    target: node(`to:${f.to}`, f.toTitle),
    value: f.people,
  }));
  return { nodes, links, rows: flows.map((f) => ({ from: titles.get(f.from) ?? f.from, to: f.toTitle, people: f.people })) };
}

/** Reskill vs replace cost per target role (sums of the business-case lines). */
export function costByTarget(lines: { targetRole: { code: string; title: string }; reskillCost: number; replaceCost: number }[], n = 8) {
  const m = new Map<string, { name: string; reskill: number; replace: number; people: number }>();
  for (const l of lines) {
    const c = m.get(l.targetRole.code) ?? { name: l.targetRole.title, reskill: 0, replace: 0, people: 0 };
    c.reskill += l.reskillCost;
    c.replace += l.replaceCost;
    c.people++;
    m.set(l.targetRole.code, c);
  }
  return [...m.values()].sort((a, b) => b.replace - a.replace || a.name.localeCompare(b.name)).slice(0, n);
}
