import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { startSession, type E2eSession } from './support/session';

// The HR planner's journey in real Chromium through the twin: dashboard, an explanation, a slider that moves
// the charts (worker recompute), and two scenarios side by side — in English and in Dutch.
describe('planner journey in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => s?.close());

  for (const lang of ['en', 'nl'] as const) {
    it(`opens the dashboard, explains a figure, moves a slider and compares scenarios (${lang})`, async () => {
      const { page } = s;
      await page.goto(s.twin.url);
      if (lang === 'nl') {
        await page.getByTestId('lang-nl').click();
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
      }
      await page.getByTestId('nav-dashboard').click();
      await expect.poll(() => page.getByTestId('card-fte').innerText(), { timeout: 30_000 }).toMatch(/\d/);
      await expect.poll(() => page.getByTestId('dash-time').locator('.recharts-area').count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('chart-sankey').count(), { timeout: 60_000 }).toBe(1);
      await expect.poll(() => page.getByTestId('chart-business-case').count(), { timeout: 60_000 }).toBe(1);
      await s.screenshot(`planner-dashboard-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);

      // An explanation: the panel opens as a dialog, cites inputs, and Esc closes it with focus returned.
      await page.getByTestId('explain-case').click();
      const panel = page.getByTestId('explain-panel');
      await expect.poll(() => panel.count()).toBe(1);
      await expect.poll(() => panel.getByTestId('explain-input').count()).toBeGreaterThan(0);
      expect(await panel.getByTestId('explain-formula').innerText()).toMatch(lang === 'en' ? /Saving/ : /Besparing/);
      await s.screenshot(`planner-explain-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => panel.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('explain-case');

      // Edit a scenario: the charts follow the slider (computed in the worker).
      await page.getByTestId('nav-scenarios').click();
      const charts = page.getByTestId('editor-charts');
      await s.screenshot(`planner-editor-open-${lang}`);
      await expect.poll(() => charts.getAttribute('data-rev'), { timeout: 30_000 }).not.toBe('0');
      await page.getByTestId('edit-time-view-table').click();
      const before = await page.getByTestId('edit-time-table').innerText();
      const rev = Number(await charts.getAttribute('data-rev'));
      const slider = page.getByTestId('slider-customer_inquiries-ceiling');
      await slider.focus();
      for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(async () => Number(await charts.getAttribute('data-rev'))).toBeGreaterThan(rev);
      await expect.poll(() => page.getByTestId('edit-time-table').innerText()).not.toBe(before);
      await page.getByTestId('edit-time-view-chart').click();
      await s.screenshot(`planner-editor-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('discard-draft').click();

      // Compare two scenarios side by side.
      await page.getByTestId('tab-compare').click();
      await page.getByTestId('compare-run').click();
      // One small multiple per compared total, the projection's hires and leavers included.
      await expect.poll(() => page.getByTestId('compare-multiples').locator('figure').count(), { timeout: 30_000 }).toBe(8);
      for (const metric of ['fteFreed', 'surplusFte', 'hires', 'leavers']) expect(await page.getByTestId(`multiple-${metric}`).count()).toBe(1);
      await s.screenshot(`planner-compare-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);

      expect(s.consoleErrors).toEqual([]);
      expect(s.foreignRequests).toEqual([]);
    });
  }
});
