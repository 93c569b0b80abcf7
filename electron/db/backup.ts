/**
 * Backups through SQLite's online backup API (never a file copy: a copy of a live WAL database can be torn),
 * and the automatic ones the app writes beside the database by itself — before a migration (`v<N>`), before
 * a restore (`pre-restore`), a damaged file moved aside (`damaged`), a refused restore (`restore-refused`).
 * Those are private files (0600) and bounded in number (issue 16.7): the newest `keep` stay, older ones go.
 *
 * Default keep: 3. Each automatic backup is a full copy of everyone's data, so AVG art. 5(1)(c) and (e)
 * (data minimisation, storage limitation) argue for as few as serve their purpose: rolling back the last
 * upgrade and the last two restores. Planners can set 1–50 on the Privacy screen. An erasure re-applies
 * itself to these copies or removes them (electron/privacy/erasure.ts); backups a user saved elsewhere are
 * theirs to manage, and a restore of one re-applies the erasure register.
 */
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { createPrivateEmptyFile } from '../platform/files';
import { readSetting } from './storedValues';

export const AUTOMATIC_BACKUPS = { min: 1, default: 3, max: 50 } as const;
const AUTOMATIC_TAGS = /^(v\d+|pre-restore|damaged|restore-refused)$/;

/** overstap.db → overstap.backup-<tag>-<timestamp>.db beside it. */
export function backupPathFor(file: string, tag: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.backup-${tag}-${stamp}${ext || '.db'}`);
}

/** An online backup into a new private file (0600 from its first byte). */
export async function privateBackup(db: Database, target: string): Promise<void> {
  createPrivateEmptyFile(target);
  try {
    await db.backup(target);
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
}

interface AutomaticBackup {
  file: string;
  tag: string;
  /** The stamp in its name, as written by backupPathFor (sorts in time order). */
  stamp: string;
}

/** The automatic backups beside a database, oldest first. */
export function listAutomaticBackups(dbPath: string): AutomaticBackup[] {
  const dir = path.dirname(path.resolve(dbPath));
  const ext = path.extname(dbPath);
  const stem = path.basename(dbPath, ext);
  const pattern = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.backup-(.+)-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)${(ext || '.db').replace('.', '\\.')}$`);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: AutomaticBackup[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (m && AUTOMATIC_TAGS.test(m[1]!)) out.push({ file: path.join(dir, name), tag: m[1]!, stamp: m[2]! });
  }
  return out.sort((a, b) => a.stamp.localeCompare(b.stamp) || a.file.localeCompare(b.file));
}

/** The database an automatic backup was taken of (same folder, name without `.backup-<tag>-<stamp>`); the file itself otherwise. */
export function databaseOfBackup(file: string): string {
  const m = /^(.*)\.backup-.+-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(\.[^.]*)$/.exec(path.basename(file));
  return m ? path.join(path.dirname(file), `${m[1]}${m[2]}`) : file;
}

export function removeBackupFile(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/** Removes all but the newest `keep` automatic backups; returns the files removed. */
export function pruneAutomaticBackups(dbPath: string, keep: number): string[] {
  const all = listAutomaticBackups(dbPath);
  const drop = all.slice(0, Math.max(0, all.length - Math.max(AUTOMATIC_BACKUPS.min, keep)));
  for (const b of drop) removeBackupFile(b.file);
  return drop.map((b) => b.file);
}

/** The planner's setting (table settings), or the default when unset or unreadable. */
export function automaticBackupsToKeep(db: Database): number {
  const r = readSetting(db, 'privacy.keepAutomaticBackups');
  return r.state === 'ok' ? r.value : AUTOMATIC_BACKUPS.default;
}
