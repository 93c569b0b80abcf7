/**
 * `npm run bench`: measures the targets of PRODUCT.md at the sizes it names and prints a table.
 * Reported, never asserted (timed tests are flaky; the figures go into the issue notes).
 */
import { benchImpact } from './impact.bench';

async function main(): Promise<void> {
  const only = process.argv[2];
  const rows: string[] = [];
  if (!only || only === 'impact') {
    for (const r of await benchImpact()) {
      rows.push(`scenario recompute          ${String(r.size).padStart(7)} employees   ${r.ms.toFixed(2).padStart(8)} ms   (aggregating people per role once: ${r.aggregateMs.toFixed(1)} ms; target < 16 ms at 10,000)`);
    }
  }
  console.log(rows.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
