/**
 * The latest whole-workforce rankings per open database, versioned by the inputs that can change a ranking.
 *
 * A ranking reads the scenario, the dataset (roles, tasks, skills, modules, assumptions) and the people with
 * their skills. The version is the connection's change stamp (db/maintenance changeStamp: this connection's
 * writes and any other connection's commits), carried forward across writes that are declared not to touch
 * those inputs (plans and their audit entries: an assignment, draft plans, a plan edit). Any other write,
 * here or from another process (the CLI), drops the cached ranking. Declaring is the safe direction: a new
 * write path that forgets to declare only costs a fresh ranking, never a stale one.
 *
 * Why not triggers counting writes per table: a per-row trigger costs about half again on a bulk import of
 * two million skill rows (measured), and a trigger in the file would be part of the schema the checks
 * compare.
 */
import type { Database } from 'better-sqlite3';
import { changeStamp } from '../../db/maintenance';

interface Entry<T> {
  stamp: string;
  value: T;
}

const MAX_CACHED = 6;
const byDb = new WeakMap<Database, Map<string, Entry<unknown>>>();

function entries(db: Database): Map<string, Entry<unknown>> {
  let m = byDb.get(db);
  if (!m) byDb.set(db, (m = new Map()));
  return m;
}

/** What a ranking depends on besides the inputs: the scenario and the shape of the answer. */
export const rankingKey = (scenario: string, topN: number, withGaps: boolean): string => `${scenario}|${topN}|${withGaps}`;

/** The current version of the ranking inputs as this connection sees them. */
export function rankingVersion(db: Database): string {
  return changeStamp(db);
}

export function cachedRanking<T>(db: Database, key: string): T | undefined {
  const hit = byDb.get(db)?.get(key);
  return hit && hit.stamp === rankingVersion(db) ? (hit.value as T) : undefined;
}

/** Keeps `value`, computed from the inputs at `version`, if nothing has changed since. */
export function keepRanking<T>(db: Database, key: string, version: string, value: T): void {
  if (rankingVersion(db) !== version) return;
  const m = entries(db);
  m.delete(key);
  m.set(key, { stamp: version, value });
  while (m.size > MAX_CACHED) m.delete(m.keys().next().value!);
}

const inFlight = new WeakMap<Database, Map<string, { version: string; promise: Promise<unknown> }>>();

/**
 * The ranking being computed for `key` at this version, if one is under way: two calls made together (the
 * Dashboard asks for the business case and everyone's top path at once) share one worker run.
 */
export function rankingUnderWay<T>(db: Database, key: string): Promise<T> | undefined {
  const run = inFlight.get(db)?.get(key);
  return run && run.version === rankingVersion(db) ? (run.promise as Promise<T>) : undefined;
}

/** Registers a ranking under way until it settles. */
export function shareRanking<T>(db: Database, key: string, version: string, promise: Promise<T>): Promise<T> {
  let m = inFlight.get(db);
  if (!m) inFlight.set(db, (m = new Map()));
  const entry = { version, promise: promise as Promise<unknown> };
  m.set(key, entry);
  const clear = () => {
    if (m.get(key) === entry) m.delete(key);
  };
  promise.then(clear, clear);
  return promise;
}

const dataVersion = (stamp: string): string => stamp.slice(stamp.indexOf(':') + 1);

/**
 * Runs a write that changes no ranking input (plans, audit entries). Rankings valid before it stay valid
 * after it. Another connection's commit in between still drops them (its data_version part differs).
 */
export function writeKeepingRankings<T>(db: Database, work: () => T): T {
  const before = rankingVersion(db);
  const result = work();
  const after = rankingVersion(db);
  const m = byDb.get(db);
  if (m && after !== before && dataVersion(after) === dataVersion(before)) {
    for (const entry of m.values()) if (entry.stamp === before) entry.stamp = after;
  }
  return result;
}

/** Drops every ranking of this connection (tests; a restore swaps the file under a new connection anyway). */
export function forgetRankings(db: Database): void {
  byDb.delete(db);
}
