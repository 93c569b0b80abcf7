/**
 * runWorkerJob(): starts a job in a worker thread and resolves with its result. Progress is forwarded;
 * an aborted signal sets a shared flag the job polls, so cancelling needs no message round trip.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCode } from '../../shared/api/result';
import type { WorkerJob, WorkerMessage } from './protocol';

/** The bundle ships dist/electron/worker.cjs beside main.cjs; from source the .ts runs under tsx. */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.cjs')) return { file: path.join(path.dirname(here), 'worker.cjs'), execArgv: [] };
  const source = path.join(path.dirname(here), 'dev-entry.mjs');
  if (!fs.existsSync(source)) throw new Error(`worker entry missing: ${source}`);
  return { file: source, execArgv: [] };
}

interface JobControls {
  onProgress?: (done: number, total: number) => void;
  signal?: { readonly aborted: boolean };
}

export function runWorkerJob<T>(job: WorkerJob, controls: JobControls = {}): Promise<T> {
  const { file, execArgv } = workerEntry();
  const cancelFlag = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancelFlag);
  const worker = new Worker(file, { workerData: { job, cancelFlag }, execArgv });
  // The signal is a plain { aborted } object (it crosses from IPC, HTTP or the CLI), so poll it.
  const poll = setInterval(() => {
    if (controls.signal?.aborted) Atomics.store(flag, 0, 1);
  }, 50);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      fn();
      void worker.terminate();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') controls.onProgress?.(m.done, m.total);
      else if (m.type === 'done') finish(() => resolve(m.result as T));
      else finish(() => reject(new DomainError(m.code as ErrorCode, m.message)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the job worker stopped (exit ${code}) before answering`))));
  });
}
