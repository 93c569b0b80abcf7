/**
 * The hook a restore calls after it has swapped a backup in: it must re-apply every erasure (AVG art. 17)
 * recorded since the backup was taken, so an erased person never comes back. The privacy work keeps the
 * erasure register and fills this in; until then it is a documented no-op that erases nothing.
 *
 * Contract for the implementation:
 *  - `db` is the restored database, open for writing (not yet migrated: use only tables of every schema).
 *  - `previousDbPath`, when given, is an online backup of the database as it was just before the restore
 *    (it holds the newest register if the register lives in the database itself).
 *  - Erase inside one transaction; return how many people were erased again.
 */
import type { Database } from 'better-sqlite3';
import { reapplyErasuresDetailed, type ReapplyResult } from '../privacy/erasure';

interface ErasureContext {
  previousDbPath?: string | null;
  /** When and by whom, for the audit entries of the erasures made again (the restore's own time and actor). */
  at?: string;
  actor?: string;
}

export function reapplyErasures(db: Database, context: ErasureContext = {}): number {
  return reapplyErasuresDetailed(db, context).erased;
}

/** The same, also counting register entries made with another installation's erasure key (not matchable here). */
export function reapplyErasuresWithReport(db: Database, context: ErasureContext = {}): ReapplyResult {
  return reapplyErasuresDetailed(db, context);
}
