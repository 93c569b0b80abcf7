/**
 * The Electron printer for self-contained HTML documents (access exports, the worker notice, the DPIA …):
 * a hidden window in its own session with JavaScript off and every request but the document itself
 * refused, printed with webContents.printToPDF. The app's session keeps its file-only request filter.
 */
import { BrowserWindow, session } from 'electron';
import type { HtmlPdfPrinter } from '../privacy/pdf';
import { headerFooter, PAGE_MARGINS_MM } from './pdf';

const inches = (mm: number) => mm / 25.4;

export function createElectronHtmlPrinter(): HtmlPdfPrinter {
  const printSession = session.fromPartition('overstap-print');
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
  printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  return async (html, o) => {
    const win = new BrowserWindow({
      show: false,
      webPreferences: { session: printSession, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    try {
      await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      const { headerTemplate, footerTemplate } = headerFooter(o.header, { page: o.page, of: o.of });
      return await win.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate,
        footerTemplate,
        margins: { top: inches(PAGE_MARGINS_MM.top), right: inches(PAGE_MARGINS_MM.right), bottom: inches(PAGE_MARGINS_MM.bottom), left: inches(PAGE_MARGINS_MM.left) },
      });
    } finally {
      win.destroy();
    }
  };
}
