/**
 * The first dashboard load in the twin, cold, as a user starts it: a fresh twin process from source (as
 * `npm run web` runs it), then the calls the Dashboard makes on its first load, over HTTP: `scenario.run`
 * (the cards and impact charts can draw), then `reskill.businessCase` and `reskill.all` together (the
 * reskilling cards and charts). Reported: time to the first useful paint's data (scenario.run answered)
 * and to everything answered, and the twin process's peak RSS (VmHWM: it runs the whole-workforce ranking
 * in its worker thread, so this is the whole-workforce run's peak). The people are the demo organisation's,
 * copied under new ids with their skills up to the size asked. Drawing in Chromium is not included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { seededDbFile } from '../helpers/core';
import { startTwinProcess } from '../helpers/startTwinProcess';

interface DashboardBenchRow {
  employees: number;
  firstPaintMs: number;
  allMs: number;
  peakRssMiB: number;
  reskillAllBytes: number;
  /** reskill.businessCase right after reskill.assign (the ranking cache kept across the assignment's plan writes). */
  caseAfterAssignMs: number;
}

/** The seeded database grown to `employees` people: demo people copied under new ids, with their skills and consents. */
async function grownDb(employees: number): Promise<string> {
  const file = await seededDbFile();
  const db = new Database(file);
  try {
    const have = (db.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n;
    const cols = (db.prepare('PRAGMA table_info(employees)').all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id' && c !== 'manager_id');
    db.transaction(() => {
      for (let round = 0, n = have; n < employees; round++) {
        const take = Math.min(have, employees - n);
        const prefix = `g${round}-`;
        db.prepare(`CREATE TEMP TABLE IF NOT EXISTS pick (id TEXT PRIMARY KEY)`).run();
        db.prepare('DELETE FROM temp.pick').run();
        db.prepare("INSERT INTO temp.pick SELECT id FROM employees WHERE id NOT LIKE 'g%' ORDER BY id LIMIT ?").run(take);
        db.prepare(`INSERT INTO employees (id, ${cols.join(', ')}) SELECT ? || id, ${cols.join(', ')} FROM employees WHERE id IN (SELECT id FROM temp.pick)`).run(prefix);
        db.prepare('INSERT INTO employee_skills (employee_id, skill_id, level, source) SELECT ? || employee_id, skill_id, level, source FROM employee_skills WHERE employee_id IN (SELECT id FROM temp.pick)').run(prefix);
        n += take;
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return file;
}

function peakRssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export async function benchDashboard(sizes = [1_500, 100_000]): Promise<DashboardBenchRow[]> {
  const out: DashboardBenchRow[] = [];
  for (const size of sizes) {
    const file = await grownDb(size);
    const twin = await startTwinProcess(file);
    try {
      const call = async (method: string, input: unknown): Promise<{ ok: boolean; bytes: number }> => {
        const res = await fetch(`http://127.0.0.1:${twin.port}/api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-overstap-token': twin.token }, body: JSON.stringify({ method, input }) });
        const text = await res.text();
        const ok = (JSON.parse(text) as { ok: boolean }).ok;
        if (!ok) throw new Error(`${method} failed: ${text.slice(0, 300)}`);
        return { ok, bytes: text.length };
      };
      const t0 = performance.now();
      await call('scenario.run', { name: 'expected', lang: 'nl' });
      const firstPaintMs = performance.now() - t0;
      const [, all] = await Promise.all([call('reskill.businessCase', { scenario: 'expected', lang: 'nl' }), call('reskill.all', { scenario: 'expected', lang: 'nl', summary: true })]);
      const allMs = performance.now() - t0;
      const rss = peakRssMiB(twin.pid);
      await call('reskill.assign', { scenario: 'expected', lang: 'nl' });
      const t1 = performance.now();
      await call('reskill.businessCase', { scenario: 'expected', lang: 'nl' });
      const caseAfterAssignMs = performance.now() - t1;
      out.push({ employees: size, firstPaintMs: Math.round(firstPaintMs), allMs: Math.round(allMs), peakRssMiB: rss, reskillAllBytes: all.bytes, caseAfterAssignMs: Math.round(caseAfterAssignMs) });
    } finally {
      await twin.stop();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }
  return out;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(new URL(import.meta.url).pathname)) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  benchDashboard(sizes.length ? sizes : undefined).then((rows) => {
    for (const r of rows) console.log(JSON.stringify(r));
  });
}
