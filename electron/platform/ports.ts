/**
 * Ports: what the core needs from its host, so handlers run the same in Electron, the twin and the CLI.
 */

export interface Clock {
  /** Current time as an ISO 8601 UTC string. */
  now(): string;
  /** Current calendar year. */
  year(): number;
}

export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  year: () => new Date().getFullYear(),
};

/** Logs to stderr only: stdout belongs to the CLI's answer. */
export const stderrLogger: Logger = {
  info: (m, d) => console.error(`[info] ${m}`, d ?? ''),
  warn: (m, d) => console.error(`[warn] ${m}`, d ?? ''),
  error: (m, d) => console.error(`[error] ${m}`, d ?? ''),
};
