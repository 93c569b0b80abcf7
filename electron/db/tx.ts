/**
 * The one way code outside electron/db runs several repo calls atomically: better-sqlite3's transaction
 * stays inside the db layer (the layering test allows no `.transaction(` elsewhere).
 */
import type { Database } from 'better-sqlite3';

export function inTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work)();
}
