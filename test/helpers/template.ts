/** Seeds a closed template database the way a first start does, at a new temporary path. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core';
import type { Clock, Logger } from '../../electron/platform/ports';

export const fixedClock: Clock = { now: () => '2026-03-01T09:00:00.000Z', year: () => 2026 };
export const silentLog: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export async function buildSeededTemplate(): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'overstap-template-')), 'template.db');
  const core = await openCore({ dbPath: file, actor: 'test', clock: fixedClock, log: silentLog, startYear: 2026 });
  core.close();
  return file;
}
