/**
 * Backup (SQLite online backup) → restore round trip; a bad backup is refused and changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { applyPendingRestore, pendingRestorePath } from '../../electron/db/restore';
import { reapplyErasures } from '../../electron/db/erasureHook';
import { call, openTestCore, seededDbFile, sha, tempDir } from '../helpers/core';

describe('backup and restore', () => {
  it('a change made after the backup is gone after the restore', async () => {
    const dbFile = await seededDbFile();
    let core = await openTestCore(dbFile);
    const backup = await call(core, 'backup.create', {});
    expect(backup.fileName).toMatch(/^overstap-backup-.*\.db$/);
    const bytes = Buffer.from(backup.contentBase64, 'base64');
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    await call(core, 'settings.update', { minGroupSize: 9 });
    await call(core, 'scenario.copy', { from: 'expected', to: 'after-backup' });
    expect((await call(core, 'settings.get', {})).minGroupSize).toBe(9);

    const staged = await call(core, 'backup.restoreStage', { contentBase64: backup.contentBase64 });
    expect(staged).toMatchObject({ staged: true, restartRequired: true });
    expect(fs.existsSync(pendingRestorePath(dbFile))).toBe(true);
    // Nothing is replaced until the next start.
    expect((await call(core, 'settings.get', {})).minGroupSize).toBe(9);
    core.close();

    const result = await applyPendingRestore(dbFile);
    expect(result).toMatchObject({ applied: true, refused: null, erasuresReapplied: 0 });
    expect(result.previousBackup && fs.existsSync(result.previousBackup)).toBe(true);
    expect(fs.existsSync(pendingRestorePath(dbFile))).toBe(false);

    core = await openTestCore(dbFile);
    try {
      expect((await call(core, 'settings.get', {})).minGroupSize).not.toBe(9);
      expect((await call(core, 'scenario.list', {})).scenarios.map((s) => s.name)).not.toContain('after-backup');
    } finally {
      core.close();
    }
    // No staged file: nothing happens.
    expect((await applyPendingRestore(dbFile)).applied).toBe(false);
  });

  it('refuses a corrupt, foreign or random file with BAD_FILE and changes nothing', async () => {
    const dbFile = await seededDbFile();
    const core = await openTestCore(dbFile);
    try {
      const good = Buffer.from((await call(core, 'backup.create', {})).contentBase64, 'base64');
      const corrupt = Buffer.from(good);
      for (let i = 4096 * 3; i < 4096 * 6; i++) corrupt[i] = (i * 7) & 0xff;
      const foreignFile = path.join(tempDir(), 'foreign.db');
      const foreign = new Database(foreignFile);
      foreign.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
      foreign.close();
      const before = (await call(core, 'audit.list', { limit: 1 })).entries[0]!.id;
      for (const bad of [corrupt, fs.readFileSync(foreignFile), Buffer.from('not a database at all'), good.subarray(0, 2048)]) {
        const r = await dispatch(core.handlers, 'backup.restoreStage', { contentBase64: bad.toString('base64') }, { actor: 't' });
        expect(r.ok ? 'ok' : r.error.code).toBe('BAD_FILE');
        expect(fs.existsSync(pendingRestorePath(dbFile))).toBe(false);
      }
      expect(fs.readdirSync(path.dirname(dbFile)).filter((f) => f.includes('restore'))).toEqual([]);
      expect((await call(core, 'audit.list', { limit: 1 })).entries[0]!.id).toBe(before);
    } finally {
      core.close();
    }
  });

  it('a staged file that went bad before the restart is moved aside; the database stays as it was', async () => {
    const dbFile = await seededDbFile();
    const shaBefore = sha(dbFile);
    fs.writeFileSync(pendingRestorePath(dbFile), Buffer.from('SQLite format 3\0' + 'x'.repeat(2000)));
    const r = await applyPendingRestore(dbFile);
    expect(r.applied).toBe(false);
    expect(r.refused).toMatch(/moved to/);
    expect(sha(dbFile)).toBe(shaBefore);
  });

  it('the erasure hook erases again, in a restored backup, everyone the database it replaces had erased', async () => {
    const dbFile = await seededDbFile();
    const core = await openTestCore(dbFile);
    let backup: Buffer;
    try {
      backup = Buffer.from((await call(core, 'backup.create', {})).contentBase64, 'base64');
      await call(core, 'privacy.erase', { employeeId: 'E0001', confirm: true });
    } finally {
      core.close();
    }
    const restoredFile = path.join(tempDir(), 'restored.db');
    fs.writeFileSync(restoredFile, backup);
    const db = new Database(restoredFile);
    const present = () => (db.prepare('SELECT count(*) AS n FROM employees WHERE id = ?').get('E0001') as { n: number }).n;
    try {
      // The backup predates the erasure: the person is back until the hook runs.
      expect(present()).toBe(1);
      expect(reapplyErasures(db, { previousDbPath: dbFile })).toBe(1);
      expect(present()).toBe(0);
      expect((db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'erase.reapplied' AND entity_id LIKE 'erased:%'").get() as { n: number }).n).toBe(1);
      expect((db.prepare('SELECT count(*) AS n FROM erasures').get() as { n: number }).n).toBe(1);
      // Idempotent: a second run finds no one left to erase.
      expect(reapplyErasures(db, { previousDbPath: dbFile })).toBe(0);
    } finally {
      db.close();
    }
  });
});
