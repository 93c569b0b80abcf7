/**
 * Backup and restore of the whole database. Backups use SQLite's online backup API (never a file copy:
 * a copy of a live WAL database can be torn). A restore is validated before it replaces anything —
 * SQLite header, integrity check, Overstap's application id, a schema this version knows — then staged
 * as `<db>.restore-pending.db` beside the database, and swapped in at the next start by
 * applyPendingRestore(), which keeps an online backup of what it replaces, prepares the restored copy
 * completely (erasures re-applied, logged) and only then swaps it in atomically.
 */
import { appendAudit } from './repos/auditRepo';
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../../shared/api/result';
import { automaticBackupsToKeep, backupPathFor, privateBackup, pruneAutomaticBackups, removeBackupFile } from './backup';
import { MIGRATIONS } from './migrations';
import { APPLICATION_ID } from './open';
import { reapplyErasuresWithReport } from './erasureHook';
import { readEmployeeMode } from '../privacy/passphrase';
import { PRIVATE_FILE, tightenFile } from '../platform/files';
import { keyFilePath } from '../privacy/tombstone';
import { checkpointAndClose } from './maintenance';
import { describeProblems, schemaProblems } from './schemaCheck';
import { storedValueProblems } from './storedValues';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export const pendingRestorePath = (dbPath: string): string => `${path.resolve(dbPath)}.restore-pending.db`;

interface ValidatedBackup {
  schemaVersion: number;
  bytes: number;
}

/** Checks a file is a healthy Overstap database this version can open. Throws BAD_FILE otherwise; never writes to it. */
export function validateBackupFile(file: string, options: { nativeBinding?: string } = {}): ValidatedBackup {
  let bytes: number;
  let head: Buffer;
  try {
    bytes = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r');
    try {
      head = Buffer.alloc(16);
      fs.readSync(fd, head, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw new DomainError('BAD_FILE', `The backup cannot be read: ${(error as Error).message}`);
  }
  if (bytes < 512 || !head.equals(SQLITE_HEADER)) throw new DomainError('BAD_FILE', 'The file is not an SQLite database (wrong header), so it is not an Overstap backup.');
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    // Defence in depth: nothing in a file under inspection may call a function with side effects.
    db.pragma('trusted_schema = OFF');
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new DomainError('BAD_FILE', `The backup is damaged (integrity check: ${String(check)}).`);
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw new DomainError('BAD_FILE', 'The file is an SQLite database, but not an Overstap one.');
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    if (version < 1) throw new DomainError('BAD_FILE', 'The backup holds no Overstap schema.');
    if (version > latest) throw new DomainError('BAD_FILE', `The backup has schema version ${version}; this version of Overstap knows up to ${latest}. Update Overstap to restore it.`);
    // Exactly the app's own schema at that version: no trigger, view or object it did not create (16.1).
    const problems = schemaProblems(db, version, { nativeBinding: options.nativeBinding });
    if (problems.length) throw new DomainError('BAD_FILE', `The backup's schema is not Overstap's own (${describeProblems(problems)}), so nothing from it is used.`);
    const values = storedValueProblems(db);
    if (values.length) throw new DomainError('BAD_FILE', `The backup holds a malformed ${describeProblems(values)}, so nothing from it is used.`);
    return { schemaVersion: version, bytes };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('BAD_FILE', `The backup is not a readable database (${(error as Error).message}).`);
  } finally {
    db?.close();
  }
}

/**
 * Refuses to replace a database that is in employee mode (the CLI's restore opens no core, so no door's
 * policy sees it): a restore would otherwise be a way out of the lock (16.4). A database that cannot be
 * read at all is no lock; restoring it is the way back.
 */
export function refuseRestoreInEmployeeMode(dbPath: string, options: { nativeBinding?: string } = {}): void {
  if (!fs.existsSync(dbPath)) return;
  let mode: ReturnType<typeof readEmployeeMode>;
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      db.pragma('trusted_schema = OFF');
      mode = readEmployeeMode(db);
    } finally {
      db.close();
    }
  } catch {
    return;
  }
  if (mode) throw new DomainError('FORBIDDEN', 'Overstap is in employee mode: a restore would leave it. The planner unlocks it first (overstap unlock).');
}

