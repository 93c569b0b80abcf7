/**
 * createMainWindow(): the locked-down window. Context isolation, sandbox, no Node, preload only.
 */
import { BrowserWindow } from 'electron';
import path from 'node:path';

/** `devTools`: false in the packaged app (16.5); npm start keeps them. */
export function createMainWindow(distDir: string, options: { devTools: boolean } = { devTools: false }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    title: 'Overstap',
    show: false,
    webPreferences: {
      preload: path.join(distDir, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(path.join(distDir, 'renderer', 'index.html'));
  return win;
}
