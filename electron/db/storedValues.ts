/**
 * The values Overstap keeps in its `settings` and `meta` tables, each with the shape it must have. Read
 * through here, a malformed value is never parsed blindly (one bad row used to turn every call into
 * INTERNAL); a restore refuses a backup that holds one (issue 16.1).
 */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';

const isoTime = z.string().min(10).max(40);
const base64 = z.string().min(4).max(512).regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** User settings and privacy settings (table `settings`, JSON values). */
const SETTING_SCHEMAS = {
  language: z.enum(['en', 'nl']),
  minGroupSize: z.number().int().min(3).max(50),
  pseudonymised: z.boolean(),
  'privacy.auditRetentionMonths': z.number().int().min(6).max(120),
  'privacy.keepAutomaticBackups': z.number().int().min(1).max(50),
} as const;

const passphraseRecordSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    // scrypt cost: at least 2^14 (the floor of RFC 7914's interactive use), at most what node's maxmem allows here.
    N: z.number().int().min(1 << 14).max(1 << 20).refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    keyLength: z.number().int().min(16).max(64),
    salt: base64,
    hash: base64,
    setAt: isoTime,
  })
  .strict();

const employeeModeSchema = z.object({ employeeId: z.string().trim().min(1).max(64), since: isoTime }).strict();

const unlockFailuresSchema = z.object({ count: z.number().int().min(0).max(1_000_000), lockedUntil: isoTime.nullable(), lastAt: isoTime }).strict();

/** Values in table `meta` (JSON unless noted). */
const META_SCHEMAS = {
  'privacy.passphrase': passphraseRecordSchema,
  'privacy.employeeMode': employeeModeSchema,
  'privacy.unlockFailures': unlockFailuresSchema,
} as const;

/** Plain-text meta values. */
const META_TEXT: Record<string, RegExp> = {
  // Tombstone salts of databases made before the per-installation key (kept so old registers still match).
  'privacy.tombstoneSalt': /^[0-9a-f]{64}$/,
};

type Stored<T> = { state: 'absent' } | { state: 'ok'; value: T } | { state: 'malformed'; reason: string };

function parse<T>(raw: string, schema: z.ZodType<T>): Stored<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { state: 'malformed', reason: 'not JSON' };
  }
  const r = schema.safeParse(json);
  return r.success ? { state: 'ok', value: r.data } : { state: 'malformed', reason: r.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ') };
}

export function readSetting<K extends keyof typeof SETTING_SCHEMAS>(db: Database, key: K): Stored<z.output<(typeof SETTING_SCHEMAS)[K]>> {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? parse(row.value, SETTING_SCHEMAS[key] as unknown as z.ZodType<z.output<(typeof SETTING_SCHEMAS)[K]>>) : { state: 'absent' };
}

export function writeSetting<K extends keyof typeof SETTING_SCHEMAS>(db: Database, key: K, value: z.output<(typeof SETTING_SCHEMAS)[K]>): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(SETTING_SCHEMAS[key].parse(value)));
}

export function readMetaValue<K extends keyof typeof META_SCHEMAS>(db: Database, key: K): Stored<z.output<(typeof META_SCHEMAS)[K]>> {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? parse(row.value, META_SCHEMAS[key] as unknown as z.ZodType<z.output<(typeof META_SCHEMAS)[K]>>) : { state: 'absent' };
}

export function writeMetaValue<K extends keyof typeof META_SCHEMAS>(db: Database, key: K, value: z.output<(typeof META_SCHEMAS)[K]> | null): void {
  if (value === null) db.prepare('DELETE FROM meta WHERE key = ?').run(key);
  else db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(META_SCHEMAS[key].parse(value)));
}

/**
 * Every stored value that does not have its shape, as "settings.language: …" lines. Settings the app does
 * not know by name (a feature's own, e.g. the last import mapping) must still be JSON.
 */
export function storedValueProblems(db: Database): string[] {
  const problems: string[] = [];
  for (const { key, value } of db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]) {
    const schema = (SETTING_SCHEMAS as Record<string, z.ZodType>)[key] ?? z.unknown();
    const r = parse(value, schema);
    if (r.state === 'malformed') problems.push(`setting ${key}: ${r.reason}`);
  }
  for (const { key, value } of db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]) {
    const schema = (META_SCHEMAS as Record<string, z.ZodType>)[key];
    if (schema) {
      const r = parse(value, schema);
      if (r.state === 'malformed') problems.push(`setting ${key}: ${r.reason}`);
    } else if (META_TEXT[key] && !META_TEXT[key].test(value)) problems.push(`setting ${key}: not in the expected form`);
  }
  return problems;
}
