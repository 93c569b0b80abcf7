/**
 * The one-row audit_control table: its mode opens the audit log's triggers for exactly one purpose
 * (erasure may replace identities, retention may remove old entries). Set and cleared inside the caller's
 * transaction, so a crash rolls it back with everything else. Nothing else in the app writes it.
 */
import type { Database } from 'better-sqlite3';

export function withAuditMode<T>(db: Database, mode: 'erasure' | 'retention', work: () => T): T {
  if (!db.inTransaction) throw new Error('withAuditMode must run inside a transaction');
  db.prepare('UPDATE audit_control SET mode = ? WHERE id = 1').run(mode);
  try {
    return work();
  } finally {
    db.prepare('UPDATE audit_control SET mode = NULL WHERE id = 1').run();
  }
}
