/**
 * The Electron printer: the same report.html the CLI prints, loaded in a hidden, locked-down window with
 * the app's preload (so it reads its data through window.hrApi like every page), printed with
 * webContents.printToPDF — A4, print background, the running header and page numbers.
 *
 * Wiring (electron/main.ts): openCore({ …, pdf: createElectronPdfPrinter({ distDir }) }); and the IPC
 * sender check must also accept the report page (report.html beside index.html, any query).
 */
import { BrowserWindow } from 'electron';
import path from 'node:path';
import { DomainError } from '../../shared/api/result';
import { headerFooter, PAGE_MARGINS_MM, READ_PAGE_STATE, reportQuery, type PdfPrinter, type ReportPageState } from './pdf';

export interface ElectronPrinterOptions {
  /** dist/ of the app: dist/renderer/report.html and dist/electron/preload.cjs live under it. */
  distDir: string;
  timeoutMs?: number;
}

const inches = (mm: number) => mm / 25.4;

export function createElectronPdfPrinter(options: ElectronPrinterOptions): PdfPrinter {
  const timeoutMs = options.timeoutMs ?? 180_000;
  return {
    async print(report) {
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
        return await win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate,
          footerTemplate,
          margins: { top: inches(PAGE_MARGINS_MM.top), bottom: inches(PAGE_MARGINS_MM.bottom), left: inches(PAGE_MARGINS_MM.left), right: inches(PAGE_MARGINS_MM.right) },
        });
      } finally {
        win.destroy();
      }
    },
  };
}
