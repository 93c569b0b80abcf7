/**
 * `npm run bench [impact|reskill|import|slider]`: measures the targets of PRODUCT.md at the sizes it names.
 * Reported, never asserted (timed tests are flaky on shared machines); the figures go into the issue notes
 * together with the machine load, because a loaded 2-core machine inflates wall times several-fold.
 */
import os from 'node:os';
import { benchImpact } from './impact.bench';
import { benchImport } from './import.bench';
import { benchReskill } from './reskill.bench';
import { benchSlider } from './slider.bench';

const only = process.argv[2];
const want = (name: string) => !only || only === name;

async function main(): Promise<void> {
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  if (want('impact')) {
    for (const r of await benchImpact()) {
      console.log(`scenario recompute         ${String(r.size).padStart(7)} employees  ${r.ms.toFixed(2).padStart(8)} ms  (aggregating people per role once: ${r.aggregateMs.toFixed(1)} ms)   target < 16 ms at 10,000`);
    }
  }
  if (want('reskill')) {
    for (const r of await benchReskill(5)) {
      console.log(`rank + path, ${r.world.padEnd(9)}  ${String(r.employees).padStart(7)} employees × ${r.roles} roles  median ${String(r.ms).padStart(6)} ms wall, ${r.cpuMs} ms cpu   target < 1 s at 100,000`);
    }
  }
  if (want('import')) {
    const rows = await benchImport(100_000, 20);
    const shell = rows[rows.length - 1]!.ms;
    for (const r of rows) {
      console.log(`import ${r.what.padEnd(48)} ${String(r.people).padStart(7)} people ${String(r.skillRows).padStart(8)} skill rows ${(r.bytes / 1e6).toFixed(1).padStart(5)} MB ${String(r.ms).padStart(6)} ms (${(r.ms / shell).toFixed(2)}× the sqlite3 shell)`);
    }
    console.log('                                                        target < 3 s and within 2× of the sqlite3 shell');
  }
  if (want('slider')) {
    // Needs the built renderer (npm run build) and Debian's Chromium.
    for (const r of await benchSlider()) {
      console.log(`slider → every chart updated ${String(r.employees).padStart(7)} employees  ${r.ms.toFixed(1).padStart(8)} ms in Chromium   target < 100 ms at 10,000`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
