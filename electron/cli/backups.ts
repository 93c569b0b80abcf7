/**
 * Finding the newest backup beside a database, to name it when the database cannot be used.
 */
import fs from 'node:fs';
import path from 'node:path';

export function findLatestBackup(dbPath: string): string | null {
  const dir = path.dirname(path.resolve(dbPath));
  const ext = path.extname(dbPath);
  const stem = path.basename(dbPath, ext);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return null;
  }
  const backups = names.filter((n) => n.startsWith(`${stem}.backup-`)).sort();
  return backups.length ? path.join(dir, backups[backups.length - 1]!) : null;
}
