/**
 * The job worker (worker_threads): runs whole-workforce work off the main thread, reports progress and
 * stops when the shared cancel flag is set. Bundled to dist/electron/worker.cjs; run from source under tsx.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../../shared/api/result';
import { runReskillAll } from './jobs/reskillAll';
import type { WorkerJob, WorkerMessage } from './protocol';

const { job, cancelFlag } = workerData as { job: WorkerJob; cancelFlag: SharedArrayBuffer };
const cancelled = new Int32Array(cancelFlag);
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

try {
  const db = new Database(job.dbPath, { readonly: true, fileMustExist: true, nativeBinding: job.nativeBinding });
  try {
    const onProgress = (done: number, total: number) => post({ type: 'progress', done, total });
    const shouldCancel = () => Atomics.load(cancelled, 0) === 1;
    switch (job.kind) {
      case 'reskill.all':
        post({ type: 'done', result: runReskillAll(db, job, onProgress, shouldCancel) });
        break;
    }
  } finally {
    db.close();
  }
} catch (error) {
  post(error instanceof DomainError ? { type: 'error', code: error.code, message: error.message } : { type: 'error', code: 'INTERNAL', message: String((error as Error).stack ?? error) });
}
