/**
 * A Chromium printer for hosts that serve no twin of their own (the CLI, tests): the report pages are
 * served by one twin on the host's own core, started on the first report PDF and reused after. So a
 * process keeps one handler map and at most one loopback server, and a run that prints nothing starts none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../../shared/api/result';
import type { Core } from '../core';
import { createChromiumPdfPrinter } from '../export/chromiumPdf';
import type { PdfPrinter } from '../export/pdf';
import { startTwin, type Twin } from './server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The twin needs the built renderer: when dist/renderer/report.html or the twin's preload is missing the
 * CLI builds them (`npm run --silent build:renderer`, `build:electron`) with all output on stderr.
 */
function ensureRendererBuilt(rendererDir: string, preloadFile: string, build: boolean): void {
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

interface PrintingTwinOptions {
  /** The host's one core; read when the first report is printed (the core is opened after the printer is made). */
  core: () => Core;
  actor: string;
  /** Build the renderer when report.html is missing (the CLI does). */
  buildIfMissing?: boolean;
  rendererDir?: string;
  preloadFile?: string;
}

interface PrintingTwin {
  printer: PdfPrinter;
  /** Stops the twin if one was started. */
  close(): Promise<void>;
}

export function createPrintingTwin(options: PrintingTwinOptions): PrintingTwin {
  const rendererDir = options.rendererDir ?? path.join(repoRoot, 'dist', 'renderer');
  const preloadFile = options.preloadFile ?? path.join(repoRoot, 'dist', 'web', 'browser-preload.js');
  let twin: Promise<Twin> | null = null;
  const start = async (): Promise<Twin> => {
    ensureRendererBuilt(rendererDir, preloadFile, options.buildIfMissing === true);
    return startTwin({ core: options.core(), actor: options.actor, rendererDir, preloadFile });
  };
  return {
    printer: createChromiumPdfPrinter({
      reportServer: () => {
        // A failed start is not kept: the next print tries again.
        twin ??= start().catch((error: unknown) => {
          twin = null;
          throw error;
        });
        return twin;
      },
    }),
    async close() {
      const started = twin;
      twin = null;
      if (started) await (await started.catch(() => null))?.close();
    },
  };
}
