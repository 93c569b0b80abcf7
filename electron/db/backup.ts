/**
 * Backups through SQLite's online backup API (never a file copy: a copy of a live WAL database can be torn).
 */
import path from 'node:path';

/** overstap.db → overstap.backup-<tag>-<timestamp>.db beside it. */
export function backupPathFor(file: string, tag: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.backup-${tag}-${stamp}${ext || '.db'}`);
}
