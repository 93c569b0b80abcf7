/**
 * The AVG/GDPR rights on the privacy screen: the status overview, finding a person, rectification,
 * erasure and its register, consent, objection, and audit-log retention. The rights themselves live in
 * electron/privacy (one transaction with its audit entry each); this adds what the API answers.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import { oldestAuditEntry, appendAudit } from '../../db/repos/auditRepo';
import { consentFieldsOf, countConsentsByField, listConsents } from '../../db/repos/consentsRepo';
import { countObjections } from '../../db/repos/employeesRepo';
import { countErasures, readRegister } from '../../db/repos/erasureRepo';
import { searchPeople } from '../../db/repos/privacyRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import { inTransaction } from '../../db/tx';
import { AUTOMATIC_BACKUPS, automaticBackupsToKeep, listAutomaticBackups, pruneAutomaticBackups } from '../../db/backup';
import { writeSetting } from '../../db/storedValues';
import { eraseEmployee } from '../../privacy/erasure';
import { passphraseIsSet, readEmployeeMode, writeEmployeeMode } from '../../privacy/passphrase';
import { getRetentionMonths, RETENTION, runRetention, setRetentionMonths } from '../../privacy/retention';
import { rectify, requireEmployee, setConsent, setObjection, withdrawConsent, withdrawObjection } from '../../privacy/rights';
import type { CorePorts } from '../ports';
import { personDetail } from './people';

const stamp = (p: CorePorts, actor: string) => ({ at: p.clock.now(), actor });

export function privacyStatus(p: CorePorts): ApiOutput<'privacy.status'> {
  const settings = getSettings(p.db);
  const consents = countConsentsByField(p.db);
  return {
    passphraseSet: passphraseIsSet(p.db),
    employeeMode: readEmployeeMode(p.db),
    retentionMonths: getRetentionMonths(p.db),
    minRetentionMonths: RETENTION.min,
    pseudonymised: settings.pseudonymised,
    minGroupSize: settings.minGroupSize,
    erasures: countErasures(p.db),
    objections: countObjections(p.db),
    consents: { ageBand: consents.ageBand ?? 0, gender: consents.gender ?? 0 },
    oldestAuditEntry: oldestAuditEntry(p.db),
    automaticBackups: { keep: automaticBackupsToKeep(p.db), present: p.dbPath === ':memory:' ? 0 : listAutomaticBackups(p.dbPath).length, min: AUTOMATIC_BACKUPS.min, max: AUTOMATIC_BACKUPS.max },
  };
}

export function findPeople(p: CorePorts, input: ApiParsed<'privacy.people'>): ApiOutput<'privacy.people'> {
  const settings = getSettings(p.db);
  const { total, rows } = searchPeople(p.db, { search: input.search?.trim() ?? '', names: !settings.pseudonymised, limit: input.limit ?? 200 });
  const consents = consentFieldsOf(p.db, rows.map((r) => r.id));
  return {
    total,
    people: rows.map((r) => ({
      id: r.id,
      ...(settings.pseudonymised ? {} : { name: r.name }),
      role: r.role_code,
      department: r.department,
      consents: consents.get(r.id) ?? [],
      objection: r.objection_since ? { since: r.objection_since, reason: r.objection_reason ?? '' } : null,
    })),
  };
}

export function rectifyPerson(p: CorePorts, input: ApiParsed<'privacy.rectify'>, actor: string): ApiOutput<'privacy.rectify'> {
  const changed = rectify(p.db, input, stamp(p, actor));
  const { employee } = personDetail(p, { id: input.employeeId, names: true });
  return { employee, changed };
}

export function erasePerson(p: CorePorts, input: ApiParsed<'privacy.erase'>, actor: string): ApiOutput<'privacy.erase'> {
  // An erased person's employee mode would lock the app to no one.
  if (readEmployeeMode(p.db)?.employeeId === input.employeeId) writeEmployeeMode(p.db, null);
  return eraseEmployee(p.db, input.employeeId, { ...stamp(p, actor), reason: input.reason ?? null, nativeBinding: p.nativeBinding });
}

export const erasureRegister = (p: CorePorts): ApiOutput<'privacy.erasures'> => ({
  erasures: readRegister(p.db).map((r) => ({ tombstone: r.tombstone, erasedAt: r.erasedAt, erasedBy: r.erasedBy })),
});

export function consentsOf(p: CorePorts, input: ApiParsed<'consent.list'>): ApiOutput<'consent.list'> {
  if (input.employeeId) requireEmployee(p.db, input.employeeId);
  return { consents: listConsents(p.db, input.employeeId) };
}

export const giveConsent = (p: CorePorts, input: ApiParsed<'consent.set'>, actor: string): ApiOutput<'consent.set'> => ({ consent: setConsent(p.db, input, stamp(p, actor)) });
export const withdrawConsentOf = (p: CorePorts, input: ApiParsed<'consent.withdraw'>, actor: string): ApiOutput<'consent.withdraw'> => withdrawConsent(p.db, input, stamp(p, actor));
export const recordObjection = (p: CorePorts, input: ApiParsed<'objection.set'>, actor: string): ApiOutput<'objection.set'> => ({ objection: setObjection(p.db, input, stamp(p, actor)) });
export const withdrawObjectionOf = (p: CorePorts, input: ApiParsed<'objection.withdraw'>, actor: string): ApiOutput<'objection.withdraw'> => ({ objection: withdrawObjection(p.db, input, stamp(p, actor)) });

export function setRetention(p: CorePorts, input: ApiParsed<'privacy.setRetention'>, actor: string): ApiOutput<'privacy.setRetention'> {
  const before = getRetentionMonths(p.db);
  inTransaction(p.db, () => {
    setRetentionMonths(p.db, input.months);
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'settings', action: 'retention', before: { auditRetentionMonths: before }, after: { auditRetentionMonths: input.months }, reason: input.reason });
  });
  return { retentionMonths: input.months };
}

/** How many automatic backups stay beside the database (16.7); older ones go at once. */
export function setAutomaticBackups(p: CorePorts, input: ApiParsed<'privacy.setAutomaticBackups'>, actor: string): ApiOutput<'privacy.setAutomaticBackups'> {
  const before = automaticBackupsToKeep(p.db);
  inTransaction(p.db, () => {
    writeSetting(p.db, 'privacy.keepAutomaticBackups', input.keep);
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'settings', action: 'automaticBackups', before: { keep: before }, after: { keep: input.keep }, reason: input.reason ?? null });
  });
  const removed = p.dbPath === ':memory:' ? 0 : pruneAutomaticBackups(p.dbPath, input.keep).length;
  return { keep: input.keep, removed };
}

export const applyRetention = (p: CorePorts, input: ApiParsed<'privacy.runRetention'>, actor: string): ApiOutput<'privacy.runRetention'> => runRetention(p.db, { ...stamp(p, actor), reason: input.reason ?? null });
