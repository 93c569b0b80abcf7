/**
 * Files with personal data, private to their owner on POSIX (issue 16.7): created 0600 (folders 0700)
 * from the first byte, never written world-readable and tightened afterwards. Windows keeps its ACLs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_FILE = 0o600;
const PRIVATE_DIR = 0o700;
const posix = process.platform !== 'win32';

/** Creates the folder (and missing parents) 0700; an existing folder is left as it is (it may be shared, e.g. /tmp). */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
}

/** Narrows an existing folder that belongs to the app (its user-data folder) to 0700. */
export function tightenDir(dir: string): void {
  if (!posix || !fs.existsSync(dir)) return;
  const st = fs.statSync(dir);
  if (st.isDirectory() && st.uid === process.getuid?.() && (st.mode & 0o077) !== 0) fs.chmodSync(dir, PRIVATE_DIR);
}

/** Narrows an existing file of ours to 0600 (a database or backup made before this release). */
export function tightenFile(file: string): void {
  if (!posix || !fs.existsSync(file)) return;
  const st = fs.statSync(file);
  if (st.isFile() && st.uid === process.getuid?.() && (st.mode & 0o077) !== 0) fs.chmodSync(file, PRIVATE_FILE);
}

/**
 * An empty 0600 file for SQLite to fill (a new database, or the target of an online backup): SQLite then
 * gives its -wal, -shm and -journal files the same mode. Fails if the file exists.
 */
export function createPrivateEmptyFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE));
}

/** Writes a whole file atomically (temporary file, then rename) with mode 0600. */
export function writePrivateFile(file: string, content: string | Buffer): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(tmp, content, { mode: PRIVATE_FILE, flag: 'wx' });
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
