/**
 * The Electron main process: lifecycle only. Single instance, open the database (migrate, seed),
 * register IPC, create the window. Everything else lives in the core.
 */
import { app, dialog, Menu, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCore, type Core } from './core';
import { DomainError } from '../shared/api/result';
import { osUserName } from './platform/paths';
import { findLatestBackup } from './cli/backups';
import { pickNativeBinding } from './nativeBinding';
import { installSecurity } from './security';
import { registerIpc } from './ipc';
import { createMainWindow } from './window';
import { packagedMenuTemplate } from './menu';
import { tightenDir } from './platform/files';
import { createElectronPdfPrinter } from './export/electronPdf';

// dist/electron/main.cjs → the app root is two levels up, the built renderer in dist/renderer.
const distDir = path.resolve(__dirname, '..');
const appRoot = path.resolve(distDir, '..');
const rendererIndexUrl = pathToFileURL(path.join(distDir, 'renderer', 'index.html')).href;
// The print-styled report page (PDF exports) reads its data through the same bridge.
const rendererReportUrl = pathToFileURL(path.join(distDir, 'renderer', 'report.html')).href;

let core: Core | null = null;
let win: BrowserWindow | null = null;

app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  installSecurity(rendererIndexUrl, { packaged: app.isPackaged });
  // The default menu offers Reload and DevTools: the installed app gets a plain one (16.5).
  if (app.isPackaged) Menu.setApplicationMenu(Menu.buildFromTemplate(packagedMenuTemplate(process.platform)));
  // The user-data folder holds the database, its backups and the erasure key: the owner's alone (16.7).
  tightenDir(app.getPath('userData'));
  const dbPath = path.join(app.getPath('userData'), 'overstap.db');
  const actor = osUserName();
  try {
    // The one printer of this process: report pages and documents both print through Electron's Chromium.
    core = await openCore({ dbPath, actor, nativeBinding: pickNativeBinding(appRoot, app.isPackaged, fs.existsSync), pdf: createElectronPdfPrinter({ distDir }) });
  } catch (error) {
    const backup = findLatestBackup(dbPath);
    const message = error instanceof DomainError ? error.message : String(error);
    dialog.showErrorBox(
      'Overstap cannot open its database',
      `${message}${backup ? `\n\nThe latest backup is ${backup}. Restore it from the command line: overstap restore "${backup}" --yes` : ''}`,
    );
    app.quit();
    return;
  }
  registerIpc(core, actor, [rendererIndexUrl, rendererReportUrl]);
  win = createMainWindow(distDir, { devTools: !app.isPackaged });
}
