/**
 * privacy.*, consent.*, objection.*: the AVG/GDPR rights, employee mode, retention and documents
 * (services/privacy.ts, employeeMode.ts, privacyDocuments.ts). Every write is one transaction with its audit entry.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { enterEmployeeMode, setPassphrase, unlockEmployeeMode } from '../services/employeeMode';
import {
  applyRetention,
  consentsOf,
  erasePerson,
  erasureRegister,
  findPeople,
  giveConsent,
  privacyStatus,
  recordObjection,
  rectifyPerson,
  setAutomaticBackups,
  setRetention,
  withdrawConsentOf,
  withdrawObjectionOf,
} from '../services/privacy';
import { accessExportFile, privacyDocument } from '../services/privacyDocuments';

type PrivacyMethods =
  | 'privacy.status'
  | 'privacy.people'
  | 'privacy.export'
  | 'privacy.rectify'
  | 'privacy.erase'
  | 'privacy.erasures'
  | 'consent.list'
  | 'consent.set'
  | 'consent.withdraw'
  | 'objection.set'
  | 'objection.withdraw'
  | 'privacy.setPassphrase'
  | 'privacy.enterEmployeeMode'
  | 'privacy.unlock'
  | 'privacy.setRetention'
  | 'privacy.setAutomaticBackups'
  | 'privacy.runRetention'
  | 'privacy.document';

export function privacyHandlers(p: CorePorts): Pick<ApiHandlers, PrivacyMethods> {
  return {
    'privacy.status': () => privacyStatus(p),
    'privacy.people': (input) => findPeople(p, input),
    'privacy.export': (input, ctx) => accessExportFile(p, input, ctx.actor),
    'privacy.rectify': (input, ctx) => rectifyPerson(p, input, ctx.actor),
    'privacy.erase': (input, ctx) => erasePerson(p, input, ctx.actor),
    'privacy.erasures': () => erasureRegister(p),
    'consent.list': (input) => consentsOf(p, input),
    'consent.set': (input, ctx) => giveConsent(p, input, ctx.actor),
    'consent.withdraw': (input, ctx) => withdrawConsentOf(p, input, ctx.actor),
    'objection.set': (input, ctx) => recordObjection(p, input, ctx.actor),
    'objection.withdraw': (input, ctx) => withdrawObjectionOf(p, input, ctx.actor),
    'privacy.setPassphrase': (input, ctx) => setPassphrase(p, input, ctx.actor),
    'privacy.enterEmployeeMode': (input, ctx) => enterEmployeeMode(p, input, ctx.actor),
    'privacy.unlock': (input, ctx) => unlockEmployeeMode(p, input, ctx.actor),
    'privacy.setRetention': (input, ctx) => setRetention(p, input, ctx.actor),
    'privacy.setAutomaticBackups': (input, ctx) => setAutomaticBackups(p, input, ctx.actor),
    'privacy.runRetention': (input, ctx) => applyRetention(p, input, ctx.actor),
    'privacy.document': (input, ctx) => privacyDocument(p, input, ctx),
  };
}
