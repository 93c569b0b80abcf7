/**
 * Erasure (AVG art. 17): removes a person completely — employee row, skills, consents, plan, and their id as
 * someone's manager — and replaces their identity in the audit log by a one-way tombstone, so the log stays
 * whole without personal data. The tombstone goes into the erasure register; every restore of an older
 * backup re-applies the register (reapplyErasures). Afterwards the WAL is checkpointed and truncated and the
 * file vacuumed, so no free page or WAL frame keeps the erased values (secure_delete is on as well).
 */
import type { Database as Db } from 'better-sqlite3';
import { DomainError } from '../../shared/api/result';
import { withAuditMode } from '../db/auditControl';
import { compactDatabase, enableSecureDeletes } from '../db/maintenance';
import { migrate, schemaVersion } from '../db/migrate';
import { appendAudit } from '../db/repos/auditRepo';
import { getEmployeeIdentity, listEmployeeIds } from '../db/repos/employeesRepo';
import { deletePersonRows, findAuditMentions, readRegister, readRegisterFile, recordErasure, rewriteAuditEntry, type ErasureRecord } from '../db/repos/erasureRepo';
import { inTransaction } from '../db/tx';
import { scrubStored, tombstoneFor, tombstoneSalt } from './tombstone';

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
  const row = getEmployeeIdentity(db, employeeId);
  if (!row) throw new DomainError('NOT_FOUND', `Unknown employee: ${employeeId}`);
  const salt = o.record?.salt ?? tombstoneSalt(db);
  const tombstone = o.record?.tombstone ?? tombstoneFor(row.id, salt);
  const name = row.name && row.name.trim().length >= 3 ? row.name.trim() : null;

  deletePersonRows(db, row.id);

  // Every audit entry about them or naming them: identity replaced, the rest of the log untouched.
  const hits = findAuditMentions(db, row.id, name);
  withAuditMode(db, 'erasure', () => {
    for (const h of hits) {
      const entityId = h.entity_id === row.id ? tombstone : scrubStored(h.entity_id, row.id, name, tombstone);
      const reason = h.reason === null ? null : (scrubStored(JSON.stringify(h.reason), row.id, name, tombstone) ?? 'null');
      rewriteAuditEntry(db, h.id, { entityId, before: scrubStored(h.before, row.id, name, tombstone), after: scrubStored(h.after, row.id, name, tombstone), reason: reason === null ? null : (JSON.parse(reason) as string) });
    }
  });
  recordErasure(db, { tombstone, salt, erasedAt: o.at, erasedBy: o.actor });
  appendAudit(db, { at: o.at, actor: o.actor, entity: 'employee', entityId: tombstone, action: o.action ?? 'erase', after: { tombstone, auditEntriesRewritten: hits.length }, reason: o.reason ?? 'AVG art. 17 erasure' });
  return { erased: row.id, tombstone, auditEntriesRewritten: hits.length };
}

export function eraseEmployee(db: Db, employeeId: string, o: EraseOptions): EraseResult {
  const result = inTransaction(db, () => eraseInTransaction(db, employeeId, o));
  compactDatabase(db);
  return result;
}

/**
 * After a restore: merges the register of the database as it was before (previousDbPath) into the restored
 * one, erases again everyone in it whose id matches a tombstone, and compacts. Returns how many were erased.
 */
export function reapplyErasures(db: Db, context: { previousDbPath?: string | null; carried?: ErasureRecord[]; at?: string; actor?: string } = {}): number {
  if (schemaVersion(db) < 2) migrate(db);
  enableSecureDeletes(db);
  const carried = [...(context.carried ?? []), ...readRegisterFile(db, context.previousDbPath)];
  const at = context.at ?? new Date().toISOString();
  const actor = context.actor ?? 'restore';
  const erased = inTransaction(db, () => {
    for (const r of carried) recordErasure(db, r);
    const register = readRegister(db);
    if (register.length === 0) return 0;
    const bySalt = new Map<string, Set<string>>();
    for (const r of register) {
      let set = bySalt.get(r.salt);
      if (!set) bySalt.set(r.salt, (set = new Set()));
      set.add(r.tombstone);
    }
    const ids = listEmployeeIds(db);
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
  });
  compactDatabase(db);
  return erased;
}
