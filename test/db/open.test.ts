import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, APPLICATION_ID } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { DomainError } from '../../shared/api/result';
import { seededDbFile, sha, tempDir } from '../helpers/core';

async function expectCode(promise: Promise<unknown>, code: string): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

describe('openDatabase', () => {
  it('creates a new file with WAL, foreign keys, secure_delete, our application id and the latest schema', async () => {
    const file = path.join(tempDir(), 'sub', 'new.db');
    const { db, isNew, migrated } = await openDatabase(file);
    try {
      expect(isNew).toBe(true);
      expect(migrated).toEqual(MIGRATIONS.map((m) => m.version));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    } finally {
      db.close();
    }
  });

  it('refuses a file that is not a database, and leaves it byte for byte as it was', async () => {
    const file = path.join(tempDir(), 'junk.db');
    fs.writeFileSync(file, Buffer.from('this is not sqlite at all, just text pretending'.repeat(200)));
    const before = sha(file);
    const error = await expectCode(openDatabase(file), 'DB_CORRUPT');
    expect(error.message).toContain(file);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a damaged Overstap database (pages overwritten) and does not touch it', async () => {
    const file = await seededDbFile();
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    // Overwrite a run of pages in the middle of the file, keeping the header intact.
    fs.writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    const before = sha(file);
    await expectCode(openDatabase(file), 'DB_CORRUPT');
    expect(sha(file)).toBe(before);
  });

  it('refuses a database from a newer version of the app, unchanged', async () => {
    const file = await seededDbFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.at(-1)!.version + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha(file);
    const error = await expectCode(openDatabase(file), 'DB_TOO_NEW');
    expect(error.message).toMatch(/Update Overstap/);
    expect(sha(file)).toBe(before);
  });

  it("refuses another program's SQLite file", async () => {
    const file = path.join(tempDir(), 'other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    raw.close();
    const error = await expectCode(openDatabase(file), 'DB_CORRUPT');
    expect(error.message).toMatch(/not an Overstap one/);
  });

  it('takes an online backup before migrating an existing file, and the backup opens at the old version', async () => {
    const file = await seededDbFile();
    const next = [...MIGRATIONS, { version: MIGRATIONS.at(-1)!.version + 1, name: 'test step', up: 'CREATE TABLE test_added (x INTEGER)' }];
    const opened = await openDatabase(file, { migrations: next });
    try {
      expect(opened.migrated).toEqual([next.at(-1)!.version]);
      expect(opened.backupPath).not.toBeNull();
      const backup = new Database(opened.backupPath!, { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
      expect((backup.prepare('SELECT count(*) AS n FROM roles').get() as { n: number }).n).toBeGreaterThan(50);
      backup.close();
    } finally {
      opened.db.close();
    }
  });

  it('rolls a failing migration step back completely', async () => {
    const file = await seededDbFile();
    const broken = [...MIGRATIONS, { version: 99, name: 'half broken', up: 'CREATE TABLE half (x INTEGER); INSERT INTO no_such_table VALUES (1);' }];
    await expect(openDatabase(file, { migrations: broken })).rejects.toThrow(/no_such_table/);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    raw.close();
  });
});
