/**
 * Consent for the demographic fields, objection to scoring, and rectification: each change in one
 * transaction with its audit entry. Demographic values never enter the audit log (only that a consent exists).
 */
import type { Database } from 'better-sqlite3';
import { DomainError } from '../../shared/api/result';
import type { ConsentDto, DemographicField, ObjectionDto, RectifyInput } from '../../shared/api/privacy-dto';
import { appendAudit } from '../db/repos/auditRepo';

const COLUMN: Record<DemographicField, 'age_band' | 'gender'> = { ageBand: 'age_band', gender: 'gender' };

export function requireEmployee(db: Database, id: string): { id: string; name: string | null; objection_since: string | null; objection_reason: string | null } {
  const row = db.prepare('SELECT id, name, objection_since, objection_reason FROM employees WHERE id = ?').get(id) as ReturnType<typeof requireEmployee> | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `Unknown employee: ${id}`);
  return row;
}

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

/** Records consent (who, when, purpose) and stores the value; without this path the field stays empty. */
export function setConsent(db: Database, input: { employeeId: string; field: DemographicField; value: string; purpose: 'fairness-audit' }, o: { at: string; actor: string }): ConsentDto {
  requireEmployee(db, input.employeeId);
  return db.transaction(() => {
    const before = db.prepare('SELECT * FROM consents WHERE employee_id = ? AND field = ?').get(input.employeeId, input.field) as ConsentRow | undefined;
    db.prepare(
      'INSERT INTO consents (employee_id, field, purpose, given_at, recorded_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT(employee_id, field) DO UPDATE SET purpose = excluded.purpose, given_at = excluded.given_at, recorded_by = excluded.recorded_by',
    ).run(input.employeeId, input.field, input.purpose, o.at, o.actor);
    db.prepare(`UPDATE employees SET ${COLUMN[input.field]} = ? WHERE id = ?`).run(input.value, input.employeeId);
    appendAudit(db, {
      at: o.at,
      actor: o.actor,
      entity: 'consent',
      entityId: input.employeeId,
      action: before ? 'renew' : 'give',
      before: before ? { field: before.field, purpose: before.purpose, givenAt: before.given_at } : null,
      after: { field: input.field, purpose: input.purpose, givenAt: o.at },
      reason: 'consent for the fairness audit (AVG art. 6(1)(a), 9(2)(a))',
    });
    return toConsent(db.prepare('SELECT * FROM consents WHERE employee_id = ? AND field = ?').get(input.employeeId, input.field) as ConsentRow);
  })();
}

/** Withdrawal deletes the consent record's field value (the trigger does too) and keeps only the audit trail. */
export function withdrawConsent(db: Database, input: { employeeId: string; field: DemographicField }, o: { at: string; actor: string }): { consent: ConsentDto; withdrawnAt: string } {
  requireEmployee(db, input.employeeId);
  return db.transaction(() => {
    const row = db.prepare('SELECT * FROM consents WHERE employee_id = ? AND field = ?').get(input.employeeId, input.field) as ConsentRow | undefined;
    if (!row) throw new DomainError('CONFLICT', `${input.employeeId} has no consent recorded for ${input.field}`);
    db.prepare('DELETE FROM consents WHERE employee_id = ? AND field = ?').run(input.employeeId, input.field);
    db.prepare(`UPDATE employees SET ${COLUMN[input.field]} = NULL WHERE id = ?`).run(input.employeeId);
    appendAudit(db, { at: o.at, actor: o.actor, entity: 'consent', entityId: input.employeeId, action: 'withdraw', before: { field: row.field, purpose: row.purpose, givenAt: row.given_at }, after: null, reason: 'consent withdrawn; the field is deleted' });
    return { consent: toConsent(row), withdrawnAt: o.at };
  })();
}

/** AVG art. 21: from now on no score, rank or path; draft plans (made from scores) are removed, decided ones kept. */
export function setObjection(db: Database, input: { employeeId: string; reason: string }, o: { at: string; actor: string }): ObjectionDto {
  const e = requireEmployee(db, input.employeeId);
  return db.transaction(() => {
    const since = e.objection_since ?? o.at;
    db.prepare('UPDATE employees SET objection_since = ?, objection_reason = ? WHERE id = ?').run(since, input.reason, input.employeeId);
    const drafts = db.prepare("DELETE FROM plans WHERE employee_id = ? AND status = 'draft'").run(input.employeeId).changes;
    appendAudit(db, {
      at: o.at,
      actor: o.actor,
      entity: 'objection',
      entityId: input.employeeId,
      action: 'set',
      before: e.objection_since ? { since: e.objection_since } : null,
      after: { since, draftPlansRemoved: drafts },
      reason: input.reason,
    });
    return { employeeId: input.employeeId, since, reason: input.reason };
  })();
}

