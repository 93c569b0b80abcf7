/**
 * Erasure (AVG art. 17): removes a person completely — employee row, skills, consents, plan, proposals, and
 * their id as someone's manager — and replaces their identity in the audit log by a one-way tombstone, so
 * the log stays whole without personal data. Free text that mentions them loses their name variants, phone
 * numbers and e-mail addresses as well (electron/privacy/redact.ts). The tombstone goes into the erasure
 * register; every restore of an older backup re-applies the register (reapplyErasures), and the automatic
 * backups beside the database are cleaned or removed (eraseFromBackups). Afterwards the WAL is checkpointed
 * and truncated and the file vacuumed, so no free page or WAL frame keeps the erased values.
 */
import type { Database as Db } from 'better-sqlite3';
import { DomainError } from '../../shared/api/result';
import { withAuditMode } from '../db/auditControl';
import { databaseOfBackup, listAutomaticBackups, removeBackupFile } from '../db/backup';
import { openCurrentBackup } from '../db/backupFiles';
import { compactDatabase, enableSecureDeletes } from '../db/maintenance';
import { migrate, schemaVersion } from '../db/migrate';
import { appendAudit } from '../db/repos/auditRepo';
import { employeeExists, getEmployeeIdentity, listEmployeeIds } from '../db/repos/employeesRepo';
import { deletePersonRows, erasureSaltOf, findAuditCandidates, readRegister, readRegisterFile, recordErasure, rewriteAuditEntry, type ErasureRecord } from '../db/repos/erasureRepo';
import { inTransaction } from '../db/tx';
import { redactorFor } from './redact';
import { erasureKey, existingKey, isKeyRef, keyedTombstone, keyRef, tombstoneFor } from './tombstone';

interface EraseOptions {
  at: string;
  actor: string;
  reason?: string | null;
  /** Re-applying a register entry: use its tombstone and key reference (or legacy salt). */
  record?: { tombstone: string; salt: string };
  action?: string;
  /** The better-sqlite3 binding for opening the backups (the Electron-ABI one in the app). */
  nativeBinding?: string;
}

interface EraseResult {
  erased: string;
  tombstone: string;
  auditEntriesRewritten: number;
  /** Automatic backups beside the database: cleaned of the person, or removed (16.7). */
  backups: { cleaned: number; removed: number };
}

/** The erasure itself; must run inside a transaction. Does not compact (see compactDatabase). */
function eraseInTransaction(db: Db, employeeId: string, o: EraseOptions): Omit<EraseResult, 'backups'> {
  const row = getEmployeeIdentity(db, employeeId);
  if (!row) throw new DomainError('NOT_FOUND', `Unknown employee: ${employeeId}`);
  let record = o.record;
  if (!record) {
    const key = erasureKey(db);
    record = { tombstone: keyedTombstone(row.id, key), salt: keyRef(key) };
  }
  const { tombstone, salt } = record;
  const redact = redactorFor(row.id, row.name && row.name.trim().length >= 3 ? row.name.trim() : null, tombstone);

  deletePersonRows(db, row.id);

  // Candidates: entries about them, or whose text holds their id, name or surname; the redactor decides exactly.
  const candidates = findAuditCandidates(db, row.id, redact.fragments);
  let rewritten = 0;
  withAuditMode(db, 'erasure', () => {
    for (const h of candidates) {
      const about = h.entity_id === row.id || [h.entity_id, h.before, h.after, h.reason].some((t) => redact.mentions(t));
      if (!about) continue;
      const next = {
        entityId: h.entity_id === row.id ? tombstone : redact.stored(h.entity_id, true),
        before: redact.stored(h.before, true),
        after: redact.stored(h.after, true),
        reason: h.reason === null ? null : redact.text(h.reason, true),
      };
      if (next.entityId === h.entity_id && next.before === h.before && next.after === h.after && next.reason === h.reason) continue;
      rewriteAuditEntry(db, h.id, next);
      rewritten++;
    }
  });
  recordErasure(db, { tombstone, salt, erasedAt: o.at, erasedBy: o.actor });
  appendAudit(db, { at: o.at, actor: o.actor, entity: 'employee', entityId: tombstone, action: o.action ?? 'erase', after: { tombstone, auditEntriesRewritten: rewritten }, reason: o.reason ? redact.text(o.reason, true) : 'AVG art. 17 erasure' });
  return { erased: row.id, tombstone, auditEntriesRewritten: rewritten };
}

/**
 * The automatic backups beside the database that still hold the person: one at the current schema is
 * erased the same way (same tombstone) and compacted; an older one (a pre-migration copy, whose schema the
 * erasure does not write) or one that cannot be opened is removed. Others are left alone.
 */
