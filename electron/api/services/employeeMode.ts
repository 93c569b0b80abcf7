/**
 * The planner's passphrase and the employee mode it locks: setting or changing the passphrase, opening
 * the app for one person, and leaving that mode again. Refusals are audited as well as successes.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/result';
import { appendAudit } from '../../db/repos/auditRepo';
import { inTransaction } from '../../db/tx';
import { hashPassphrase, readEmployeeMode, readPassphrase, storePassphrase, verifyPassphrase, writeEmployeeMode } from '../../privacy/passphrase';
import { requireEmployee } from '../../privacy/rights';
import type { CorePorts } from '../ports';

export function setPassphrase(p: CorePorts, input: ApiParsed<'privacy.setPassphrase'>, actor: string): ApiOutput<'privacy.setPassphrase'> {
  const existing = readPassphrase(p.db);
  if (existing && (input.current === undefined || !verifyPassphrase(input.current, existing))) throw new DomainError('FORBIDDEN', 'The current passphrase is wrong.');
  const stored = hashPassphrase(input.passphrase, p.clock.now());
  inTransaction(p.db, () => {
    storePassphrase(p.db, stored);
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'passphrase', action: existing ? 'change' : 'set', after: { algorithm: 'scrypt', N: stored.N, r: stored.r, p: stored.p } });
  });
  return { passphraseSet: true as const, algorithm: `scrypt N=${stored.N} r=${stored.r} p=${stored.p}` };
}

export function enterEmployeeMode(p: CorePorts, input: ApiParsed<'privacy.enterEmployeeMode'>, actor: string): ApiOutput<'privacy.enterEmployeeMode'> {
  if (!readPassphrase(p.db)) throw new DomainError('CONFLICT', 'Set the planner passphrase first: employee mode can only be left with it.');
  requireEmployee(p.db, input.employeeId);
  const mode = { employeeId: input.employeeId, since: p.clock.now() };
  inTransaction(p.db, () => {
    writeEmployeeMode(p.db, mode);
    appendAudit(p.db, { at: mode.since, actor, entity: 'employee_mode', entityId: input.employeeId, action: 'enter' });
  });
  return { employeeMode: mode };
}

export function unlockEmployeeMode(p: CorePorts, input: ApiParsed<'privacy.unlock'>, actor: string): ApiOutput<'privacy.unlock'> {
  const stored = readPassphrase(p.db);
  const mode = readEmployeeMode(p.db);
  if (!stored || !verifyPassphrase(input.passphrase, stored)) {
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'employee_mode', entityId: mode?.employeeId ?? null, action: 'unlock.refused' });
    throw new DomainError('FORBIDDEN', 'Wrong passphrase.');
  }
  inTransaction(p.db, () => {
    writeEmployeeMode(p.db, null);
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'employee_mode', entityId: mode?.employeeId ?? null, action: 'unlock' });
  });
  return { unlocked: true as const };
}
