import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cli';
import { seededDbFile, tempDir } from '../helpers/core';

describe('scenario commands (child process)', () => {
  it('scenario run --scenario expected --json gives per-role, per-year figures in the keys CLI.md fixes', async () => {
    const db = await seededDbFile();
    const r = runCliProcess(['scenario', 'run', '--scenario', 'expected', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const out = r.json<{ scenario: string; years: number[]; roles: { code: string; title: string; headcount: number; byYear: Record<string, unknown>[] }[]; totals: object }>();
    expect(out.scenario).toBe('expected');
    expect(out.years).toHaveLength(6);
    expect(out.roles.length).toBeGreaterThan(10);
    for (const key of ['year', 'automatedShare', 'augmentedShare', 'hoursFreed', 'fteFreed', 'demandFte', 'supplyFte', 'surplusFte', 'riskClass']) {
      expect(out.roles[0]!.byYear[0]).toHaveProperty(key);
    }
    expect(['low', 'medium', 'high']).toContain(out.roles[0]!.byYear[5]!.riskClass);
    expect(out.totals).toBeTypeOf('object');
  });

  it('scenario run --explain attaches an explanation to every role-year', async () => {
    const db = await seededDbFile();
    const out = runCliProcess(['scenario', 'run', '--scenario', 'conservative', '--explain', '--json', '--db', db]).json<{ roles: { byYear: { fteFreed: number; explain: { fteFreed: { formula: string; value: number } } }[] }[] }>();
    const y = out.roles[0]!.byYear[3]!;
    expect(y.explain.fteFreed.value).toBe(y.fteFreed);
    expect(y.explain.fteFreed.formula).toMatch(/\w/);
  });

  it('roles exposure gives alpha, beta, gamma per role from the chosen labels', async () => {
    const db = await seededDbFile();
    const human = runCliProcess(['roles', 'exposure', '--source', 'human', '--json', '--db', db]).json<{ source: string; scenario: string; horizonYear: number; roles: { code: string; alpha: number; beta: number; gamma: number }[] }>();
    const gpt4 = runCliProcess(['roles', 'exposure', '--source', 'gpt4', '--json', '--db', db]).json<typeof human>();
    expect(human.source).toBe('human');
    expect(human.scenario).toBe('expected');
    const csrH = human.roles.find((r) => r.code === '43-4051.00')!;
    const csrG = gpt4.roles.find((r) => r.code === '43-4051.00')!;
    for (const r of [csrH, csrG]) {
      expect(r.alpha).toBeLessThanOrEqual(r.beta);
      expect(r.beta).toBeLessThanOrEqual(r.gamma);
    }
    // Evidence: CSR tasks — GPT-4 labels 13% E1, humans 53% E1, so human alpha is higher.
    expect(csrH.alpha).toBeGreaterThan(csrG.alpha);
    expect(runCliProcess(['roles', 'exposure', '--source', 'robots', '--db', db]).code).toBe(1);
  });

  it('exports a scenario and imports it under a new name; importing an existing name exits 1', async () => {
    const db = await seededDbFile();
    const file = path.join(tempDir(), 'expected.json');
    const out = runCliProcess(['scenario', 'export', '--scenario', 'expected', '--out', file, '--json', '--db', db]);
    expect(out.code).toBe(0);
    expect(out.json()).toMatchObject({ scenario: 'expected' });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).scenario.name).toBe('expected');
    const clash = runCliProcess(['scenario', 'import', file, '--json', '--db', db]);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/already exists/);
    const ok = runCliProcess(['scenario', 'import', file, '--as', 'copy-of-expected', '--json', '--db', db]);
    expect(ok.code).toBe(0);
    expect(ok.json()).toEqual({ scenario: 'copy-of-expected' });
    const list = runCliProcess(['scenario', 'list', '--json', '--db', db]).json<{ scenarios: { name: string; description: string }[] }>();
    expect(list.scenarios.map((s) => s.name)).toContain('copy-of-expected');
    expect(runCliProcess(['scenario', 'import', path.join(tempDir(), 'missing.json'), '--db', db]).code).toBe(2);
    expect(runCliProcess(['scenario', 'run', '--scenario', 'nope', '--db', db]).code).toBe(2);
  });

  it('lists employees pseudonymised by default and with names on request', async () => {
    const db = await seededDbFile();
    const plain = runCliProcess(['employees', 'list', '--json', '--db', db]).json<{ employees: Record<string, unknown>[] }>();
    expect(plain.employees.length).toBeGreaterThan(1000);
    expect(plain.employees[0]).not.toHaveProperty('name');
    for (const key of ['id', 'role', 'department', 'fte']) expect(plain.employees[0]).toHaveProperty(key);
    const dept = plain.employees[0]!.department as string;
    const named = runCliProcess(['employees', 'list', '--department', dept, '--names', '--json', '--db', db]).json<{ employees: Record<string, unknown>[] }>();
    expect(named.employees.every((e) => e.department === dept)).toBe(true);
    expect(named.employees[0]).toHaveProperty('name');
  });
});
