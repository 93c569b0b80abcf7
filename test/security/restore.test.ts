/**
 * Issue 16.1: a backup that carries hidden database code (triggers, views, extra objects) or malformed
 * settings is refused by every restore door and by the open itself; nothing from it runs. A malformed
 * setting in a live database never turns every call into INTERNAL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { Core } from '../../electron/core';
import { openCore } from '../../electron/core';
import { openDatabase } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPendingRestore, pendingRestorePath, stageRestore, validateBackupFile } from '../../electron/db/restore';
import { runCliProcess } from '../helpers/cli';
import { call, fixedClock, openTestCore, seededDbFile, sha, silentLog, tempDir } from '../helpers/core';
import { craftedBackup, HIDDEN_CODE, MALFORMED_SETTINGS } from './support/crafted';

const code = (fn: () => unknown): string => {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
};

describe('restore refuses a backup with hidden database code (16.1)', () => {
  let core: Core;
  let dbFile: string;
  beforeAll(async () => {
    dbFile = await seededDbFile();
    core = await openTestCore(dbFile);
  });
  afterAll(() => core?.close());

  for (const [name, sql] of Object.entries(HIDDEN_CODE)) {
    it(`refuses "${name}" in stageRestore and backup.restoreStage, and leaves nothing staged`, async () => {
      const { file, bytes } = await craftedBackup(core, sql);
      expect(code(() => validateBackupFile(file))).toBe('BAD_FILE');
      expect(code(() => stageRestore(dbFile, bytes))).toBe('BAD_FILE');
      const r = await dispatch(core.handlers, 'backup.restoreStage', { contentBase64: bytes.toString('base64') }, { actor: 'attacker' }, silentLog);
      expect(r.ok ? 'accepted' : r.error.code).toBe('BAD_FILE');
      if (!r.ok) expect(r.error.message).toMatch(/schema|audit/i);
      expect(fs.existsSync(pendingRestorePath(dbFile))).toBe(false);
    });
  }

  for (const [name, sql] of Object.entries(MALFORMED_SETTINGS)) {
    it(`refuses a backup whose setting is malformed: ${name}`, async () => {
      const { bytes } = await craftedBackup(core, sql);
      let message = '';
      try {
        stageRestore(dbFile, bytes);
      } catch (error) {
        message = `${(error as { code?: string }).code}: ${(error as Error).message}`;
      }
      expect(message).toMatch(/^BAD_FILE: .*setting/);
      expect(fs.existsSync(pendingRestorePath(dbFile))).toBe(false);
    });
  }

  it('accepts an honest backup of an older schema version', async () => {
    const file = path.join(tempDir(), 'v1.db');
    const opened = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    opened.db.exec("INSERT INTO meta (key, value) VALUES ('datasetVersion', 'x')");
    opened.db.close();
    expect(validateBackupFile(file)).toMatchObject({ schemaVersion: 1 });
  });
});

describe('nothing from a crafted file runs, whichever way it arrives', () => {
  it('a staged file with hidden code is moved aside at the next start; the database is untouched', async () => {
    const dbFile = await seededDbFile();
    const core = await openTestCore(dbFile);
    const { bytes } = await craftedBackup(core, HIDDEN_CODE.shadowCopy);
    core.close();
    const before = sha(dbFile);
    // As if an older version had staged it, or it was dropped there by hand.
    fs.writeFileSync(pendingRestorePath(dbFile), bytes);
    const r = await applyPendingRestore(dbFile);
    expect(r.applied).toBe(false);
    expect(r.refused).toMatch(/zz_keep|zz_shadow/);
    expect(sha(dbFile)).toBe(before);
  });

  it('a crafted file put in place of the database is refused on open (audit-log guards checked on open)', async () => {
    for (const sql of [HIDDEN_CODE.droppedGuard, HIDDEN_CODE.wipeAudit, HIDDEN_CODE.auditDoorOpen]) {
      const source = await openTestCore();
      const { file } = await craftedBackup(source, sql);
      source.close();
      const before = sha(file);
      await expect(openCore({ dbPath: file, actor: 't', clock: fixedClock, log: silentLog })).rejects.toMatchObject({ code: 'DB_CORRUPT' });
      expect(sha(file)).toBe(before);
    }
  });

  it('the CLI restore refuses it with exit 1 and keeps the database', async () => {
    const dbFile = await seededDbFile();
    const core = await openTestCore(dbFile);
    const { file } = await craftedBackup(core, HIDDEN_CODE.wrongPassphraseUnlocks);
    core.close();
    const before = sha(dbFile);
    const r = runCliProcess(['restore', file, '--yes', '--db', dbFile, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/zz_open/);
    expect(sha(dbFile)).toBe(before);
    expect(fs.existsSync(pendingRestorePath(dbFile))).toBe(false);
  });
});

describe('a malformed setting in a live database never makes every call INTERNAL', () => {
  it('malformed employee mode: the lock holds (fail closed), other calls answer, the passphrase still unlocks', async () => {
    const core = await openTestCore();
    try {
      await call(core, 'privacy.setPassphrase', { passphrase: 'planner-secret-1' });
      core.db.exec(MALFORMED_SETTINGS.employeeModeNotJson);
      const answer = async (method: string, input: unknown) => {
        const r = await dispatch(core.handlers, method, input, { actor: 't' }, silentLog);
        return r.ok ? 'ok' : r.error.code;
      };
      expect(await answer('app.info', {})).toBe('ok');
      expect(await answer('privacy.status', {})).toBe('ok');
      expect(await answer('employees.list', {})).toBe('FORBIDDEN');
      expect(await answer('scenario.run', { name: 'expected' })).toBe('FORBIDDEN');
      expect(await answer('privacy.unlock', { passphrase: 'planner-secret-1' })).toBe('ok');
      expect(await answer('employees.list', {})).toBe('ok');
    } finally {
      core.close();
    }
  });

  it('malformed user settings fall back to safe defaults', async () => {
    const core = await openTestCore();
    try {
      core.db.exec(MALFORMED_SETTINGS.language + MALFORMED_SETTINGS.minGroupSize + MALFORMED_SETTINGS.retention + `INSERT OR REPLACE INTO settings (key, value) VALUES ('pseudonymised', 'nonsense');`);
      const info = await call(core, 'app.info', {});
      expect(info.language).toBe('en');
      const settings = await call(core, 'settings.get', {});
      expect(settings).toMatchObject({ language: 'en', minGroupSize: 5, pseudonymised: true });
      expect((await call(core, 'privacy.status', {})).retentionMonths).toBe(12);
    } finally {
      core.close();
    }
  });
});
