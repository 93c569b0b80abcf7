/**
 * Starts test/security/support/twin-child.ts over a seeded database and a renderer folder holding the
 * source index.html (its CSP is the one the twin must send), and speaks raw HTTP to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { repoRoot } from '../../helpers/cli';
import { seededDbFile, tempDir } from '../../helpers/core';

export interface ChildTwin {
  port: number;
  token: string;
  child: ChildProcess;
  exited(): boolean;
  stderr(): string;
  stop(): Promise<void>;
}

export async function startChildTwin(): Promise<ChildTwin> {
  const db = await seededDbFile();
  const rendererDir = tempDir('overstap-renderer-');
  fs.copyFileSync(path.join(repoRoot, 'renderer', 'index.html'), path.join(rendererDir, 'index.html'));
  fs.writeFileSync(path.join(rendererDir, 'app.js'), 'console.log("app");\n');
  const preload = path.join(rendererDir, 'preload.js');
  fs.writeFileSync(preload, '/* preload */\n');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test', 'security', 'support', 'twin-child.ts'), db, rendererDir, preload], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  let exited = false;
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  child.on('exit', () => (exited = true));
  const first = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('exit', (code) => reject(new Error(`twin child exited ${code}: ${err}`)));
  });
  const { port, token } = JSON.parse(first) as { port: number; token: string };
  return {
    port,
    token,
    child,
    exited: () => exited,
    stderr: () => err,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request with a raw path and raw headers (fetch would normalise both); null when the connection died. */
export function raw(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse | null> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${port}`, ...options.headers }, insecureHTTPParser: true }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', () => resolve(null));
    });
    req.on('error', () => resolve(null));
    req.setTimeout(30_000, () => {
      req.destroy();
      resolve(null);
    });
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
