/**
 * The result envelope every API call answers with, over IPC, HTTP and in the CLI.
 * Owns: Result, ErrorCode, DomainError. Must not import anything outside shared/.
 */

export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_FILE',
  'DB_CORRUPT',
  'DB_TOO_NEW',
  'CANCELLED',
  'FORBIDDEN',
  /** A guessable secret after too many wrong tries: the issues carry retryAfterSeconds. */
  'TOO_MANY_ATTEMPTS',
  /** The disk is full, the file read-only, or its folder gone: nothing was changed. */
  'STORAGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiIssue {
  /** Where the problem is: an input path ("levers.reinvestAutomated") or a file position ("row 12, column fte"). */
  path: string;
  message: string;
}

interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  issues?: ApiIssue[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

/** Thrown by handlers for an expected failure; dispatch turns it into an error envelope with its code. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, issues?: ApiIssue[]): Result<never> => ({
  ok: false,
  error: issues && issues.length > 0 ? { code, message, issues } : { code, message },
});
