/**
 * The browser twin: serves the built renderer and answers the same API over loopback HTTP, for the
 * end-to-end tests in Chromium and for `npm run web` where Electron cannot run.
 * Only 127.0.0.1, a random port, and a per-run token: no other local process (or web page) can call it.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch';
import type { Core } from '../core';
import type { ApiEventName, ApiEvents } from '../../shared/api/bridge';

export interface TwinOptions {
  core: Core;
  /** Folder with the built renderer (index.html) — dist/renderer. */
  rendererDir: string;
  /** The bundled browser preload — dist/web/browser-preload.js. */
  preloadFile: string;
  actor: string;
  token?: string;
  port?: number;
}

export interface Twin {
  url: string;
  port: number;
  token: string;
  emit<E extends ApiEventName>(name: E, payload: ApiEvents[E]): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const MAX_BODY = 64 * 1024 * 1024;

export async function startTwin(options: TwinOptions): Promise<Twin> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const indexFile = path.join(options.rendererDir, 'index.html');
  if (!fs.existsSync(indexFile) || !fs.existsSync(options.preloadFile)) {
    throw new Error(`The renderer is not built (${indexFile} or ${options.preloadFile} missing): run "npm run build" first.`);
  }
  const rendererRoot = path.resolve(options.rendererDir);
  const clients = new Set<http.ServerResponse>();
  let port = 0;

  const send = (res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(body);
  };
  const tokenOk = (given: string | null | undefined) =>
    typeof given === 'string' && given.length === token.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token));

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // A page on another origin that resolves a name to 127.0.0.1 (DNS rebinding) sends its own Host.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'Forbidden host');

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return send(res, 405, 'POST only');
      if (!tokenOk(req.headers['x-overstap-token'] as string | undefined)) return send(res, 403, 'Bad token');
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          send(res, 413, 'Request too large');
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => {
        if (res.headersSent) return;
        let body: { method?: unknown; input?: unknown };
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'Request body is not JSON' } }), 'application/json');
        }
        const signal = options.core.jobs.signalFor(body.input);
        void dispatch(options.core.handlers, body.method, body.input, {
          actor: options.actor,
          progress: (event) => twin.emit('progress', event),
          signal,
        }, options.core.log).then((result) => {
          options.core.jobs.done(body.input);
          send(res, 200, JSON.stringify(result), 'application/json');
        });
      });
      return;
    }
    if (url.pathname === '/api/events') {
      if (!tokenOk(url.searchParams.get('token'))) return send(res, 403, 'Bad token');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!tokenOk(url.searchParams.get('token'))) return send(res, 403, 'Open the URL printed by "npm run web" (it carries the access token).');
      // The twin's preload replaces Electron's: same bridge, fetch underneath. Same-origin, so the CSP holds.
      const html = fs
        .readFileSync(indexFile, 'utf8')
        .replace(/<head[^>]*>/i, (tag) => `${tag}\n    <meta name="overstap-token" content="${token}" />\n    <script src="./browser-preload.js"></script>`);
      return send(res, 200, html, TYPES['.html']);
    }
    if (url.pathname === '/browser-preload.js') return send(res, 200, fs.readFileSync(options.preloadFile), TYPES['.js']);
    const file = path.resolve(rendererRoot, '.' + decodeURIComponent(url.pathname));
    if (!file.startsWith(rendererRoot + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'Not found');
    return send(res, 200, fs.readFileSync(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  const twin: Twin = {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    emit(name, payload) {
      const line = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const c of clients) c.write(line);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of clients) c.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return twin;
}
