/**
 * The XLSX reader's thread (16.3): the guard and the cell reader run here, so a hostile workbook can neither
 * block the core's other calls nor take the process down (the worker's heap is capped; running out ends the
 * worker, not the process). Bundled to dist/electron/xlsx-worker.cjs; run from source under tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BadFileError } from './errors';
import { readXlsx } from './xlsx';
import { guardWorkbook } from './zip';

export type XlsxWorkerAnswer = { ok: true; sheets: Awaited<ReturnType<typeof readXlsx>> } | { ok: false; problemCode: string; message: string };

const { bytes, fileName } = workerData as { bytes: Uint8Array; fileName: string };

async function main(): Promise<XlsxWorkerAnswer> {
  try {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    guardWorkbook(buf, fileName);
    return { ok: true, sheets: await readXlsx(buf, fileName) };
  } catch (error) {
    if (error instanceof BadFileError) return { ok: false, problemCode: error.problemCode, message: error.message };
    return { ok: false, problemCode: 'xlsx.unreadable', message: `${fileName} is not a readable XLSX workbook (${String((error as Error).message ?? error).slice(0, 200)}).` };
  }
}

void main().then((answer) => parentPort!.postMessage(answer));
