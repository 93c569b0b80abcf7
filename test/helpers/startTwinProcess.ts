/**
 * A real browser twin in its own process (test/reliability/twinProcess.ts over the database given), for the
 * two-writers storage test and the dashboard bench. Resolves once it listens.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './cli';

interface TwinProcess {
  port: number;
  token: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startTwinProcess(dbPath: string): Promise<TwinProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/reliability/twinProcess.ts'), dbPath], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const info = await new Promise<{ port: number; token: string }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { port: number; token: string });
    });
    child.on('exit', (code) => reject(new Error(`the twin stopped (exit ${code}): ${err}`)));
  });
  return {
    ...info,
    pid: child.pid!,
    // Stopping a twin that already exited resolves at once: waiting for a second 'exit' that never comes
    // is what made the two-writers test sit idle with no child process left (stop 18).
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
