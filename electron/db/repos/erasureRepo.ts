/**
 * The rows an erasure (AVG art. 17) touches: a person's own rows, the audit entries that mention them,
 * and the erasure register (tombstone + salt per erased person), also as read from a previous file.
 */
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';

export interface ErasureRecord {
  tombstone: string;
  salt: string;
  erasedAt: string;
  erasedBy: string;
}

interface AuditMention {
  id: number;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
}

/** Everything stored about the person, then the person: plan, proposals, consents, skills, their id as someone's manager. */
export function deletePersonRows(db: Database, id: string): void {
  db.prepare('DELETE FROM plans WHERE employee_id = ?').run(id);
  db.prepare('DELETE FROM skill_proposals WHERE employee_id = ?').run(id);
  db.prepare('DELETE FROM consents WHERE employee_id = ?').run(id);
  db.prepare('DELETE FROM employee_skills WHERE employee_id = ?').run(id);
  db.prepare('UPDATE employees SET manager_id = NULL WHERE manager_id = ?').run(id);
  // A profile that named the person as the manager using this installation no longer points at them.
  db.prepare('UPDATE user_profile SET employee_id = NULL WHERE employee_id = ?').run(id);
  db.prepare('DELETE FROM employees WHERE id = ?').run(id);
}

/** Rewrites one audit entry's identity fields (only allowed while the audit mode is 'erasure'). */
export function rewriteAuditEntry(db: Database, id: number, fields: { entityId: string | null; before: string | null; after: string | null; reason: string | null }): void {
  db.prepare('UPDATE audit_log SET entity_id = ?, before = ?, after = ?, reason = ? WHERE id = ?').run(fields.entityId, fields.before, fields.after, fields.reason, id);
}

export function recordErasure(db: Database, r: ErasureRecord): void {
  db.prepare('INSERT OR IGNORE INTO erasures (tombstone, salt, erased_at, erased_by) VALUES (?, ?, ?, ?)').run(r.tombstone, r.salt, r.erasedAt, r.erasedBy);
}

type RegisterRow = { tombstone: string; salt: string; erased_at: string; erased_by: string };
const toRecord = (r: RegisterRow): ErasureRecord => ({ tombstone: r.tombstone, salt: r.salt, erasedAt: r.erased_at, erasedBy: r.erased_by });

function hasTable(db: Database, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

export function readRegister(db: Database): ErasureRecord[] {
  if (!hasTable(db, 'erasures')) return [];
  return (db.prepare('SELECT tombstone, salt, erased_at, erased_by FROM erasures ORDER BY erased_at, tombstone').all() as RegisterRow[]).map(toRecord);
}

/** Reads the register of another database file through ATTACH (same connection, so the same native binding). */
export function readRegisterFile(db: Database, file: string | null | undefined): ErasureRecord[] {
  if (!file || !fs.existsSync(file)) return [];
  db.prepare('ATTACH DATABASE ? AS previous').run(file);
  try {
    const has = db.prepare("SELECT 1 FROM previous.sqlite_master WHERE type = 'table' AND name = 'erasures'").get();
    if (!has) return [];
    return (db.prepare('SELECT tombstone, salt, erased_at, erased_by FROM previous.erasures').all() as RegisterRow[]).map(toRecord);
  } finally {
    db.exec('DETACH DATABASE previous');
  }
}

export function countErasures(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM erasures').get() as { n: number }).n;
}

/**
 * Audit entries that may mention an erased person: about them, or holding (case-insensitively) one of
 * `fragments` (their id, name, surname) anywhere. The erasure's redactor decides exactly what to change.
 */
export function findAuditCandidates(db: Database, id: string, fragments: string[]): AuditMention[] {
  const hay = "lower(coalesce(entity_id, '') || ' ' || coalesce(before, '') || ' ' || coalesce(after, '') || ' ' || coalesce(reason, ''))";
  return db
    .prepare(`SELECT id, entity_id, before, after, reason FROM audit_log WHERE entity_id = @id OR EXISTS (SELECT 1 FROM json_each(@fragments) f WHERE instr(${hay}, f.value) > 0)`)
    .all({ id, fragments: JSON.stringify(fragments) }) as AuditMention[];
}

export function erasureSaltOf(db: Database, tombstone: string): string | null {
  return (db.prepare('SELECT salt FROM erasures WHERE tombstone = ?').get(tombstone) as { salt: string } | undefined)?.salt ?? null;
}
