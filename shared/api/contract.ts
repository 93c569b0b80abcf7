/**
 * The one typed API contract: method name → zod input schema + the output type (phantom).
 * The Electron IPC, the browser twin and the CLI all go through it. The renderer imports it as a type only.
 * Each domain keeps its methods in shared/api/contracts/; this file joins them.
 */
import type { z } from 'zod';
import type { EmployeeModeRule } from './employeeMode';
import { coreContract } from './contracts/core';
import { importContract } from './contracts/import';
import { reskillContract } from './contracts/reskill';
import { jobsContract } from './contracts/jobs';
import { skillsContract } from './contracts/skills';
import { exportContract } from './contracts/export';
import { privacyContract } from './contracts/privacy';
import { teamContract } from './contracts/team';

export { langSchema } from './common';

export const contract = {
  ...coreContract,
  ...importContract,
  ...reskillContract,
  ...jobsContract,
  ...skillsContract,
  ...exportContract,
  ...privacyContract,
  ...teamContract,
} as const satisfies Record<string, ContractEntry>;

/** Every method: its input schema, its output type, and what it may do in employee mode (a missing policy fails to compile). */
export interface ContractEntry {
  readonly input: z.ZodType;
  readonly output: unknown;
  readonly employeeMode: EmployeeModeRule;
}


export type Contract = typeof contract;
export type ApiMethod = keyof Contract;
/** What a caller passes (before defaults). */
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ApiParsed<M extends ApiMethod> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = Contract[M]['output'];

export interface CallContext {
  /** Who acts, for the audit log: the OS user, `--user`, or the configured name. */
  actor: string;
  /** Push a progress event for long work. */
  progress?: (event: { jobId: string; label: string; done: number; total: number }) => void;
  /** Set when the caller gave up (window closed, Cancel pressed). */
  signal?: { readonly aborted: boolean };
}

export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsed<M>, ctx: CallContext) => Promise<ApiOutput<M>> | ApiOutput<M>;
};

export const API_METHODS = Object.keys(contract) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
