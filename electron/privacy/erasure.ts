/**
 * Erasure (AVG art. 17): removes a person completely — employee row, skills, consents, plan, and their id as
 * someone's manager — and replaces their identity in the audit log by a one-way tombstone, so the log stays
 * whole without personal data. The tombstone goes into the erasure register; every restore of an older
 * backup re-applies the register (reapplyErasures). Afterwards the WAL is checkpointed and truncated and the
 * file vacuumed, so no free page or WAL frame keeps the erased values (secure_delete is on as well).
 */
import type { Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import { DomainError } from '../../shared/api/result';
import { migrate, schemaVersion } from '../db/migrate';
import { withAuditMode } from './auditControl';
import { scrubStored, tombstoneFor, tombstoneSalt } from './tombstone';

export interface ErasureRecord {
  tombstone: string;
  salt: string;
  erasedAt: string;
  erasedBy: string;
}

export interface EraseOptions {
  at: string;
  actor: string;
  reason?: string | null;
  /** Re-applying a register entry: use its tombstone and salt. */
  record?: { tombstone: string; salt: string };
  action?: string;
}

export interface EraseResult {
  erased: string;
  tombstone: string;
  auditEntriesRewritten: number;
}

/** The erasure itself; must run inside a transaction. Does not compact (see compactDatabase). */
export function eraseInTransaction(db: Db, employeeId: string, o: EraseOptions): EraseResult {
  const row = db.prepare('SELECT id, name FROM employees WHERE id = ?').get(employeeId) as { id: string; name: string | null } | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `Unknown employee: ${employeeId}`);
  const salt = o.record?.salt ?? tombstoneSalt(db);
  const tombstone = o.record?.tombstone ?? tombstoneFor(row.id, salt);
  const name = row.name && row.name.trim().length >= 3 ? row.name.trim() : null;

  db.prepare('DELETE FROM plans WHERE employee_id = ?').run(row.id);
  db.prepare('DELETE FROM skill_proposals WHERE employee_id = ?').run(row.id);
  db.prepare('DELETE FROM consents WHERE employee_id = ?').run(row.id);
  db.prepare('DELETE FROM employee_skills WHERE employee_id = ?').run(row.id);
  db.prepare('UPDATE employees SET manager_id = NULL WHERE manager_id = ?').run(row.id);
  db.prepare('DELETE FROM employees WHERE id = ?').run(row.id);

  // Every audit entry about them or naming them: identity replaced, the rest of the log untouched.
  const hits = db
    .prepare(
      `SELECT id, entity_id, before, after, reason FROM audit_log
        WHERE entity_id = @id OR instr(coalesce(before, ''), @id) > 0 OR instr(coalesce(after, ''), @id) > 0 OR instr(coalesce(reason, ''), @id) > 0
           OR (@name IS NOT NULL AND (instr(lower(coalesce(before, '')), lower(@name)) > 0 OR instr(lower(coalesce(after, '')), lower(@name)) > 0 OR instr(lower(coalesce(reason, '')), lower(@name)) > 0))`,
    )
    .all({ id: row.id, name }) as { id: number; entity_id: string | null; before: string | null; after: string | null; reason: string | null }[];
  const update = db.prepare('UPDATE audit_log SET entity_id = ?, before = ?, after = ?, reason = ? WHERE id = ?');
  withAuditMode(db, 'erasure', () => {
    for (const h of hits) {
      const entityId = h.entity_id === row.id ? tombstone : scrubStored(h.entity_id, row.id, name, tombstone);
      const reason = h.reason === null ? null : (scrubStored(JSON.stringify(h.reason), row.id, name, tombstone) ?? 'null');
      update.run(entityId, scrubStored(h.before, row.id, name, tombstone), scrubStored(h.after, row.id, name, tombstone), reason === null ? null : (JSON.parse(reason) as string), h.id);
    }
  });
  db.prepare('INSERT OR IGNORE INTO erasures (tombstone, salt, erased_at, erased_by) VALUES (?, ?, ?, ?)').run(tombstone, salt, o.at, o.actor);
  db.prepare('INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    o.at,
    o.actor,
    'employee',
    tombstone,
    o.action ?? 'erase',
    null,
    JSON.stringify({ tombstone, auditEntriesRewritten: hits.length }),
    o.reason ?? 'AVG art. 17 erasure',
  );
  return { erased: row.id, tombstone, auditEntriesRewritten: hits.length };
}

