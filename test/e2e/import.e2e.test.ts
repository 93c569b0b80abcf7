/**
 * The planner imports a Dutch semicolon CSV (Windows-1252, decimal commas) through the UI in Chromium:
 * checks it, reviews an uncertain job title, imports with a progress bar, and sees their own people.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp1252 } from '../import/helpers';
import { seriousViolations } from './support/axe';
import { startSession, type E2eSession } from './support/session';

const HEADER = 'Personeelsnummer;Naam;Functie;FTE;Uren per week;Afdeling;Locatie;In dienst;Contract;Vaardigheden';
const rows = [
  '1001;José Müller;Klantenservicemedewerker;0,8;28,8;Klantenservice;Utrecht;01-02-2019;vast;"Actief luisteren:3; Schrijven:2"',
  '1002;Eva Ünal;Reclamegoeroe;1;36;Marketing;’s-Hertogenbosch;2020-05-11;tijdelijk;Klantgerichtheid:4',
  '1003;Piet Jansen;Marketingmanager;0,5;18;Marketing;Utrecht;15-3-2021;vast;',
];
const csv = (lines: string[]) => cp1252([HEADER, ...lines].join('\r\n') + '\r\n');

describe('workforce import through the UI in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => s?.close());

  it('imports a Dutch semicolon CSV, with a reviewed job title, and shows the people', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await page.getByTestId('nav-workforce').click();
    await expect.poll(() => page.getByTestId('person-row').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await page.getByTestId('workforce-import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'afas-export.csv', mimeType: 'text/csv', buffer: csv(rows) });
    await expect.poll(() => page.getByTestId('import-file-chosen').innerText()).toContain('afas-export.csv');
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('import-file-en');
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-wizard').getAttribute('data-step'), { timeout: 30_000 }).toBe('check');

    // What the core recognised: the Dutch headers, Windows-1252, the counts, the demo being replaced.
    expect(await page.getByTestId('import-file-summary').innerText()).toMatch(/afas-export\.csv · CSV, windows-1252, separated by “;”/);
    const fields = await page.getByTestId('mapping-row').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-header')}=${e.getAttribute('data-field')}`));
    expect(fields).toEqual(expect.arrayContaining(['Personeelsnummer=id', 'Functie=title', 'FTE=fte', 'Afdeling=department', 'Vaardigheden=skills']));
    expect(await page.getByTestId('import-count-added').innerText()).toBe('3');
    expect(await page.getByTestId('import-replaces-demo').innerText()).toMatch(/replaces the demo organisation/);
    expect(await page.getByTestId('import-error-count').innerText()).toBe('0 errors');

    // The uncertain title: pick the role.
    const review = page.locator('[data-testid="review-row"][data-id="1002"]');
    await expect.poll(() => review.count()).toBe(1);
    expect(await review.getByTestId('review-confidence').innerText()).toMatch(/\d+% sure/);
    await review.getByTestId('review-select').selectOption('11-2021.00');
    await page.getByTestId('import-org-name').fill('Klantgroep BV');
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('import-check-en');

    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-wizard').getAttribute('data-step'), { timeout: 30_000 }).toBe('done');
    expect(await page.getByTestId('import-done').innerText()).toMatch(/Klantgroep BV now has 3 people from afas-export\.csv/);
    expect(await page.getByTestId('import-done-removed').innerText()).toBe('1,500');
    // The top bar follows: the organisation is now the imported one.
    await expect.poll(() => page.getByTestId('organisation').innerText()).toBe('Klantgroep BV');
    await s.screenshot('import-done-en');
    await page.getByTestId('import-show-people').click();
    await expect.poll(() => page.getByTestId('person-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-person-id'))), { timeout: 30_000 }).toEqual(['1001', '1002', '1003']);
    // The reviewed title took the chosen role and is no longer "to review".
    expect(await page.locator('[data-person-id="1002"]').innerText()).toMatch(/Marketing Managers/);
    expect(await page.getByTestId('card-review').innerText()).toMatch(/^Role to review\s*0/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('import-people-en');

    // Dutch: a re-import with an error and a removal, checked but not imported.
    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByTestId('workforce-import').click();
    expect(await page.getByTestId('import-step-title').innerText()).toBe('Bestand kiezen');
    await page.getByTestId('import-file').setInputFiles({ name: 'afas-maart.csv', mimeType: 'text/csv', buffer: csv([rows[0]!, rows[1]!.replace(';1;36;', ';2,0;36;')]) });
    await page.getByTestId('import-next').click();
    await expect.poll(() => page.getByTestId('import-wizard').getAttribute('data-step'), { timeout: 30_000 }).toBe('check');
    const problem = page.locator('[data-testid="problem-row"][data-severity="error"]').first();
    expect(await problem.getAttribute('data-row')).toBe('3');
    expect(await problem.innerText()).toMatch(/Fout\s+3\s+FTE\s+2,0\s+Fte 2 ligt buiten \(0; 1,5\]/);
    expect(await page.getByTestId('import-blocked').innerText()).toMatch(/Herstel 1 fout/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.getByTestId('import-replace').check();
    await expect.poll(() => page.getByTestId('import-replace-warning').innerText()).toMatch(/Let op: 1 persoon die niet in het bestand staat wordt verwijderd/);
    // Only the person left out of the file would be removed; the row with the error is still in the file.
    expect(await page.getByTestId('import-count-removed').innerText()).toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('import-check-nl');
    await page.getByTestId('import-close').click();
    await expect.poll(() => page.getByTestId('person-row').count()).toBe(3);

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
