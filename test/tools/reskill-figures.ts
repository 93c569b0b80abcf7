/**
 * The reskilling headline figures of an organisation under a seeded scenario, computed as the app
 * computes them (impact model → demand index and openings → ranking of every candidate, top 3 →
 * assignment): top-path hours, weeks and cost (median, p10, p90), the customer-service
 * representative's same-band AI-adjacent paths, viable counts, the top transitions by count (top
 * recommendations and assignments) and the default salaries. For docs/model-validation.md and for
 * before/after comparisons: `npx tsx test/tools/reskill-figures.ts [scenario] [--json]`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assign } from '../../shared/domain/assignment';
import { openingsLeftRecord, recommend } from '../../shared/domain/recommendation';
import { runScenario } from '../../shared/domain/impact';
import { rankAll, rankAllEntries } from '../../shared/domain/ranking';
import type { ReskillOptions } from '../../shared/domain/reskillTypes';
import { seedScenarios } from '../../shared/domain/scenarioDefaults';
import { compileReskill } from '../../shared/domain/skillIndex';
import type { Dataset, Organisation } from '../../shared/domain/types';
import { aggregateWorkforce } from '../../shared/domain/workforce';

export interface Distribution {
  median: number;
  p10: number;
  p90: number;
}

export interface ReskillFigures {
  scenario: string;
  candidates: number;
  ranked: number;
  topPath: { hours: Distribution; weeks: Distribution; cost: Distribution; over52Weeks: number };
  viablePairs: number;
  peopleWithViablePath: number;
  topPathViable: number;
  /** Customer-service representatives: their top-ranked AI-adjacent path within the job-zone band. */
  csrSameBand: { people: number; weeks: Distribution; months: number; byRole: { code: string; title: string; people: number }[] };
  topTransitions: { from: string; to: string; people: number }[];
  assignedTransitions: { from: string; to: string; people: number }[];
  /** Per target role: top-ranked, recommended after the assignment, of those flagged "no opening left", assigned, openings. */
  recommendedAfterAssignment: { code: string; topRanked: number; recommended: number; flagged: number; assigned: number; openings: number }[];
  openings: { code: string; count: number }[];
  salaries: { code: string; title: string; family: string; jobZone: number; eur: number }[];
}

/** Linear interpolation between order statistics (as numpy's default). */
function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}

const dist = (xs: readonly number[]): Distribution => ({ median: quantile(xs, 0.5), p10: quantile(xs, 0.1), p90: quantile(xs, 0.9) });

const CSR = '43-4051.00';

