import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { DomainError } from '../../shared/api/result';
import type { ApiHandlers } from '../../shared/api/contract';
import { openTestCore, silentLog } from '../helpers/core';

const ctx = { actor: 'tester' };

describe('dispatch', () => {
  it('answers an unknown method with UNKNOWN_METHOD, also for prototype names', async () => {
    const core = await openTestCore();
    try {
      for (const name of ['nope.nothing', 'toString', '__proto__', 42, null]) {
        const r = await dispatch(core.handlers, name, {}, ctx, silentLog);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('UNKNOWN_METHOD');
      }
    } finally {
      core.close();
    }
  });

  it('rejects wrong argument types with INVALID_INPUT and the path of each issue', async () => {
    const core = await openTestCore();
    try {
      const r = await dispatch(core.handlers, 'tasks.list', { roleCode: 42, lang: 'fr' }, ctx, silentLog);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.issues?.map((i) => i.path).sort()).toEqual(['lang', 'roleCode']);
      const extra = await dispatch(core.handlers, 'settings.update', { language: 'nl', evil: true }, ctx, silentLog);
      expect(extra.ok).toBe(false);
      const stillEnglish = await dispatch(core.handlers, 'settings.get', {}, ctx, silentLog);
      expect(stillEnglish.ok && stillEnglish.data).toMatchObject({ language: 'en' });
    } finally {
      core.close();
    }
  });

  it('turns a DomainError into its code and anything else into INTERNAL without leaking the message', async () => {
    const handlers = {
      'app.info': () => {
        throw new DomainError('NOT_FOUND', 'no such thing');
      },
      'dataset.stats': () => {
        throw new Error('secret stack detail');
      },
    } as unknown as ApiHandlers;
    const logged: unknown[] = [];
    const log = { ...silentLog, error: (_m: string, d: unknown) => void logged.push(d) };
    const a = await dispatch(handlers, 'app.info', {}, ctx, log);
    expect(a).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'no such thing' } });
    const b = await dispatch(handlers, 'dataset.stats', {}, ctx, log);
    expect(b.ok).toBe(false);
    if (!b.ok) {
      expect(b.error.code).toBe('INTERNAL');
      expect(b.error.message).not.toContain('secret');
    }
    expect(logged).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown role', async () => {
    const core = await openTestCore();
    try {
      const r = await dispatch(core.handlers, 'tasks.list', { roleCode: '99-9999.00' }, ctx, silentLog);
      expect(r.ok === false && r.error.code).toBe('NOT_FOUND');
    } finally {
      core.close();
    }
  });
});
