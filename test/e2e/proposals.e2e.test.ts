/**
 * Self-assessed skill levels in Chromium: the employee proposes a level in My path, the manager confirms it
 * in Team with a comment, and My path shows the level with source "manager" — in English and Dutch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { startSession, type E2eSession } from './support/session';

const ID = 'E0001';

async function openMyPath(page: Page) {
  await page.getByTestId('nav-my-path').click();
  const change = page.getByTestId('mypath-change');
  if (await change.count()) await change.click();
  await page.getByTestId('mypath-picker-search').fill(ID);
  await expect.poll(() => page.getByTestId('person-option').count(), { timeout: 30_000 }).toBe(1);
  await page.locator(`[data-testid="person-option"][data-employee-id="${ID}"]`).click();
  await expect.poll(() => page.getByTestId('skill-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

describe('skill proposals in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => s?.close());

  it('the employee proposes a level, the manager confirms it, and it shows with source manager', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await openMyPath(page);

    // The lowest skill not already set by a manager: propose one level up.
    const rows = await page.getByTestId('skill-row').evaluateAll((els) => els.map((e) => ({ skill: e.getAttribute('data-skill')!, level: Number(e.getAttribute('data-level')), source: e.getAttribute('data-source') })));
    const target = rows.filter((r) => r.source !== 'manager' && r.level < 5).sort((a, b) => a.level - b.level)[0]!;
    const proposed = target.level + 1;
    const row = () => page.locator(`[data-testid="skill-row"][data-skill="${target.skill}"]`);
    await row().getByTestId('skill-propose').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('propose-level-select');
    await page.getByTestId('propose-level-select').selectOption(String(proposed));
    await page.getByTestId('propose-note').fill('I have done this every week since March.');
    await page.getByTestId('propose-level').click();
    await expect.poll(() => row().getAttribute('data-pending')).toBe(String(proposed));
    expect(await page.getByTestId('propose-sent').innerText()).toMatch(new RegExp(`at level ${proposed} is waiting for your manager`));
    expect(await row().getAttribute('data-level')).toBe(String(target.level));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('my-skills').scrollIntoViewIfNeeded();
    await s.screenshot('proposals-mypath-en');

    // The manager, in Team.
    await page.getByTestId('nav-team').click();
    const item = page.locator(`[data-testid="proposal"][data-employee-id="${ID}"][data-skill="${target.skill}"]`);
    await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(1);
    expect(await item.getByTestId('proposal-change').innerText()).toMatch(new RegExp(`now ${target.level}, proposed ${proposed}`));
    expect(await item.getByTestId('proposal-confirm').isDisabled()).toBe(true);
    await item.getByTestId('proposal-comment').fill('Seen it in the weekly reviews.');
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('proposals-team-en');
    await item.getByTestId('proposal-confirm').click();
    await expect.poll(() => page.getByTestId('proposals-decided').innerText()).toMatch(new RegExp(`${ID}: .+ is now level ${proposed} \\(source: manager\\)`));
    await expect.poll(() => item.count()).toBe(0);
    await s.screenshot('proposals-team-confirmed-en');

    // Back in My path: the confirmed level, source manager.
    await openMyPath(page);
    await expect.poll(() => row().getAttribute('data-source'), { timeout: 30_000 }).toBe('manager');
    expect(await row().getAttribute('data-level')).toBe(String(proposed));
    await expect.poll(() => page.locator(`[data-testid="my-proposal"][data-skill="${target.skill}"]`).getAttribute('data-status')).toBe('confirmed');

    // Dutch.
    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => row().innerText()).toMatch(/leidinggevende/);
    expect(await page.getByTestId('propose-form').innerText()).toMatch(/Zelf een niveau voorstellen/);
    expect(await page.locator(`[data-testid="my-proposal"][data-skill="${target.skill}"]`).innerText()).toMatch(/bevestigd/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('my-skills').scrollIntoViewIfNeeded();
    await s.screenshot('proposals-mypath-nl');
    await page.getByTestId('nav-team').click();
    await expect.poll(() => page.getByTestId('team-proposals').innerText(), { timeout: 30_000 }).toMatch(/Er wachten geen vaardigheidsniveaus op jou/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('proposals-team-nl');

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
