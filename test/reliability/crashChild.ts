// The process the crash harness kills: opens the database in `dir` the way the app does, prints "go" just
// before the operation's writes begin, runs one operation, prints "done". Bundled by crash.test.ts (a
// plain node start is fast enough to be killed ~50 times in a test). Fixed clock: an uninterrupted run
// always writes the same rows, so its dump is "the complete result".
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../electron/core';
import { dispatch } from '../../electron/api/dispatch';
import { openDatabase } from '../../electron/db/open';
import { applyPendingRestore } from '../../electron/db/restore';
import type { Clock, Logger } from '../../electron/platform/ports';

export const CRASH_NOW = '2026-03-01T09:00:00.000Z';
const clock: Clock = { now: () => CRASH_NOW, year: () => 2026 };
const log: Logger = { info: () => {}, warn: () => {}, error: (m, e) => process.stderr.write(`${m} ${String(e)}\n`) };

export type CrashOp = 'import' | 'migration' | 'restore' | 'erasure' | 'reskill';

function importCsv(people: number): string {
  const lines = ['id;functie;fte;skills'];
  for (let i = 0; i < people; i++) lines.push(`C${String(i).padStart(5, '0')};Copywriter;1;"Schrijven:${1 + (i % 5)}; Actief luisteren:${i % 4}"`);
  return lines.join('\n') + '\n';
}

async function runOp(op: CrashOp, dir: string, say: (line: string) => void): Promise<void> {
  const dbPath = path.join(dir, 'overstap.db');
  if (op === 'migration') {
    say('go');
    const opened = await openDatabase(dbPath);
    opened.db.close();
    return;
  }
  if (op === 'restore') {
    say('go');
    const r = await applyPendingRestore(dbPath, { now: new Date(CRASH_NOW), actor: 'crash' });
    if (!r.applied) throw new Error(`restore not applied: ${r.refused ?? 'nothing staged'}`);
    (await openDatabase(dbPath)).db.close();
    return;
  }
  const core = await openCore({ dbPath, actor: 'crash', clock, log, startYear: 2026 });
  try {
    const call = async (method: string, input: unknown) => {
      const r = await dispatch(core.handlers, method, input, { actor: 'crash' }, log);
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    };
    if (op === 'import') {
      const content = Buffer.from(importCsv(Number(fs.readFileSync(path.join(dir, 'people.txt'), 'utf8')))).toString('base64');
      say('go');
      await call('import.commit', { fileName: 'crash.csv', contentBase64: content });
    } else if (op === 'erasure') {
      const employeeId = fs.readFileSync(path.join(dir, 'erase.txt'), 'utf8').trim();
      say('go');
      await call('privacy.erase', { employeeId, confirm: true, reason: 'crash test' });
    } else {
      say('go');
      await call('reskill.all', { scenario: 'expected', storePlans: true });
    }
  } finally {
    core.close();
  }
}

if (process.argv[2] === 'run') {
  const started = Date.now();
  runOp(process.argv[3] as CrashOp, process.argv[4]!, (line) => process.stdout.write(`${line} ${Date.now() - started}\n`))
    .then(() => {
      process.stdout.write(`done ${Date.now() - started}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(3);
    });
}
