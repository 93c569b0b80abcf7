import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { startSession, type E2eSession } from './support/session';

// The About screens in Chromium over the twin: Settings (minimum group size persisted and audited),
// Methodology (anchors) and Sources (the O*NET attribution verbatim), in English and Dutch.
describe('settings, methodology and sources in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => s?.close());

  it('changes the minimum group size, keeps it after a reload and shows the change in the audit log', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await page.getByTestId('nav-settings').click();
    const field = page.getByTestId('min-group-size');
    await expect.poll(() => field.inputValue()).toBe('5');
    expect(await page.getByTestId('min-group-reason').innerText()).toMatch(/Never below 3/);
    await expect.poll(() => page.getByTestId('app-info-app').innerText()).toMatch(/\d+\.\d+\.\d+/);

    // Below 3 is refused in the form, with the reason beside it.
    await field.fill('2');
    await expect.poll(() => page.getByTestId('min-group-error').count()).toBe(1);
    expect(await page.getByTestId('min-group-save').isDisabled()).toBe(true);

    await field.fill('7');
    await page.getByTestId('min-group-save').click();
    await expect.poll(() => page.getByTestId('saved-minGroupSize').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('settings-en');

    await page.reload();
    await page.getByTestId('nav-settings').click();
    await expect.poll(() => page.getByTestId('min-group-size').inputValue()).toBe('7');

    // Other screens may add entries of their own (e.g. draft plans): look at the settings entries.
    await page.getByTestId('nav-audit-log').click();
    await page.getByTestId('audit-entity').selectOption('settings');
    await page.getByTestId('audit-apply').click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBeGreaterThan(0);
    const first = page.getByTestId('audit-row').first();
    expect(await first.getAttribute('data-entity')).toBe('settings');
    expect(await first.getByTestId('audit-diff').innerText()).toMatch(/minGroupSize:\s*5\s*→\s*7/);

    // Dutch: the settings screen speaks Dutch and the language choice is itself on record.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-lang-nl').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().innerText()).toBe('Instellingen');
    await expect.poll(() => page.getByTestId('lang-nl').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('min-group-reason').innerText()).toMatch(/Nooit lager dan 3/);
    await expect.poll(() => page.getByTestId('app-info-employees').innerText()).toBe('1.500');
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('settings-nl');

    await page.getByTestId('nav-audit-log').click();
    await page.getByTestId('audit-entity').selectOption('settings');
    await page.getByTestId('audit-apply').click();
    await expect.poll(() => page.getByTestId('audit-row').first().getByTestId('audit-diff').innerText()).toMatch(/language:\s*en\s*→\s*nl/);
    await page.getByTestId('lang-en').click();

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });

  it('explains the method with anchors and lists every source with the O*NET attribution verbatim', async () => {
    const { page } = s;
    await page.getByTestId('lang-en').click();
    await page.getByTestId('nav-methodology').click();
    await expect.poll(() => page.locator('#method-adoption').count()).toBe(1);
    await expect.poll(() => page.locator('#method-time-shares').count()).toBe(1);
    expect(await page.locator('#method-limits').innerText()).toMatch(/O\*NET describes US occupations/);
    expect(await page.locator('#method-limits').innerText()).toMatch(/2023/);
    await page.locator('nav a[href="#method-fairness"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe('method-fairness');
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('methodology-en');

    await page.getByTestId('nav-sources').click();
    const onet = page.getByTestId('attribution-onet-29-3');
    await expect.poll(() => onet.count()).toBe(1);
    const text = await onet.innerText();
    expect(text).toContain(
      'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
    );
    expect(text).toContain('has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.');
    expect(await page.getByTestId('attribution-gpts-are-gpts').innerText()).toMatch(/MIT License: Permission is hereby granted/);
    for (const id of ['msft-working-with-ai', 'esco-1-1-1', 'nesta-career-causeways', 'bls-ep-2024-34']) expect(await page.getByTestId(`attribution-${id}`).count()).toBe(1);
    expect(await page.getByTestId('source-onet-29-3').getByTestId('source-licence').innerText()).toBe('CC BY 4.0');
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('sources-en');

    await page.getByTestId('strength-A').click();
    await expect.poll(() => page.locator('[data-testid^="source-"][id^="source-"]').count()).toBe(1);
    await page.getByTestId('strength-all').click();

    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().innerText()).toBe('Bronnen');
    // Verbatim stays verbatim in Dutch, with a translation for information.
    expect(await onet.innerText()).toContain('Used under the CC BY 4.0 license.');
    expect(await onet.innerText()).toMatch(/Vertaling, ter informatie/i);
    expect(await onet.innerText()).toContain('Gebruikt onder de CC BY 4.0-licentie.');
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('sources-nl');

    await page.getByTestId('nav-methodology').click();
    await expect.poll(() => page.locator('#method-limits').innerText()).toMatch(/Amerikaanse beroepen/);
    await expect.poll(() => page.locator('#method-time-shares h3').innerText()).toMatch(/Tijdsaandelen|tijdsaandelen|aandelen/i);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('methodology-nl');

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
