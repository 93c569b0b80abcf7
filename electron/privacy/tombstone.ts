/**
 * One-way tombstones for erased people (AVG art. 17): HMAC-SHA256 of the employee id with a key the
 * database does not hold — a per-installation key file beside it (`<db>.erasure-key`, mode 0600), never
 * copied into the database or its backups. With the key outside the file, someone holding only the
 * database or a backup cannot test guesses (ids are sequential, so a key inside the file gave the id away
 * in a few tries, issue 16.6).
 *
 * The register keeps, beside each tombstone, `key:<fingerprint>` (a one-way id of the key, not the key).
 * A restore re-applies every register entry made with this installation's key (the one beside the restored
 * database, or beside the database it replaces); entries made with another key (the database was moved
 * without its key file) cannot be matched and are reported. Registers from
 * before this release hold a hex salt instead; those entries are still matched with their salt.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { PRIVATE_FILE, tightenFile } from '../platform/files';

export const keyFilePath = (dbPath: string): string => `${dbPath}.erasure-key`;

/** In-memory databases (tests) have no folder: their key lives as long as the connection. */
const memoryKeys = new WeakMap<Database, Buffer>();

/** The installation's erasure key for this database file, created (0600, exclusive) on first use. */
export function erasureKey(db: Database): Buffer {
  if (db.memory || db.name === '' || db.name === ':memory:') {
    let key = memoryKeys.get(db);
    if (!key) memoryKeys.set(db, (key = crypto.randomBytes(32)));
    return key;
  }
  const file = keyFilePath(db.name);
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { mode: PRIVATE_FILE, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    tightenFile(file);
  }
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`The erasure key ${file} is damaged; restore it from where the database was copied from.`);
  return Buffer.from(text, 'hex');
}

/** An existing key file beside a database, or null (never creates one). */
export function existingKey(dbPath: string): Buffer | null {
  try {
    const text = fs.readFileSync(keyFilePath(dbPath), 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(text) ? Buffer.from(text, 'hex') : null;
  } catch {
    return null;
  }
}

/** The key's public name in the register: which key made a tombstone, without revealing it. */
export const keyRef = (key: Buffer): string => `key:${crypto.createHmac('sha256', key).update('overstap erasure key id').digest('hex').slice(0, 16)}`;

export const isKeyRef = (salt: string): boolean => salt.startsWith('key:');

export function keyedTombstone(id: string, key: Buffer): string {
  return `erased:${crypto.createHmac('sha256', key).update(id, 'utf8').digest('hex')}`;
}

/** A tombstone of a register made before the key file (salt stored beside it). */
export function tombstoneFor(id: string, salt: string): string {
  return `erased:${crypto.createHmac('sha256', Buffer.from(salt, 'hex')).update(id, 'utf8').digest('hex')}`;
}
