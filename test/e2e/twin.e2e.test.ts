import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type E2eSession } from './support/session';

// The twin's own guarantees, over real HTTP: loopback only, token required, same API.
describe('the browser twin', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => s?.close());

  it('listens on 127.0.0.1 only and refuses calls without the per-run token', async () => {
    expect(s.twin.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const base = `http://127.0.0.1:${s.twin.port}`;
    const noToken = await fetch(`${base}/api/invoke`, { method: 'POST', body: JSON.stringify({ method: 'app.info', input: {} }) });
    expect(noToken.status).toBe(403);
    const wrong = await fetch(`${base}/api/invoke`, { method: 'POST', headers: { 'x-overstap-token': 'x'.repeat(s.twin.token.length) }, body: '{}' });
    expect(wrong.status).toBe(403);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(403);
  });

  it('answers the same API with the same envelope, including bad input', async () => {
    const base = `http://127.0.0.1:${s.twin.port}`;
    const post = (body: unknown) =>
      fetch(`${base}/api/invoke`, { method: 'POST', headers: { 'x-overstap-token': s.twin.token }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<Record<string, unknown>>);
    expect(await post({ method: 'app.info', input: {} })).toMatchObject({ ok: true, data: { organisation: 'Demo BV' } });
    expect(await post({ method: 'no.such', input: {} })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await post({ method: 'tasks.list', input: { roleCode: 7 } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const junk = await fetch(`${base}/api/invoke`, { method: 'POST', headers: { 'x-overstap-token': s.twin.token }, body: '{not json' });
    expect(await junk.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a foreign Host header (DNS rebinding) and path traversal', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request({ host: '127.0.0.1', port: s.twin.port, path: `/?token=${s.twin.token}`, headers: { host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0));
      req.end();
    });
    expect(status).toBe(403);
    const traversal = await fetch(`http://127.0.0.1:${s.twin.port}/..%2f..%2fpackage.json`);
    expect(traversal.status).toBe(404);
  });
});
