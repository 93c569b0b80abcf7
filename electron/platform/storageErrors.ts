/**
 * What the storage under the database can do to a call — another process holding the write lock past the
 * busy timeout, a full disk, a read-only file, a folder that went away — as a clear DomainError instead of
 * an INTERNAL one. Every write is a transaction, so in each case nothing was changed; the message says so.
 */
import fs from 'node:fs';
import { DomainError } from '../../shared/api/result';

/** The busy timeout every connection sets (db/open applyPragmas): how long a writer waits for another. */
export const BUSY_TIMEOUT_MS = 5000;

export function storageError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return new DomainError('CONFLICT', `The database is busy: another Overstap process (the app, the browser twin or the command line) kept it locked for more than ${BUSY_TIMEOUT_MS / 1000} s. Nothing was changed; try again when it has finished.`);
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new DomainError('STORAGE', 'The disk holding the database is full. Nothing was changed; free some space and try again.');
  }
  if (code === 'SQLITE_READONLY_DBMOVED' || /^SQLITE_(IOERR|CANTOPEN)/.test(code) || code === 'ENOENT' || code === 'EIO') {
    return new DomainError('STORAGE', 'The database file cannot be read or written: it or its folder was moved, deleted or its disk removed. Nothing was changed; put it back (or restore a backup) and start Overstap again.');
  }
  if (/^SQLITE_READONLY/.test(code) || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new DomainError('STORAGE', 'The database file or its folder is read-only. Nothing was changed; allow writing to it (or open a writable copy) and try again.');
  }
  return null;
}

/**
 * A check that the database file is still the one opened: with a WAL, SQLite itself does not notice its
 * file being deleted or moved, and writes would go on into a file no one will open again — lost on close.
 * Returns a function that throws STORAGE once the path no longer names the opened file.
 */
export function fileStillThere(file: string): () => void {
  if (file === ':memory:') return () => {};
  const opened = fs.statSync(file);
  return () => {
    let now: fs.Stats | null = null;
    try {
      now = fs.statSync(file);
    } catch {
      // Gone: handled below.
    }
    if (!now || now.ino !== opened.ino || now.dev !== opened.dev) {
      throw new DomainError('STORAGE', `The database file ${file} was moved or deleted while Overstap had it open. Nothing more is written to it; put it back (or restore a backup) and start Overstap again.`);
    }
  };
}
