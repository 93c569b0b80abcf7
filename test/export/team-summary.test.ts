/**
 * The team plan PDF (issue 13): a one-to-two page team summary (who, target role, start, hours, cost,
 * status) before the per-person pages, or the summary alone. Printed by the real Chromium, read back with
 * pdftotext, and rendered as PNG into test/artifacts to look at.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { artifactsDir } from '../e2e/support/session';
import { call, openTestCore, tempDir } from '../helpers/core';
import { exportFile, pdfPages, pdfText, pdfToPng, withPlans } from './helpers';

const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });

let core: Core;
let dir: string;
beforeAll(async () => {
  core = await openTestCore();
  dir = tempDir();
  await withPlans(core);
}, 600_000);
afterAll(() => core?.close());

describe('team plan PDF with a summary first', () => {
  it('puts all 164 people of Marketing on at most two summary pages, before the per-person pages', async () => {
    const ids = (core.db.prepare("SELECT employee_id AS id FROM plans WHERE employee_id IN (SELECT id FROM employees WHERE department = 'Marketing') ORDER BY employee_id").all() as { id: string }[]).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(150);
    const summary = await exportFile(core, { what: 'plans', format: 'pdf', department: 'Marketing', part: 'summary', lang: 'en' }, dir);
    expect(summary.fileName).toMatch(/-summary-/);
    const pages = pdfPages(summary.file);
    expect(pages).toBeLessThanOrEqual(2);
    const text = pdfText(summary.file);
    expect(text).toContain('Team summary');
    // Every person is on it, by id (pseudonymised by default), with no per-person section.
    for (const id of ids) expect(text).toContain(id);
    expect(text).not.toMatch(/why this role/i);
    pdfToPng(summary.file, path.join(artifactsDir, 'team-summary-marketing-en'), 2);

    const full = await exportFile(core, { what: 'plans', format: 'pdf', department: 'Marketing', lang: 'en' }, dir);
    const fullPages = pdfPages(full.file);
    expect(fullPages).toBeGreaterThan(pages + 10);
    // The summary fills the first pages; the people start after it.
    expect(pageText(full.file, 1)).toContain('Team summary');
    for (let p = 1; p <= pages; p++) expect(pageText(full.file, p)).not.toMatch(/why this role/i);
    expect(pdfText(full.file)).toMatch(/why this role/i);
  }, 600_000);

  it('exports one manager’s team by name in Dutch, the summary alone through the same door', async () => {
    // A team lead (everyone under them is a direct report), not the head of a unit.
    const { managers } = await call(core, 'team.managers', {});
    const heads = new Set((core.db.prepare('SELECT DISTINCT m.manager_id AS id FROM employees e JOIN employees m ON e.manager_id = m.id WHERE m.manager_id IS NOT NULL').all() as { id: string }[]).map((r) => r.id));
    const lead = managers.find((m) => m.reports >= 10 && m.reports <= 40 && !heads.has(m.id))!;
    const team = await call(core, 'team.get', { managerId: lead.id, lang: 'nl' });
    expect(team.members.every((m) => m.direct)).toBe(true);
    const out = await exportFile(core, { what: 'plans', format: 'pdf', managerId: lead.id, part: 'summary', names: true, lang: 'nl' }, dir);
    expect(pdfPages(out.file)).toBe(1);
    const text = pdfText(out.file);
    expect(text).toContain('Teamoverzicht');
    expect(text).toContain(`Team van ${lead.name}`);
    for (const m of team.members.filter((x) => x.plan)) expect(text).toContain(m.name!.slice(0, 12));
    pdfToPng(out.file, path.join(artifactsDir, 'team-summary-manager-nl'), 1);
    // part is for the plans export only; a department and a team at once is refused.
    await expect(call(core, 'export.file', { what: 'path', format: 'pdf', employeeId: lead.id, part: 'summary' })).rejects.toThrow(/only for the plans export/);
    await expect(call(core, 'export.file', { what: 'plans', format: 'pdf', managerId: lead.id, department: 'Marketing' })).rejects.toThrow(/not both/);
  }, 600_000);
});
