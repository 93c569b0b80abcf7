import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage } from '../../renderer/src/i18n/detect';
import { createApiClient } from '../../renderer/src/api/client';
import { createAppStore } from '../../renderer/src/state/store';
import { catalogueHandlers, createFakeBridge, FakeApiFailure, listTasks, type FakeHandlers } from './fakeBridge';

function setup(overrides: FakeHandlers = {}) {
  const handlers = catalogueHandlers(overrides);
  const bridge = createFakeBridge(handlers);
  const store = createAppStore(createApiClient(bridge));
  return { bridge, store, handlers };
}

/** A promise you resolve by hand, to hold an API answer back. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('settings slice', () => {
  it('init loads settings and app info, then roles and the default role in the saved language', async () => {
    const { store, bridge, handlers } = setup();
    handlers.settings.language = 'nl';
    await store.getState().init();
    const s = store.getState();
    expect(s.language).toBe('nl');
    expect(s.info?.organisation).toBe('Demo Zorgverzekeraar');
    expect(s.startup.status).toBe('idle');
    expect(bridge.callsOf('roles.list')).toEqual([{ lang: 'nl' }]);
    // the current role with the most people opens first
    expect(s.selectedRoleCode).toBe('43-4051.00');
    expect(bridge.callsOf('tasks.list')).toEqual([{ roleCode: '43-4051.00', lang: 'nl' }]);
    expect(s.tasks[0].statement).toBe('Klantvragen beantwoorden per telefoon en e-mail');
  });

  describe('language at start (13)', () => {
    afterEach(() => vi.unstubAllGlobals());
    const onSystem = (languages: string[]) => vi.stubGlobal('navigator', { ...navigator, languages, language: languages[0] });

    it('picks the first of the reader\'s languages the app has: nl for any nl-*, else en', () => {
      expect(detectLanguage(['nl-BE', 'en-GB'])).toBe('nl');
      expect(detectLanguage(['de-DE', 'nl'])).toBe('nl');
      expect(detectLanguage(['en-US', 'nl-NL'])).toBe('en');
      expect(detectLanguage(['fr-FR'])).toBe('en');
      expect(detectLanguage([])).toBe('en');
      expect(detectLanguage(undefined)).toBe('en');
    });

    it('a Dutch system opens in Dutch while no language was chosen, without recording a choice', async () => {
      onSystem(['nl-NL', 'en-US']);
      const { store, bridge, handlers } = setup();
      Object.assign(handlers.settings, { language: 'en', languageChosen: false });
      expect(store.getState().language).toBe('nl');
      await store.getState().init();
      expect(store.getState().language).toBe('nl');
      expect(bridge.callsOf('roles.list')).toEqual([{ lang: 'nl' }]);
      expect(bridge.callsOf('settings.update')).toEqual([]);
    });

    it('a chosen language wins over the system\'s, and choosing the shown one records it', async () => {
      onSystem(['nl-NL']);
      const chosen = setup();
      Object.assign(chosen.handlers.settings, { language: 'en', languageChosen: true });
      await chosen.store.getState().init();
      expect(chosen.store.getState().language).toBe('en');

      const fresh = setup();
      Object.assign(fresh.handlers.settings, { language: 'en', languageChosen: false });
      await fresh.store.getState().init();
      await fresh.store.getState().setLanguage('nl');
      expect(fresh.bridge.callsOf('settings.update')).toEqual([{ language: 'nl' }]);
      expect(fresh.store.getState().settings?.languageChosen).toBe(true);
    });
  });

  it('init records a startup error but still loads the catalogue', async () => {
    const { store } = setup({
      'settings.get': () => {
        throw new FakeApiFailure('DB_CORRUPT', 'database disk image is malformed');
      },
    });
    await store.getState().init();
    expect(store.getState().startup).toMatchObject({ status: 'error', error: { code: 'DB_CORRUPT' } });
    expect(store.getState().roles).toHaveLength(4);
  });

  it('setLanguage persists through settings.update and reloads roles and tasks in that language', async () => {
    const { store, bridge, handlers } = setup();
    await store.getState().init();
    bridge.calls.length = 0;
    await store.getState().setLanguage('nl');
    expect(bridge.callsOf('settings.update')).toEqual([{ language: 'nl' }]);
    expect(handlers.settings.language).toBe('nl');
    expect(bridge.callsOf('roles.list')).toEqual([{ lang: 'nl' }]);
    expect(bridge.callsOf('tasks.list')).toEqual([{ roleCode: '43-4051.00', lang: 'nl' }]);
    const s = store.getState();
    expect(s.language).toBe('nl');
    expect(s.settings?.language).toBe('nl');
    expect(s.roles.find((r) => r.code === '43-4051.00')?.title).toBe('Klantenservicemedewerkers');
    expect(s.taskRole?.title).toBe('Klantenservicemedewerkers');
  });

  it('setLanguage to the current language does nothing', async () => {
    const { store, bridge } = setup();
    await store.getState().init();
    bridge.calls.length = 0;
    await store.getState().setLanguage('en');
    expect(bridge.calls).toEqual([]);
  });

  it('a failed save keeps the language for the session and reports the error', async () => {
    const { store } = setup({
      'settings.update': () => {
        throw new FakeApiFailure('INTERNAL', 'disk full');
      },
    });
    await store.getState().init();
    await store.getState().setLanguage('nl');
    expect(store.getState().language).toBe('nl');
    expect(store.getState().settingsSave).toMatchObject({ status: 'error', error: { code: 'INTERNAL', message: 'disk full' } });
    store.getState().dismissSettingsError();
    expect(store.getState().settingsSave.status).toBe('idle');
  });
});

describe('catalogue slice', () => {
  it('loadRoles fills the roles and selects the default role', async () => {
    const { store } = setup();
    await store.getState().loadRoles();
    expect(store.getState().roles.map((r) => r.code)).toEqual(['43-4051.00', '11-2021.00', 'ovs-ai-content-specialist', 'ovs-prompt-ops']);
    expect(store.getState().rolesState.status).toBe('idle');
    expect(store.getState().tasks).toHaveLength(4);
  });

  it('selecting a role loads its tasks, showing loading meanwhile', async () => {
    const { store, bridge } = setup();
    await store.getState().loadRoles();
    const pending = store.getState().selectRole('11-2021.00');
    expect(store.getState().tasksState.status).toBe('loading');
    expect(store.getState().selectedRoleCode).toBe('11-2021.00');
    await pending;
    expect(store.getState().tasksState.status).toBe('idle');
    expect(store.getState().tasks.map((t) => t.id)).toEqual(['5001', '5002']);
    expect(store.getState().taskRole).toEqual({ code: '11-2021.00', title: 'Marketing Managers' });
    expect(bridge.callsOf('tasks.list').at(-1)).toEqual({ roleCode: '11-2021.00', lang: 'en' });
  });

  it('drops the answer of a superseded role selection', async () => {
    const slow = deferred<void>();
    const { store } = setup({
      'tasks.list': async (input) => {
        if (input.roleCode === '43-4051.00') await slow.promise;
        return listTasks(input);
      },
    });
    const first = store.getState().selectRole('43-4051.00');
    await store.getState().selectRole('11-2021.00');
    slow.resolve();
    await first;
    expect(store.getState().selectedRoleCode).toBe('11-2021.00');
    expect(store.getState().tasks.map((t) => t.id)).toEqual(['5001', '5002']);
  });

  it('a failing tasks call sets the error state with its code', async () => {
    const { store } = setup();
    await store.getState().selectRole('ovs-unknown');
    expect(store.getState().tasksState).toMatchObject({ status: 'error', error: { code: 'NOT_FOUND' } });
    expect(store.getState().tasks).toEqual([]);
  });

  it('a failing roles call sets the roles error state', async () => {
    const { store } = setup({
      'roles.list': () => {
        throw new Error('boom');
      },
    });
    await store.getState().loadRoles();
    expect(store.getState().rolesState).toMatchObject({ status: 'error', error: { code: 'INTERNAL' } });
  });

  it('runSearch asks the API with the search param and narrows by the ids it returns', async () => {
    const { store, bridge } = setup();
    await store.getState().loadRoles();
    store.getState().setSearch('complaint');
    await store.getState().runSearch('  complaint ');
    expect(bridge.callsOf('tasks.list').at(-1)).toEqual({ roleCode: '43-4051.00', lang: 'en', search: 'complaint' });
    expect(store.getState().searchIds).toEqual(['3225']);
    expect(store.getState().searchQuery).toBe('complaint');
    // the whole role stays loaded for cards and chart
    expect(store.getState().tasks).toHaveLength(4);
  });

  it('clearing the search shows the whole role at once', async () => {
    const { store } = setup();
    await store.getState().loadRoles();
    await store.getState().runSearch('complaint');
    store.getState().setSearch('');
    expect(store.getState().searchIds).toBeNull();
  });

  it('a pending search is re-run for a newly selected role', async () => {
    const { store, bridge } = setup();
    await store.getState().loadRoles();
    store.getState().setSearch('pricing');
    await store.getState().selectRole('11-2021.00');
    expect(bridge.callsOf('tasks.list').at(-1)).toEqual({ roleCode: '11-2021.00', lang: 'en', search: 'pricing' });
    expect(store.getState().searchIds).toEqual(['5001']);
  });
});

describe('ui slice', () => {
  it('opens on the Dashboard and switches screens', () => {
    const { store } = setup();
    expect(store.getState().screen).toBe('dashboard');
    store.getState().setScreen('tasks');
    expect(store.getState().screen).toBe('tasks');
  });
});
