/**
 * The Chromium printer (twin, CLI, tests): the system Chromium through playwright-core. Report pages are
 * loaded from a browser twin the host hands in (`reportServer`, asked for only when a report is printed),
 * so the printer never builds a core, a handler map or a server of its own. Self-contained HTML documents
 * need no twin at all. Never downloads a browser: /usr/bin/chromium or $OVERSTAP_CHROMIUM.
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { DomainError } from '../../shared/api/result';
import { headerFooter, PAGE_MARGINS_MM, READ_PAGE_STATE, reportQuery, type HtmlPrintOptions, type PdfPrinter, type ReportPageState } from './pdf';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const chromiumPath = (): string => process.env.OVERSTAP_CHROMIUM || '/usr/bin/chromium';

/** Where the report page is served: a running browser twin's port and token. */
interface ReportServer {
  port: number;
  token: string;
}

interface ChromiumPrinterOptions {
  /** The twin that serves report.html and answers its API calls (started by the host, possibly on first use). */
  reportServer: () => Promise<ReportServer>;
  executablePath?: string;
  timeoutMs?: number;
}

const mm = (n: number) => `${n}mm`;
const MARGIN = { top: mm(PAGE_MARGINS_MM.top), right: mm(PAGE_MARGINS_MM.right), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left) };

export function createChromiumPdfPrinter(options: ChromiumPrinterOptions): PdfPrinter {
  const timeoutMs = options.timeoutMs ?? 180_000;

  // Checked before anything is started, so a missing browser costs no twin and no build.
  const launch = async (missingHint: string): Promise<Browser> => {
    const executablePath = options.executablePath ?? chromiumPath();
    if (!fs.existsSync(executablePath)) throw new DomainError('INVALID_INPUT', `PDF needs Chromium, which was not found at ${executablePath}. ${missingHint}`);
    // Loaded on the first print: every CLI command builds this printer, few of them print.
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  };

  return {
    async printReport(report) {
      const browser = await launch('Install it (apt-get install chromium) or set OVERSTAP_CHROMIUM to its path.');
      try {
        const twin = await options.reportServer();
        const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, locale: report.lang === 'nl' ? 'nl-NL' : 'en-GB' });
        const page = await context.newPage();
        const origin = `http://127.0.0.1:${twin.port}`;
        // Nothing but the twin: no request leaves the machine.
        await page.route('**/*', async (route) => {
          const url = new URL(route.request().url());
          if (url.origin !== origin) return route.abort();
          if (url.pathname !== '/report.html') return route.continue();
          // The report page gets the same bridge as the app page: the twin's token and its preload.
          const response = await route.fetch();
          let html = await response.text();
          if (!html.includes('overstap-token')) {
            html = html.replace(/<head[^>]*>/i, (tag) => `${tag}\n    <meta name="overstap-token" content="${twin.token}" />\n    <script src="./browser-preload.js"></script>`);
          }
          return route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-type': 'text/html; charset=utf-8' } });
        });
        const pageErrors: string[] = [];
        page.on('pageerror', (e) => pageErrors.push(e.message));
        await page.goto(`${origin}/report.html?${reportQuery(report)}`, { waitUntil: 'load' });
        const deadline = Date.now() + timeoutMs;
        let state: ReportPageState;
        for (;;) {
          state = (await page.evaluate(READ_PAGE_STATE)) as ReportPageState;
          if (state.ready || state.error) break;
          if (pageErrors.length) throw new DomainError('INTERNAL', `The report page failed: ${pageErrors[0]}`);
          if (Date.now() > deadline) throw new DomainError('INTERNAL', 'The report page did not finish rendering in time.');
          await new Promise((r) => setTimeout(r, 100));
        }
        if (state.error) {
          const [code, ...rest] = state.error.split(': ');
          const known = ['NOT_FOUND', 'INVALID_INPUT', 'CONFLICT'];
          throw new DomainError(known.includes(code!) ? (code as 'NOT_FOUND') : 'INTERNAL', rest.join(': ') || state.error);
        }
        await page.emulateMedia({ media: 'print' });
        const { headerTemplate, footerTemplate } = headerFooter(state.header, { page: state.page, of: state.of });
        const pdf = await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate, footerTemplate, margin: MARGIN });
        await context.close();
        return pdf;
      } finally {
        await browser.close().catch(() => {});
      }
    },

    async printHtml(html: string, o: HtmlPrintOptions) {
      const browser = await launch('Install it or set OVERSTAP_CHROMIUM; Markdown/JSON work without it.');
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        const { headerTemplate, footerTemplate } = headerFooter(o.header, { page: o.page, of: o.of });
        return await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate, footerTemplate, margin: MARGIN });
      } finally {
        await browser.close().catch(() => {});
      }
    },
  };
}
