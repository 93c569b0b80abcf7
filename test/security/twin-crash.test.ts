/**
 * Issue 16.2: requests that ended the browser twin's process. Each is sent to a twin running in its own
 * process; afterwards the process is alive and answers a real call. None of the unauthenticated ones may
 * reach the API, and the authenticated ones get an error envelope, never a dropped connection.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { raw, startChildTwin, type ChildTwin } from './support/twin';

const nonAscii = 'é'.repeat(32);
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

describe('no request ends the twin (16.2)', () => {
  let twin: ChildTwin;
  // One twin for all the requests; a fresh one only when an attack killed the last (so each attack is judged alone).
  beforeEach(async () => {
    const alive = twin && !twin.exited() && (await raw(twin.port, { path: '/favicon.svg' })) !== null;
    if (!alive) twin = await startChildTwin();
  }, 60_000);
  afterAll(async () => twin?.stop());

  const post = (body: string, token = twin.token) => raw(twin.port, { method: 'POST', path: '/api/invoke', headers: { 'content-type': 'application/json', 'x-overstap-token': token }, body });

  async function stillAnswers(): Promise<void> {
    expect(twin.exited(), twin.stderr()).toBe(false);
    const r = await post(JSON.stringify({ method: 'app.info', input: {} }));
    expect(r?.status).toBe(200);
    expect(JSON.parse(r!.body)).toMatchObject({ ok: true, data: { organisation: 'Demo BV' } });
  }

  const withoutToken: [string, () => ReturnType<typeof raw>][] = [
    ['GET /% (bad URI encoding)', () => raw(twin.port, { path: '/%' })],
    ['GET /%E0%A4%A and /assets/%ff', () => raw(twin.port, { path: '/%E0%A4%A' }).then(() => raw(twin.port, { path: '/assets/%ff' }))],
    ['a 32-character non-ASCII token in the header', () => post(JSON.stringify({ method: 'app.info', input: {} }), nonAscii)],
    ['a 32-character non-ASCII token in the page URL', () => raw(twin.port, { path: `/?token=${encodeURIComponent(nonAscii)}` })],
    ['a 32-character non-ASCII token in the events URL', () => raw(twin.port, { path: `/api/events?token=${encodeURIComponent(nonAscii)}` })],
    ['a token of broken percent-encoding', () => raw(twin.port, { path: '/?token=%' + 'z'.repeat(31) })],
  ];
  for (const [name, attack] of withoutToken) {
    it(`survives ${name}, which never reaches the API`, async () => {
      const r = await attack();
      if (r) expect([400, 403, 404]).toContain(r.status);
      await stillAnswers();
    });
  }

  const withToken: [string, string][] = [
    ['a null body', 'null'],
    ['a body that is a number, a string or an array', '1'],
    ['a body that is a string', '"app.info"'],
    ['a body that is an array', '[]'],
    ['a method name nested 5,000 levels deep', `{"method":${deep(5000)},"input":{}}`],
    ['an input nested 5,000 levels deep', `{"method":"tasks.list","input":{"roleCode":${deep(5000)}}}`],
    ['a body nested 200,000 levels deep', deep(200_000)],
    ['prototype keys', '{"method":"__proto__","input":{"__proto__":{"polluted":true}}}'],
  ];
  for (const [name, body] of withToken) {
    it(`answers ${name} with an error envelope and stays up`, async () => {
      const r = await post(body);
      expect(r).not.toBeNull();
      expect(r!.status).toBeLessThan(500);
      expect(JSON.parse(r!.body)).toMatchObject({ ok: false });
      expect(JSON.parse(r!.body).error.code).not.toBe('INTERNAL');
      await stillAnswers();
    });
  }
});
