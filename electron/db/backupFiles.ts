/**
 * Opening an automatic backup to carry an erasure into it (issue 16.7): only a file that is an Overstap
 * database at the current schema, exactly the app's own, is opened for writing; anything else answers null
 * (the caller removes it, since it cannot be cleaned).
 */
import Database, { type Database as Db } from 'better-sqlite3';
import { schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { APPLICATION_ID } from './open';
import { schemaProblems } from './schemaCheck';

export function openCurrentBackup(file: string, nativeBinding?: string): Db | null {
  let db: Db | undefined;
  try {
    db = new Database(file, { fileMustExist: true, nativeBinding });
    db.pragma('trusted_schema = OFF');
    const ours = db.pragma('application_id', { simple: true }) === APPLICATION_ID && schemaVersion(db) === LATEST_SCHEMA_VERSION && schemaProblems(db, LATEST_SCHEMA_VERSION, { nativeBinding }).length === 0;
    if (!ours) {
      db.close();
      return null;
    }
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    return db;
  } catch {
    db?.close();
    return null;
  }
}
