/**
 * Audit-log retention (AI Act art. 26(6): deployers keep logs at least six months). Configurable; entries
 * older than the retention are removed only by an explicit, audited retention run.
 */
import type { Database } from 'better-sqlite3';
import { withAuditMode } from '../db/auditControl';
import { compactDatabase } from '../db/maintenance';
import { appendAudit, deleteAuditBefore } from '../db/repos/auditRepo';
import { readSetting, writeSetting } from '../db/storedValues';
import { inTransaction } from '../db/tx';

const KEY = 'privacy.auditRetentionMonths' as const;
export const RETENTION = { min: 6, default: 12, max: 120 } as const;

export function getRetentionMonths(db: Database): number {
  const r = readSetting(db, KEY);
  return r.state === 'ok' ? r.value : RETENTION.default;
}

export function setRetentionMonths(db: Database, months: number): void {
  writeSetting(db, KEY, months);
}

/** now minus whole months, in UTC. */
function retentionCutoff(nowIso: string, months: number): string {
  const d = new Date(nowIso);
  const c = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
  return c.toISOString();
}

export function runRetention(db: Database, o: { at: string; actor: string; reason?: string | null }): { cutoff: string; removed: number; retentionMonths: number } {
  const months = getRetentionMonths(db);
  const cutoff = retentionCutoff(o.at, months);
  const removed = inTransaction(db, () => {
    const n = withAuditMode(db, 'retention', () => deleteAuditBefore(db, cutoff));
    appendAudit(db, { at: o.at, actor: o.actor, entity: 'audit_log', action: 'retention.run', after: { cutoff, removed: n, retentionMonths: months }, reason: o.reason ?? `retention of ${months} months` });
    return n;
  });
  if (removed > 0) compactDatabase(db);
  return { cutoff, removed, retentionMonths: months };
}
