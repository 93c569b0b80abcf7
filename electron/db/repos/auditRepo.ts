/**
 * The append-only audit log: who changed what, when, from what to what, and why.
 */
import type { Database } from 'better-sqlite3';
import type { AuditEntryDto } from '../../../shared/api/dto';

type AuditEntry = AuditEntryDto;

interface NewAuditEntry {
  at: string;
  actor: string;
  entity: string;
  entityId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export function appendAudit(db: Database, e: NewAuditEntry): void {
  db.prepare('INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    e.at,
    e.actor,
    e.entity,
    e.entityId ?? null,
    e.action,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
    e.reason ?? null,
  );
}

interface AuditFilter {
  entity?: string;
  entityId?: string;
  actor?: string;
  limit?: number;
  beforeId?: number;
}

export function listAudit(db: Database, filter: AuditFilter = {}): AuditEntry[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: filter.limit ?? 200 };
  if (filter.entity) {
    where.push('entity = @entity');
    params.entity = filter.entity;
  }
  if (filter.entityId) {
    where.push('entity_id = @entityId');
    params.entityId = filter.entityId;
  }
  if (filter.actor) {
    where.push('actor = @actor');
    params.actor = filter.actor;
  }
  if (filter.beforeId) {
    where.push('id < @beforeId');
    params.beforeId = filter.beforeId;
  }
  const sql = `SELECT * FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT @limit`;
  const rows = db.prepare(sql).all(params) as Record<string, string | number | null>[];
  return rows.map(toEntry);
}

function toEntry(r: Record<string, string | number | null>): AuditEntry {
  return {
    id: r.id as number,
    at: r.at as string,
    actor: r.actor as string,
    entity: r.entity as string,
    entityId: (r.entity_id as string | null) ?? null,
    action: r.action as string,
    before: r.before == null ? null : (JSON.parse(r.before as string) as unknown),
    after: r.after == null ? null : (JSON.parse(r.after as string) as unknown),
    reason: (r.reason as string | null) ?? null,
  };
}

export function oldestAuditEntry(db: Database): string | null {
  return (db.prepare('SELECT min(at) AS m FROM audit_log').get() as { m: string | null }).m;
}

/** The entries whose entity is this person, of the given kinds, oldest first (an access request, AVG art. 15). */
export function listAuditAbout(db: Database, entityId: string, entities: readonly string[]): AuditEntry[] {
  const rows = db
    .prepare('SELECT id, at, actor, entity, entity_id, action, before, after, reason FROM audit_log WHERE entity_id = ? AND entity IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(entityId, JSON.stringify(entities)) as Record<string, string | number | null>[];
  return rows.map(toEntry);
}

/** Removes entries older than the cutoff (only allowed while the audit mode is 'retention'); returns how many. */
export function deleteAuditBefore(db: Database, cutoff: string): number {
  return db.prepare('DELETE FROM audit_log WHERE at < ?').run(cutoff).changes;
}