/** An online backup of an open database into a temporary file; returns its bytes. */
export async function backupToBuffer(db: Database.Database): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overstap-backup-'));
  const file = path.join(dir, 'backup.db');
  try {
    await privateBackup(db, file);
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes an uploaded backup beside the database, validates it, and only then moves it to
 * `<db>.restore-pending.db` (an atomic rename). A bad file is deleted and nothing else changes.
 */
export function stageRestore(dbPath: string, content: Buffer, options: { nativeBinding?: string } = {}): ValidatedBackup {
  const target = pendingRestorePath(dbPath);
  const upload = `${path.resolve(dbPath)}.restore-upload-${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(upload, content, { flag: 'wx', mode: PRIVATE_FILE });
    const valid = validateBackupFile(upload, options);
    removeWithSidecars(upload, true);
    fs.renameSync(upload, target);
    return valid;
  } finally {
    removeWithSidecars(upload);
  }
}

/** A WAL-mode file opened read-only leaves -wal/-shm beside it; remove them with the file. */
function removeWithSidecars(file: string, keepMain = false): void {
  if (!keepMain) fs.rmSync(file, { force: true });
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

interface PendingRestoreResult {
  applied: boolean;
  /** Online backup of the database the restore replaced. */
  previousBackup: string | null;
  /** Set when a staged file was refused (it is moved aside, the database is untouched). */
  refused: string | null;
  erasuresReapplied: number;
  /** Register entries made with another installation's erasure key, which this one cannot match. */
  erasuresUnverifiable: number;
  /** Automatic backups removed to keep the planner's number (16.7). */
  backupsPruned: number;
}

function healthy(file: string, nativeBinding?: string): boolean {
  try {
    validateBackupFile(file, { nativeBinding });
    return true;
  } catch {
    return false;
  }
}

/** Where a restore is prepared: a folder beside the database, the copy under the database's own name (so the
 * erasure key beside it is the installation's, linked in). Removed when the restore is done or abandoned. */
const workDirFor = (resolved: string): string => `${resolved}.restore-work`;

/** What names one staging of a file: its bytes and when it was staged (the same backup staged again later is a new restore). */
function stagedId(file: string): string {
  const st = fs.statSync(file);
  return `${crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')}:${st.mtimeMs}`;
}

/** The staging named in the live database's latest restore entry, if any (a crash after the swap leaves the staged file behind). */
function lastRestoreOf(file: string, nativeBinding?: string): { staged?: string; erasuresReapplied?: number; erasuresUnverifiable?: number; replacedKeptAs?: string | null } | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      db.pragma('trusted_schema = OFF');
      const row = db.prepare("SELECT after FROM audit_log WHERE entity = 'database' AND action = 'restore' ORDER BY id DESC LIMIT 1").get() as { after: string | null } | undefined;
      return row?.after ? (JSON.parse(row.after) as Record<string, never>) : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Call before opening the database (openCore): swaps a staged restore in, so that a crash at any point leaves
 * either the database as it was or the complete restore (erasures re-applied, the restore in its log):
 *  1. validate the staged file again; if the live database's log already names this staging, an earlier run
 *     was interrupted after the swap: only the staged file is left to remove;
 *  2. keep an online backup of the current database;
 *  3. prepare a copy of the staged file completely — erasures re-applied, the restore entry in its log,
 *     WAL folded in, synced — in a work folder beside the database;
 *  4. swap it in with one atomic step: SQLite's backup API into the live file (one write transaction inside
 *     SQLite's own locking), or, when the current file is damaged, moving that aside and renaming the copy in;
 *  5. remove the staged file and the work folder.
 * No staged file: nothing happens.
 */
export async function applyPendingRestore(dbPath: string, options: { nativeBinding?: string; now?: Date; actor?: string } = {}): Promise<PendingRestoreResult> {
  const resolved = path.resolve(dbPath);
  const pending = pendingRestorePath(resolved);
  const work = workDirFor(resolved);
  const none: PendingRestoreResult = { applied: false, previousBackup: null, refused: null, erasuresReapplied: 0, erasuresUnverifiable: 0, backupsPruned: 0 };
  if (!fs.existsSync(pending)) {
    fs.rmSync(work, { recursive: true, force: true });
    return none;
  }
  const now = options.now ?? new Date();
  try {
    validateBackupFile(pending, options);
    removeWithSidecars(pending, true);
  } catch (error) {
    const aside = backupPathFor(resolved, 'restore-refused', now);
    removeWithSidecars(pending, true);
    fs.renameSync(pending, aside);
    tightenFile(aside);
    fs.rmSync(work, { recursive: true, force: true });
    return { ...none, refused: `${(error as Error).message} (moved to ${aside})` };
  }
  const staged = stagedId(pending);
  const exists = fs.existsSync(resolved) && fs.statSync(resolved).size > 0;
  const live = exists && healthy(resolved, options.nativeBinding);
  if (live) {
    const last = lastRestoreOf(resolved, options.nativeBinding);
    if (last?.staged === staged) {
      removeWithSidecars(pending);
      fs.rmSync(work, { recursive: true, force: true });
      return { ...none, applied: true, previousBackup: last.replacedKeptAs ?? null, erasuresReapplied: last.erasuresReapplied ?? 0, erasuresUnverifiable: last.erasuresUnverifiable ?? 0 };
    }
  }

  let previousBackup: string | null = null;
  if (live) {
    previousBackup = backupPathFor(resolved, 'pre-restore', now);
    // A run interrupted while writing this backup leaves part of one under the same name: write it afresh.
    removeBackupFile(previousBackup);
    const db = new Database(resolved, { nativeBinding: options.nativeBinding });
    try {
      await privateBackup(db, previousBackup);
    } finally {
      db.close();
    }
  }

  // 3. The complete result, prepared where a crash cannot harm the database.
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { mode: 0o700 });
  const ready = path.join(work, path.basename(resolved));
  fs.copyFileSync(pending, ready);
  tightenFile(ready);
  try {
    fs.linkSync(keyFilePath(resolved), keyFilePath(ready));
  } catch {
    // No key beside the database yet (nothing was erased here), or links unsupported: the register's own entries decide.
  }
  let report: { erased: number; unverifiable: number };
  {
    const db = new Database(ready, { nativeBinding: options.nativeBinding });
    try {
      db.pragma('trusted_schema = OFF');
      report = reapplyErasuresWithReport(db, { previousDbPath: previousBackup, at: now.toISOString() });
      // The restored file's own log says it was restored, by whom, what it replaced, and which staging it was.
      appendAudit(db, { at: now.toISOString(), actor: options.actor ?? 'system', entity: 'database', action: 'restore', after: { replacedKeptAs: previousBackup, erasuresReapplied: report.erased, erasuresUnverifiable: report.unverifiable, staged } });
    } finally {
      checkpointAndClose(db);
    }
  }
  fsyncFile(ready);

  // 4. One atomic swap.
  if (live) {
    const source = new Database(ready, { readonly: true, nativeBinding: options.nativeBinding });
    try {
      await source.backup(resolved);
    } finally {
      source.close();
    }
  } else {
    if (exists) {
      previousBackup = backupPathFor(resolved, 'damaged', now);
      fs.renameSync(resolved, previousBackup);
    }
    removeWithSidecars(resolved, true);
    removeWithSidecars(ready, true);
    fs.renameSync(ready, resolved);
  }
  tightenFile(resolved);

  // 5. Clean up; the restore is done.
  removeWithSidecars(pending);
  fs.rmSync(work, { recursive: true, force: true });
  let backupsPruned: number;
  const db = new Database(resolved, { readonly: true, nativeBinding: options.nativeBinding });
  try {
    db.pragma('trusted_schema = OFF');
    backupsPruned = pruneAutomaticBackups(resolved, automaticBackupsToKeep(db)).length;
  } finally {
    db.close();
  }
  return { applied: true, previousBackup, refused: null, erasuresReapplied: report.erased, erasuresUnverifiable: report.unverifiable, backupsPruned };
}
