/**
 * The shape of a CLI command and the context it runs in. Commands only translate options to API calls
 * and results to text: the logic lives behind dispatch.
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { ErrorCode } from '../../shared/api/result';
import type { Lang } from '../../shared/domain/types';
import type { OptionSpecs } from './args';

export interface CliContext {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  lang: Lang;
  options: Record<string, string | boolean>;
  positionals: string[];
  /** Progress and notes for a person: always stderr. */
  note(message: string): void;
  /** The database file this run uses (--db or the desktop app's own). */
  dbPath: string;
  actor: string;
  /** Reads a secret (the planner passphrase): stdin, without echo on a terminal. */
  readSecret(prompt: string): Promise<string>;
}

interface CommandOutput {
  json: Record<string, unknown>;
  text: string;
}

export interface Command {
  /** One or two words: "dataset stats", "import". */
  name: string;
  summary: string;
  usage?: string;
  options: OptionSpecs;
  /** False for commands that must not hold the database open (restore replaces the file itself). */
  opensCore?: boolean;
  run(ctx: CliContext): Promise<CommandOutput>;
}

/** A failure with the API's error code; the CLI maps it to an exit code. */
export class CliFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'NOT_FOUND':
      return 2;
    case 'INTERNAL':
      return 3;
    default:
      return 1;
  }
}

/** Reads a required string option or fails as bad input. */
export function requireOption(ctx: CliContext, name: string): string {
  const value = ctx.options[name];
  if (typeof value !== 'string' || value.trim() === '') throw new CliFailure('INVALID_INPUT', `Missing required option --${name}`);
  return value;
}

export function optionalString(ctx: CliContext, name: string): string | undefined {
  const value = ctx.options[name];
  return typeof value === 'string' ? value : undefined;
}

export function optionalInt(ctx: CliContext, name: string, min: number, max: number): number | undefined {
  const raw = optionalString(ctx, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliFailure('INVALID_INPUT', `--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}
