/**
 * Issue 16.4, the command line: `restore` ignored employee mode (a way out of the lock), and there was no
 * way to enter or leave it. Now `employee-mode` and `unlock` exist (the passphrase from stdin, never an
 * option), every command answers under the same policy, and `restore` waits for the unlock.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { cliBundle, repoRoot } from '../helpers/cli';
import { call, openTestCore, seededDbFile, sha, tempDir } from '../helpers/core';

async function cli(args: string[], secret = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readSecret: async () => secret });
  return { code, out, err };
}

describe('employee mode on the command line (16.4)', () => {
  it('enters, refuses organisation data and restore while on, and unlocks with the passphrase from stdin', async () => {
    const db = await seededDbFile();
    const core = await openTestCore(db);
    await call(core, 'privacy.setPassphrase', { passphrase: 'planner-secret-1' });
    core.close();
    const backup = path.join(tempDir(), 'b.db');
    expect((await cli(['backup', '--out', backup, '--db', db])).code).toBe(0);

    const on = await cli(['employee-mode', '--employee', 'E0001', '--db', db, '--json']);
    expect(on.code).toBe(0);
    expect(JSON.parse(on.out)).toMatchObject({ employeeMode: { employeeId: 'E0001' } });
    const run = await cli(['scenario', 'run', '--scenario', 'expected', '--db', db, '--json']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/employee mode/);
    const before = sha(db);
    const restore = await cli(['restore', backup, '--yes', '--db', db]);
    expect(restore.code).toBe(1);
    expect(restore.err).toMatch(/employee mode/);
    expect(sha(db)).toBe(before);

    expect((await cli(['unlock', '--db', db], 'not it')).code).toBe(1);
    // The real door: a child process reading its stdin.
    const child = spawnSync(process.execPath, [cliBundle, 'unlock', '--db', db, '--json'], { cwd: repoRoot, input: 'planner-secret-1\n', encoding: 'utf8', timeout: 120_000 });
    expect([child.status, child.stderr]).toEqual([0, expect.any(String)]);
    expect(JSON.parse(child.stdout)).toEqual({ unlocked: true });
    expect((await cli(['scenario', 'run', '--scenario', 'expected', '--db', db, '--json'])).code).toBe(0);
    expect((await cli(['restore', backup, '--yes', '--db', db])).code).toBe(0);
  });

  it('lists both commands in --help', async () => {
    const help = await cli(['--help']);
    expect(help.out).toMatch(/employee-mode\s+Lock Overstap to one employee/);
    expect(help.out).toMatch(/unlock\s+Leave employee mode/);
    expect((await cli(['unlock', '--help'])).out).toMatch(/--passphrase-file FILE/);
  });
});
