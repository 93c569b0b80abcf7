import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { startSession, type E2eSession } from './support/session';

describe('the Privacy screen and employee mode in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => s?.close());

  it('records consent and an objection, exports, erases, and locks to one person until the passphrase is given', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await page.getByTestId('nav-privacy').click();
    await expect.poll(() => page.getByTestId('status-passphrase').innerText()).toMatch(/not set/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('privacy-search').fill('E0020');
    await page.getByTestId('privacy-select-E0020').click();
    await page.getByTestId('consent-field').selectOption('gender');
    await page.getByTestId('consent-value').selectOption('other');
    await page.getByTestId('consent-give').click();
    await expect.poll(() => page.getByTestId('consent-records').innerText()).toMatch(/gender: given/);

    await page.getByTestId('objection-reason').fill('I prefer not to be scored');
    await page.getByTestId('objection-submit').click();
    await expect.poll(() => page.getByTestId('objection-state').innerText()).toMatch(/no fit, rank or path/);

    const download = page.waitForEvent('download');
    await page.getByTestId('access-json').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('overstap-access-E0020.json');
    expect(await seriousViolations(page)).toEqual([]);

    // Employee mode needs a passphrase first.
    await page.getByTestId('passphrase-new').fill('planner-secret-1');
    await page.getByTestId('passphrase-save').click();
    await expect.poll(() => page.getByTestId('status-passphrase').innerText()).toMatch(/^set/);
    await page.getByTestId('employee-mode-enter').click();
    await expect.poll(() => page.getByTestId('employee-mode').count()).toBe(1);
    await expect.poll(() => page.getByTestId('employee-mode').getByTestId('objection').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('unlock-passphrase').fill('wrong passphrase');
    await page.getByTestId('unlock-submit').click();
    await expect.poll(() => page.getByTestId('unlock-error').count()).toBe(1);
    await page.getByTestId('unlock-passphrase').fill('planner-secret-1');
    await page.getByTestId('unlock-submit').click();
    await expect.poll(() => page.getByTestId('employee-mode').count()).toBe(0);

    // Erasure needs the id typed.
    await expect.poll(() => page.getByTestId('erase-submit').isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm').fill('E0020');
    await page.getByTestId('erase-submit').click();
    await expect.poll(() => page.getByTestId('status-erasures').innerText()).toBe('1');
    // The screen says what the erasure did to the automatic backups beside the database (16.7).
    await expect.poll(() => page.getByTestId('erase-result').innerText()).toMatch(/E0020 was erased\. Automatic backups beside the database: \d+ cleaned of this person, \d+ removed\./);
    expect(s.core.db.prepare("SELECT 1 FROM employees WHERE id = 'E0020'").get()).toBeUndefined();
    await s.screenshot('privacy-en');
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
