import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cli';
import { seededDbFile, sha, tempDir } from '../helpers/core';

describe('the command line (child process)', () => {
  it('creates, migrates and seeds a new database and prints dataset stats as one JSON object', () => {
    const db = path.join(tempDir(), 'fresh.db');
    const r = runCliProcess(['dataset', 'stats', '--json', '--db', db]);
    expect(r.stderr).toMatch(/Created .*Demo BV/);
    expect(r.code).toBe(0);
    const out = r.json<{ dataset: Record<string, number | string>; workforce: { organisation: string; employees: number }; dutchCoverage: Record<string, number> }>();
    expect(Object.keys(out).sort()).toEqual(['dataset', 'dutchCoverage', 'workforce']);
    expect(Object.keys(out.dataset).sort()).toEqual(['modules', 'roles', 'rolesCurrent', 'rolesEmerging', 'rolesTarget', 'skills', 'tasks', 'tasksLabelled', 'version'].sort());
    expect(out.dataset.rolesCurrent).toBe(29);
    expect(out.dataset.rolesTarget).toBe(24);
    expect(out.dataset.rolesEmerging as number).toBeGreaterThanOrEqual(6);
    expect(out.workforce.employees).toBeGreaterThan(1000);
    expect(out.dutchCoverage.tasks).toBe(1);
    expect(fs.existsSync(db)).toBe(true);
  });

  it('lists roles and a role\'s tasks in the keys CLI.md fixes, in Dutch with --lang nl', async () => {
    const db = await seededDbFile();
    const roles = runCliProcess(['roles', 'list', '--json', '--db', db]).json<{ roles: Record<string, unknown>[] }>();
    const cs = roles.roles.find((r) => r.code === '13-1161.01')!;
    expect(cs).toMatchObject({ family: 'current', isTarget: true });
    for (const key of ['code', 'title', 'family', 'isTarget', 'jobZone']) expect(cs).toHaveProperty(key);
    const en = runCliProcess(['tasks', 'list', '--role', '43-4051.00', '--json', '--db', db]).json<{ role: { code: string; title: string }; tasks: Record<string, unknown>[] }>();
    const nl = runCliProcess(['tasks', 'list', '--role', '43-4051.00', '--json', '--lang', 'nl', '--db', db]).json<{ role: { title: string }; tasks: { statement: string }[] }>();
    expect(en.role.code).toBe('43-4051.00');
    expect(en.tasks.length).toBeGreaterThan(5);
    for (const key of ['id', 'statement', 'category', 'type', 'humanExposure', 'gpt4Exposure', 'gpt4Automation', 'timeShare']) expect(en.tasks[0]).toHaveProperty(key);
    expect(typeof en.tasks[0]!.id).toBe('string');
    expect(nl.role.title).not.toBe(en.role.title);
    expect(nl.tasks[0]!.statement).not.toBe(en.tasks[0]!.statement);
    const total = en.tasks.reduce((s, t) => s + (t.timeShare as number), 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('exits 1 on an unknown command and lists the commands that exist', () => {
    const r = runCliProcess(['frobnicate', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Unknown command: frobnicate/);
    expect(r.stderr).toMatch(/dataset stats/);
  });

  it('exits 1 on a bad option and 2 on an unknown role, with nothing on stdout', async () => {
    const db = await seededDbFile();
    const bad = runCliProcess(['roles', 'list', '--colour', 'red', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Unknown option --colour/);
    const lang = runCliProcess(['roles', 'list', '--lang', 'fr', '--db', db]);
    expect(lang.code).toBe(1);
    const missing = runCliProcess(['tasks', 'list', '--role', '99-9999.00', '--json', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/Unknown role: 99-9999.00/);
    const noRole = runCliProcess(['tasks', 'list', '--json', '--db', db]);
    expect(noRole.code).toBe(1);
    expect(noRole.stderr).toMatch(/--role/);
  });

  it('exits 1 naming a damaged database and its latest backup, and changes nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'overstap.db');
    fs.writeFileSync(db, 'garbage'.repeat(1000));
    fs.writeFileSync(path.join(dir, 'overstap.backup-v1-2026-01-01T00-00-00-000Z.db'), '');
    const before = sha(db);
    const r = runCliProcess(['dataset', 'stats', '--json', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(db);
    expect(r.stderr).toMatch(/Latest backup: .*overstap\.backup-v1/);
    expect(sha(db)).toBe(before);
  });

  it('prints help for a command on stdout with exit 0', () => {
    const r = runCliProcess(['tasks', 'list', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--role CODE/);
  });
});
