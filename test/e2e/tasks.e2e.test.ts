import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type E2eSession } from './support/session';

// The first journey end to end in real Chromium through the twin: open, pick a role, filter, switch to Dutch.
describe('task catalogue in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => s?.close());

  it('opens, shows a role\'s tasks read from SQLite, filters them and speaks Dutch', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await page.getByTestId('nav-tasks').click();
    await page.getByTestId('role-select').selectOption('43-4051.00');
    await expect.poll(() => page.getByTestId('task-row').count()).toBeGreaterThan(5);
    const all = await page.getByTestId('task-row').count();
    await expect.poll(() => page.getByTestId('time-by-category-chart').locator('.recharts-rectangle').count()).toBeGreaterThan(0);

    await page.getByTestId('task-search').fill('complaint');
    await expect.poll(() => page.getByTestId('task-row').count()).toBeLessThan(all);
    const filtered = await page.getByTestId('task-row').allInnerTexts();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((t) => /complaint/i.test(t))).toBe(true);
    await s.screenshot('tasks-en');

    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByTestId('task-search').fill('klacht');
    await expect.poll(() => page.getByTestId('task-row').count()).toBeGreaterThan(0);
    const dutch = await page.getByTestId('task-row').first().innerText();
    expect(dutch).toMatch(/klacht/i);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().innerText()).toMatch(/Taken/);
    await s.screenshot('tasks-nl');

    // The choice of language is stored in SQLite, so it survives a reload.
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
