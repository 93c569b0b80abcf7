/**
 * Real SQLite files for tests: a seeded template is built once per run from the embedded dataset
 * (test/setup/template.ts), then each test gets its own copy (copying a closed, checkpointed file is safe).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { buildSeededTemplate, fixedClock, silentLog } from './template';
import { dispatch } from '../../electron/api/dispatch';
import { createPrintingTwin } from '../../electron/web/printingTwin';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';

export { fixedClock, silentLog };

export function tempDir(prefix = 'overstap-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

let template: Promise<string> | null = null;

/**
 * Path of a closed, seeded database: the one the run's global setup built (test/setup/template.ts), or,
 * where a file runs outside vitest's setup (a tool script), one built once in this process.
 */
export function seededTemplate(): Promise<string> {
  template ??= (async () => {
    const provided = safeInject();
    return provided && fs.existsSync(provided) ? provided : buildSeededTemplate();
  })();
  return template;
}

function safeInject(): string | undefined {
  try {
    return inject('seededTemplate');
  } catch {
    return undefined;
  }
}

/** A fresh copy of the seeded template at a new path. */
export async function seededDbFile(): Promise<string> {
  const file = path.join(tempDir(), 'overstap.db');
  fs.copyFileSync(await seededTemplate(), file);
  return file;
}

/**
 * A core over a seeded copy, printing PDFs as the CLI does: Chromium over one twin on this core, started on
 * the first report PDF (the build must exist: `npm run build`). close() stops that twin too.
 */
export async function openTestCore(file?: string): Promise<Core> {
  let core: Core | null = null;
  const printing = createPrintingTwin({ core: () => core!, actor: 'tester' });
  core = await openCore({ dbPath: file ?? (await seededDbFile()), actor: 'tester', clock: fixedClock, log: silentLog, startYear: 2026, pdf: printing.printer });
  const close = core.close;
  return Object.assign(core, {
    close: () => {
      void printing.close();
      close();
    },
  });
}

/** Calls the API through dispatch (as every door does) and unwraps the envelope. */
export async function call<M extends ApiMethod>(core: Core, method: M, input: ApiInput<M>, actor = 'tester'): Promise<ApiOutput<M>> {
  const result = await dispatch(core.handlers, method, input, { actor }, silentLog);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as ApiOutput<M>;
}

export function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
