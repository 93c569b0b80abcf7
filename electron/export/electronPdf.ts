/**
 * The Electron printer: Chromium's webContents.printToPDF in hidden, locked-down windows — A4, print
 * background, the running header and page numbers.
 *  - Report pages: the same report.html the CLI prints, loaded with the app's preload, so it reads its data
 *    through window.hrApi like every page (the IPC sender check accepts report.html beside index.html).
 *  - Self-contained HTML (access exports, the worker notice, the DPIA …): its own session with JavaScript
 *    off and every request but the document itself refused; the app's session keeps its file-only filter.
 * Wiring (electron/main.ts): openCore({ …, pdf: createElectronPdfPrinter({ distDir }) }).
 */
import { BrowserWindow, session, type Session } from 'electron';
import path from 'node:path';
import { DomainError } from '../../shared/api/result';
import { headerFooter, PAGE_MARGINS_MM, READ_PAGE_STATE, reportQuery, type PdfPrinter, type ReportPageState } from './pdf';

interface ElectronPrinterOptions {
  /** dist/ of the app: dist/renderer/report.html and dist/electron/preload.cjs live under it. */
  distDir: string;
  timeoutMs?: number;
}

const inches = (mm: number) => mm / 25.4;
const MARGINS = { top: inches(PAGE_MARGINS_MM.top), bottom: inches(PAGE_MARGINS_MM.bottom), left: inches(PAGE_MARGINS_MM.left), right: inches(PAGE_MARGINS_MM.right) };

export function createElectronPdfPrinter(options: ElectronPrinterOptions): PdfPrinter {
  const timeoutMs = options.timeoutMs ?? 180_000;
  // Made on first use: a session needs the app to be ready, and most runs print no document.
  let printSession: Session | null = null;
  const documentSession = (): Session => {
    if (printSession) return printSession;
    printSession = session.fromPartition('overstap-print');
    printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
    printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    return printSession;
  };

  return {
    async printReport(report) {
      const win = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        webPreferences: {
          preload: path.join(options.distDir, 'electron', 'preload.cjs'),
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webviewTag: false,
          spellcheck: false,
          devTools: false,
        },
      });
      try {
        await win.loadFile(path.join(options.distDir, 'renderer', 'report.html'), { search: reportQuery(report) });
        const deadline = Date.now() + timeoutMs;
        let state: ReportPageState;
        for (;;) {
          state = (await win.webContents.executeJavaScript(READ_PAGE_STATE)) as ReportPageState;
          if (state.ready || state.error) break;
          if (Date.now() > deadline) throw new DomainError('INTERNAL', 'The report page did not finish rendering in time.');
          await new Promise((r) => setTimeout(r, 100));
        }
        if (state.error) throw new DomainError('INTERNAL', `The report page failed: ${state.error}`);
        const { headerTemplate, footerTemplate } = headerFooter(state.header, { page: state.page, of: state.of });
        return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate, footerTemplate, margins: MARGINS });
      } finally {
        win.destroy();
      }
    },

    async printHtml(html, o) {
      const win = new BrowserWindow({
        show: false,
        webPreferences: { session: documentSession(), javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
      });
      try {
        await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
        const { headerTemplate, footerTemplate } = headerFooter(o.header, { page: o.page, of: o.of });
        return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate, footerTemplate, margins: MARGINS });
      } finally {
        win.destroy();
      }
    },
  };
}
