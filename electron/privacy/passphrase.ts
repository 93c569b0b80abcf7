/**
 * The planner's passphrase that locks the employee mode: stored as a salted slow hash (node:crypto scrypt,
 * random 16-byte salt, parameters recorded beside the hash), never in plain text. Meta key `privacy.passphrase`.
 */
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { deleteMeta, getMeta, putMeta } from '../db/repos/settingsRepo';

const KEY = 'privacy.passphrase';
export const SCRYPT = { N: 1 << 15, r: 8, p: 1, keyLength: 32 } as const;

export interface StoredPassphrase {
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  keyLength: number;
  salt: string;
  hash: string;
  setAt: string;
}

function derive(passphrase: string, salt: Buffer, s: { N: number; r: number; p: number; keyLength: number }): Buffer {
  return crypto.scryptSync(passphrase.normalize('NFC'), salt, s.keyLength, { N: s.N, r: s.r, p: s.p, maxmem: 128 * s.N * s.r * 2 });
}

export function hashPassphrase(passphrase: string, at: string): StoredPassphrase {
  const salt = crypto.randomBytes(16);
  return { algorithm: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), hash: derive(passphrase, salt, SCRYPT).toString('base64'), setAt: at };
}

export function verifyPassphrase(passphrase: string, stored: StoredPassphrase): boolean {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = derive(passphrase, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

export function readPassphrase(db: Database): StoredPassphrase | null {
  const value = getMeta(db, KEY);
  return value === null ? null : (JSON.parse(value) as StoredPassphrase);
}

export function storePassphrase(db: Database, stored: StoredPassphrase): void {
  putMeta(db, KEY, JSON.stringify(stored));
}

const MODE_KEY = 'privacy.employeeMode';

export function readEmployeeMode(db: Database): { employeeId: string; since: string } | null {
  const value = getMeta(db, MODE_KEY);
  return value === null ? null : (JSON.parse(value) as { employeeId: string; since: string });
}

export function writeEmployeeMode(db: Database, mode: { employeeId: string; since: string } | null): void {
  if (mode) putMeta(db, MODE_KEY, JSON.stringify(mode));
  else deleteMeta(db, MODE_KEY);
}

/**
 * What the API may do while the app is in employee mode (for dispatch to enforce, see the report): reads
 * about that one person and the unlock. Everything else is refused.
 */
export function employeeModeAllows(db: Database, method: string, input: unknown): boolean {
  const mode = readEmployeeMode(db);
  if (!mode) return true;
  const open = ['app.info', 'settings.get', 'privacy.status', 'privacy.unlock', 'dataset.sources'];
  if (open.includes(method)) return true;
  const own = ['employees.get', 'reskill.employee', 'plans.list', 'plans.progress', 'export.file', 'skills.propose', 'skills.proposals'];
  if (!own.includes(method) || !input || typeof input !== 'object') return false;
  const i = input as Record<string, unknown>;
  return (i.employeeId ?? i.id) === mode.employeeId;
}
