import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from '../../renderer/src/api/client';
import { createFakeBridge, FakeApiFailure } from './fakeBridge';

describe('createApiClient', () => {
  it('unwraps an ok envelope into its data', async () => {
    const api = createApiClient(createFakeBridge({ 'settings.get': () => ({ language: 'nl', minGroupSize: 5, pseudonymised: false }) }));
    await expect(api.invoke('settings.get', {})).resolves.toEqual({ language: 'nl', minGroupSize: 5, pseudonymised: false });
  });

  it('throws ApiError with code, message and issues for an error envelope', async () => {
    const bridge = createFakeBridge({
      'tasks.list': () => {
        throw new FakeApiFailure('INVALID_INPUT', 'bad role', [{ path: 'roleCode', message: 'expected a role code' }]);
      },
    });
    const error = await createApiClient(bridge)
      .invoke('tasks.list', { roleCode: 'nope' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: 'bad role', issues: [{ path: 'roleCode', message: 'expected a role code' }] });
  });

  it('passes method and input to the bridge unchanged', async () => {
    const bridge = createFakeBridge({ 'roles.list': () => ({ roles: [] }) });
    await createApiClient(bridge).invoke('roles.list', { lang: 'nl', family: 'target' });
    expect(bridge.calls).toEqual([{ method: 'roles.list', input: { lang: 'nl', family: 'target' } }]);
  });

  it('turns a rejecting bridge and a missing bridge into INTERNAL errors', async () => {
    const broken = { invoke: () => Promise.reject(new Error('socket closed')), onEvent: () => () => {} };
    await expect(createApiClient(broken).invoke('app.info', {})).rejects.toMatchObject({ code: 'INTERNAL', message: 'socket closed' });
    await expect(createApiClient(undefined).invoke('app.info', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('passes events through and unsubscribes', () => {
    const bridge = createFakeBridge({});
    const api = createApiClient(bridge);
    const cb = vi.fn();
    const off = api.onEvent('changed', cb);
    bridge.emit('changed', { entity: 'settings' });
    off();
    bridge.emit('changed', { entity: 'roles' });
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb).toHaveBeenCalledWith({ entity: 'settings' });
  });
});
