/**
 * PDF reports printed by Chromium (playwright-core, system Chromium) from the twin's report page on the
 * same core; read back with pdfinfo/pdftotext and rendered to PNG in test/artifacts for a look.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { openTestCore, tempDir } from '../helpers/core';
import { repoRoot } from '../helpers/cli';
import { exportFile, pdfPages, pdfText, pdfToPng, withPlans } from './helpers';

const artifacts = path.join(repoRoot, 'test', 'artifacts');
const hasChromium = fs.existsSync(process.env.OVERSTAP_CHROMIUM ?? '/usr/bin/chromium');

let core: Core;
let dir: string;
beforeAll(async () => {
  core = await openTestCore();
  dir = tempDir('overstap-pdf-');
  await withPlans(core);
}, 120_000);
afterAll(() => core?.close());

// Chromium is part of the test machine (.ci/run installs it): without it these tests fail, never skip.
describe('PDF reports', () => {
  it('has the system Chromium to print with', () => expect(hasChromium).toBe(true));

  it('team plans in English and Dutch: one section per person, page numbers, header', async () => {
    for (const lang of ['en', 'nl'] as const) {
      const { file, mime } = await exportFile(core, { what: 'plans', format: 'pdf', department: 'Content & Creatie', lang }, dir);
      expect(mime).toBe('application/pdf');
      expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pdfPages(file);
      expect(pages).toBeGreaterThan(10);
      const text = pdfText(file);
      expect(text).toContain(lang === 'nl' ? 'Omscholingsplannen' : 'Reskilling plans');
      expect(text).toContain('Demo BV');
      expect(text).toContain('Content & Creatie');
      expect(text).toContain(lang === 'nl' ? `Pagina 1 van ${pages}` : `Page 1 of ${pages}`);
      expect(text).toContain(lang === 'nl' ? 'Ontbrekende vaardigheden' : 'Missing skills');
      expect(text).toContain(lang === 'nl' ? 'concept' : 'draft');
      expect(text).toMatch(/E\d{4}/);
      pdfToPng(file, path.join(artifacts, `export-plans-${lang}`), 2);
    }
  }, 240_000);

  it("an employee's own path", async () => {
    const { file } = await exportFile(core, { what: 'path', format: 'pdf', employeeId: 'E0001', lang: 'nl' }, dir);
    const text = pdfText(file);
    expect(pdfPages(file)).toBeGreaterThanOrEqual(1);
    expect(text).toContain('Mijn omscholingspad');
    expect(text).toContain('E0001');
    expect(text).toContain('Beste paden nu');
    pdfToPng(file, path.join(artifacts, 'export-path-nl'), 2);
  }, 120_000);

  it('the board pack: headline figures, charts, assumptions, sources', async () => {
    for (const lang of ['en', 'nl'] as const) {
      const { file } = await exportFile(core, { what: 'boardpack', format: 'pdf', lang }, dir);
      const text = pdfText(file);
      expect(pdfPages(file)).toBeGreaterThanOrEqual(3);
      expect(text).toContain(lang === 'nl' ? 'Bestuurspakket' : 'Board pack');
      expect(text).toContain(lang === 'nl' ? 'Kerncijfers' : 'Headline figures');
      expect(text).toContain(lang === 'nl' ? 'Aannames' : 'Assumptions');
      expect(text).toContain(lang === 'nl' ? 'Bronnen' : 'Sources');
      expect(text).toContain(lang === 'nl' ? '1.500' : '1,500');
      pdfToPng(file, path.join(artifacts, `export-boardpack-${lang}`), 3);
    }
  }, 240_000);
});
