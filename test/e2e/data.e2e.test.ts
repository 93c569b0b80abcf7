import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { startSession, type E2eSession } from './support/session';

// The Data screens in Chromium over the twin: the workforce list (virtualised, filtered, a person opened)
// and the audit log, in English and Dutch, with axe on each.
describe('workforce and audit log in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => s?.close());

  it('lists the demo organisation virtualised, filters it, opens a person and closes with Esc', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await page.getByTestId('nav-workforce').click();
    await expect.poll(() => page.getByTestId('person-row').count()).toBeGreaterThan(5);
    await expect.poll(() => page.getByTestId('people-count').innerText()).toBe('Showing 1,500 of 1,500');
    // Virtualised: only the rows in view (plus overscan) exist in the DOM.
    expect(await page.getByTestId('person-row').count()).toBeLessThan(80);
    expect(await page.getByTestId('card-people').innerText()).toContain('1,500');
    // Pseudonymised by default: ids only, no name column.
    await expect.poll(() => page.getByTestId('person-row').first().innerText()).toMatch(/^E0001/);
    expect(await page.getByTestId('sort-name').count()).toBe(0);

    // Scrolling to the end brings the last person into the DOM.
    await page.getByTestId('people-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => page.locator('[data-person-id="E1500"]').count()).toBe(1);
    await page.getByTestId('people-scroll').evaluate((el) => (el.scrollTop = 0));

    // Ctrl+F focuses the filter instead of the browser's find bar.
    await page.getByTestId('card-people').click();
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wf-filter');

    await page.getByTestId('filter-department').selectOption('Marketing');
    await expect.poll(() => page.getByTestId('people-count').innerText()).toMatch(/^Showing \d+ of 1,500$/);
    const shown = Number((await page.getByTestId('people-count').innerText()).match(/Showing (\d+)/)![1]);
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(1500);
    const departments = await page.locator('[data-testid="person-row"] td:nth-child(3)').allInnerTexts();
    expect(departments.length).toBeGreaterThan(0);
    expect(departments.every((d) => d === 'Marketing')).toBe(true);

    // Sort by FTE descending: the first row has the largest FTE.
    await page.getByTestId('sort-fte').click();
    await page.getByTestId('sort-fte').click();
    await expect.poll(() => page.locator('th[aria-sort="descending"]').count()).toBe(1);

    // Status filter: the objections of the demo organisation.
    await page.getByTestId('filter-department').selectOption('');
    await page.getByTestId('filter-status').selectOption('objection');
    await expect.poll(() => page.getByTestId('people-count').innerText()).toMatch(/^Showing [1-9]\d* of 1,500$/);
    const objectionId = await page.getByTestId('person-row').first().getAttribute('data-person-id');
    await page.getByTestId('person-row').first().locator('.wf-open').click();
    await expect.poll(() => page.getByTestId('employee-title').innerText()).toBe(objectionId);
    await expect.poll(() => page.getByTestId('employee-objection').count()).toBe(1);
    await page.getByTestId('filter-status').selectOption('all');

    // Open a person with the keyboard: the panel shows their facts and skills with sources.
    await page.getByTestId('people-filter').fill('E0042');
    await expect.poll(() => page.getByTestId('person-row').count()).toBe(1);
    await page.getByTestId('person-row').first().locator('.wf-open').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('employee-title').innerText()).toBe('E0042');
    await expect.poll(() => page.getByTestId('skill-row').count()).toBeGreaterThan(3);
    const sources = await page.locator('[data-testid="skill-row"] .wf-source').allInnerTexts();
    expect(sources.every((x) => ['self-assessed', 'manager', 'learning', 'inferred'].includes(x))).toBe(true);
    expect(await page.getByTestId('employee-panel').innerText()).toMatch(/Hours a week/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('workforce-en');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('employee-panel').count()).toBe(0);

    // Dutch: the same screen, Dutch words and number formats.
    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().innerText()).toBe('Personeel');
    await page.getByTestId('people-filter').fill('');
    await expect.poll(() => page.getByTestId('people-count').innerText()).toBe('1.500 van 1.500');
    await page.getByTestId('person-row').nth(2).locator('.wf-open').click();
    await expect.poll(() => page.getByTestId('skill-row').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('employee-panel').innerText()).toMatch(/Uren per week/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('workforce-nl');
    await page.getByTestId('employee-close').click();
    await page.getByTestId('lang-en').click();

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });

  it('shows the audit log read-only, newest first, filterable by entity', async () => {
    const { page } = s;
    await page.getByTestId('nav-audit-log').click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBeGreaterThan(0);
    // The language switches above are settings changes: they are on record, newest first
    // (other screens may add entries of their own, so look at the settings ones).
    await page.getByTestId('audit-entity').selectOption('settings');
    await page.getByTestId('audit-apply').click();
    await expect.poll(() => page.getByTestId('audit-row').first().getAttribute('data-entity')).toBe('settings');
    const first = page.getByTestId('audit-row').first();
    expect(await first.getAttribute('data-entity')).toBe('settings');
    expect(await first.innerText()).toMatch(/language/);
    const ids = await page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-audit-id'))));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(await page.getByTestId('audit-append-only').innerText()).toMatch(/append-only/);
    // No edit controls: no inputs or buttons inside the table except the JSON disclosure.
    expect(await page.getByTestId('audit-table').locator('input, textarea, button').count()).toBe(0);

    await page.getByTestId('audit-entity').selectOption('database');
    await page.getByTestId('audit-apply').click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBe(1);
    await page.getByTestId('audit-row').first().locator('summary').click();
    expect(await page.getByTestId('audit-row').first().innerText()).toMatch(/Demo BV/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('audit-log-en');

    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().innerText()).toBe('Auditlog');
    await page.getByTestId('audit-entity').selectOption('');
    await page.getByTestId('audit-apply').click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBeGreaterThan(2);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('audit-log-nl');

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
