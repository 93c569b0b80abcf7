/**
 * Benchmark of the scenario recompute (target: < 16 ms at 10,000 employees).
 * Builds a synthetic dataset (~30 current roles with 20–40 tasks each, 6 target roles), draws
 * 1k / 10k / 100k random employees, aggregates them per role (as the API does before a run) and
 * times `runScenario` on the aggregates: median of 20 runs after a warm-up. Reported, not asserted.
 */
import { runScenario } from '../../shared/domain/impact';
import type { ScenarioInput } from '../../shared/domain/modelTypes';
import { aggregateWorkforce } from '../../shared/domain/workforce';
import type { AutomationLabel, Employee, ExposureLabel, Role, Task } from '../../shared/domain/types';
import { TASK_CATEGORIES } from '../../shared/domain/types';
import { cited, makeAssumptions, makeRole, makeScenario, makeTask } from '../fixtures/model-builders';

/** mulberry32: a fixed-seed generator, so every bench run measures the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const E: (ExposureLabel | null)[] = ['E0', 'E1', 'E2', 'E2', 'E1', null];
const T: (AutomationLabel | null)[] = ['T0', 'T1', 'T2', 'T3', 'T4', null];

function syntheticDataset(rand: () => number): { roles: Role[]; tasks: Task[] } {
  const pick = <X>(xs: X[]) => xs[Math.floor(rand() * xs.length)];
  const roles: Role[] = [];
  const tasks: Task[] = [];
  for (let r = 0; r < 36; r++) {
    const code = r < 30 ? `43-${String(4000 + r)}.00` : `ovs-target-${r}`;
    const n = 20 + Math.floor(rand() * 21);
    const weights = Array.from({ length: n }, () => 0.2 + rand());
    const total = weights.reduce((x, w) => x + w, 0);
    const mix = weights.map((w, i) => {
      const id = `${code}-${i}`;
      tasks.push(
        makeTask(id, {
          roleCode: code,
          category: pick([...TASK_CATEGORIES]),
          humanExposure: pick(E),
          gpt4Exposure: pick(E),
          gpt4Automation: pick(T),
          type: rand() < 0.6 ? 'core' : 'supplemental',
        }),
      );
      return { taskId: id, share: w / total };
    });
    roles.push(
      makeRole(code, mix, {
        domain: r % 3 === 0 ? 'customer service' : 'marketing',
        family: r < 30 ? 'current' : 'target',
        isTarget: r >= 30,
        growth: cited((rand() - 0.4) * 0.04),
      }),
    );
  }
  return { roles, tasks };
}

function employees(n: number, roles: Role[], rand: () => number): Employee[] {
  const current = roles.filter((r) => r.family === 'current');
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    name: null,
    roleCode: current[Math.floor(rand() * current.length)].code,
    roleToReview: false,
    fte: rand() < 0.3 ? 0.5 + rand() * 0.4 : 1,
    weeklyHours: 36,
    department: 'd',
    location: 'l',
    managerId: null,
    startDate: '2020-01-01',
    contractType: 'permanent',
    salary: rand() < 0.5 ? null : 30000 + rand() * 40000,
    skills: [],
    consents: [],
    objection: null,
  }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * Times `runScenario` for 1k, 10k and 100k employees.
 * @returns per size the median milliseconds of 20 runs (`ms`), plus the one-off aggregation time
 */
export async function benchImpact(): Promise<{ size: number; ms: number; aggregateMs: number }[]> {
  const rand = rng(20250101);
  const { roles, tasks } = syntheticDataset(rand);
  const assumptions = makeAssumptions({
    openingDrivers: [
      { roleCode: 'ovs-target-30', category: 'customer_inquiries', perFreedFte: 0.1, note: { en: '', nl: '', nlSource: 'overstap' } },
    ],
  });
  const out: { size: number; ms: number; aggregateMs: number }[] = [];
  for (const size of [1_000, 10_000, 100_000]) {
    const people = employees(size, roles, rand);
    const t0 = performance.now();
    const workforce = aggregateWorkforce(people, roles);
    const aggregateMs = performance.now() - t0;
    const input: ScenarioInput = { scenario: makeScenario({ name: 'expected' }), roles, tasks, workforce, assumptions };
    for (let i = 0; i < 5; i++) runScenario(input); // warm-up (JIT)
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const s = performance.now();
      runScenario(input);
      times.push(performance.now() - s);
    }
    out.push({ size, ms: median(times), aggregateMs });
  }
  return out;
}
