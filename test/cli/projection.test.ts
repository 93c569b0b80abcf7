/**
 * The workforce projection through the real CLI and real files (issue 12.3, 12.8, 14.5): the flows add
 * up in `scenario run --json` and equal the XLSX export read back; --year on an existing database fails
 * clearly; an old-format scenario file is upgraded, a damaged one or a damaged stored row is refused
 * with a specific message (exit 1, never INTERNAL).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cli';
import { seededDbFile, tempDir } from '../helpers/core';

interface Flows { year: number; demandFte: number; supplyFte: number; surplusFte: number; shortfallFte: number; hires: number; leavers: number; attritionLeavers: number; contractEndings: number }
interface Run { years: number[]; roles: { code: string; byYear: Flows[] }[]; totals: { byYear: Flows[]; hires: number; leavers: number } }

describe('scenario run: flows', { timeout: 180_000 }, () => {
  it('has no start-year surplus, supply = last year − leavers + hires, and totals equal the sum of the roles', async () => {
    const db = await seededDbFile();
    const r = runCliProcess(['scenario', 'run', '--scenario', 'expected', '--json', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const run = r.json<Run>();
    for (const role of run.roles) {
      expect(Math.abs(role.byYear[0]!.surplusFte)).toBeLessThan(1e-9);
      for (let i = 1; i < role.byYear.length; i++) {
        const y = role.byYear[i]!;
        expect(y.hires).toBeGreaterThanOrEqual(0);
        expect(y.supplyFte).toBeCloseTo(role.byYear[i - 1]!.supplyFte - y.leavers + y.hires, 9);
        expect(y.leavers).toBeCloseTo(y.attritionLeavers + y.contractEndings, 9);
      }
    }
    run.totals.byYear.forEach((t, i) => {
      for (const k of ['demandFte', 'supplyFte', 'surplusFte', 'shortfallFte', 'hires', 'leavers'] as const) {
        expect(t[k]).toBeCloseTo(run.roles.reduce((s, role) => s + role.byYear[i]![k], 0), 6);
      }
    });
    expect(run.totals.hires).toBeCloseTo(run.totals.byYear.reduce((s, y) => s + y.hires, 0), 9);
    // Demo BV re-hires contact-centre leavers every year: the projection shows them.
    expect(run.totals.hires).toBeGreaterThan(100);
  });

  it('the XLSX export of the scenario shows the same per-year totals, read back from the file', async () => {
    const db = await seededDbFile();
    const run = runCliProcess(['scenario', 'run', '--scenario', 'expected', '--json', '--db', db]).json<Run>();
    const out = path.join(tempDir(), 'expected.xlsx');
    const r = runCliProcess(['export', '--what', 'scenario', '--format', 'xlsx', '--scenario', 'expected', '--out', out, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Projection per year')!;
    expect(sheet).toBeDefined();
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (name: string) => header.indexOf(name) + 1;
    run.totals.byYear.forEach((t, i) => {
      const row = sheet.getRow(i + 2);
      expect(Number(row.getCell(col('Year')).value)).toBe(t.year);
      expect(Number(row.getCell(col('Hires (FTE)')).value)).toBeCloseTo(t.hires, 3);
      expect(Number(row.getCell(col('Leavers (FTE)')).value)).toBeCloseTo(t.leavers, 3);
      expect(Number(row.getCell(col('Supply (FTE)')).value)).toBeCloseTo(t.supplyFte, 3);
      expect(Number(row.getCell(col('Surplus (FTE)')).value)).toBeCloseTo(t.surplusFte, 3);
      expect(Number(row.getCell(col('Shortfall (FTE)')).value)).toBeCloseTo(t.shortfallFte, 3);
    });
  });
});

describe('--year', { timeout: 180_000 }, () => {
  it('seeds a new database from that year, and refuses a different year on an existing one (exit 1, what it holds)', async () => {
    const fresh = path.join(tempDir(), 'y.db');
    const made = runCliProcess(['scenario', 'run', '--scenario', 'expected', '--year', '2031', '--json', '--db', fresh]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.json<Run>().years).toEqual([2031, 2032, 2033, 2034, 2035, 2036]);
    expect(runCliProcess(['scenario', 'run', '--scenario', 'expected', '--year', '2031', '--json', '--db', fresh]).code).toBe(0);

    const db = await seededDbFile(); // seeded with 2026
    const r = runCliProcess(['scenario', 'run', '--scenario', 'expected', '--year', '2031', '--json', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--year 2031 only applies when a new database is created/);
    expect(r.stderr).toMatch(/2026–2031/);
  });
});

describe('scenario files and stored scenarios of another version', { timeout: 180_000 }, () => {
  it('imports a version-1 file (attrition as two rates) by upgrading it, and exports it as the current version', async () => {
    const db = await seededDbFile();
    const dir = tempDir();
    const current = path.join(dir, 'current.json');
    expect(runCliProcess(['scenario', 'export', '--scenario', 'expected', '--out', current, '--db', db]).code).toBe(0);
    const file = JSON.parse(fs.readFileSync(current, 'utf8'));
    const { attrition: _a, ...levers } = file.scenario.levers;
    const old = { ...file, version: 1, scenario: { ...file.scenario, name: 'old-format', levers: { ...levers, attritionCustomerService: 0.35, attritionOther: 0.12 } } };
    const oldFile = path.join(dir, 'old.json');
    fs.writeFileSync(oldFile, JSON.stringify(old));
    const imported = runCliProcess(['scenario', 'import', oldFile, '--json', '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    const back = path.join(dir, 'back.json');
    expect(runCliProcess(['scenario', 'export', '--scenario', 'old-format', '--out', back, '--db', db]).code).toBe(0);
    const upgraded = JSON.parse(fs.readFileSync(back, 'utf8'));
    expect(upgraded.version).toBe(2);
    expect(upgraded.scenario.levers.attritionCustomerService).toBeUndefined();
    expect(upgraded.scenario.levers.attrition.rates.customerContact).toEqual({ permanent: 0.35, temporary: 0.35, outsourced: 0.5 });
    expect(upgraded.scenario.levers.attrition.rates.professional).toEqual({ permanent: 0.12, temporary: 0.12, outsourced: 0.12 });
    expect(runCliProcess(['scenario', 'run', '--scenario', 'old-format', '--json', '--db', db]).code).toBe(0);
  });

  it('refuses a damaged file with the field and the rule, and a file from a newer version', async () => {
    const db = await seededDbFile();
    const dir = tempDir();
    const current = path.join(dir, 'current.json');
    expect(runCliProcess(['scenario', 'export', '--scenario', 'expected', '--out', current, '--db', db]).code).toBe(0);
    const file = JSON.parse(fs.readFileSync(current, 'utf8'));
    file.scenario.levers.attrition.rates.customerContact.outsourced = 1.7;
    file.scenario.name = 'broken';
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify(file));
    const r = runCliProcess(['scenario', 'import', broken, '--json', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/scenario\.levers\.attrition\.rates\.customerContact\.outsourced|levers\.attrition\.rates\.customerContact\.outsourced/);
    fs.writeFileSync(broken, JSON.stringify({ ...file, version: 9 }));
    const newer = runCliProcess(['scenario', 'import', broken, '--json', '--db', db]);
    expect(newer.code).toBe(1);
    expect(newer.stderr).toMatch(/newer Overstap/);
    expect(runCliProcess(['scenario', 'list', '--json', '--db', db]).json<{ scenarios: { name: string }[] }>().scenarios.map((s) => s.name)).not.toContain('broken');
  });

  it('upgrades a version-1 row in the database when read, and refuses a damaged row by name (exit 1)', async () => {
    const db = await seededDbFile();
    const raw = new Database(db);
    const row = raw.prepare("SELECT data FROM scenarios WHERE name = 'expected'").get() as { data: string };
    const s = JSON.parse(row.data);
    const { attrition: _a, ...levers } = s.levers;
    raw.prepare("UPDATE scenarios SET data = ? WHERE name = 'expected'").run(JSON.stringify({ ...s, levers: { ...levers, attritionCustomerService: 0.3, attritionOther: 0.1 } }));
    raw.prepare("UPDATE scenarios SET data = ? WHERE name = 'conservative'").run('{"name":"conservative","horizon":"five"');
    raw.close();
    const ok = runCliProcess(['scenario', 'run', '--scenario', 'expected', '--json', '--db', db]);
    expect(ok.code, ok.stderr).toBe(0);
    const bad = runCliProcess(['scenario', 'run', '--scenario', 'conservative', '--json', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/The stored scenario "conservative" is damaged: it is not valid JSON/);
  });
});
