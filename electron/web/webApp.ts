/**
 * The app in a browser (`npm run web`): one core, one twin serving it, and a Chromium printer that prints
 * the report pages through that same twin — one handler map and one server in the process.
 */
import { openCore, type Core } from '../core';
import { createChromiumPdfPrinter } from '../export/chromiumPdf';
import { startTwin, type Twin } from './server';

export interface WebAppOptions {
  dbPath: string;
  actor: string;
  rendererDir: string;
  preloadFile: string;
}

export interface WebApp {
  core: Core;
  twin: Twin;
  close(): Promise<void>;
}

export async function startWebApp(options: WebAppOptions): Promise<WebApp> {
  let twin: Twin | null = null;
  const pdf = createChromiumPdfPrinter({
    reportServer: async () => {
      if (!twin) throw new Error('The twin is not running yet.');
      return twin;
    },
  });
  const core = await openCore({ dbPath: options.dbPath, actor: options.actor, pdf });
  try {
    twin = await startTwin({ core, actor: options.actor, rendererDir: options.rendererDir, preloadFile: options.preloadFile });
  } catch (error) {
    core.close();
    throw error;
  }
  const running = twin;
  return {
    core,
    twin: running,
    async close() {
      await running.close();
      core.close();
    },
  };
}
