/**
 * The planner's passphrase that locks the employee mode: stored as a salted slow hash (node:crypto scrypt,
 * random 16-byte salt, parameters recorded beside the hash), never in plain text. Meta key `privacy.passphrase`.
 *
 * Guessing is slowed by a back-off kept in the database (meta `privacy.unlockFailures`), so it survives a
 * restart: after BACKOFF.freeTries wrong tries each further one locks the passphrase for twice as long as the
 * last (2 s, 4 s, 8 s … up to an hour). During a lock every try is refused unheard, the right one too.
 * NIST SP 800-63B §5.2.2 asks for rate limiting that allows at most 100 consecutive failures; with this
 * schedule 100 tries take more than three days, and 200 (the audit's attack) more than a week.
 */
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { DomainError } from '../../shared/api/result';
import { readMetaValue, writeMetaValue } from '../db/storedValues';

const SCRYPT = { N: 1 << 15, r: 8, p: 1, keyLength: 32 } as const;
const BACKOFF = { freeTries: 3, baseSeconds: 2, maxSeconds: 3600 } as const;

interface StoredPassphrase {
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  keyLength: number;
  salt: string;
  hash: string;
  setAt: string;
}

interface EmployeeMode {
  employeeId: string;
  since: string;
  /** The stored value was unreadable: the app stays locked (to no one) until the passphrase is given. */
  damaged?: true;
}

function derive(passphrase: string, salt: Buffer, s: { N: number; r: number; p: number; keyLength: number }): Buffer {
  return crypto.scryptSync(passphrase.normalize('NFC'), salt, s.keyLength, { N: s.N, r: s.r, p: s.p, maxmem: 128 * s.N * s.r * 2 });
}

export function hashPassphrase(passphrase: string, at: string): StoredPassphrase {
  const salt = crypto.randomBytes(16);
  return { algorithm: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), hash: derive(passphrase, salt, SCRYPT).toString('base64'), setAt: at };
}

function verifyPassphrase(passphrase: string, stored: StoredPassphrase): boolean {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = derive(passphrase, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

/** The stored hash; null when none is set. A damaged record counts as set (it can no longer be matched). */
function readPassphrase(db: Database): StoredPassphrase | null {
  const r = readMetaValue(db, 'privacy.passphrase');
  return r.state === 'ok' ? r.value : null;
}

export function passphraseIsSet(db: Database): boolean {
  return readMetaValue(db, 'privacy.passphrase').state !== 'absent';
}

export function storePassphrase(db: Database, stored: StoredPassphrase): void {
  writeMetaValue(db, 'privacy.passphrase', stored);
}

export function readEmployeeMode(db: Database): EmployeeMode | null {
  const r = readMetaValue(db, 'privacy.employeeMode');
  if (r.state === 'absent') return null;
  // Fail closed: an unreadable mode locks the app to no one, never opens it.
  return r.state === 'ok' ? r.value : { employeeId: '', since: '', damaged: true };
}

export function writeEmployeeMode(db: Database, mode: { employeeId: string; since: string } | null): void {
  writeMetaValue(db, 'privacy.employeeMode', mode);
}

/** Seconds of lock after the `count`-th consecutive wrong try. */
function lockSeconds(count: number): number {
  if (count < BACKOFF.freeTries) return 0;
  return Math.min(BACKOFF.maxSeconds, BACKOFF.baseSeconds * 2 ** Math.min(30, count - BACKOFF.freeTries));
}

function failures(db: Database): { count: number; lockedUntil: string | null } {
  const r = readMetaValue(db, 'privacy.unlockFailures');
  // An unreadable counter is not a way out of the back-off: treat it as a long run of failures.
  if (r.state === 'malformed') return { count: BACKOFF.freeTries + 20, lockedUntil: null };
  return r.state === 'ok' ? r.value : { count: 0, lockedUntil: null };
}

const spell = (seconds: number): string => (seconds < 120 ? `${seconds} s` : seconds < 7200 ? `${Math.ceil(seconds / 60)} min` : `${Math.ceil(seconds / 3600)} h`);

type PassphraseAttempt = { ok: true } | { ok: false; refusal: 'locked' | 'wrong' | 'unset'; error: DomainError };

/**
 * One try of the passphrase, with the back-off: refused unheard while locked; a wrong one counts and may
 * start a lock; the right one clears the count. Writes the counter itself (outside any caller's transaction,
 * so a refusal that throws afterwards still counts).
 */
export function attemptPassphrase(db: Database, attempt: string, nowIso: string): PassphraseAttempt {
  const now = Date.parse(nowIso);
  const state = failures(db);
  const until = state.lockedUntil ? Date.parse(state.lockedUntil) : NaN;
  if (Number.isFinite(until) && until > now) {
    const wait = Math.ceil((until - now) / 1000);
    return {
      ok: false,
      refusal: 'locked',
      error: new DomainError('TOO_MANY_ATTEMPTS', `Too many wrong passphrases: try again in ${spell(wait)} (after ${state.lockedUntil}).`, [{ path: 'retryAfterSeconds', message: String(wait) }]),
    };
  }
  const stored = readPassphrase(db);
  if (stored && verifyPassphrase(attempt, stored)) {
    if (state.count > 0) writeMetaValue(db, 'privacy.unlockFailures', null);
    return { ok: true };
  }
  const count = state.count + 1;
  const wait = lockSeconds(count);
  const lockedUntil = wait > 0 ? new Date(now + wait * 1000).toISOString() : null;
  writeMetaValue(db, 'privacy.unlockFailures', { count, lockedUntil, lastAt: nowIso });
  if (!passphraseIsSet(db)) return { ok: false, refusal: 'unset', error: new DomainError('FORBIDDEN', 'No planner passphrase is set.') };
  const damaged = !stored ? ' The stored passphrase record is damaged; restore a backup to leave employee mode.' : '';
  const message = wait > 0 ? `Wrong passphrase. Wait ${spell(wait)} before the next try.${damaged}` : `Wrong passphrase.${damaged}`;
  return { ok: false, refusal: 'wrong', error: new DomainError('FORBIDDEN', message, wait > 0 ? [{ path: 'retryAfterSeconds', message: String(wait) }] : undefined) };
}
