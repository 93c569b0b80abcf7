// Crash safety, tried: a child process runs an import, a migration, a restore, an erasure and a
// whole-workforce reskilling run, and is killed with SIGKILL at seeded random points inside each
// operation (at least 50 kills in all). After every kill the file passes `PRAGMA integrity_check` and
// holds exactly the state before or exactly the complete result (a dump of every table, the schema and
// the version compared with both); then the app's own way of opening it works (for a restore and a
// migration: it finishes them, reaching the complete result).
//
// The child is bundled once with esbuild (a plain node start; under tsx each start would cost seconds).
// Kill points are drawn uniformly over the operation's measured length (from "go", printed just before
// its writes begin, to "done") with a fixed seed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPendingRestore, pendingRestorePath } from '../../electron/db/restore';
import { keyFilePath } from '../../electron/privacy/tombstone';
import { openCore } from '../../electron/core';
import { dispatch } from '../../electron/api/dispatch';
import { repoRoot } from '../helpers/cli';
import { fixedClock, seededTemplate, silentLog, tempDir } from '../helpers/core';
import { checkAndDump } from './dump';
import { rng } from '../fixtures/reskill-builders';
import { CRASH_NOW, type CrashOp } from './crashChild';

const SEED = 15;
const KILLS_PER_OP = 10;
const MAX_TRIES_PER_OP = 20;
/** People in the fixtures: enough for real transactions, few enough to start and kill a child 55 times. */
const PEOPLE = 300;
const PENDING_MTIME = new Date('2026-02-01T00:00:00.000Z');

let bundle: string;
const fixtures = new Map<CrashOp, string>();

async function bundleChild(): Promise<string> {
  const out = tempDir('overstap-crash-bundle-');
  const common = {
    bundle: true,
    platform: 'node' as const,
    target: 'node20',
    format: 'cjs' as const,
    // The embedded dataset and demo people (6.6 MB of JSON) are only read to seed a new database, which no
    // operation here does: left out, every start parses a fraction of the code.
    external: ['better-sqlite3', 'electron', '*.json'],
    minify: true,
    logLevel: 'warning' as const,
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    nodePaths: [path.join(repoRoot, 'node_modules')],
  };
  await Promise.all([
    build({ ...common, entryPoints: [path.join(repoRoot, 'test/reliability/crashChild.ts')], outfile: path.join(out, 'crash-child.cjs') }),
    build({ ...common, entryPoints: [path.join(repoRoot, 'electron/worker/worker.ts')], outfile: path.join(out, 'worker.cjs') }),
  ]);
  // better-sqlite3 is resolved from the repository's node_modules.
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(out, 'node_modules'));
  return path.join(out, 'crash-child.cjs');
}

function copyDir(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const name of fs.readdirSync(from)) fs.copyFileSync(path.join(from, name), path.join(to, name));
  const pending = pendingRestorePath(path.join(to, 'overstap.db'));
  // The staging is named by its bytes and time: every copy of the fixture is the same staging.
  if (fs.existsSync(pending)) fs.utimesSync(pending, PENDING_MTIME, PENDING_MTIME);
}

/** Each operation's starting folder: the database (and what the operation needs beside it). */
async function makeFixtures(): Promise<void> {
  const base = tempDir('overstap-crash-fixtures-');
  const template = path.join(base, 'template.db');
  fs.copyFileSync(await seededTemplate(), template);
  const small = new Database(template);
  try {
    small.pragma('foreign_keys = OFF');
    small.transaction(() => {
      small.exec(`CREATE TEMP TABLE keep AS SELECT id FROM employees ORDER BY id LIMIT ${PEOPLE}`);
      for (const t of ['employee_skills', 'consents', 'plans', 'skill_proposals']) small.exec(`DELETE FROM ${t} WHERE employee_id NOT IN (SELECT id FROM temp.keep)`);
      small.exec('UPDATE employees SET manager_id = NULL WHERE manager_id NOT IN (SELECT id FROM temp.keep)');
      small.exec('DELETE FROM employees WHERE id NOT IN (SELECT id FROM temp.keep)');
    })();
    small.exec('VACUUM');
    small.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    small.close();
  }
  const seededDir = (name: CrashOp) => {
    const dir = path.join(base, name);
    fs.mkdirSync(dir);
    fs.copyFileSync(template, path.join(dir, 'overstap.db'));
    fixtures.set(name, dir);
    return dir;
  };
  fs.writeFileSync(path.join(seededDir('import'), 'people.txt'), '1500');
  const firstId = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare('SELECT min(id) AS id FROM employees').get() as { id: string }).id;
    } finally {
      db.close();
    }
  };
  const erasureDir = seededDir('erasure');
  fs.writeFileSync(path.join(erasureDir, 'erase.txt'), firstId(template));
  // A fixed erasure key beside it: every copy makes the same tombstone.
  fs.writeFileSync(keyFilePath(path.join(erasureDir, 'overstap.db')), `${'ab'.repeat(32)}\n`, { mode: 0o600 });
  seededDir('reskill');

  // Migration: the template's rows in a file at schema version 1.
  const migrationDir = path.join(base, 'migration');
  fs.mkdirSync(migrationDir);
  const v1 = path.join(migrationDir, 'overstap.db');
  (await openDatabase(v1, { migrations: MIGRATIONS.slice(0, 1) })).db.close();
  const db = new Database(v1);
  try {
    db.pragma('foreign_keys = OFF');
    db.exec(`ATTACH '${template.replace(/'/g, "''")}' AS tpl`);
    const tables = (db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    db.transaction(() => {
      for (const t of tables) {
        // The v1 table's own columns: later migrations add columns (employees.team) the v1 file has not got.
        const cols = (db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(t) as { name: string }[]).map((c) => `"${c.name}"`).join(', ');
        db.exec(`INSERT INTO main."${t}" (${cols}) SELECT ${cols} FROM tpl."${t}"`);
      }
    })();
    db.exec('DETACH tpl');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  fixtures.set('migration', migrationDir);

  // Restore: the live database has erased one person since the backup was taken; the staged backup still
  // holds them. The complete result has them erased again.
  const restoreDir = seededDir('restore');
  const live = path.join(restoreDir, 'overstap.db');
  const core = await openCore({ dbPath: live, actor: 'setup', clock: fixedClock, log: silentLog });
  try {
    const r = await dispatch(core.handlers, 'privacy.erase', { employeeId: firstId(template), confirm: true, reason: 'before the restore' }, { actor: 'setup' }, silentLog);
    expect(r.ok).toBe(true);
  } finally {
    core.close();
  }
  fs.copyFileSync(template, pendingRestorePath(live));
  for (const name of fs.readdirSync(restoreDir)) if (name.includes('.backup-')) fs.rmSync(path.join(restoreDir, name));
  expect(fs.existsSync(keyFilePath(live))).toBe(true);
}

interface ChildRun {
  killed: boolean;
  code: number | null;
  goMs: number | null;
  opMs: number | null;
  stderr: string;
}

/** Runs the child; `killAfter` (ms after "go") kills it with SIGKILL, unless it finished first. */
function runChild(op: CrashOp, dir: string, killAfter: number | null): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, 'run', op, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let goAt: number | null = null;
    let goMs: number | null = null;
    let opMs: number | null = null;
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const go = /^go (\d+)$/m.exec(out);
      if (go && goAt === null) {
        goAt = Date.now();
        goMs = Number(go[1]);
        if (killAfter !== null) timer = setTimeout(() => child.kill('SIGKILL'), killAfter);
      }
      const done = /^done (\d+)$/m.exec(out);
      if (done && goMs !== null) opMs = Number(done[1]) - goMs;
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, goMs, opMs, stderr });
    });
  });
}

