/**
 * Slider → every chart updated, in Chromium through the twin (target: < 100 ms at 10,000 employees).
 * A seeded database is grown with synthetic employees (copies of the demo people under new ids), the
 * Scenarios editor is opened, and for each step the page moves the ceiling slider and waits until the
 * worker's result is drawn by every chart of the editor (each ChartPanel writes data-drawn-rev after React
 * committed it) and one more animation frame has passed (painted). Reported, not asserted.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { startTwin } from '../../electron/web/server';
import { openTestCore, seededDbFile } from '../helpers/core';
import { repoRoot } from '../helpers/cli';

const CHROMIUM = process.env.OVERSTAP_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function grownDb(employees: number): Promise<string> {
  const file = await seededDbFile();
  const db = new Database(file);
  const have = (db.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n;
  const cols = (db.prepare('PRAGMA table_info(employees)').all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id');
  const copy = db.prepare(`INSERT INTO employees (id, ${cols.join(', ')}) SELECT 'syn' || ? || '-' || id, ${cols.join(', ')} FROM employees WHERE id NOT LIKE 'syn%' LIMIT ?`);
  db.transaction(() => {
    let n = have;
    for (let round = 0; n < employees; round++) {
      const take = Math.min(have, employees - n);
      copy.run(String(round), take);
      n += take;
    }
  })();
  db.close();
  return file;
}

export async function benchSlider(sizes = [1_500, 10_000], steps = 20): Promise<{ employees: number; ms: number }[]> {
  const out: { employees: number; ms: number }[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    for (const size of sizes) {
      const core = await openTestCore(await grownDb(size));
      const twin = await startTwin({ core, actor: 'bench', rendererDir: path.join(repoRoot, 'dist', 'renderer'), preloadFile: path.join(repoRoot, 'dist', 'web', 'browser-preload.js') });
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      try {
        await page.goto(twin.url);
        await page.getByTestId('nav-scenarios').click();
        await page.waitForFunction(() => Number(document.querySelector('[data-testid="editor-charts"]')?.getAttribute('data-rev') ?? 0) > 0, null, { timeout: 60_000 });
        // A string, so the bundler's helpers (tsx adds __name) never reach the page.
        const times = (await page.evaluate(`(async (n) => {
          const slider = document.querySelector('[data-testid="slider-customer_inquiries-ceiling"]');
          const box = document.querySelector('[data-testid="editor-charts"]');
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
          const result = [];
          for (let i = 0; i < n; i++) {
            const target = Number(box.getAttribute('data-draft-rev')) + 1;
            const t0 = performance.now();
            setter.call(slider, String(i % 2 === 0 ? 60 + i : 90 - i));
            slider.dispatchEvent(new Event('input', { bubbles: true }));
            for (;;) {
              await frame();
              const panels = [...box.querySelectorAll('[data-drawn-rev]')];
              if (Number(box.getAttribute('data-rev')) >= target && panels.length >= 3 && panels.every((p) => Number(p.getAttribute('data-drawn-rev')) >= target)) break;
            }
            result.push(performance.now() - t0);
          }
          return result;
        })(${steps})`)) as number[];
        times.sort((a, b) => a - b);
        out.push({ employees: size, ms: times[Math.floor(times.length / 2)]! });
      } finally {
        await page.close();
        await twin.close();
        core.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(new URL(import.meta.url).pathname)) {
  benchSlider().then((rows) => {
    for (const r of rows) console.log(`slider → every chart updated ${String(r.employees).padStart(7)} employees   ${r.ms.toFixed(1).padStart(7)} ms (median; target < 100 ms at 10,000)`);
  });
}
