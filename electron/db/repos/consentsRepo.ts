/**
 * Consent records for the demographic fields (who recorded it, when, for which purpose). The values
 * themselves live on the employee row and only while a consent exists (see employeesRepo.setDemographic).
 */
import type { Database } from 'better-sqlite3';
import type { ConsentDto, DemographicField } from '../../../shared/api/privacy-dto';

interface ConsentRow {
  employee_id: string;
  field: DemographicField;
  purpose: 'fairness-audit';
  given_at: string;
  recorded_by: string;
}

const toConsent = (r: ConsentRow): ConsentDto => ({ employeeId: r.employee_id, field: r.field, purpose: r.purpose, givenAt: r.given_at, recordedBy: r.recorded_by });

export function listConsents(db: Database, employeeId?: string): ConsentDto[] {
  const rows = (employeeId ? db.prepare('SELECT * FROM consents WHERE employee_id = ? ORDER BY field').all(employeeId) : db.prepare('SELECT * FROM consents ORDER BY employee_id, field').all()) as ConsentRow[];
  return rows.map(toConsent);
}

export function getConsent(db: Database, employeeId: string, field: DemographicField): ConsentDto | null {
  const row = db.prepare('SELECT * FROM consents WHERE employee_id = ? AND field = ?').get(employeeId, field) as ConsentRow | undefined;
  return row ? toConsent(row) : null;
}

export function putConsent(db: Database, c: { employeeId: string; field: DemographicField; purpose: 'fairness-audit'; givenAt: string; recordedBy: string }): void {
  db.prepare(
    'INSERT INTO consents (employee_id, field, purpose, given_at, recorded_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT(employee_id, field) DO UPDATE SET purpose = excluded.purpose, given_at = excluded.given_at, recorded_by = excluded.recorded_by',
  ).run(c.employeeId, c.field, c.purpose, c.givenAt, c.recordedBy);
}

export function deleteConsent(db: Database, employeeId: string, field: DemographicField): void {
  db.prepare('DELETE FROM consents WHERE employee_id = ? AND field = ?').run(employeeId, field);
}

/** How many people consented, per field. */
export function countConsentsByField(db: Database): Record<string, number> {
  return Object.fromEntries((db.prepare('SELECT field, count(*) AS n FROM consents GROUP BY field').all() as { field: string; n: number }[]).map((r) => [r.field, r.n]));
}

/** The consented fields of each of these people (ids not listed have none). */
export function consentFieldsOf(db: Database, ids: string[]): Map<string, DemographicField[]> {
  const out = new Map<string, DemographicField[]>();
  for (const c of db.prepare('SELECT employee_id, field FROM consents WHERE employee_id IN (SELECT value FROM json_each(?)) ORDER BY field').all(JSON.stringify(ids)) as { employee_id: string; field: DemographicField }[]) {
    out.set(c.employee_id, [...(out.get(c.employee_id) ?? []), c.field]);
  }
  return out;
}
