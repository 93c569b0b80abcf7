// Bench: whole-workforce ranking + learning path (every person × every target role), one thread.
// Two worlds: the synthetic one (70 skills, 40 target roles, 20 requirements a role, 8 modules a
// skill) and the real embedded dataset (data/dataset.json: every isTarget role) with people drawn as
// data/build/demo-org.ts draws them. Reports the median of several timed runs after a warm-up, the
// process CPU time of the median run and the machine load (other processes share this machine).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { compileReskill } from '../../shared/domain/skillIndex';
import { rankAll } from '../../shared/domain/ranking';
import { seedScenarios } from '../../shared/domain/scenarioDefaults';
import { runScenario } from '../../shared/domain/impact';
import { aggregateWorkforce } from '../../shared/domain/workforce';
import type { Dataset, Employee, Organisation } from '../../shared/domain/types';
import type { ReskillOptions } from '../../shared/domain/reskillTypes';
import { employee, options, rng, syntheticEmployees, syntheticWorld } from '../fixtures/reskill-builders';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface ReskillBenchRow {
  world: 'synthetic' | 'dataset';
  employees: number;
  roles: number;
  /** Median wall time of the timed runs, ms. */
  ms: number;
  /** Every timed run, ms. */
  runs: number[];
  /** CPU time (user + system) of the median run, ms. */
  cpuMs: number;
  loadavg: number[];
}

/** Normal draw (Box–Muller), as data/build/prng.ts. */
function normal(r: () => number, mean: number, sd: number): number {
  const u = Math.max(r(), 1e-12);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

/**
 * People for the real dataset, drawn as demo-org.ts draws them: the role mix of the demo
 * organisation, each required skill at round(normal(required level, 0.8)) clamped to 0..5, 30 % with
 * one extra skill from the same pool, 15 % with an own salary, a few objectors.
 */
function datasetEmployees(dataset: Dataset, org: Organisation, n: number, seed: number): Employee[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const roleByCode = new Map(dataset.roles.map((x) => [x.code, x] as const));
  const mix = org.employees.map((e) => e.roleCode);
  const extraPool = ['ovs:data-literacy', 'ovs:prompting-and-evaluating-ai-output', 'ovs:knowledge-management', 'tech:analytics-bi', 'tech:spreadsheets', 'ovs:marketing-automation', 'tech:web-cms', 'ovs:ai-literacy'];
  const out: Employee[] = [];
  for (let i = 0; i < n; i++) {
    const role = roleByCode.get(pick(mix))!;
    const skills: Record<string, number> = {};
    for (const k of role.skills) skills[k.skillId] = Math.max(0, Math.min(5, Math.round(normal(r, k.level, 0.8))));
    if (r() < 0.3) {
      const extra = pick(extraPool);
      if (!(extra in skills)) skills[extra] = 1 + Math.floor(r() * 3);
    }
    out.push(
      employee(`E${String(i).padStart(6, '0')}`, role.code, skills, {
        salary: r() < 0.15 ? Math.round((role.salary.value * (0.85 + r() * 0.35)) / 100) * 100 : null,
        objection: r() < 0.003 ? { since: '2026-01-01', reason: 'bench' } : null,
      }),
    );
  }
  return out;
}

function datasetWorld(): { dataset: Dataset; org: Organisation; opts: ReskillOptions } {
  const dataset = JSON.parse(fs.readFileSync(path.join(root, 'data', 'dataset.json'), 'utf8')) as Dataset;
  const org = JSON.parse(fs.readFileSync(path.join(root, 'data', 'demo-organisation.json'), 'utf8')) as Organisation;
  const scenario = seedScenarios(dataset.assumptions, 2026).find((s) => s.name === 'expected') ?? seedScenarios(dataset.assumptions, 2026)[0];
  // Demand index from each role's growth over a 5-year horizon (the impact model's automation
  // share is left out: it changes which moves are "safer", not the work per pair).
  const demandIndex: Record<string, number> = {};
  for (const x of dataset.roles) demandIndex[x.code] = Math.pow(1 + x.growth.value, 5);
  // The scenario's openings, as the app passes them: they decide the ranking order (openings first).
  const run = runScenario({ scenario, roles: dataset.roles, tasks: dataset.tasks, workforce: aggregateWorkforce(org.employees, dataset.roles), assumptions: dataset.assumptions });
  return {
    dataset,
    org,
    opts: {
      rules: scenario.transitions,
      weeklyLearningHours: scenario.levers.weeklyLearningHours,
      annualHoursPerFte: dataset.assumptions.defaults.annualHoursPerFte.value,
      demandIndex,
      openings: Object.fromEntries(run.openings.map((o) => [o.roleCode, o.count])),
      topN: 3,
    },
  };
}

function time(people: Employee[], compiled: ReturnType<typeof compileReskill>, opts: ReskillOptions, reps: number): { runs: number[]; cpu: number[] } {
  rankAll(people.slice(0, 2000), compiled, opts); // warm-up (JIT)
  rankAll(people.slice(0, 20_000), compiled, opts);
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < reps; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = rankAll(people, compiled, opts);
    runs.push(Math.round(performance.now() - t0));
    const cu = process.cpuUsage(c0);
    cpu.push(Math.round((cu.user + cu.system) / 1000));
    if (res.processed !== people.length) throw new Error('bench: run incomplete');
  }
  return { runs, cpu };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchReskill(reps = 5): Promise<ReskillBenchRow[]> {
  const out: ReskillBenchRow[] = [];
  const row = (w: ReskillBenchRow['world'], people: Employee[], compiled: ReturnType<typeof compileReskill>, opts: ReskillOptions): ReskillBenchRow => {
    const { runs, cpu } = time(people, compiled, opts, reps);
    const m = median(runs);
    return { world: w, employees: people.length, roles: compiled.targetRoles.length, ms: m, runs, cpuMs: cpu[runs.indexOf(m)], loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100) };
  };
  {
    const { world, demandIndex } = syntheticWorld({ seed: 7, skills: 70, targets: 40, currents: 10, reqsPerRole: 20 });
    const compiled = compileReskill(world);
    const opts = options({ demandIndex, topN: 3 });
    for (const n of [10_000, 100_000]) out.push(row('synthetic', syntheticEmployees(world, n, 11), compiled, opts));
  }
  {
    const { dataset, org, opts } = datasetWorld();
    const compiled = compileReskill(dataset);
    for (const n of [10_000, 100_000]) out.push(row('dataset', datasetEmployees(dataset, org, n, 11), compiled, opts));
  }
  return out;
}

if (process.argv[1] && /reskill\.bench\.ts$/.test(process.argv[1])) {
  const reps = Number(process.argv[2] ?? 5);
  benchReskill(reps).then((rows) => {
    for (const r of rows) {
      console.log(
        `${r.world.padEnd(9)} ${String(r.employees).padStart(7)} employees × ${r.roles} roles: median ${String(r.ms).padStart(5)} ms (cpu ${r.cpuMs} ms; runs ${r.runs.join(' ')}; load ${r.loadavg.join(' ')})`,
      );
    }
  });
}
