/**
 * Consent for the demographic fields, objection to scoring, and rectification: each change in one
 * transaction with its audit entry. Demographic values never enter the audit log (only that a consent exists).
 */
import type { Database } from 'better-sqlite3';
import { DomainError } from '../../shared/api/result';
import type { ConsentDto, DemographicField, ObjectionDto, RectifyInput } from '../../shared/api/privacy-dto';
import { appendAudit } from '../db/repos/auditRepo';
import { deleteConsent, getConsent, putConsent } from '../db/repos/consentsRepo';
import { roleExists, skillExists } from '../db/repos/datasetRepo';
import {
  clearObjection,
  deleteSkillLevel,
  getEmployeeColumns,
  getEmployeeIdentity,
  getSkillLevel,
  RECTIFIABLE_COLUMNS,
  setDemographic,
  setObjection as storeObjection,
  setSkillLevel,
  updateEmployeeField,
  type EmployeeIdentity,
  type RectifiableField,
} from '../db/repos/employeesRepo';
import { deleteDraftPlan } from '../db/repos/plansRepo';
import { inTransaction } from '../db/tx';

export function requireEmployee(db: Database, id: string): EmployeeIdentity {
  const row = getEmployeeIdentity(db, id);
  if (!row) throw new DomainError('NOT_FOUND', `Unknown employee: ${id}`);
  return row;
}

/** Records consent (who, when, purpose) and stores the value; without this path the field stays empty. */
export function setConsent(db: Database, input: { employeeId: string; field: DemographicField; value: string; purpose: 'fairness-audit' }, o: { at: string; actor: string }): ConsentDto {
  requireEmployee(db, input.employeeId);
  return inTransaction(db, () => {
    const before = getConsent(db, input.employeeId, input.field);
    putConsent(db, { employeeId: input.employeeId, field: input.field, purpose: input.purpose, givenAt: o.at, recordedBy: o.actor });
    setDemographic(db, input.employeeId, input.field, input.value);
    appendAudit(db, {
      at: o.at,
      actor: o.actor,
      entity: 'consent',
      entityId: input.employeeId,
      action: before ? 'renew' : 'give',
      before: before ? { field: before.field, purpose: before.purpose, givenAt: before.givenAt } : null,
      after: { field: input.field, purpose: input.purpose, givenAt: o.at },
      reason: 'consent for the fairness audit (AVG art. 6(1)(a), 9(2)(a))',
    });
    return getConsent(db, input.employeeId, input.field)!;
  });
}

/** Withdrawal deletes the consent record's field value (the trigger does too) and keeps only the audit trail. */
export function withdrawConsent(db: Database, input: { employeeId: string; field: DemographicField }, o: { at: string; actor: string }): { consent: ConsentDto; withdrawnAt: string } {
  requireEmployee(db, input.employeeId);
  return inTransaction(db, () => {
    const consent = getConsent(db, input.employeeId, input.field);
    if (!consent) throw new DomainError('CONFLICT', `${input.employeeId} has no consent recorded for ${input.field}`);
    deleteConsent(db, input.employeeId, input.field);
    setDemographic(db, input.employeeId, input.field, null);
    appendAudit(db, { at: o.at, actor: o.actor, entity: 'consent', entityId: input.employeeId, action: 'withdraw', before: { field: consent.field, purpose: consent.purpose, givenAt: consent.givenAt }, after: null, reason: 'consent withdrawn; the field is deleted' });
    return { consent, withdrawnAt: o.at };
  });
}

/** AVG art. 21: from now on no score, rank or path; draft plans (made from scores) are removed, decided ones kept. */
export function setObjection(db: Database, input: { employeeId: string; reason: string }, o: { at: string; actor: string }): ObjectionDto {
  const e = requireEmployee(db, input.employeeId);
  return inTransaction(db, () => {
    const since = e.objection_since ?? o.at;
    storeObjection(db, input.employeeId, since, input.reason);
    const drafts = deleteDraftPlan(db, input.employeeId);
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
  });
}

export function withdrawObjection(db: Database, input: { employeeId: string; reason: string }, o: { at: string; actor: string }): ObjectionDto {
  const e = requireEmployee(db, input.employeeId);
  if (!e.objection_since) throw new DomainError('CONFLICT', `${input.employeeId} has no objection to withdraw`);
  return inTransaction(db, () => {
    clearObjection(db, input.employeeId);
    appendAudit(db, { at: o.at, actor: o.actor, entity: 'objection', entityId: input.employeeId, action: 'withdraw', before: { since: e.objection_since }, after: null, reason: input.reason });
    return { employeeId: input.employeeId, since: e.objection_since, reason: input.reason };
  });
}

/** AVG art. 16: corrects profile fields and skills, one audit entry per change, each with the reason. Returns what changed. */
export function rectify(db: Database, input: RectifyInput, o: { at: string; actor: string }): string[] {
  requireEmployee(db, input.employeeId);
  const changed: string[] = [];
  inTransaction(db, () => {
    const current = getEmployeeColumns(db, input.employeeId)!;
    for (const [key, value] of Object.entries(input.profile ?? {}) as [RectifiableField, unknown][]) {
      if (value === undefined) continue;
      const column = RECTIFIABLE_COLUMNS[key];
      const before = current[column] ?? null;
      const after = key === 'name' && typeof value === 'string' && value.trim() === '' ? null : value;
      if (before === after) continue;
      if (key === 'roleCode' && !roleExists(db, String(after))) throw new DomainError('INVALID_INPUT', `Unknown role: ${String(after)}`);
      updateEmployeeField(db, input.employeeId, key, after);
      // A name never enters the audit log: only that it changed (so erasure cannot miss an old name).
      const shown = (v: unknown) => (key === 'name' ? (v === null ? null : '[name]') : v);
      appendAudit(db, { at: o.at, actor: o.actor, entity: 'employee', entityId: input.employeeId, action: 'rectify', before: { [key]: shown(before) }, after: { [key]: shown(after) }, reason: input.reason });
      changed.push(key);
    }
    for (const s of input.skills ?? []) {
      if (!skillExists(db, s.skillId)) throw new DomainError('INVALID_INPUT', `Unknown skill: ${s.skillId}`);
      const before = getSkillLevel(db, input.employeeId, s.skillId);
      if (s.level === null) {
        if (!before) continue;
        deleteSkillLevel(db, input.employeeId, s.skillId);
      } else {
        const source = s.source ?? 'manager';
        if (before && before.level === s.level && before.source === source) continue;
        setSkillLevel(db, input.employeeId, s.skillId, s.level, source);
      }
      appendAudit(db, { at: o.at, actor: o.actor, entity: 'employee_skill', entityId: input.employeeId, action: 'rectify', before: before ? { skill: s.skillId, ...before } : null, after: s.level === null ? null : { skill: s.skillId, level: s.level, source: s.source ?? 'manager' }, reason: input.reason });
      changed.push(`skill:${s.skillId}`);
    }
  });
  return changed;
}
