/**
 * Audit-log retention (AI Act art. 26(6): deployers keep logs at least six months). Configurable; entries
 * older than the retention are removed only by an explicit, audited retention run.
 */
import type { Database } from 'better-sqlite3';
import { withAuditMode } from './auditControl';
import { compactDatabase } from './erasure';

const KEY = 'privacy.auditRetentionMonths';
export const RETENTION = { min: 6, default: 12, max: 120 } as const;

export function getRetentionMonths(db: Database): number {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as number) : RETENTION.default;
}

export function setRetentionMonths(db: Database, months: number): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(months));
}

/** now minus whole months, in UTC. */
export function retentionCutoff(nowIso: string, months: number): string {
  const d = new Date(nowIso);
  const c = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
  return c.toISOString();
}

export function runRetention(db: Database, o: { at: string; actor: string; reason?: string | null }): { cutoff: string; removed: number; retentionMonths: number } {
  const months = getRetentionMonths(db);
  const cutoff = retentionCutoff(o.at, months);
  const removed = db.transaction(() => {
    const n = withAuditMode(db, 'retention', () => db.prepare('DELETE FROM audit_log WHERE at < ?').run(cutoff).changes);
    db.prepare('INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, reason) VALUES (?, ?, ?, NULL, ?, NULL, ?, ?)').run(
      o.at,
      o.actor,
      'audit_log',
      'retention.run',
      JSON.stringify({ cutoff, removed: n, retentionMonths: months }),
      o.reason ?? `retention of ${months} months`,
    );
    return n;
  })();
  if (removed > 0) compactDatabase(db);
  return { cutoff, removed, retentionMonths: months };
}
