import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN_IDS } from '../../renderer/src/app/screens';
import { call } from '../helpers/core';
import { englishPhrases, findEnglish, type EnglishPhrase } from './support/english';
import { artifactsDir, startSession, type E2eSession } from './support/session';

// Dutch everywhere (issue 13): a browser whose language is Dutch opens the app in Dutch, and no screen,
// export or document then shows English where Dutch exists (support/english.ts says what counts).

/**
 * Everything a reader meets on the page: visible text and the texts of tooltips, labels and placeholders.
 * Text marked lang="en" is left out: it exists only in English (a source's title and citation as published).
 */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')].flatMap((e) => ['title', 'aria-label', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''));
    const english = [...document.querySelectorAll<HTMLElement>('[lang="en"]')];
    const shown = english.map((e) => e.style.display);
    english.forEach((e) => (e.style.display = 'none'));
    const text = document.body.innerText;
    english.forEach((e, i) => (e.style.display = shown[i]!));
    return [text, ...attrs].join('\n');
  });
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.loading, [aria-busy="true"]').count(), { timeout: 60_000 }).toBe(0);
}

async function xlsxText(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  });
  return parts.join('\n');
}

const fileText = async (file: string): Promise<string> =>
  file.endsWith('.xlsx') ? xlsxText(file) : file.endsWith('.pdf') ? execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) : fs.readFileSync(file, 'utf8');

describe('Dutch everywhere in Chromium (13)', () => {
  let s: E2eSession;
  let phrases: EnglishPhrase[];
  const found: Record<string, string[]> = {};
  const check = (where: string, text: string) => {
    const english = findEnglish(text, phrases);
    if (english.length) found[where] = english;
  };

  beforeAll(async () => {
    phrases = englishPhrases();
    s = await startSession({ locale: 'nl-NL' });
    await call(s.core, 'reskill.all', { scenario: 'expected' });
  }, 240_000);
  afterAll(async () => s?.close());

  it('opens in Dutch on a Dutch browser without anyone choosing it', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.getByTestId('lang-nl').getAttribute('aria-pressed')).toBe('true');
    expect((await call(s.core, 'settings.get', {})).languageChosen).toBe(false);
    // The phrase list is real: it holds catalogue and dataset text.
    expect(phrases.some((p) => p.from.startsWith('catalogue'))).toBe(true);
    expect(phrases.some((p) => p.from.startsWith('dataset role'))).toBe(true);
  });

  it('every screen shows Dutch only', async () => {
    const { page } = s;
    for (const id of SCREEN_IDS) {
      await page.getByTestId(`nav-${id}`).click();
      await expect.poll(() => page.getByTestId(`screen-${id}`).count(), { timeout: 30_000 }).toBe(1);
      await settle(page);
      await s.screenshot(`nl-screen-${id}`);
      check(`screen ${id}`, await pageText(page));
    }
    // Views behind a tab or a button.
    await page.getByTestId('nav-scenarios').click();
    for (const tab of ['compare', 'sensitivity'] as const) {
      await page.getByTestId(`tab-${tab}`).click();
      await settle(page);
      await s.screenshot(`nl-scenarios-${tab}`);
      check(`scenarios ${tab}`, await pageText(page));
    }
    await page.getByTestId('nav-paths').click();
    await page.getByTestId('person-picker-search').fill('E0001');
    await page.locator('[data-employee-id="E0001"]').first().click();
    await settle(page);
    await s.screenshot('nl-paths-person');
    check('paths for a person', await pageText(page));
    await page.getByTestId('nav-dashboard').click();
    await settle(page);
    await page.getByTestId('explain-case').click();
    await expect.poll(() => page.getByTestId('explain-panel').count()).toBe(1);
    await s.screenshot('nl-explain');
    check('explanation panel', await pageText(page));
    await page.keyboard.press('Escape');
    expect(found).toEqual({});
  }, 600_000);

  it('every export (XLSX read back, CSV, PDF as text) and document is Dutch', async () => {
    const { page } = s;
    const save = async (name: string, click: () => Promise<void>): Promise<string> => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
      const file = path.join(artifactsDir, `nl-${name}${path.extname(download.suggestedFilename())}`);
      await download.saveAs(file);
      return file;
    };
    await page.getByTestId('nav-exports').click();
    await settle(page);
    const exportsToCheck = [
      ['plans', 'xlsx'],
      ['plans', 'csv'],
      ['plans', 'pdf'],
      ['boardpack', 'pdf'],
      ['boardpack', 'xlsx'],
      ['scenario', 'csv'],
      ['scenario', 'xlsx'],
      ['path', 'pdf'],
    ] as const;
    for (const [what, format] of exportsToCheck) {
      await page.getByTestId(`export-what-${what}`).check();
      await page.getByTestId('export-format').selectOption(format);
      if (what === 'path') await page.getByTestId('export-employee').fill('E0001');
      expect(await page.getByTestId('export-lang').inputValue()).toBe('nl');
      await expect.poll(() => page.getByTestId('export-submit').isEnabled(), { timeout: 120_000 }).toBe(true);
      const file = await save(`${what}.${format}`, () => page.getByTestId('export-submit').click({ timeout: 120_000 }));
      check(`export ${what} ${format}`, await fileText(file));
    }

    await page.getByTestId('nav-privacy').click();
    await settle(page);
    await page.getByTestId('privacy-search').fill('E0001');
    await page.getByTestId('privacy-select-E0001').click();
    const access = await save('access', () => page.getByTestId('access-pdf').click({ timeout: 120_000 }));
    check('access export pdf', await fileText(access));
    for (const kind of ['worker-notice', 'dpia', 'works-council', 'method-card']) {
      await page.getByTestId('docs-what').selectOption(kind);
      await page.getByTestId('docs-format').selectOption('md');
      const doc = await save(`doc-${kind}`, () => page.getByTestId('docs-download').click({ timeout: 120_000 }));
      check(`document ${kind}`, await fileText(doc));
    }
    expect(found).toEqual({});
    expect(s.consoleErrors).toEqual([]);
  }, 900_000);
});
