import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../helpers/core';
import { seriousViolations } from './support/axe';
import { artifactsDir, startSession, type E2eSession } from './support/session';

// The Exports screen in Chromium over the twin: a plans workbook and a backup come down as browser
// downloads; a junk restore file is refused; axe finds nothing serious.
describe('exports in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
    await call(s.core, 'reskill.all', { scenario: 'expected' });
  }, 180_000);
  afterAll(async () => s?.close());

  it('plans as XLSX download as a valid workbook', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await page.getByTestId('nav-exports').click();
    await expect.poll(() => page.getByTestId('screen-exports').count()).toBe(1);
    await page.getByTestId('export-what-plans').check();
    await page.getByTestId('export-format').selectOption('xlsx');
    await expect.poll(() => page.getByTestId('export-department').locator('option').count()).toBeGreaterThan(2);
    await page.getByTestId('export-department').selectOption('Marketing');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-submit').click()]);
    expect(download.suggestedFilename()).toMatch(/^overstap-plans-expected-marketing-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = path.join(artifactsDir, 'e2e-plans.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('Plans')!.rowCount).toBeGreaterThan(10);
    expect(typeof wb.getWorksheet('Plans')!.getRow(2).getCell(12).value).toBe('number');
    fs.rmSync(file);
    await expect.poll(() => page.getByTestId('exports-status').innerText()).toMatch(/Downloaded overstap-plans/);
    expect(s.foreignRequests).toEqual([]);
  }, 120_000);

  it('a backup downloads; a junk restore file is refused', async () => {
    const { page } = s;
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('backup-create').click()]);
    expect(download.suggestedFilename()).toMatch(/^overstap-backup-.*\.db$/);
    const file = path.join(artifactsDir, 'e2e-backup.db');
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    fs.rmSync(file);
    await page.getByTestId('restore-file').setInputFiles({ name: 'junk.db', mimeType: 'application/octet-stream', buffer: Buffer.from('not a database') });
    await expect.poll(() => page.getByTestId('exports-error').count()).toBe(1);
    expect(await page.getByTestId('exports-error').innerText()).toMatch(/BAD_FILE/);
  }, 120_000);

  it('has no serious accessibility violations', async () => {
    // The screen as it opens (the shared error banner's own contrast is checked where that component lives).
    await s.page.goto(s.twin.url);
    await s.page.getByTestId('nav-exports').click();
    await expect.poll(() => s.page.getByTestId('export-department').locator('option').count()).toBeGreaterThan(2);
    await s.screenshot('exports-screen');
    expect(await seriousViolations(s.page)).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
