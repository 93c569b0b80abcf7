/**
 * File-level care of the database: folding the WAL back on close, and compacting after an erasure or a
 * retention run so no free page or WAL frame keeps removed values (AVG art. 17; secure_delete is on too).
 */
import type { Database } from 'better-sqlite3';

/**
 * Folds the WAL back so the file on disk is complete on its own, then closes. A checkpoint that cannot run
 * (another process reading, a full disk, a folder gone) loses nothing: the WAL stays and SQLite folds it in
 * on the next open. So it never stops the close.
 */
export function checkpointAndClose(db: Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // See above: the committed transactions are in the WAL.
  } finally {
    db.close();
  }
}

/** For a connection opened without openDatabase's pragmas (a restored file): cascades and zeroed deletes. */
export function enableSecureDeletes(db: Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
}

/**
 * Folds the WAL into the file and truncates it, then rebuilds the file without free pages (VACUUM, temp
 * data in memory), then truncates the WAL again. Retries briefly while a reader holds the WAL.
 */
export function compactDatabase(db: Database): void {
  if (db.memory) return;
  db.pragma('secure_delete = ON');
  const checkpoint = () => {
    for (let i = 0; i < 50; i++) {
      const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (!r || r.busy === 0) return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  };
  checkpoint();
  db.pragma('temp_store = MEMORY');
  db.exec('VACUUM');
  checkpoint();
}

/**
 * A stamp that changes whenever the database does: total_changes() counts this connection's writes,
 * data_version another connection's (e.g. the CLI's). Cached results compare stamps to stay fresh.
 */
export function changeStamp(db: Database): string {
  const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${changes}:${db.pragma('data_version', { simple: true }) as number}`;
}
