import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { startSession, type E2eSession } from './support/session';

// The planner's Roles journey in real Chromium through the twin: a role's impact over time, an explanation,
// a changed task mix saved with a reason, and the change visible on the Tasks screen with a task override —
// in English and in Dutch.
describe('roles journey in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => s?.close());

  for (const lang of ['en', 'nl'] as const) {
    it(`shows a role's impact, explains a figure, saves a task mix and a task override (${lang})`, async () => {
      const { page } = s;
      await page.goto(s.twin.url);
      if (lang === 'nl') {
        await page.getByTestId('lang-nl').click();
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
      }
      await page.getByTestId('nav-roles').click();
      const impact = page.getByTestId('role-impact');
      await expect.poll(() => impact.locator('.recharts-area').count(), { timeout: 30_000 }).toBe(3);
      await expect.poll(() => page.getByTestId('role-demand').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('role-exposure-table').count(), { timeout: 30_000 }).toBe(1);
      await expect.poll(() => page.getByTestId('similar-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.getByTestId('role-impact-finding').innerText()).toMatch(lang === 'en' ? /^By \d{4}, \d+% of the time/ : /^In \d{4} is \d+% van de tijd/);
      await s.screenshot(`roles-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);

      // An explanation from a headline card, then one from the chart's data table.
      await page.getByTestId('explain-role-automated').click();
      const panel = page.getByTestId('explain-panel');
      await expect.poll(() => panel.getByTestId('explain-input').count()).toBeGreaterThan(0);
      expect(await panel.getByTestId('explain-formula').innerText()).toMatch(lang === 'en' ? /Share of the role's time automated/ : /geautomatiseerd/);
      await s.screenshot(`roles-explain-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => panel.count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('explain-role-automated');
      await page.getByTestId('role-impact-view-table').click();
      await page.getByTestId('role-impact-table').locator('button').first().click();
      await expect.poll(() => panel.getByTestId('explain-value').count()).toBe(1);
      await page.keyboard.press('Escape');
      await page.getByTestId('role-impact-view-chart').click();

      // Change the task mix: a sum off 100% blocks the save; moving one point between two tasks saves with a reason.
      const fields = page.getByTestId('mix-table').locator('input');
      const parse = (v: string) => Number(v.replace(',', '.'));
      const show = (v: number) => (lang === 'nl' ? v.toFixed(1).replace('.', ',') : v.toFixed(1));
      const a = parse(await fields.nth(0).inputValue());
      const b = parse(await fields.nth(1).inputValue());
      await fields.nth(0).fill(show(a - 1));
      await expect.poll(() => page.getByTestId('mix-status').getAttribute('role')).toBe('alert');
      await s.screenshot(`roles-mix-error-${lang}`);
      await page.getByTestId('mix-reason').fill(lang === 'en' ? 'Our agents spend less time on the phone' : 'Onze medewerkers bellen minder');
      await page.getByTestId('mix-save').click();
      await expect.poll(() => page.getByTestId('mix-done').innerText()).toBe('');
      await fields.nth(1).fill(show(b + 1));
      await expect.poll(() => page.getByTestId('mix-status').getAttribute('role')).toBe('status');
      await page.getByTestId('mix-save').click();
      await expect.poll(() => page.getByTestId('mix-done').innerText(), { timeout: 30_000 }).toMatch(lang === 'en' ? /Saved in scenario expected/ : /Opgeslagen in scenario verwacht/);
      await expect.poll(() => page.getByTestId('mix-overridden').innerText()).toMatch(lang === 'en' ? /less time on the phone/ : /bellen minder/);
      await s.screenshot(`roles-mix-saved-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);

      // The Tasks screen shows the scenario's mix; a task override with a reason is marked and listed.
      await page.getByTestId('nav-tasks').click();
      await expect.poll(() => page.getByTestId('mix-marker').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const first = page.getByTestId('task-row').first();
      await first.getByTestId('task-details').click();
      const taskPanel = page.getByTestId('task-panel');
      await expect.poll(() => taskPanel.getByTestId('model-automated').count(), { timeout: 30_000 }).toBe(1);
      await taskPanel.getByTestId('override-automation').fill(lang === 'en' ? '20' : '25');
      await taskPanel.getByTestId('override-save').click();
      await expect.poll(() => taskPanel.getByTestId('override-reason-error').count()).toBe(1);
      await taskPanel.getByTestId('override-reason').fill(lang === 'en' ? 'Pilot automated less than the model' : 'Pilot automatiseerde minder dan het model');
      await s.screenshot(`tasks-override-panel-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      await taskPanel.getByTestId('override-save').click();
      await expect.poll(() => taskPanel.getByTestId('override-done').innerText(), { timeout: 30_000 }).toMatch(lang === 'en' ? /expected/ : /verwacht/);
      await expect.poll(() => taskPanel.getByTestId('model-automated').innerText(), { timeout: 30_000 }).toMatch(lang === 'en' ? /^20%\s*\(model/ : /^25%\s*\(model/);
      await page.keyboard.press('Escape');
      await expect.poll(() => first.getByTestId('override-marker').count()).toBe(1);
      await expect.poll(() => page.getByTestId('task-override-row').first().innerText()).toMatch(lang === 'en' ? /Pilot automated less/ : /Pilot automatiseerde minder/);
      await s.screenshot(`tasks-overrides-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);

      expect(s.consoleErrors).toEqual([]);
      expect(s.foreignRequests).toEqual([]);
    });
  }
});
