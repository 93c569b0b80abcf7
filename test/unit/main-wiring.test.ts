/**
 * The Electron main process, with a fake 'electron' (the runtime cannot be downloaded here, TOOLCHAIN G3):
 * it takes the single-instance lock, opens the database with the Electron-ABI binding when that exists,
 * registers hr:invoke with a sender check, and creates a locked-down window.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import path from 'node:path';

const state = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  windows: [] as { options: Record<string, unknown>; loaded: string | null }[],
  openCoreOptions: [] as Record<string, unknown>[],
  existing: new Set<string>(),
  ready: null as null | (() => void),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    loaded: string | null = null;
    constructor(public options: Record<string, unknown>) {
      state.windows.push(this as unknown as { options: Record<string, unknown>; loaded: string | null });
    }
    once() {}
    loadFile(file: string) {
      this.loaded = file;
      return Promise.resolve();
    }
  }
  const webRequest = { onBeforeRequest: vi.fn() };
  return {
    app: {
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn(),
      quit: vi.fn(),
      isPackaged: false,
      getPath: vi.fn(() => '/tmp/overstap-user-data'),
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
    },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => state.handlers.set(channel, fn) },
    session: {
      defaultSession: { webRequest, setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
      fromPartition: () => ({ webRequest: { onBeforeRequest: vi.fn() }, setPermissionRequestHandler: vi.fn() }),
    },
  };
});

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const existsSync = (p: string) => state.existing.has(p) || real.existsSync(p);
  return { ...real, default: { ...real, existsSync }, existsSync };
});

vi.mock('../../electron/core', () => ({
  openCore: vi.fn(async (options: Record<string, unknown>) => {
    state.openCoreOptions.push(options);
    const { createJobRegistry } = await import('../../electron/api/jobs');
    return { handlers: { 'app.info': () => ({ ok: 1 }) }, jobs: createJobRegistry(), log: console, close: vi.fn() };
  }),
}));

beforeEach(() => {
  vi.resetModules();
  state.handlers.clear();
  state.windows.length = 0;
  state.openCoreOptions.length = 0;
  state.existing.clear();
});
afterEach(() => vi.clearAllMocks());

async function startMain(): Promise<void> {
  await import('../../electron/main');
  state.ready!();
  await vi.waitFor(() => expect(state.windows.length).toBe(1));
}

describe('electron/main.ts', () => {
  it('loads the Electron-ABI better-sqlite3 binding when it exists beside the Node build', async () => {
    // main.ts takes the app root as two folders above its own (dist/electron/ in the bundle, electron/ here).
    const appRoot = path.resolve(__dirname, '..', '..', 'electron', '..', '..');
    const binding = path.join(appRoot, '.electron-sqlite', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    state.existing.add(binding);
    await startMain();
    expect(state.openCoreOptions[0]!.nativeBinding).toBe(binding);
    expect(state.openCoreOptions[0]!.dbPath).toBe(path.join('/tmp/overstap-user-data', 'overstap.db'));
  });

  it('uses the default binding when none was built for Electron', async () => {
    await startMain();
    expect(state.openCoreOptions[0]!.nativeBinding).toBeUndefined();
  });

  it('creates a locked-down window and answers hr:invoke only for its own page', async () => {
    await startMain();
    const prefs = state.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    const invoke = state.handlers.get('hr:invoke')!;
    const foreign = await invoke({ senderFrame: { url: 'https://evil.example/' }, sender: {} }, 'app.info', {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const ownUrl = 'file://' + state.windows[0]!.loaded!;
    const own = await invoke({ senderFrame: { url: ownUrl }, sender: { isDestroyed: () => false, send: vi.fn() } }, 'app.info', {});
    expect(own).toEqual({ ok: true, data: { ok: 1 } });
    // The print-styled report page beside it may call too (PDF exports), with its request in the query.
    const reportUrl = ownUrl.replace('index.html', 'report.html') + '?what=plans&lang=nl';
    const report = await invoke({ senderFrame: { url: reportUrl }, sender: { isDestroyed: () => false, send: vi.fn() } }, 'app.info', {});
    expect(report).toEqual({ ok: true, data: { ok: 1 } });
  });
});
