/**
 * Runs the real CLI as a child process, as a user or a script would: the bundled `dist/electron/cli.cjs`
 * that `npm run build:electron` writes (the node project's global setup bundles it fresh for every run,
 * test/setup/bundle.ts), which starts in about half the time of `tsx electron/cli.ts`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliBundle = path.join(repoRoot, 'dist', 'electron', 'cli.cjs');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json<T = Record<string, unknown>>(): T;
}

export function runCliProcess(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [cliBundle, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    json<T>() {
      return JSON.parse(r.stdout) as T;
    },
  };
}
