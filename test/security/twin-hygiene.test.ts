/**
 * Issue 16.8: the twin's token leaves the address bar at once (a cookie bound to 127.0.0.1 carries the page
 * from then on), and every answer says no-referrer and carries the renderer's own CSP as a header.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli';
import { raw, startChildTwin, type ChildTwin } from './support/twin';

const metaCsp = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
const directives = (csp: string) => csp.split(';').map((d) => d.trim()).filter(Boolean);

describe('twin hygiene (16.8)', () => {
  let twin: ChildTwin;
  beforeAll(async () => {
    twin = await startChildTwin();
  }, 60_000);
  afterAll(async () => twin?.stop());

  it('trades the token in the URL for an HttpOnly, SameSite=Strict cookie bound to 127.0.0.1, and redirects to a clean URL', async () => {
    const first = await raw(twin.port, { path: `/?token=${twin.token}` });
    expect(first!.status).toBe(303);
    expect(first!.headers.location).toBe('/');
    const cookie = String(first!.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    // Host-only: no Domain attribute, so the browser sends it to 127.0.0.1 alone.
    expect(cookie).not.toMatch(/Domain=/i);
    const pair = cookie.split(';')[0]!;
    expect(pair).not.toContain(twin.token);
    const page = await raw(twin.port, { path: '/', headers: { cookie: pair } });
    expect(page!.status).toBe(200);
    expect(page!.body).toContain('<div id="root">');
    // Without the cookie (or with another one) the page stays shut.
    expect((await raw(twin.port, { path: '/' }))!.status).toBe(403);
    expect((await raw(twin.port, { path: '/', headers: { cookie: 'overstap_session=' + 'x'.repeat(43) } }))!.status).toBe(403);
    // The cookie opens the page, not the API: a call still needs the token header.
    expect((await raw(twin.port, { method: 'POST', path: '/api/invoke', headers: { cookie: pair }, body: '{"method":"app.info","input":{}}' }))!.status).toBe(403);
  });

  it('sends Referrer-Policy: no-referrer on every answer and the renderer CSP with the page', async () => {
    const source = fs.readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8');
    const first = await raw(twin.port, { path: `/?token=${twin.token}` });
    const cookie = String(first!.headers['set-cookie']).split(';')[0]!;
    const page = await raw(twin.port, { path: '/', headers: { cookie } });
    const header = String(page!.headers['content-security-policy']);
    for (const d of directives(metaCsp(source))) expect(directives(header)).toContain(d);
    expect(directives(header)).toContain("frame-ancestors 'none'");
    const answers = [first, page, await raw(twin.port, { path: '/missing.js' }), await raw(twin.port, { path: '/' }), await raw(twin.port, { method: 'POST', path: '/api/invoke', headers: { 'x-overstap-token': twin.token }, body: '{"method":"app.info","input":{}}' })];
    for (const r of answers) expect(r!.headers['referrer-policy']).toBe('no-referrer');
  });
});
