/**
 * Key/value settings (language, minimum group size, pseudonymised mode) and meta values.
 */
import type { Database } from 'better-sqlite3';
import type { Settings } from '../../../shared/api/dto';

const DEFAULT_SETTINGS: Settings = { language: 'en', minGroupSize: 5, pseudonymised: false };

export function getSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  // Only the user settings: other keys in the table (e.g. the last import mapping) belong to their own features.
  const stored = Object.fromEntries(rows.filter((r) => r.key in DEFAULT_SETTINGS).map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) };
}

export function putSettings(db: Database, patch: Partial<Settings>): void {
  const stmt = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) stmt.run(key, JSON.stringify(value));
}

export function getMeta(db: Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function putMeta(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** A feature's own stored value (not a user setting), e.g. the last import mapping. */
export function getStored<T>(db: Database, key: string): T | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : null;
}

export function deleteMeta(db: Database, key: string): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run(key);
}

export function putStored(db: Database, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
