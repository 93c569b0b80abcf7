/**
 * The Chromium printer (twin, CLI, tests): starts the browser twin in-process on the same core, opens
 * report.html in the system Chromium through playwright-core, waits until the page says it is ready,
 * and prints it with page.pdf (print media, A4, margins, running header and page numbers).
 * Never downloads a browser: /usr/bin/chromium or $OVERSTAP_CHROMIUM.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DomainError } from '../../shared/api/result';
import type { Core } from '../core';
import { startTwin } from '../web/server';
import { headerFooter, PAGE_MARGINS_MM, READ_PAGE_STATE, reportQuery, type PdfPrinter, type ReportPageState } from './pdf';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const chromiumPath = (): string => process.env.OVERSTAP_CHROMIUM || '/usr/bin/chromium';

export interface ChromiumPrinterOptions {
  /** The core the twin serves (the printer's own API calls go through it, like any page's). */
  core: Core;
  actor: string;
  rendererDir?: string;
  preloadFile?: string;
  executablePath?: string;
  /** Build the renderer when report.html is missing (the CLI does; output goes to stderr). */
  buildIfMissing?: boolean;
  timeoutMs?: number;
}

/**
 * The CLI needs the built renderer: when dist/renderer/report.html or the twin's preload is missing it
 * builds them (`npm run --silent build:renderer`, `build:electron`) with all output on stderr.
 */
export function ensureRendererBuilt(rendererDir: string, preloadFile: string, build: boolean): void {
  const missing = () => !fs.existsSync(path.join(rendererDir, 'report.html')) || !fs.existsSync(path.join(rendererDir, 'index.html')) || !fs.existsSync(preloadFile);
  if (!missing()) return;
  if (!build) throw new DomainError('INTERNAL', `The report pages are not built (${path.join(rendererDir, 'report.html')} missing): run "npm run build" first.`);
  process.stderr.write('Building the report pages (npm run build:renderer, build:electron)…\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  for (const script of ['build:renderer', 'build:electron']) {
    const r = spawnSync(npm, ['run', '--silent', script], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
    if (r.status !== 0) throw new DomainError('INTERNAL', `Could not build the report pages (npm run ${script} exited ${r.status ?? r.signal}); run "npm run build" and try again.`);
  }
  if (missing()) throw new DomainError('INTERNAL', `The report pages are still missing after the build (${rendererDir}).`);
}

export function createChromiumPdfPrinter(options: ChromiumPrinterOptions): PdfPrinter {
  const rendererDir = options.rendererDir ?? path.join(repoRoot, 'dist', 'renderer');
  const preloadFile = options.preloadFile ?? path.join(repoRoot, 'dist', 'web', 'browser-preload.js');
  const timeoutMs = options.timeoutMs ?? 180_000;
  return {
    async print(report) {
      const executablePath = options.executablePath ?? chromiumPath();
      if (!fs.existsSync(executablePath)) {
        throw new DomainError('INVALID_INPUT', `PDF needs Chromium, which was not found at ${executablePath}. Install it (apt-get install chromium) or set OVERSTAP_CHROMIUM to its path.`);
      }
      ensureRendererBuilt(rendererDir, preloadFile, options.buildIfMissing === true);
      const twin = await startTwin({ core: options.core, actor: options.actor, rendererDir, preloadFile });
      let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
      try {
        browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
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
        const mm = (n: number) => `${n}mm`;
        const { headerTemplate, footerTemplate } = headerFooter(state.header, { page: state.page, of: state.of });
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate,
          footerTemplate,
          margin: { top: mm(PAGE_MARGINS_MM.top), right: mm(PAGE_MARGINS_MM.right), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left) },
        });
        await context.close();
        return pdf;
      } finally {
        await browser?.close().catch(() => {});
        await twin.close();
      }
    },
  };
}