export function reskillFigures(dataset: Dataset, org: Organisation, scenarioName = 'expected', startYear = 2026): ReskillFigures {
  const scenario = seedScenarios(dataset.assumptions, startYear).find((s) => s.name === scenarioName);
  if (!scenario) throw new Error(`no seeded scenario ${scenarioName}`);
  const result = runScenario({ scenario, roles: dataset.roles, tasks: dataset.tasks, workforce: aggregateWorkforce(org.employees, dataset.roles), assumptions: dataset.assumptions });
  const c = compileReskill(dataset);
  const options: ReskillOptions = {
    rules: scenario.transitions,
    weeklyLearningHours: scenario.levers.weeklyLearningHours,
    annualHoursPerFte: dataset.assumptions.defaults.annualHoursPerFte.value,
    demandIndex: Object.fromEntries(result.roleIndex.map((r) => [r.code, r.demandIndexAtHorizon])),
    openings: Object.fromEntries(result.openings.map((o) => [o.roleCode, o.count])),
  };
  const candidateRoles = new Set(result.candidates.roles.map((r) => r.code));
  const people = org.employees.filter((e) => candidateRoles.has(e.roleCode));
  const rankedPaths: { id: string; paths: { roleCode: string; viable: boolean }[] }[] = [];
  const all = rankAll(people, c, { ...options, topN: 3 });
  // Every target for the CSRs, to find their best AI-adjacent path within the job-zone band.
  const csrs = people.filter((e) => e.roleCode === CSR);
  const csrAll = rankAll(csrs, c, options);
  const role = new Map(dataset.roles.map((r) => [r.code, r]));

  const tops: { from: string; to: string; hours: number; weeks: number; cost: number; viable: boolean }[] = [];
  let viablePairs = 0;
  let withViable = 0;
  const candidates: { employeeId: string; options: { roleCode: string; fit: number; weeks: number; viable: boolean }[] }[] = [];
  people.forEach((e, i) => {
    const entries = rankAllEntries(c, all, i);
    viablePairs += all.viableCount[i];
    if (all.viableCount[i] > 0) withViable++;
    if (entries[0]) tops.push({ from: e.roleCode, to: entries[0].roleCode, hours: entries[0].hours, weeks: entries[0].weeks, cost: entries[0].cost, viable: entries[0].viable });
    rankedPaths.push({ id: e.id, paths: entries.map((x) => ({ roleCode: x.roleCode, viable: x.viable })) });
    if (all.status[i] === 0) candidates.push({ employeeId: e.id, options: entries.map((x) => ({ roleCode: x.roleCode, fit: x.fit, weeks: x.weeks, viable: x.viable })) });
  });
  const csrBest: { to: string; weeks: number }[] = [];
  csrs.forEach((_, i) => {
    const best = rankAllEntries(c, csrAll, i).find((x) => ['target', 'emerging'].includes(role.get(x.roleCode)!.family) && Math.abs(role.get(x.roleCode)!.jobZone - role.get(CSR)!.jobZone) <= scenario.transitions.maxJobZoneDistance);
    if (best) csrBest.push({ to: best.roleCode, weeks: best.weeks });
  });
  const count = (pairs: { from: string; to: string }[]) => {
    const m = new Map<string, { from: string; to: string; people: number }>();
    for (const p of pairs) {
      const k = `${p.from}→${p.to}`;
      const cur = m.get(k) ?? { from: p.from, to: p.to, people: 0 };
      cur.people++;
      m.set(k, cur);
    }
    return [...m.values()].sort((a, b) => b.people - a.people || (a.from + a.to < b.from + b.to ? -1 : 1));
  };
  const assigned = assign({ candidates, openings: result.openings.map((o) => ({ roleCode: o.roleCode, count: o.count })), lambda: scenario.transitions.lambda, mode: 'maxCount' });
  const fromOf = new Map(people.map((e) => [e.id, e.roleCode]));
  const left = openingsLeftRecord(assigned.openPositionsLeft);
  const assignedTo = new Map(assigned.assignments.map((a) => [a.employeeId, a.roleCode]));
  const recTally = new Map<string, { code: string; topRanked: number; recommended: number; flagged: number; assigned: number; openings: number }>();
  const tally = (code: string) => {
    const cur = recTally.get(code) ?? { code, topRanked: 0, recommended: 0, flagged: 0, assigned: 0, openings: options.openings?.[code] ?? 0 };
    recTally.set(code, cur);
    return cur;
  };
  for (const r of rankedPaths) {
    if (r.paths[0]) tally(r.paths[0].roleCode).topRanked++;
    const rec = recommend({ paths: r.paths, assignedRole: assignedTo.get(r.id) ?? null, openings: options.openings ?? {}, openingsLeft: left });
    if (rec.roleCode === null) continue;
    const t = tally(rec.roleCode);
    t.recommended++;
    if (rec.noOpeningLeft) t.flagged++;
    if (rec.assigned) t.assigned++;
  }
  const csrWeeks = dist(csrBest.map((x) => x.weeks));
  return {
    scenario: scenario.name,
    candidates: people.length,
    ranked: tops.length,
    topPath: { hours: dist(tops.map((t) => t.hours)), weeks: dist(tops.map((t) => t.weeks)), cost: dist(tops.map((t) => t.cost)), over52Weeks: tops.filter((t) => t.weeks > 52).length },
    viablePairs,
    peopleWithViablePath: withViable,
    topPathViable: tops.filter((t) => t.viable).length,
    csrSameBand: {
      people: csrBest.length,
      weeks: csrWeeks,
      months: csrWeeks.median / (52 / 12),
      byRole: count(csrBest.map((x) => ({ from: CSR, to: x.to }))).map((x) => ({ code: x.to, title: role.get(x.to)!.title.en, people: x.people })),
    },
    topTransitions: count(tops).slice(0, 10),
    assignedTransitions: count(assigned.assignments.map((a) => ({ from: fromOf.get(a.employeeId)!, to: a.roleCode }))).slice(0, 10),
    recommendedAfterAssignment: [...recTally.values()].map(({ code, topRanked, recommended, flagged, assigned, openings }) => ({ code, topRanked, recommended, flagged, assigned, openings })).sort((a, b) => b.topRanked - a.topRanked || b.recommended - a.recommended || (a.code < b.code ? -1 : 1)),
    openings: result.openings.map((o) => ({ code: o.roleCode, count: o.count })),
    salaries: dataset.roles.map((r) => ({ code: r.code, title: r.title.en, family: r.family, jobZone: r.jobZone, eur: r.salary.value })),
  };
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dataset = JSON.parse(readFileSync(path.join(root, 'data', 'dataset.json'), 'utf8')) as Dataset;
  const org = JSON.parse(readFileSync(path.join(root, 'data', 'demo-organisation.json'), 'utf8')) as Organisation;
  const args = process.argv.slice(2);
  const f = reskillFigures(dataset, org, args.find((a) => !a.startsWith('--')) ?? 'expected');
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(f, null, 2) + '\n');
    return;
  }
  const title = new Map(dataset.roles.map((r) => [r.code, r.title.en]));
  const n = (x: number) => Math.round(x).toLocaleString('en');
  const d = (x: Distribution) => `median ${n(x.median)}, p10 ${n(x.p10)}, p90 ${n(x.p90)}`;
  const lines = [
    `${org.name}, scenario ${f.scenario}: ${f.candidates} candidates, ${f.ranked} ranked`,
    `top path hours: ${d(f.topPath.hours)}`,
    `top path weeks: ${d(f.topPath.weeks)} (${f.topPath.over52Weeks} over 52 weeks)`,
    `top path cost €: ${d(f.topPath.cost)}`,
    `viable (person, role) pairs: ${f.viablePairs}; people with a viable path: ${f.peopleWithViablePath}; top path viable: ${f.topPathViable}`,
    `CSR → AI-adjacent role in the job-zone band (top-ranked, ${f.csrSameBand.people} people): weeks ${d(f.csrSameBand.weeks)} = ${f.csrSameBand.months.toFixed(1)} months at 4 h/week`,
    ...f.csrSameBand.byRole.map((r) => `   ${r.people} → ${r.code} ${r.title}`),
    'top 10 transitions (top recommendation):',
    ...f.topTransitions.map((t) => `   ${t.people} ${t.from} ${title.get(t.from)} → ${t.to} ${title.get(t.to)}`),
    'top 10 transitions (assigned to an opening):',
    ...f.assignedTransitions.map((t) => `   ${t.people} ${t.from} ${title.get(t.from)} → ${t.to} ${title.get(t.to)}`),
    'recommendation after the assignment, by role (top-ranked → recommended, of which flagged "no opening left"; assigned; openings):',
    ...f.recommendedAfterAssignment.map((r) => `   ${r.code} ${title.get(r.code)}: ${r.topRanked} → ${r.recommended} (${r.flagged} flagged); assigned ${r.assigned}; openings ${r.openings}`),
    `openings: ${f.openings.map((o) => `${o.code} ${o.count}`).join(', ')}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
