/**
 * Issue 16.7: data at rest. The database, its WAL and SHM, backups, the erasure key and the files the CLI
 * writes are created 0600 in 0700 folders; automatic backups beside the database are bounded in number;
 * an erasure reaches them too (cleaned of the person, or removed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { openDatabase } from '../../electron/db/open';
import { applyPendingRestore, stageRestore } from '../../electron/db/restore';
import { call, openTestCore, seededDbFile, tempDir } from '../helpers/core';

const posix = process.platform !== 'win32';
const mode = (f: string) => fs.statSync(f).mode & 0o777;
const automatic = (db: string) => fs.readdirSync(path.dirname(db)).filter((f) => /\.backup-(v\d+|pre-restore|damaged|restore-refused)-/.test(f) && !/-(wal|shm|journal)$/.test(f));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe.runIf(posix)('files at rest are private (16.7)', () => {
  it('a new database: folder 0700, database, WAL and SHM 0600', async () => {
    const dir = path.join(tempDir(), 'fresh', 'Overstap');
    const db = path.join(dir, 'overstap.db');
    const opened = await openDatabase(db);
    try {
      opened.db.prepare("INSERT INTO settings (key, value) VALUES ('minGroupSize', '6')").run();
      expect(mode(dir)).toBe(0o700);
      expect(mode(path.dirname(dir))).toBe(0o700);
      for (const f of [db, `${db}-wal`, `${db}-shm`]) expect([f, mode(f).toString(8)]).toEqual([f, '600']);
    } finally {
      opened.db.close();
    }
  });

  it('backups, exports and documents the CLI writes are 0600; so are the automatic backups', async () => {
    const db = await seededDbFile();
    fs.chmodSync(db, 0o644);
    const out = tempDir();
    const files = {
      backup: path.join(out, 'b.db'),
      csv: path.join(out, 'plans.csv'),
      access: path.join(out, 'access.json'),
      scenario: path.join(out, 'scenario.json'),
      doc: path.join(out, 'notice.md'),
    };
    for (const args of [
      ['backup', '--out', files.backup],
      ['export', '--what', 'plans', '--format', 'csv', '--out', files.csv],
      ['privacy', 'export', '--employee', 'E0005', '--format', 'json', '--out', files.access],
      ['scenario', 'export', '--scenario', 'expected', '--out', files.scenario],
      ['docs', '--what', 'worker-notice', '--format', 'md', '--out', files.doc],
    ]) {
      const r = await cli([...args, '--db', db, '--json']);
      expect([args.join(' '), r.code, r.err]).toEqual([args.join(' '), 0, expect.any(String)]);
    }
    for (const [name, f] of Object.entries(files)) expect([name, mode(f).toString(8)]).toEqual([name, '600']);
    // The existing database, made 0644 by an older version, is narrowed when opened.
    expect(mode(db)).toBe(0o600);
    stageRestore(db, fs.readFileSync(files.backup));
    const r = await applyPendingRestore(db);
    expect(mode(r.previousBackup!)).toBe(0o600);
    expect(mode(db)).toBe(0o600);
  });
});

describe('automatic backups are bounded and follow an erasure (16.7)', () => {
  it('keeps the newest 3 by default, as many as the planner sets, and erases the person from them', async () => {
    const db = await seededDbFile();
    let core = await openTestCore(db);
    const backup = Buffer.from((await call(core, 'backup.create', {})).contentBase64, 'base64');
    core.close();
    for (let i = 0; i < 5; i++) {
      stageRestore(db, backup);
      await applyPendingRestore(db, { now: new Date(Date.UTC(2026, 2, 1, 9, 0, i)) });
    }
    expect(automatic(db)).toHaveLength(3);
    // A damaged copy (it cannot be opened to erase anyone from) lies beside them too.
    const damaged = path.join(path.dirname(db), 'overstap.backup-damaged-2026-03-01T10-00-00-000Z.db');
    fs.writeFileSync(damaged, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4000, 1), Buffer.from(' E0007 ')]));
    core = await openTestCore(db);
    try {
      expect((await call(core, 'privacy.status', {})).automaticBackups).toMatchObject({ keep: 3, present: 4 });
      const erased = await call(core, 'privacy.erase', { employeeId: 'E0007', confirm: true });
      expect(erased.backups).toEqual({ cleaned: 3, removed: 1 });
      for (const f of automatic(db)) {
        const bytes = fs.readFileSync(path.join(path.dirname(db), f)).toString('latin1');
        expect([f, /(?<![A-Za-z0-9_-])E0007(?![A-Za-z0-9_-])/.test(bytes)]).toEqual([f, false]);
      }
      expect(fs.existsSync(damaged)).toBe(false);
      expect(await call(core, 'privacy.setAutomaticBackups', { keep: 1, reason: 'one is enough here' })).toEqual({ keep: 1, removed: 2 });
      expect(automatic(db)).toHaveLength(1);
    } finally {
      core.close();
    }
  });
});
