/**
 * The employee-mode gate every door passes through: the policy each contract entry declares
 * (shared/api/employeeMode.ts), applied to the parsed input before the handler runs and to its output
 * after (organisation-wide fields withheld). An unreadable stored mode locks to no one: only methods open
 * to anyone pass (fail closed).
 */
import { contract, type ApiMethod } from '../../shared/api/contract';
import { decideEmployeeMode, withholdFields } from '../../shared/api/employeeMode';
import { DomainError } from '../../shared/api/result';
import type { Database } from 'better-sqlite3';
import { readEmployeeMode } from '../privacy/passphrase';

interface GateVerdict {
  /** Output fields to withhold; empty outside employee mode. */
  withhold: readonly string[];
}

/** Throws FORBIDDEN when the app is in employee mode and the method's policy refuses this call. */
export function checkEmployeeMode(db: Database, method: ApiMethod, input: unknown): GateVerdict {
  const mode = readEmployeeMode(db);
  if (!mode) return { withhold: [] };
  const decision = decideEmployeeMode(contract[method].employeeMode, input, mode.damaged ? '' : mode.employeeId);
  if (!decision.allowed) {
    throw new DomainError('FORBIDDEN', `Overstap is open in employee mode: ${method} is ${decision.why}. The planner can leave employee mode with the passphrase.`);
  }
  return { withhold: decision.withhold };
}

export const applyWithholding = <T>(output: T, verdict: GateVerdict): T => withholdFields(output, verdict.withhold);
