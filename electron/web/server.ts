/**
 * The browser twin: serves the built renderer and answers the same API over loopback HTTP, for the
 * end-to-end tests in Chromium and for `npm run web` where Electron cannot run.
 * Only 127.0.0.1, a random port, and a per-run token: no other local process (or web page) can call it.
 * The token opens the page once (then a host-only, HttpOnly, SameSite=Strict cookie does, so the token is
 * not left in the address bar); API calls always need it in a header, which no other origin can send
 * without a CORS preflight the twin never answers. Every parse is guarded: no request ends the process.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch';
import type { Core } from '../core';
import type { ApiEventName, ApiEvents } from '../../shared/api/bridge';
import { fail, type Result } from '../../shared/api/result';
import { MAX_REQUEST_BYTES } from '../../shared/api/limits';

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

/** The one request size limit, from the contract (the largest import plus its JSON). */
const MAX_BODY = MAX_REQUEST_BYTES;
const SESSION_COOKIE = 'overstap_session';

/** Equal-length digests, so neither a long, short nor non-ASCII guess can make the comparison throw (16.2). */
const digest = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();
const sameSecret = (given: unknown, secret: string): boolean => typeof given === 'string' && given.length > 0 && crypto.timingSafeEqual(digest(given), digest(secret));

/** decodeURIComponent that answers null instead of throwing on a malformed escape such as "/%". */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The renderer's own CSP (its meta tag), sent as a header too, plus what only a header can say. */
function cspOf(html: string): string {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? "default-src 'self'";
  return `${meta.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

export async function startTwin(options: TwinOptions): Promise<Twin> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  // Opens the page (never the API) once the token has been shown: the address bar no longer carries it.
  const session = crypto.randomBytes(32).toString('base64url');
  const indexFile = path.join(options.rendererDir, 'index.html');
  if (!fs.existsSync(indexFile) || !fs.existsSync(options.preloadFile)) {
    throw new Error(`The renderer is not built (${indexFile} or ${options.preloadFile} missing): run "npm run build" first.`);
  }
  const rendererRoot = path.resolve(options.rendererDir);
  const csp = cspOf(fs.readFileSync(indexFile, 'utf8'));
  const clients = new Set<http.ServerResponse>();
  let port = 0;

  const baseHeaders = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
  const send = (res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) => {
    if (res.headersSent) return void res.end();
    res.writeHead(status, { ...baseHeaders, 'content-type': type, ...extra });
    res.end(body);
  };
  const sendJson = (res: http.ServerResponse, result: Result<unknown>) => send(res, 200, JSON.stringify(result), 'application/json');
  const tokenOk = (given: unknown) => sameSecret(given, token);
  const sessionOk = (req: http.IncomingMessage) => sameSecret(cookieValue(req.headers.cookie, SESSION_COOKIE), session);

  const invoke = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('error', () => res.destroy());
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (res.headersSent) return;
      if (size > MAX_BODY) {
        // Closed only once the 413 is out: destroying at once resets the socket before the client reads it.
        chunks.length = 0;
        send(res, 413, 'Request too large', 'text/plain; charset=utf-8', { connection: 'close' });
        res.once('finish', () => req.destroy());
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (res.headersSent) return;
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return sendJson(res, fail('INVALID_INPUT', 'Request body is not JSON'));
      }
      // Anything but {method, input} (null, a number, an array) is refused before it is read.
      if (body === null || typeof body !== 'object' || Array.isArray(body)) return sendJson(res, fail('INVALID_INPUT', 'Request body must be an object {method, input}'));
      const { method, input } = body as { method?: unknown; input?: unknown };
      if (typeof method !== 'string') return sendJson(res, fail('UNKNOWN_METHOD', `Unknown API method (a ${method === null ? 'null' : Array.isArray(method) ? 'list' : typeof method}, not a name)`));
      const signal = options.core.jobs.signalFor(input);
      dispatch(options.core.handlers, method, input, { actor: options.actor, progress: (event) => twin.emit('progress', event), signal }, options.core.log)
        .catch((error: unknown): Result<unknown> => {
          options.core.log.error(`${method} failed outside dispatch`, error);
          return fail('INTERNAL', `Internal error in ${method}; see the log for details.`);
        })
        .then((result) => {
          options.core.jobs.done(input);
          sendJson(res, result);
        })
        .catch((error: unknown) => options.core.log.error('could not answer a call', error));
    });
  };

  const route = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // A page on another origin that resolves a name to 127.0.0.1 (DNS rebinding) sends its own Host.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'Forbidden host');

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return send(res, 405, 'POST only');
      if (!tokenOk(req.headers['x-overstap-token'])) return send(res, 403, 'Bad token');
      return invoke(req, res);
    }
    if (url.pathname === '/api/events') {
      if (!tokenOk(url.searchParams.get('token')) && !sessionOk(req)) return send(res, 403, 'Bad token');
      res.writeHead(200, { ...baseHeaders, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (url.searchParams.has('token')) {
        if (!tokenOk(url.searchParams.get('token'))) return send(res, 403, 'Bad token');
        // The token leaves the address bar (and history) at once; a host-only cookie opens the page from now on.
        return send(res, 303, 'See /', 'text/plain; charset=utf-8', { location: '/', 'set-cookie': `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/` });
      }
      if (!sessionOk(req)) return send(res, 403, 'Open the URL printed by "npm run web" (it carries the access token).');
      // The twin's preload replaces Electron's: same bridge, fetch underneath. Same-origin, so the CSP holds.
      const html = fs
        .readFileSync(indexFile, 'utf8')
        .replace(/<head[^>]*>/i, (tag) => `${tag}\n    <meta name="overstap-token" content="${token}" />\n    <script src="./browser-preload.js"></script>`);
      return send(res, 200, html, TYPES['.html'], { 'content-security-policy': csp });
    }
    if (url.pathname === '/browser-preload.js') return send(res, 200, fs.readFileSync(options.preloadFile), TYPES['.js']);
    const decoded = decodePath(url.pathname);
    if (decoded === null) return send(res, 400, 'Bad path');
    const file = path.resolve(rendererRoot, '.' + decoded);
    if (!file.startsWith(rendererRoot + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'Not found');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    return send(res, 200, fs.readFileSync(file), type, type === TYPES['.html'] ? { 'content-security-policy': csp } : {});
  };

  // No request may end the process (16.2): whatever a route throws becomes a 500 for that request alone.
  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch (error) {
      options.core.log.error('twin request failed', error);
      try {
        send(res, 500, 'Internal error');
      } catch {
        res.destroy();
      }
    }
  });
  server.on('clientError', (_error, socket) => socket.destroy());

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
