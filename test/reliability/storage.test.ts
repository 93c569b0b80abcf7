// The storage under the database misbehaving, tried for real:
//  - two writers: the CLI (its own processes) writing while a twin process holds the same file, both
//    writing at once — nothing lost; and a lock held past the busy timeout — a clear "busy" message
//    (CLI exit 1, twin CONFLICT), nothing changed, and the same write succeeds once the lock is gone;
//  - a full disk: a tiny tmpfs when this machine lets the test mount one, else SQLite's max_page_count
//    (the test says which it used);
//  - a read-only file (a tmpfs remounted read-only, else chattr +i / chmod);
//  - the database's folder disappearing while the app has it open.
// Each: a clear STORAGE or CONFLICT error, never INTERNAL, and nothing committed is lost.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { openCore, type Core } from '../../electron/core';
import { cliBundle, repoRoot } from '../helpers/cli';
import { fixedClock, seededDbFile, sha, silentLog, tempDir } from '../helpers/core';
import { b64 } from '../import/helpers';
import { dumpOf } from './dump';
import { startTwinProcess } from '../helpers/startTwinProcess';

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.reverse()) spawnSync('umount', ['-l', m]);
});

/** A tmpfs of `bytes` at a new folder, or null when this machine does not let the test mount. */
function tinyDisk(bytes: number): string | null {
  const dir = tempDir('overstap-disk-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  mounts.push(dir);
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliBundle, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function twinCall(twin: { port: number; token: string }, method: string, input: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> {
  const res = await fetch(`http://127.0.0.1:${twin.port}/api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-overstap-token': twin.token }, body: JSON.stringify({ method, input }) });
  expect(res.status).toBe(200);
  return (await res.json()) as never;
}

function scenarioNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM scenarios ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

async function open(file: string): Promise<Core> {
  return openCore({ dbPath: file, actor: 'tester', clock: fixedClock, log: silentLog, startYear: 2026 });
}

const call = (core: Core, method: string, input: unknown) => dispatch(core.handlers, method, input, { actor: 'tester' }, silentLog);

describe('two writers: the CLI while the twin holds the database', { timeout: 1_200_000 }, () => {
  it('both write at once and nothing is lost; a lock held past the busy timeout gives a clear message and changes nothing', async () => {
    const file = await seededDbFile();
    const twin = await startTwinProcess(file);
    try {
      const exported = await twinCall(twin, 'scenario.export', { name: 'expected' });
      expect(exported.ok).toBe(true);
      const scenarioFile = path.join(path.dirname(file), 'expected.json');
      fs.writeFileSync(scenarioFile, (exported.data as { content: string }).content);

      // Writers at once: three CLI processes importing a scenario each, the twin copying one over and over.
      const cliRuns = [0, 1, 2].map((i) => cli(['scenario', 'import', scenarioFile, '--as', `cli-${i}`, '--db', file]));
      let finished = false;
      void Promise.all(cliRuns).then(() => (finished = true));
      const twinWrites: string[] = [];
      for (let i = 0; !finished || i < 10; i++) {
        const r = await twinCall(twin, 'scenario.copy', { from: 'expected', to: `twin-${i}` });
        expect(r.ok, r.error?.message).toBe(true);
        twinWrites.push(`twin-${i}`);
      }
      for (const r of await Promise.all(cliRuns)) expect(r.code, r.stderr).toBe(0);

      // Another process holds the write lock past the busy timeout (5 s).
      const holder = new Database(file);
      holder.exec('BEGIN IMMEDIATE');
      const before = scenarioNames(file);
      const blocked = await cli(['scenario', 'import', scenarioFile, '--as', 'cli-blocked', '--db', file]);
      const twinBlocked = await twinCall(twin, 'scenario.copy', { from: 'expected', to: 'twin-blocked' });
      holder.exec('ROLLBACK');
      holder.close();
      expect(blocked.code).toBe(1);
      expect(blocked.stderr).toMatch(/The database is busy: another Overstap process .* Nothing was changed; try again/);
      expect(blocked.stderr).not.toMatch(/Internal error|SqliteError|at .*\.ts:/);
      expect(twinBlocked.ok).toBe(false);
      expect(twinBlocked.error!.code).toBe('CONFLICT');
      expect(scenarioNames(file)).toEqual(before);

      // Once the lock is gone the same writes go through.
      expect((await cli(['scenario', 'import', scenarioFile, '--as', 'cli-blocked', '--db', file])).code).toBe(0);
      expect((await twinCall(twin, 'scenario.copy', { from: 'expected', to: 'twin-blocked' })).ok).toBe(true);
      await twin.stop();
      const names = scenarioNames(file);
      for (const n of [...twinWrites, 'cli-0', 'cli-1', 'cli-2', 'cli-blocked', 'twin-blocked']) expect(names, n).toContain(n);
    } finally {
      await twin.stop().catch(() => {});
    }
  });
});

describe('disk full, read-only, a folder that disappears', { timeout: 300_000 }, () => {
  it('a full disk: the import is refused with a clear error and every table is as before', async () => {
    const source = await seededDbFile();
    const size = fs.statSync(source).size;
    const disk = tinyDisk(size + 600 * 1024);
    const file = disk ? path.join(disk, 'overstap.db') : source;
    if (disk) fs.copyFileSync(source, file);
    const core = await open(file);
    try {
      // Without a mount, SQLite's own limit plays the full disk: a few pages more than the file has.
      if (!disk) core.db.pragma(`max_page_count = ${(core.db.pragma('page_count', { simple: true }) as number) + 20}`);
      console.info(`disk full simulated with ${disk ? `a ${Math.round((size + 600 * 1024) / 1024)} KiB tmpfs` : 'PRAGMA max_page_count'}`);
      const before = dumpOf(core.db);
      const rows = ['id;functie;fte;skills', ...Array.from({ length: 20_000 }, (_, i) => `F${i};Copywriter;1;"Schrijven:${1 + (i % 5)}; Actief luisteren:${i % 4}; Overtuigen:3"`)];
      const r = await call(core, 'import.commit', { fileName: 'big.csv', contentBase64: b64(rows.join('\n')) });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('STORAGE');
        expect(r.error.message).toMatch(/disk holding the database is full\. Nothing was changed/);
      }
      expect(dumpOf(core.db)).toBe(before);
      // The app goes on: a small write fits.
      expect((await call(core, 'scenario.copy', { from: 'expected', to: 'after-full' })).ok).toBe(true);
    } finally {
      core.close();
    }
    const again = new Database(file, { readonly: true });
    try {
      expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((again.prepare("SELECT count(*) AS n FROM employees WHERE id LIKE 'F%'").get() as { n: number }).n).toBe(0);
    } finally {
      again.close();
    }
  });

  it('a read-only file: it is not written, writes are refused with a clear error, earlier writes are kept', async () => {
    const source = await seededDbFile();
    const disk = tinyDisk(fs.statSync(source).size * 3 + 1024 * 1024);
    const file = disk ? path.join(disk, 'overstap.db') : source;
    if (disk) fs.copyFileSync(source, file);
    const first = await open(file);
    try {
      expect((await call(first, 'scenario.copy', { from: 'expected', to: 'kept' })).ok).toBe(true);
    } finally {
      first.close();
    }
    let how: string;
    if (disk) {
      how = 'tmpfs remounted read-only';
      expect(spawnSync('mount', ['-o', 'remount,ro', disk]).status).toBe(0);
    } else if (process.getuid?.() === 0) {
      how = 'chattr +i';
      expect(spawnSync('chattr', ['+i', file]).status).toBe(0);
    } else {
      how = 'chmod 0400';
      fs.chmodSync(file, 0o400);
    }
    console.info(`read-only file simulated with ${how}`);
    const before = sha(file);
    try {
      let core: Core | null = null;
      try {
        core = await open(file);
      } catch (error) {
        // Refusing to open is a clear answer too, as long as it says why.
        expect((error as { code?: string }).code).toBe('STORAGE');
        expect((error as Error).message).toMatch(/read-only|cannot be read or written/);
      }
      if (core) {
        try {
          const r = await call(core, 'scenario.copy', { from: 'expected', to: 'refused' });
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.error.code).toBe('STORAGE');
            expect(r.error.message).toMatch(/Nothing was changed/);
          }
          expect((await call(core, 'scenario.list', {})).ok).toBe(true);
        } finally {
          core.close();
        }
      }
      expect(sha(file)).toBe(before);
    } finally {
      if (disk) spawnSync('mount', ['-o', 'remount,rw', disk]);
      else if (process.getuid?.() === 0) spawnSync('chattr', ['-i', file]);
      else fs.chmodSync(file, 0o600);
    }
    expect(scenarioNames(file)).toContain('kept');
    expect(scenarioNames(file)).not.toContain('refused');
  });

  it("the database's folder disappears while open: writes are refused with a clear error, and nothing committed is lost", async () => {
    const file = await seededDbFile();
    const dir = path.dirname(file);
    const core = await open(file);
    const gone = `${dir}-gone`;
    try {
      expect((await call(core, 'scenario.copy', { from: 'expected', to: 'kept' })).ok).toBe(true);
      fs.renameSync(dir, gone);
      const r = await call(core, 'scenario.copy', { from: 'expected', to: 'lost' });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('STORAGE');
        expect(r.error.message).toMatch(/was moved or deleted while Overstap had it open/);
      }
    } finally {
      core.close();
    }
    fs.renameSync(gone, dir);
    const names = scenarioNames(file);
    expect(names).toContain('kept');
    expect(names).not.toContain('lost');
  });
});
