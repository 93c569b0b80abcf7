/**
 * Messages between the main thread and the job worker. Jobs read the database through their own
 * read-only connection, so only small parameters and results cross the thread boundary.
 */

export interface ReskillAllJob {
  kind: 'reskill.all';
  dbPath: string;
  nativeBinding?: string;
  scenario: string;
  topN: number;
  /** Include each kept path's graded gap (for display); assignment and fairness need only the scores. */
  withGaps: boolean;
}

export type WorkerJob = ReskillAllJob;

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: unknown }
  | { type: 'error'; code: string; message: string };