function eraseFromBackups(dbPath: string, employeeId: string, record: { tombstone: string; salt: string }, o: EraseOptions): { cleaned: number; removed: number } {
  let cleaned = 0;
  let removed = 0;
  for (const backup of listAutomaticBackups(dbPath)) {
    const db = openCurrentBackup(backup.file, o.nativeBinding);
    let outcome: 'absent' | 'cleaned' | 'remove' = 'remove';
    if (db) {
      try {
        if (!employeeExists(db, employeeId)) outcome = 'absent';
        else {
          inTransaction(db, () => eraseInTransaction(db, employeeId, { ...o, record, action: 'erase.backup', reason: 'erasure applied to an automatic backup (AVG art. 17)' }));
          compactDatabase(db);
          outcome = 'cleaned';
        }
      } catch {
        outcome = 'remove';
      } finally {
        db.close();
      }
    }
    if (outcome === 'cleaned') cleaned++;
    if (outcome === 'remove') {
      removeBackupFile(backup.file);
      removed++;
    }
  }
  return { cleaned, removed };
}

export function eraseEmployee(db: Db, employeeId: string, o: EraseOptions): EraseResult {
  const result = inTransaction(db, () => eraseInTransaction(db, employeeId, o));
  compactDatabase(db);
  const salt = erasureSaltOf(db, result.tombstone)!;
  const backups = db.memory ? { cleaned: 0, removed: 0 } : eraseFromBackups(db.name, employeeId, { tombstone: result.tombstone, salt }, o);
  return { ...result, backups };
}

export interface ReapplyResult {
  erased: number;
  /** Register entries made with another installation's key: they cannot be matched here. */
  unverifiable: number;
}

/**
 * After a restore: merges the register of the database as it was before (previousDbPath) into the restored
 * one, erases again everyone in it whose id matches a tombstone (with this installation's key, or the
 * legacy salt stored beside it), and compacts.
 */
export function reapplyErasuresDetailed(db: Db, context: { previousDbPath?: string | null; carried?: ErasureRecord[]; at?: string; actor?: string } = {}): ReapplyResult {
  if (schemaVersion(db) < 2) migrate(db);
  enableSecureDeletes(db);
  const carried = [...(context.carried ?? []), ...readRegisterFile(db, context.previousDbPath)];
  const at = context.at ?? new Date().toISOString();
  const actor = context.actor ?? 'restore';
  const result = inTransaction(db, (): ReapplyResult => {
    for (const r of carried) recordErasure(db, r);
    const register = readRegister(db);
    if (register.length === 0) return { erased: 0, unverifiable: 0 };
    // This installation's key, and the one beside the database the restore replaces (when the restored copy
    // was opened somewhere else): each register entry names the key that made it.
    const keys = new Map<string, Buffer>();
    for (const k of [erasureKey(db), context.previousDbPath ? existingKey(databaseOfBackup(context.previousDbPath)) : null]) if (k) keys.set(keyRef(k), k);
    const keyed = register.filter((r) => keys.has(r.salt));
    const unverifiable = register.filter((r) => isKeyRef(r.salt) && !keys.has(r.salt)).length;
    const keyedSets = [...keys].map(([ref, key]) => ({ ref, key, tombstones: new Set(keyed.filter((r) => r.salt === ref).map((r) => r.tombstone)) })).filter((k) => k.tombstones.size > 0);
    const bySalt = new Map<string, Set<string>>();
    for (const r of register.filter((x) => !isKeyRef(x.salt))) {
      let set = bySalt.get(r.salt);
      if (!set) bySalt.set(r.salt, (set = new Set()));
      set.add(r.tombstone);
    }
    let erased = 0;
    for (const id of listEmployeeIds(db)) {
      let match: { tombstone: string; salt: string } | null = null;
      for (const k of keyedSets) {
        const t = keyedTombstone(id, k.key);
        if (k.tombstones.has(t)) match = { tombstone: t, salt: k.ref };
      }
      for (const [salt, tombstones] of bySalt) {
        if (match) break;
        const legacy = tombstoneFor(id, salt);
        if (tombstones.has(legacy)) match = { tombstone: legacy, salt };
      }
      if (!match) continue;
      eraseInTransaction(db, id, { at, actor, record: match, action: 'erase.reapplied', reason: 'erasure re-applied after a restore (AVG art. 17)' });
      erased++;
    }
    return { erased, unverifiable };
  });
  compactDatabase(db);
  return result;
}
