/**
 * migrate(): the PRAGMA user_version ladder. Every pending step in one transaction, so a crash or a failing
 * step leaves the file at the version it had (a file at an in-between version would be one no release wrote,
 * and the schema checks would rightly refuse it). A file newer than the app is refused.
 */
import type { Database } from 'better-sqlite3';
import { DomainError } from '../../shared/api/result';
import { MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every step above the file's version. Returns the versions applied. */
export function migrate(db: Database, migrations: Migration[] = MIGRATIONS): number[] {
  const current = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (current > latest) {
    throw new DomainError('DB_TOO_NEW', `This database has schema version ${current}; this version of Overstap knows up to ${latest}. Update Overstap to open it.`);
  }
  const pending = migrations.filter((step) => step.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const step of pending) {
      if (typeof step.up === 'string') db.exec(step.up);
      else step.up(db);
      // user_version cannot take a bound parameter; the value is a trusted integer from the list.
      db.pragma(`user_version = ${step.version}`);
    }
  })();
  return pending.map((step) => step.version);
}

