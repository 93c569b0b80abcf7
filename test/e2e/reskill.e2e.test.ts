import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { startSession, type E2eSession } from './support/session';

// The planner's reskilling journey: run reskilling for everyone (progress), see the assignment and the
// business case, open one person's paths, read the fairness audit — in English and in Dutch.
describe('planner reskilling in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => s?.close());

  it('runs reskilling for everyone with progress and shows the assignment, business case, paths and fairness', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await page.getByTestId('nav-redeployment').click();
    await expect.poll(() => page.getByTestId('candidate-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('assignment-row').count(), { timeout: 60_000 }).toBeGreaterThan(0);

    // Progress events reach the page while the run works.
    const seen = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const check = () => document.querySelector('[data-testid="run-progress"]') !== null;
          if (check()) return resolve(true);
          const obs = new MutationObserver(() => {
            if (check()) {
              obs.disconnect();
              resolve(true);
            }
          });
          obs.observe(document.body, { childList: true, subtree: true });
          setTimeout(() => resolve(false), 60_000);
        }),
    );
    await page.getByTestId('run-all').click();
    expect(await seen).toBe(true);
    await expect.poll(() => page.getByTestId('run-summary').count(), { timeout: 90_000 }).toBe(1);
    // The summary counts the plans it stored and the ones it left as they were (together: everyone with a path).
    const summary = await page.getByTestId('run-summary').innerText();
    const [, ranked, created, kept] = /Ranked ([\d,]+) people.* ([\d,]+) new draft plans stored, ([\d,]+) existing plans kept/.exec(summary) ?? [];
    const n = (x?: string) => Number(x?.replace(/,/g, ''));
    expect(n(created) + n(kept)).toBe(n(ranked));
    // And how many draft plans the assignment moved to an opening.
    await expect.poll(() => page.getByTestId('run-moved').innerText(), { timeout: 60_000 }).toMatch(/\d+ draft plans? moved to the opening/);
    await expect.poll(() => page.getByTestId('assignment-row').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('case-chart').locator('.recharts-rectangle').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('assign-finding').innerText()).toMatch(/openings can be filled from within/);
    await expect.poll(() => page.getByTestId('doors-finding').count(), { timeout: 30_000 }).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('reskill-redeployment-en');

    // Paths for one person: every component, aboveNext, gaps, heatmap.
    await page.getByTestId('nav-paths').click();
    await page.getByTestId('person-picker-search').fill('E0001');
    await expect.poll(() => page.getByTestId('person-option').count(), { timeout: 30_000 }).toBe(1);
    await page.locator('[data-employee-id="E0001"]').click();
    await expect.poll(() => page.getByTestId('path-card').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const first = page.getByTestId('path-card').first();
    expect(await first.getByTestId('path-components').locator('tr').count()).toBe(5);
    expect(await first.getByTestId('above-next').innerText()).toMatch(/Ranks above/);
    expect(await page.getByTestId('gap-heatmap').locator('.rk-heatmap__cell').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('reskill-paths-en');

    await page.getByTestId('nav-fairness').click();
    await expect.poll(() => page.getByTestId('fairness-row').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('fairness-note').innerText()).toMatch(/never enter any score/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('reskill-fairness-en');

    // Dutch.
    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().innerText()).toMatch(/Eerlijkheid/);
    await s.screenshot('reskill-fairness-nl');
    await page.getByTestId('nav-paths').click();
    await expect.poll(() => page.getByTestId('above-next').first().innerText(), { timeout: 30_000 }).toMatch(/Staat boven/);
    await s.screenshot('reskill-paths-nl');
    await page.getByTestId('nav-redeployment').click();
    await expect.poll(() => page.getByTestId('assign-finding').innerText(), { timeout: 60_000 }).toMatch(/vacatures kunnen intern/);
    await expect.poll(() => page.getByTestId('case-finding').innerText(), { timeout: 60_000 }).toMatch(/Omscholen van/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('reskill-redeployment-nl');

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
