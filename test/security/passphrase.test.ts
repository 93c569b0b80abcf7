/**
 * Issue 16.5: guessing the employee-mode passphrase. The audit made 200 wrong guesses at about three a
 * second with no delay. Now every guess past a few free ones locks the passphrase for longer, the lock is
 * kept in the database (a restart does not lift it), the right passphrase is refused during it, and the
 * refusal says how long to wait.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { openCore, type Core } from '../../electron/core';
import type { Clock } from '../../electron/platform/ports';
import { seededDbFile, silentLog } from '../helpers/core';

const SECRET = 'planner-secret-1';

function movingClock(start = '2026-03-01T09:00:00.000Z') {
  let t = Date.parse(start);
  const clock: Clock = { now: () => new Date(t).toISOString(), year: () => new Date(t).getUTCFullYear() };
  return { clock, advance: (ms: number) => (t += ms) };
}

async function answer(core: Core, method: string, input: unknown) {
  const r = await dispatch(core.handlers, method, input, { actor: 'guesser' }, silentLog);
  return r.ok ? { code: 'ok', message: '', retry: null } : { code: r.error.code, message: r.error.message, retry: Number(r.error.issues?.find((i) => i.path === 'retryAfterSeconds')?.message ?? NaN) };
}

describe('passphrase brute force (16.5)', () => {
  it('200 guesses at 3 per second: only the first few are heard, the lock survives a restart, the right passphrase waits for it to end', async () => {
    const file = await seededDbFile();
    const time = movingClock();
    let core = await openCore({ dbPath: file, actor: 'planner', clock: time.clock, log: silentLog, startYear: 2026 });
    try {
      expect((await answer(core, 'privacy.setPassphrase', { passphrase: SECRET })).code).toBe('ok');
      expect((await answer(core, 'privacy.enterEmployeeMode', { employeeId: 'E0001' })).code).toBe('ok');
      const codes: string[] = [];
      for (let i = 0; i < 200; i++) {
        codes.push((await answer(core, 'privacy.unlock', { passphrase: `guess-${i}` })).code);
        time.advance(333);
      }
      const heard = codes.filter((c) => c === 'FORBIDDEN').length;
      // 66 s of guessing: three free tries, then locks of 2, 4, 8, 16, 32 s leave room for a handful more.
      expect(heard).toBeLessThanOrEqual(9);
      expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length).toBe(200 - heard);

      const locked = await answer(core, 'privacy.unlock', { passphrase: SECRET });
      expect(locked.code).toBe('TOO_MANY_ATTEMPTS');
      expect(locked.retry).toBeGreaterThan(0);
      expect(locked.message).toMatch(/try again in \d+ (s|min)/);
      expect((await answer(core, 'privacy.status', {})) .code).toBe('ok');
      core.close();

      // A restart does not lift the lock.
      core = await openCore({ dbPath: file, actor: 'planner', clock: time.clock, log: silentLog });
      const still = await answer(core, 'privacy.unlock', { passphrase: SECRET });
      expect(still.code).toBe('TOO_MANY_ATTEMPTS');
      expect(still.retry).toBeLessThanOrEqual(locked.retry!);

      time.advance(still.retry! * 1000 + 1);
      expect((await answer(core, 'privacy.unlock', { passphrase: SECRET })).code).toBe('ok');
      const refusals = core.db.prepare("SELECT action, count(*) AS n FROM audit_log WHERE entity = 'employee_mode' AND action LIKE 'unlock.%' GROUP BY action ORDER BY action").all();
      expect(refusals).toEqual([
        { action: 'unlock.locked', n: 200 - heard + 2 },
        { action: 'unlock.refused', n: heard },
      ]);
    } finally {
      core.close();
    }
  });

  it('a wrong guess after the free ones says how long to wait; the right passphrase afterwards clears the count', async () => {
    const time = movingClock();
    const core = await openCore({ dbPath: await seededDbFile(), actor: 'planner', clock: time.clock, log: silentLog });
    try {
      await answer(core, 'privacy.setPassphrase', { passphrase: SECRET });
      for (let i = 0; i < 2; i++) expect((await answer(core, 'privacy.setPassphrase', { passphrase: 'new-secret-9', current: 'nope' })).message).toBe('Wrong passphrase.');
      const third = await answer(core, 'privacy.setPassphrase', { passphrase: 'new-secret-9', current: 'nope' });
      expect(third).toMatchObject({ code: 'FORBIDDEN', retry: 2 });
      expect(third.message).toMatch(/Wait 2 s/);
      time.advance(2_001);
      expect((await answer(core, 'privacy.setPassphrase', { passphrase: 'new-secret-9', current: SECRET })).code).toBe('ok');
      // The count starts again: three free tries.
      for (let i = 0; i < 2; i++) expect((await answer(core, 'privacy.setPassphrase', { passphrase: 'x-secret-10', current: 'nope' })).retry).toBeNaN();
    } finally {
      core.close();
    }
  });
});
