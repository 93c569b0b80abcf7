/**
 * openDatabase(): the only way the app, the twin and the CLI get a database.
 * Checks a file before touching it (SQLite header, our application id, integrity, schema version),
 * takes an online backup before migrating an existing file, then sets the pragmas and migrates.
 * A damaged or too-new file is never written to.
 */
import Database, { type Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../shared/api/result';
import { migrate, schemaVersion } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { automaticBackupsToKeep, backupPathFor, privateBackup, pruneAutomaticBackups } from './backup';
import { createPrivateEmptyFile, ensurePrivateDir, tightenFile } from '../platform/files';
import { describeProblems, schemaProblems } from './schemaCheck';
import { BUSY_TIMEOUT_MS, storageError } from '../platform/storageErrors';

/** "OVST": marks a file as an Overstap database, so another program's SQLite file is not taken for ours. */
export const APPLICATION_ID = 0x4f565354;

interface OpenOptions {
  /** Path to the better-sqlite3 native binding to use (the Electron-ABI build under Electron). */
  nativeBinding?: string;
  /** The migration ladder (tests pass a longer one to exercise upgrades). */
  migrations?: Migration[];
}

interface OpenedDatabase {
  db: Db;
  path: string;
  /** True when the file did not exist or held no schema: the caller seeds it. */
  isNew: boolean;
  /** Backup written before migrating, if any. */
  backupPath: string | null;
  migrated: number[];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Read-only inspection of an existing file: refuses what is not ours, damaged or too new. */
function inspect(file: string, options: OpenOptions, latest: number): { version: number } {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    db.pragma('trusted_schema = OFF');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DomainError('DB_CORRUPT', `The database ${file} is damaged (integrity check: ${String(check)}). Restore a backup.`);
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = schemaVersion(db);
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) {
      throw new DomainError('DB_CORRUPT', `The file ${file} is an SQLite database, but not an Overstap one.`);
    }
    if (version > latest) {
      throw new DomainError('DB_TOO_NEW', `The database ${file} has schema version ${version}; this version of Overstap knows up to ${latest}. Update Overstap to open it.`);
    }
    // The audit log's guards and every other object must be the app's own: a trigger added behind its back
    // would run with every write (16.1). Checked before the file is opened for writing.
    if (version > 0) {
      const problems = schemaProblems(db, version, { migrations: options.migrations, nativeBinding: options.nativeBinding });
      if (problems.length) throw new DomainError('DB_CORRUPT', `The database ${file} was changed outside Overstap (${describeProblems(problems)}); it is not opened. Restore a backup.`);
    }
    return { version };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as { code?: string }).code;
    if (code !== 'SQLITE_CORRUPT' && code !== 'SQLITE_NOTADB') {
      const storage = storageError(error);
      if (storage) throw storage;
    }
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /not a database|malformed/i.test(describe(error))) {
      throw new DomainError('DB_CORRUPT', `The file ${file} is not a readable database (${describe(error)}). Restore a backup.`);
    }
    throw new DomainError('DB_CORRUPT', `The database ${file} cannot be opened: ${describe(error)}`);
  } finally {
    db?.close();
  }
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Erased people must not linger in free pages (AVG art. 17).
  db.pragma('secure_delete = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('synchronous = NORMAL');
  // Functions with side effects may not be called from the schema (views, triggers, defaults).
  db.pragma('trusted_schema = OFF');
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const resolved = file === ':memory:' ? file : path.resolve(file);
  const exists = resolved !== ':memory:' && fs.existsSync(resolved) && fs.statSync(resolved).size > 0;
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]!.version;
  let version = 0;
  if (exists) version = inspect(resolved, options, latest).version;
  else if (resolved !== ':memory:') {
    // A new database is private from its first byte (16.7): SQLite gives its -wal and -shm the same mode.
    ensurePrivateDir(path.dirname(resolved));
    if (!fs.existsSync(resolved)) createPrivateEmptyFile(resolved);
  }
  if (resolved !== ':memory:') for (const f of [resolved, `${resolved}-wal`, `${resolved}-shm`]) tightenFile(f);

  let db: Db;
  try {
    db = new Database(resolved, { nativeBinding: options.nativeBinding });
  } catch (error) {
    throw storageError(error) ?? error;
  }
  try {
    let backupPath: string | null = null;
    if (exists && version > 0 && version < latest) {
      // An online backup, consistent even with a WAL, before the schema changes.
      backupPath = backupPathFor(resolved, `v${version}`);
      await privateBackup(db, backupPath);
      pruneAutomaticBackups(resolved, automaticBackupsToKeep(db));
    }
    applyPragmas(db);
    if (version === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    const migrated = migrate(db, migrations);
    return { db, path: resolved, isNew: version === 0, backupPath, migrated };
  } catch (error) {
    db.close();
    // Another process migrating or holding the lock, a read-only file, a full disk: said plainly, nothing changed.
    throw storageError(error) ?? error;
  }
}