export function withdrawObjection(db: Database, input: { employeeId: string; reason: string }, o: { at: string; actor: string }): ObjectionDto {
  const e = requireEmployee(db, input.employeeId);
  if (!e.objection_since) throw new DomainError('CONFLICT', `${input.employeeId} has no objection to withdraw`);
  return db.transaction(() => {
    db.prepare('UPDATE employees SET objection_since = NULL, objection_reason = NULL WHERE id = ?').run(input.employeeId);
    appendAudit(db, { at: o.at, actor: o.actor, entity: 'objection', entityId: input.employeeId, action: 'withdraw', before: { since: e.objection_since }, after: null, reason: input.reason });
    return { employeeId: input.employeeId, since: e.objection_since, reason: input.reason };
  })();
}

const PROFILE_COLUMNS: Record<keyof NonNullable<RectifyInput['profile']>, string> = {
  name: 'name',
  department: 'department',
  location: 'location',
  fte: 'fte',
  weeklyHours: 'weekly_hours',
  startDate: 'start_date',
  contractType: 'contract_type',
  salary: 'salary',
  roleCode: 'role_code',
};

/** AVG art. 16: corrects profile fields and skills, one audit entry per change, each with the reason. Returns what changed. */
export function rectify(db: Database, input: RectifyInput, o: { at: string; actor: string }): string[] {
  requireEmployee(db, input.employeeId);
  const changed: string[] = [];
  db.transaction(() => {
    const current = db.prepare('SELECT * FROM employees WHERE id = ?').get(input.employeeId) as Record<string, unknown>;
    for (const [key, value] of Object.entries(input.profile ?? {}) as [keyof typeof PROFILE_COLUMNS, unknown][]) {
      if (value === undefined) continue;
      const column = PROFILE_COLUMNS[key];
      const before = current[column] ?? null;
      const after = key === 'name' && typeof value === 'string' && value.trim() === '' ? null : value;
      if (before === after) continue;
      if (key === 'roleCode' && !db.prepare('SELECT 1 FROM roles WHERE code = ?').get(after)) throw new DomainError('INVALID_INPUT', `Unknown role: ${String(after)}`);
      db.prepare(`UPDATE employees SET ${column} = ?${key === 'roleCode' ? ', role_to_review = 0' : ''} WHERE id = ?`).run(after, input.employeeId);
      // A name never enters the audit log: only that it changed (so erasure cannot miss an old name).
      const shown = (v: unknown) => (key === 'name' ? (v === null ? null : '[name]') : v);
      appendAudit(db, { at: o.at, actor: o.actor, entity: 'employee', entityId: input.employeeId, action: 'rectify', before: { [key]: shown(before) }, after: { [key]: shown(after) }, reason: input.reason });
      changed.push(key);
    }
    for (const s of input.skills ?? []) {
      if (!db.prepare('SELECT 1 FROM skills WHERE id = ?').get(s.skillId)) throw new DomainError('INVALID_INPUT', `Unknown skill: ${s.skillId}`);
      const before = db.prepare('SELECT level, source FROM employee_skills WHERE employee_id = ? AND skill_id = ?').get(input.employeeId, s.skillId) as { level: number; source: string } | undefined;
      if (s.level === null) {
        if (!before) continue;
        db.prepare('DELETE FROM employee_skills WHERE employee_id = ? AND skill_id = ?').run(input.employeeId, s.skillId);
      } else {
        const source = s.source ?? 'manager';
        if (before && before.level === s.level && before.source === source) continue;
        db.prepare('INSERT INTO employee_skills (employee_id, skill_id, level, source) VALUES (?, ?, ?, ?) ON CONFLICT(employee_id, skill_id) DO UPDATE SET level = excluded.level, source = excluded.source').run(input.employeeId, s.skillId, s.level, source);
      }
      appendAudit(db, { at: o.at, actor: o.actor, entity: 'employee_skill', entityId: input.employeeId, action: 'rectify', before: before ? { skill: s.skillId, ...before } : null, after: s.level === null ? null : { skill: s.skillId, level: s.level, source: s.source ?? 'manager' }, reason: input.reason });
      changed.push(`skill:${s.skillId}`);
    }
  })();
  return changed;
}
