/**
 * The printer a core uses when its host gave none (the CLI and the browser twin): Chromium through
 * playwright-core over a twin on the same core. Loaded lazily, by a computed specifier, so the Electron
 * main bundle (which passes its own printer, electronPdf.ts) never pulls in playwright-core.
 */
import type { CorePorts } from '../api/ports';
import { createHandlers } from '../api/handlers';
import type { Core } from '../core';
import type { PdfPrinter } from './pdf';

export async function defaultPdfPrinter(p: CorePorts, actor: string): Promise<PdfPrinter> {
  const specifier = new URL('./chromiumPdf.ts', import.meta.url).href;
  let mod: typeof import('./chromiumPdf');
  try {
    mod = (await import(/* @vite-ignore */ specifier)) as typeof import('./chromiumPdf');
  } catch (error) {
    throw new Error(`PDF printing is not available in this build (${(error as Error).message}); the host must pass a PdfPrinter (CoreOptions.pdf).`);
  }
  // The twin serves this very core: same database connection, same ports, its own handler map over them.
  const core: Core = { ...p, handlers: createHandlers(p), seeded: false, backupPath: null, close: () => {} };
  return mod.createChromiumPdfPrinter({ core, actor, buildIfMissing: true });
}