const normaliser = (dir: string) => (text: string) => text.split(dir).join('<dir>');

/** What the app does when it opens the file next: finish a staged restore, migrate, check the schema. */
async function reopenLikeTheApp(op: CrashOp, dir: string): Promise<void> {
  const file = path.join(dir, 'overstap.db');
  if (op === 'restore') await applyPendingRestore(file, { now: new Date(CRASH_NOW), actor: 'crash' });
  (await openDatabase(file)).db.close();
}

describe('crash safety under SIGKILL', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    bundle = await bundleChild();
    await makeFixtures();
  }, 300_000);

  const ops: CrashOp[] = ['import', 'migration', 'restore', 'erasure', 'reskill'];
  const kills = new Map<CrashOp, number>();

  for (const op of ops) {
    it(`${op}: every kill leaves the state before or the complete result`, async () => {
      const fixture = fixtures.get(op)!;
      const before = checkAndDump(path.join(fixture, 'overstap.db'));
      expect(before.integrity).toBe('ok');

      // The complete result, and how long the operation takes, from one run left alone.
      const whole = tempDir(`overstap-crash-${op}-`);
      copyDir(fixture, whole);
      const clean = await runChild(op, whole, null);
      expect(clean.code, clean.stderr).toBe(0);
      const after = checkAndDump(path.join(whole, 'overstap.db'), normaliser(whole));
      expect(after.integrity).toBe('ok');
      expect(after.hash).not.toBe(before.hash);
      const length = Math.max(clean.opMs ?? 1, 1);

      const random = rng(SEED * 31 + ops.indexOf(op));
      const seen = { before: 0, after: 0 };
      let killed = 0;
      for (let attempt = 0; attempt < MAX_TRIES_PER_OP && killed < KILLS_PER_OP; attempt++) {
        const dir = tempDir(`overstap-crash-${op}-`);
        copyDir(fixture, dir);
        const run = await runChild(op, dir, Math.floor(random() * length * 0.95));
        if (!run.killed) {
          expect(run.code, run.stderr).toBe(0);
          fs.rmSync(dir, { recursive: true, force: true });
          continue;
        }
        killed++;
        const state = checkAndDump(path.join(dir, 'overstap.db'), normaliser(dir));
        expect(state.integrity, `${op}, kill ${killed}`).toBe('ok');
        const which = state.hash === before.hash ? 'before' : state.hash === after.hash ? 'after' : 'neither';
        expect(which, `${op}, kill ${killed}: the database is neither as before nor the complete result`).not.toBe('neither');
        seen[which as 'before' | 'after']++;
        await reopenLikeTheApp(op, dir);
        const reopened = checkAndDump(path.join(dir, 'overstap.db'), normaliser(dir));
        expect(reopened.integrity).toBe('ok');
        // A staged restore and a migration are finished by the next start; the others stay as the kill left them.
        expect(reopened.hash, `${op}, kill ${killed}: after reopening`).toBe(op === 'restore' || op === 'migration' ? after.hash : state.hash);
        fs.rmSync(dir, { recursive: true, force: true });
      }
      kills.set(op, killed);
      console.info(`crash ${op}: ${killed} kills over ${length} ms; ${seen.before} left the state before, ${seen.after} the complete result`);
      expect(killed, `${op}: kills that landed inside the operation`).toBe(KILLS_PER_OP);
      fs.rmSync(whole, { recursive: true, force: true });
    });
  }

  it('killed at least 50 times in all', () => {
    const total = [...kills.values()].reduce((s, n) => s + n, 0);
    expect(total).toBeGreaterThanOrEqual(50);
  });
});
