/**
 * export · backup · restore as a user runs them: JSON keys, exit codes, files written.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cli';
import { seededDbFile, tempDir } from '../helpers/core';

let db: string;
let dir: string;
beforeAll(async () => {
  db = await seededDbFile();
  dir = tempDir('overstap-cli-export-');
  expect(runCliProcess(['reskill', '--all', '--db', db, '--json']).code).toBe(0);
}, 120_000);

describe('overstap export', () => {
  it('writes an XLSX with --lang nl and answers {written, what, format}', async () => {
    const out = path.join(dir, 'team.xlsx');
    const r = runCliProcess(['export', '--what', 'plans', '--format', 'xlsx', '--department', 'Marketing', '--out', out, '--db', db, '--json', '--lang', 'nl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ written: out, what: 'plans', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Plannen')).toBeDefined();
  });

  it('exits 1 for a pair CLI.md does not allow, for path without --employee, for a bad --what', () => {
    const out = path.join(dir, 'x');
    for (const args of [
      ['--what', 'path', '--format', 'xlsx', '--employee', 'E0001'],
      ['--what', 'boardpack', '--format', 'csv'],
      ['--what', 'scenario', '--format', 'pdf'],
      ['--what', 'path', '--format', 'json'],
      ['--what', 'people', '--format', 'json'],
    ]) {
      const r = runCliProcess(['export', ...args, '--out', out, '--db', db, '--json']);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.length).toBeGreaterThan(0);
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits 2 for an unknown employee or scenario', () => {
    const out = path.join(dir, 'y.json');
    expect(runCliProcess(['export', '--what', 'path', '--format', 'json', '--employee', 'NOPE', '--out', out, '--db', db]).code).toBe(2);
    expect(runCliProcess(['export', '--what', 'scenario', '--format', 'json', '--scenario', 'nope', '--out', out, '--db', db]).code).toBe(2);
  });

  it('a missing Chromium is a clear error, exit 1', () => {
    const r = runCliProcess(['export', '--what', 'path', '--format', 'pdf', '--employee', 'E0001', '--out', path.join(dir, 'p.pdf'), '--db', db], { OVERSTAP_CHROMIUM: '/nonexistent/chromium' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Chromium/);
  });
});

describe('overstap backup / restore', () => {
  it('backup → change → restore FILE --yes brings the old state back', () => {
    const file = path.join(dir, 'b.db');
    const b = runCliProcess(['backup', '--out', file, '--db', db, '--json']);
    expect(b.code, b.stderr).toBe(0);
    expect(b.json()).toMatchObject({ written: file });
    expect(runCliProcess(['scenario', 'import', path.join(dir, 'none.json'), '--db', db]).code).toBe(2);
    const out = path.join(dir, 's.json');
    expect(runCliProcess(['scenario', 'export', '--scenario', 'expected', '--out', out, '--db', db]).code).toBe(0);
    expect(runCliProcess(['scenario', 'import', out, '--as', 'later', '--db', db]).code).toBe(0);
    const listed = () => (runCliProcess(['scenario', 'list', '--db', db, '--json']).json() as { scenarios: { name: string }[] }).scenarios.map((s) => s.name);
    expect(listed()).toContain('later');

    const noYes = runCliProcess(['restore', file, '--db', db, '--json']);
    expect(noYes.code).toBe(1);
    expect(noYes.stderr).toMatch(/--yes/);
    expect(listed()).toContain('later');

    const r = runCliProcess(['restore', file, '--yes', '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ restored: file });
    expect(listed()).not.toContain('later');
  });

  it('a bad file exits 1, a missing file exits 2, and nothing changes', () => {
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'definitely not sqlite');
    const before = runCliProcess(['scenario', 'list', '--db', db, '--json']).stdout;
    expect(runCliProcess(['restore', junk, '--yes', '--db', db]).code).toBe(1);
    expect(runCliProcess(['restore', path.join(dir, 'missing.db'), '--yes', '--db', db]).code).toBe(2);
    expect(runCliProcess(['scenario', 'list', '--db', db, '--json']).stdout).toBe(before);
  });
});
