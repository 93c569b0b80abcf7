/**
 * Printing the privacy documents and access exports (Markdown → print-styled HTML → PDF). The host may
 * register its own HTML printer (Electron: a hidden, offline BrowserWindow + webContents.printToPDF);
 * otherwise the system Chromium prints through playwright-core, loaded lazily so the Electron bundle never
 * pulls it in — the same browser and flags as the report printer (electron/export/chromiumPdf.ts).
 * The page has JavaScript off and every request is aborted: the HTML is self-contained.
 */
import fs from 'node:fs';
import { DomainError } from '../../shared/api/result';
import { headerFooter, PAGE_MARGINS_MM } from '../export/pdf';

export type HtmlPdfPrinter = (html: string, o: { header: string; page: string; of: string }) => Promise<Buffer>;

let registered: HtmlPdfPrinter | null = null;

/** For the Electron main process: print with printToPDF instead of playwright-core. */
export function registerHtmlPdfPrinter(printer: HtmlPdfPrinter | null): void {
  registered = printer;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function printHtml(html: string, o: { header: string; page: string; of: string }): Promise<Buffer> {
  if (registered) return registered(html, o);
  const executablePath = process.env.OVERSTAP_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new DomainError('INVALID_INPUT', `PDF needs Chromium, which was not found at ${executablePath}. Install it or set OVERSTAP_CHROMIUM; Markdown/JSON work without it.`);
  const specifier = 'playwright-core';
  const { chromium } = (await import(/* @vite-ignore */ specifier)) as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const mm = (n: number) => `${n}mm`;
    const { headerTemplate, footerTemplate } = headerFooter(o.header, { page: o.page, of: o.of });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate,
      footerTemplate,
      margin: { top: mm(PAGE_MARGINS_MM.top), right: mm(PAGE_MARGINS_MM.right), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left) },
    });
  } finally {
    await browser.close().catch(() => {});
  }
}
