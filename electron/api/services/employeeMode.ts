/**
 * The planner's passphrase and the employee mode it locks: setting or changing the passphrase, opening
 * the app for one person, and leaving that mode again. Refusals are audited as well as successes.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/result';
import { appendAudit } from '../../db/repos/auditRepo';
import { inTransaction } from '../../db/tx';
import { attemptPassphrase, hashPassphrase, passphraseIsSet, readEmployeeMode, storePassphrase, writeEmployeeMode } from '../../privacy/passphrase';
import { requireEmployee } from '../../privacy/rights';
import type { CorePorts } from '../ports';

export function setPassphrase(p: CorePorts, input: ApiParsed<'privacy.setPassphrase'>, actor: string): ApiOutput<'privacy.setPassphrase'> {
  const existing = passphraseIsSet(p.db);
  // Changing it needs the current one, with the same back-off as the unlock (it is the same guess).
  if (existing) {
    const attempt = attemptPassphrase(p.db, input.current ?? '', p.clock.now());
    if (!attempt.ok) throw attempt.error;
  }
  const stored = hashPassphrase(input.passphrase, p.clock.now());
  inTransaction(p.db, () => {
    storePassphrase(p.db, stored);
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'passphrase', action: existing ? 'change' : 'set', after: { algorithm: 'scrypt', N: stored.N, r: stored.r, p: stored.p } });
  });
  return { passphraseSet: true as const, algorithm: `scrypt N=${stored.N} r=${stored.r} p=${stored.p}` };
}

export function enterEmployeeMode(p: CorePorts, input: ApiParsed<'privacy.enterEmployeeMode'>, actor: string): ApiOutput<'privacy.enterEmployeeMode'> {
  if (!passphraseIsSet(p.db)) throw new DomainError('CONFLICT', 'Set the planner passphrase first: employee mode can only be left with it.');
  requireEmployee(p.db, input.employeeId);
  const mode = { employeeId: input.employeeId, since: p.clock.now() };
  inTransaction(p.db, () => {
    writeEmployeeMode(p.db, mode);
    appendAudit(p.db, { at: mode.since, actor, entity: 'employee_mode', entityId: input.employeeId, action: 'enter' });
  });
  return { employeeMode: mode };
}

export function unlockEmployeeMode(p: CorePorts, input: ApiParsed<'privacy.unlock'>, actor: string): ApiOutput<'privacy.unlock'> {
  const mode = readEmployeeMode(p.db);
  // One try, with the back-off kept in the database (16.5): refused unheard while locked.
  const attempt = attemptPassphrase(p.db, input.passphrase, p.clock.now());
  if (!attempt.ok) {
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'employee_mode', entityId: mode?.employeeId || null, action: attempt.refusal === 'locked' ? 'unlock.locked' : 'unlock.refused' });
    throw attempt.error;
  }
  inTransaction(p.db, () => {
    writeEmployeeMode(p.db, null);
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'employee_mode', entityId: mode?.employeeId || null, action: 'unlock' });
  });
  return { unlocked: true as const };
}
