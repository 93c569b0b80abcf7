import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN_IDS } from '../../renderer/src/app/screens';
import { call } from '../helpers/core';
import { englishPhrases, findEnglish, type EnglishPhrase } from './support/english';
import { startSession, type E2eSession } from './support/session';

// Dutch everywhere (issue 13): a browser whose language is Dutch opens the app in Dutch, and no screen then
// shows English where Dutch exists (support/english.ts says what counts). The exports' Dutch is checked
// where they are read back (test/export); walking every export here took four minutes of the suite.

/**
 * Everything a reader meets on the page: visible text and the texts of tooltips, labels and placeholders.
 * Text marked lang="en" is left out: it exists only in English (a source's title and citation as published);
 * so is lang="zxx", values shown as recorded (the audit log's before and after).
 */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')].flatMap((e) => ['title', 'aria-label', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''));
    const english = [...document.querySelectorAll<HTMLElement>('[lang="en"], [lang="zxx"]')];
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
    // And the detector finds a dataset role title that has a Dutch one.
    expect(findEnglish('Customer Service Representatives', phrases).length).toBeGreaterThan(0);
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
});
