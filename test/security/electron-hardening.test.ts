/**
 * Issue 16.5, the Electron part (by reading in the audit; the runtime cannot run here): the packaged app has
 * no DevTools and no default menu with reload or DevTools, and electron-builder flips Electron's fuses.
 * Tested on the config itself and on the shell wired to a fake 'electron', as main-wiring.test.ts does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../helpers/cli';

const state = vi.hoisted(() => ({
  packaged: false,
  windows: [] as { options: Record<string, unknown> }[],
  menus: [] as unknown[],
  beforeRequest: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  appHandlers: new Map<string, (...args: unknown[]) => void>(),
  ready: null as null | (() => void),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(public options: Record<string, unknown>) {
      state.windows.push(this as unknown as { options: Record<string, unknown> });
    }
    once() {}
    loadFile() {
      return Promise.resolve();
    }
  }
  return {
    app: {
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((event: string, fn: (...args: unknown[]) => void) => state.appHandlers.set(event, fn)),
      quit: vi.fn(),
      get isPackaged() {
        return state.packaged;
      },
      getPath: vi.fn(() => '/tmp/overstap-user-data'),
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => state.menus.push(menu),
    },
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn() },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: (fn: typeof state.beforeRequest) => (state.beforeRequest = fn) },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
      fromPartition: () => ({ webRequest: { onBeforeRequest: vi.fn() }, setPermissionRequestHandler: vi.fn() }),
    },
  };
});

vi.mock('../../electron/core', () => ({
  openCore: vi.fn(async () => {
    const { createJobRegistry } = await import('../../electron/api/jobs');
    return { handlers: {}, jobs: createJobRegistry(), log: console, close: vi.fn() };
  }),
}));

beforeEach(() => {
  vi.resetModules();
  state.windows.length = 0;
  state.menus.length = 0;
  state.appHandlers.clear();
  state.beforeRequest = null;
});
afterEach(() => vi.clearAllMocks());

async function startMain(packaged: boolean): Promise<void> {
  state.packaged = packaged;
  await import('../../electron/main');
  state.ready!();
  await vi.waitFor(() => expect(state.windows.length).toBe(1));
}

const roles = (menu: unknown): string[] => {
  const out: string[] = [];
  const walk = (items: unknown) => {
    for (const item of (items as { role?: string; submenu?: unknown }[]) ?? []) {
      if (item.role) out.push(item.role);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    }
  };
  walk((menu as { template?: unknown } | null)?.template ?? []);
  return out;
};

describe('the packaged app is closed to DevTools (16.5)', () => {
  it('turns DevTools off in the window, drops the View menu and refuses devtools:// when packaged', async () => {
    await startMain(true);
    const prefs = state.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs.devTools).toBe(false);
    expect(state.menus).toHaveLength(1);
    const r = roles(state.menus[0]);
    for (const role of ['toggleDevTools', 'reload', 'forceReload', 'viewMenu']) expect(r).not.toContain(role);
    expect(r).toContain('editMenu');
    let cancelled: boolean | null = null;
    state.beforeRequest!({ url: 'devtools://devtools/bundled/inspector.html' }, (x) => (cancelled = x.cancel));
    expect(cancelled).toBe(true);
    // A DevTools window opened some other way is closed again.
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn(), closeDevTools: vi.fn() };
    state.appHandlers.get('web-contents-created')!({}, contents);
    const opened = contents.on.mock.calls.find((c) => c[0] === 'devtools-opened');
    expect(opened).toBeDefined();
    (opened![1] as () => void)();
    expect(contents.closeDevTools).toHaveBeenCalled();
  });

  it('keeps DevTools for development (npm start)', async () => {
    await startMain(false);
    const prefs = state.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs.devTools).toBe(true);
  });
});

describe('electron-builder flips the Electron fuses (16.5)', () => {
  it('sets runAsNode off, cookie encryption on, embedded asar integrity on, only load the app from asar', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { build: { electronFuses?: Record<string, boolean>; asar?: boolean } };
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
    // The fuses about asar mean nothing without it.
    expect(pkg.build.asar).not.toBe(false);
  });
});
