/**
 * XLSX, CSV and JSON exports written through the API on a real SQLite copy and read back.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { call, openTestCore, tempDir } from '../helpers/core';
import { exportFile, withPlans } from './helpers';
import { dispatch } from '../../electron/api/dispatch';

let core: Core;
let dir: string;

beforeAll(async () => {
  core = await openTestCore();
  dir = tempDir('overstap-export-');
  await withPlans(core);
}, 120_000);
afterAll(() => core?.close());

async function workbook(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('XLSX', () => {
  it('plans: summary, plans, modules, role impact, assumptions; numbers are numbers, dates are dates, header frozen', async () => {
    const { file, mime } = await exportFile(core, { what: 'plans', format: 'xlsx', department: 'Marketing', lang: 'en' }, dir);
    expect(mime).toContain('spreadsheetml');
    const wb = await workbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Plans', 'Modules', 'Role impact per year', 'Assumptions']);
    const plans = wb.getWorksheet('Plans')!;
    expect(plans.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (plans.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Employee id');
    expect(header).not.toContain('Name');
    const col = (name: string) => header.indexOf(name) + 1;
    const row = plans.getRow(2);
    expect(typeof row.getCell(col('Hours')).value).toBe('number');
    expect(typeof row.getCell(col('Cost (€)')).value).toBe('number');
    expect(typeof row.getCell(col('Fit')).value).toBe('number');
    expect(row.getCell(col('Start')).value).toBeInstanceOf(Date);
    expect(row.getCell(col('Start')).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(col('Department')).value).toBe('Marketing');
    expect(plans.getColumn(col('Target role')).width).toBeGreaterThan(20);
    expect(plans.rowCount - 1).toBe((await call(core, 'plans.list', { department: 'Marketing' })).plans.length);
    const modules = wb.getWorksheet('Modules')!;
    expect(modules.getRow(2).getCell(8).value).toBeTypeOf('number');
    expect(modules.getRow(2).getCell(9).value).toBeInstanceOf(Date);
    const impact = wb.getWorksheet('Role impact per year')!;
    expect(impact.getRow(2).getCell(3).value).toBe(2026);
    expect(impact.getRow(2).getCell(5).value).toBeTypeOf('number');
  });

  it('Dutch headers and sheet names with lang nl', async () => {
    const { file } = await exportFile(core, { what: 'plans', format: 'xlsx', department: 'Marketing', lang: 'nl' }, dir);
    const wb = await workbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Samenvatting', 'Plannen', 'Modules', 'Impact per functie per jaar', 'Aannames']);
    const header = (wb.getWorksheet('Plannen')!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['Medewerker-id', 'Afdeling', 'Doelfunctie', 'Uren', 'Kosten (€)']));
    expect(wb.getWorksheet('Plannen')!.getRow(2).getCell(header.indexOf('Status') + 1).value).toBe('concept');
  });

  it('board pack and scenario workbooks', async () => {
    const board = await workbook((await exportFile(core, { what: 'boardpack', format: 'xlsx', lang: 'en' }, dir)).file);
    expect(board.worksheets.map((w) => w.name)).toEqual(['Summary', 'Business case', 'Plans', 'Modules', 'Role impact per year', 'Assumptions', 'Sources']);
    const summary = board.getWorksheet('Summary')!;
    const values = new Map<string, unknown>();
    summary.eachRow((r, i) => i > 1 && values.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(values.get('Employees')).toBe(1500);
    expect(values.get('Scenario')).toBe('expected');
    const scenario = await workbook((await exportFile(core, { what: 'scenario', format: 'xlsx', scenario: 'conservative', lang: 'nl' }, dir)).file);
    expect(scenario.worksheets.map((w) => w.name)).toEqual(['Samenvatting', 'Projectie per jaar', 'Impact per functie per jaar', 'Aannames']);
  });
});

describe('CSV', () => {
  const parse = (file: string, delimiter: string) => {
    const text = fs.readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const r = Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true });
    expect(r.errors).toEqual([]);
    return r.data;
  };

  it('plans in English: comma and decimal point, one row per plan', async () => {
    const rows = parse((await exportFile(core, { what: 'plans', format: 'csv', department: 'Sales', lang: 'en' }, dir)).file, ',');
    const header = rows[0]!;
    expect(header.slice(0, 3)).toEqual(['Employee id', 'Department', 'Current role code']);
    const fit = rows[1]![header.indexOf('Fit')]!;
    expect(fit).toMatch(/^0\.\d+$/);
    expect(rows.length - 1).toBe((await call(core, 'plans.list', { department: 'Sales' })).plans.length);
  });

  it('plans in Dutch: semicolon and decimal comma', async () => {
    const rows = parse((await exportFile(core, { what: 'plans', format: 'csv', department: 'Sales', lang: 'nl' }, dir)).file, ';');
    const header = rows[0]!;
    expect(header[0]).toBe('Medewerker-id');
    expect(rows[1]![header.indexOf('Fit')]).toMatch(/^0,\d+$/);
  });

  it('neutralises a formula planted in stored text (a plan comment)', async () => {
    const id = (await call(core, 'plans.list', { department: 'Backoffice' })).plans[0]!.employeeId;
    await call(core, 'plans.decide', { employeeId: id, decision: 'approve', comment: "=cmd|' /C calc'!A0", startDate: '2026-09-01', weeklyHours: 4 });
    const rows = parse((await exportFile(core, { what: 'plans', format: 'csv', department: 'Backoffice', lang: 'en' }, dir)).file, ',');
    const header = rows[0]!;
    const row = rows.find((r) => r[0] === id)!;
    expect(row[header.indexOf('Comment')]).toBe("'=cmd|' /C calc'!A0");
    expect(row[header.indexOf('Status')]).toBe('approved');
  });

  it('scenario results: role impact per year', async () => {
    const rows = parse((await exportFile(core, { what: 'scenario', format: 'csv', scenario: 'expected', lang: 'nl' }, dir)).file, ';');
    expect(rows[0]!.slice(0, 3)).toEqual(['Functiecode', 'Functie', 'Jaar']);
    expect(rows.length).toBeGreaterThan(10);
  });
});

describe('JSON', () => {
  it('the full plan set carries a schema version', async () => {
    const { file } = await exportFile(core, { what: 'plans', format: 'json', department: 'Marketing' }, dir);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(json).toMatchObject({ format: 'overstap.plans', version: 1 });
    expect(json.plans.length).toBeGreaterThan(0);
    expect(json.plans[0]).toHaveProperty('targetRole.code');
    expect(json.plans[0]).not.toHaveProperty('name');
  });

  it('the scenario file is the same as scenario.export and imports again', async () => {
    const { file } = await exportFile(core, { what: 'scenario', format: 'json', scenario: 'accelerated' }, dir);
    const content = fs.readFileSync(file, 'utf8');
    const json = JSON.parse(content);
    expect(json).toMatchObject({ format: 'overstap.scenario', version: 2 });
    const same = await call(core, 'scenario.export', { name: 'accelerated' });
    expect(JSON.parse(same.content).scenario).toEqual(json.scenario);
    expect(await call(core, 'scenario.import', { content, as: 'accelerated-copy' })).toEqual({ scenario: 'accelerated-copy' });
  });

  it('a path as JSON', async () => {
    const { file } = await exportFile(core, { what: 'path', format: 'json', employeeId: 'E0001' }, dir);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(json).toMatchObject({ format: 'overstap.path', version: 1, employee: { id: 'E0001' } });
    expect(json.paths.length).toBeGreaterThan(0);
  });
});

describe('rules', () => {
  it('refuses pairs CLI.md does not allow, and a path without an employee', async () => {
    for (const [what, format] of [['path', 'xlsx'], ['path', 'csv'], ['boardpack', 'csv'], ['boardpack', 'json'], ['scenario', 'pdf']] as const) {
      const r = await dispatch(core.handlers, 'export.file', { what, format }, { actor: 't' });
      expect(r.ok ? 'ok' : r.error.code, `${what}/${format}`).toBe('INVALID_INPUT');
    }
    const r = await dispatch(core.handlers, 'export.file', { what: 'path', format: 'json' }, { actor: 't' });
    expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_INPUT');
    const nf = await dispatch(core.handlers, 'export.file', { what: 'plans', format: 'csv', scenario: 'nope' }, { actor: 't' });
    expect(nf.ok ? 'ok' : nf.error.code).toBe('NOT_FOUND');
  });

  it('pseudonymised by default; names only on request, never while settings say pseudonymised', async () => {
    const names = (await call(core, 'employees.list', { names: true })).employees;
    const named = names.find((e) => e.name)?.name;
    await call(core, 'settings.update', { pseudonymised: false });
    const plain = await call(core, 'export.file', { what: 'plans', format: 'csv', department: 'Marketing' });
    expect(Buffer.from(plain.contentBase64, 'base64').toString('utf8')).not.toMatch(/\bName\b/);
    const withNames = Buffer.from((await call(core, 'export.file', { what: 'plans', format: 'csv', department: 'Marketing', names: true })).contentBase64, 'base64').toString('utf8');
    expect(withNames.split('\r\n')[0]).toContain('Name');
    if (named) expect(names.length).toBeGreaterThan(0);
    await call(core, 'settings.update', { pseudonymised: true });
    const locked = Buffer.from((await call(core, 'export.file', { what: 'plans', format: 'csv', department: 'Marketing', names: true })).contentBase64, 'base64').toString('utf8');
    expect(locked.split('\r\n')[0]).not.toContain('Name');
  });

  it('writes every export to the audit log without the personal data', async () => {
    await call(core, 'export.file', { what: 'plans', format: 'json', department: 'Sales' }, 'auditor');
    const entries = (await call(core, 'audit.list', { entity: 'export', limit: 50 })).entries;
    const mine = entries.find((e) => e.actor === 'auditor')!;
    expect(mine.action).toBe('export.plans.json');
    expect(mine.after).toMatchObject({ what: 'plans', format: 'json', department: 'Sales', names: false });
    expect(JSON.stringify(mine)).not.toMatch(/targetRole|modules/);
  });
});
