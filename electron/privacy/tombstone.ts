/**
 * One-way tombstones for erased people (AVG art. 17): HMAC-SHA256 of the employee id with a per-database
 * random salt (meta `privacy.tombstoneSalt`, created on first use). The register keeps each tombstone with
 * the salt it was made with, so a restored backup with another salt still recognises the person.
 * Also: replacing a person's id and name inside audit-log text and JSON.
 */
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { getMeta, putMeta } from '../db/repos/settingsRepo';

const SALT_KEY = 'privacy.tombstoneSalt';

export function tombstoneSalt(db: Database): string {
  const stored = getMeta(db, SALT_KEY);
  if (stored !== null) return stored;
  const salt = crypto.randomBytes(32).toString('hex');
  putMeta(db, SALT_KEY, salt);
  return salt;
}

export function tombstoneFor(id: string, salt: string): string {
  return `erased:${crypto.createHmac('sha256', Buffer.from(salt, 'hex')).update(id, 'utf8').digest('hex')}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces whole-token occurrences of the id and any occurrence of the name in free text. */
export function scrubText(text: string, id: string, name: string | null, tombstone: string): string {
  let out = text.replace(new RegExp(`(?<![A-Za-z0-9_-])${escapeRe(id)}(?![A-Za-z0-9_-])`, 'g'), tombstone);
  if (name && name.trim().length >= 2) out = out.replace(new RegExp(escapeRe(name.trim()), 'gi'), '[erased]');
  return out;
}

/** Walks a JSON value: strings equal to or containing the id or name are replaced; so are keys. */
export function scrubJson(value: unknown, id: string, name: string | null, tombstone: string): unknown {
  if (typeof value === 'string') return value === id ? tombstone : scrubText(value, id, name, tombstone);
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, id, name, tombstone));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === id ? tombstone : scrubText(k, id, name, tombstone), scrubJson(v, id, name, tombstone)]));
  }
  return value;
}

/** Scrubs a stored JSON text (or plain text when it is not JSON). */
export function scrubStored(text: string | null, id: string, name: string | null, tombstone: string): string | null {
  if (text === null) return null;
  try {
    return JSON.stringify(scrubJson(JSON.parse(text) as unknown, id, name, tombstone));
  } catch {
    return scrubText(text, id, name, tombstone);
  }
}
