// Bench: whole-workforce ranking + learning path (every person × every target role), one thread.
import { performance } from 'node:perf_hooks';
import { compileReskill } from '../../shared/domain/skillIndex';
import { rankAll } from '../../shared/domain/ranking';
import { options, syntheticEmployees, syntheticWorld } from '../fixtures/reskill-builders';

export async function benchReskill(): Promise<{ employees: number; roles: number; ms: number }[]> {
  const { world, demandIndex } = syntheticWorld({ seed: 7, skills: 70, targets: 40, currents: 10, reqsPerRole: 20 });
  const compiled = compileReskill(world);
  const opts = options({ demandIndex, topN: 3 });
  const out: { employees: number; roles: number; ms: number }[] = [];
  for (const n of [10_000, 100_000]) {
    const people = syntheticEmployees(world, n, 11);
    rankAll(people.slice(0, 2000), compiled, opts); // warm-up (JIT)
    const t0 = performance.now();
    const res = rankAll(people, compiled, opts);
    const ms = performance.now() - t0;
    if (res.processed !== n) throw new Error('bench: run incomplete');
    out.push({ employees: n, roles: compiled.targetRoles.length, ms: Math.round(ms) });
  }
  return out;
}

if (process.argv[1] && /reskill\.bench\.ts$/.test(process.argv[1])) {
  benchReskill().then((r) => console.log(JSON.stringify(r)));
}
