/**
 * Key/value settings (language, minimum group size, pseudonymised mode) and meta values.
 */
import type { Database } from 'better-sqlite3';
import type { Settings } from '../../../shared/api/dto';
import { readSetting } from '../storedValues';

const DEFAULT_SETTINGS: Omit<Settings, 'languageChosen'> = { language: 'en', minGroupSize: 5, pseudonymised: false };

/**
 * A malformed stored value never fails the call that reads it (16.1): it falls back, and where the fallback
 * matters for privacy it falls to the safe side (pseudonymised on).
 */
const FALLBACK_WHEN_MALFORMED: Omit<Settings, 'languageChosen'> = { ...DEFAULT_SETTINGS, pseudonymised: true };

export function getSettings(db: Database): Settings {
  const one = <K extends Exclude<keyof Settings, 'languageChosen'>>(key: K): Settings[K] => {
    const r = readSetting(db, key);
    return r.state === 'ok' ? (r.value as Settings[K]) : r.state === 'absent' ? DEFAULT_SETTINGS[key] : FALLBACK_WHEN_MALFORMED[key];
  };
  return {
    language: one('language'),
    languageChosen: readSetting(db, 'language').state !== 'absent',
    minGroupSize: one('minGroupSize'),
    pseudonymised: one('pseudonymised'),
  };
}

export function putSettings(db: Database, patch: Partial<Settings>): void {
  const stmt = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) stmt.run(key, JSON.stringify(value));
}

/** A feature's own stored value (not a user setting), e.g. the last import mapping. */
export function getStored<T>(db: Database, key: string): T | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : null;
}

export function putMeta(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
