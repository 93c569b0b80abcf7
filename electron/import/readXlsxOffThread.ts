/**
 * readXlsx in a worker thread with a capped heap and a time limit: the main thread (Electron's main process,
 * the twin's server, the CLI) stays free and survives whatever the workbook does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../shared/api/result';
import { BadFileError } from './errors';
import type { SheetRows } from './xlsx';
import type { XlsxWorkerAnswer } from './xlsxWorker';
import { checkDeclaredSizes, readCentralDirectory } from './zip';

/** Heap of the reader: room for the largest workbook the guard lets through, well under the machine. */
const XLSX_WORKER_HEAP_MB = 1536;
const TIME_LIMIT_MS = 180_000;

function workerEntry(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.cjs')) return path.join(path.dirname(here), 'xlsx-worker.cjs');
  const source = path.join(path.dirname(here), 'xlsx-worker-entry.mjs');
  if (!fs.existsSync(source)) throw new Error(`XLSX worker entry missing: ${source}`);
  return source;
}

export async function readXlsxOffThread(bytes: Buffer, fileName: string, signal?: { readonly aborted: boolean }): Promise<SheetRows[]> {
  // The directory check is cheap and answers a declared bomb at once, without starting a thread.
  checkDeclaredSizes(readCentralDirectory(bytes, fileName), fileName);
  const worker = new Worker(workerEntry(), { workerData: { bytes, fileName }, resourceLimits: { maxOldGenerationSizeMb: XLSX_WORKER_HEAP_MB } });
  return new Promise<SheetRows[]>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new BadFileError('xlsx.timeout', `${fileName} took more than ${TIME_LIMIT_MS / 1000} s to read and was given up; nothing was read. Save it as CSV (UTF-8) instead.`))), TIME_LIMIT_MS);
    const poll = setInterval(() => {
      if (signal?.aborted) finish(() => reject(new DomainError('CANCELLED', 'The import was cancelled; nothing was written.')));
    }, 100);
    worker.on('message', (m: XlsxWorkerAnswer) => finish(() => (m.ok ? resolve(m.sheets) : reject(new BadFileError(m.problemCode, m.message)))));
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new BadFileError('xlsx.tooLarge', `${fileName} needs more than ${XLSX_WORKER_HEAP_MB} MB of memory to read; nothing was read. Save it as CSV (UTF-8) instead.`)
            : new BadFileError('xlsx.unreadable', `${fileName} is not a readable XLSX workbook (${error.message.slice(0, 200)}).`),
        ),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new BadFileError('xlsx.unreadable', `${fileName} could not be read (the reader stopped with exit code ${code}).`))));
  });
}