/**
 * Folds the WAL into the file and truncates it, then rebuilds the file without free pages (VACUUM, temp
 * data in memory), then truncates the WAL again. Retries briefly while a reader holds the WAL.
 */
export function compactDatabase(db: Db): void {
  if (db.memory) return;
  db.pragma('secure_delete = ON');
  const checkpoint = () => {
    for (let i = 0; i < 50; i++) {
      const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (!r || r.busy === 0) return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  };
  checkpoint();
  db.pragma('temp_store = MEMORY');
  db.exec('VACUUM');
  checkpoint();
}

export function eraseEmployee(db: Db, employeeId: string, o: EraseOptions): EraseResult {
  const result = db.transaction(() => eraseInTransaction(db, employeeId, o))();
  compactDatabase(db);
  return result;
}

function hasTable(db: Db, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

export function readRegister(db: Db): ErasureRecord[] {
  if (!hasTable(db, 'erasures')) return [];
  return (db.prepare('SELECT tombstone, salt, erased_at, erased_by FROM erasures ORDER BY erased_at, tombstone').all() as { tombstone: string; salt: string; erased_at: string; erased_by: string }[]).map((r) => ({
    tombstone: r.tombstone,
    salt: r.salt,
    erasedAt: r.erased_at,
    erasedBy: r.erased_by,
  }));
}

/** Reads the register of another database file through ATTACH (same connection, so the same native binding). */
function readRegisterFile(db: Db, file: string | null | undefined): ErasureRecord[] {
  if (!file || !fs.existsSync(file)) return [];
  db.prepare('ATTACH DATABASE ? AS previous').run(file);
  try {
    const has = db.prepare("SELECT 1 FROM previous.sqlite_master WHERE type = 'table' AND name = 'erasures'").get();
    if (!has) return [];
    return (db.prepare('SELECT tombstone, salt, erased_at, erased_by FROM previous.erasures').all() as { tombstone: string; salt: string; erased_at: string; erased_by: string }[]).map((r) => ({
      tombstone: r.tombstone,
      salt: r.salt,
      erasedAt: r.erased_at,
      erasedBy: r.erased_by,
    }));
  } finally {
    db.exec('DETACH DATABASE previous');
  }
}

/**
 * After a restore: merges the register of the database as it was before (previousDbPath) into the restored
 * one, erases again everyone in it whose id matches a tombstone, and compacts. Returns how many were erased.
 */
export function reapplyErasures(db: Db, context: { previousDbPath?: string | null; carried?: ErasureRecord[]; at?: string; actor?: string } = {}): number {
  if (schemaVersion(db) < 2) migrate(db);
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  const carried = [...(context.carried ?? []), ...readRegisterFile(db, context.previousDbPath)];
  const at = context.at ?? new Date().toISOString();
  const actor = context.actor ?? 'restore';
  const erased = db.transaction(() => {
    const insert = db.prepare('INSERT OR IGNORE INTO erasures (tombstone, salt, erased_at, erased_by) VALUES (?, ?, ?, ?)');
    for (const r of carried) insert.run(r.tombstone, r.salt, r.erasedAt, r.erasedBy);
    const register = readRegister(db);
    if (register.length === 0) return 0;
    const bySalt = new Map<string, Set<string>>();
    for (const r of register) {
      let set = bySalt.get(r.salt);
      if (!set) bySalt.set(r.salt, (set = new Set()));
      set.add(r.tombstone);
    }
    const ids = (db.prepare('SELECT id FROM employees').all() as { id: string }[]).map((r) => r.id);
    let n = 0;
    for (const id of ids) {
      for (const [salt, tombstones] of bySalt) {
        const t = tombstoneFor(id, salt);
        if (tombstones.has(t)) {
          eraseInTransaction(db, id, { at, actor, record: { tombstone: t, salt }, action: 'erase.reapplied', reason: 'erasure re-applied after a restore (AVG art. 17)' });
          n++;
          break;
        }
      }
    }
    return n;
  })();
  compactDatabase(db);
  return erased;
}
