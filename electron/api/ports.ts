/**
 * What every handler gets: the open database and the host's ports.
 */
import type { Database } from 'better-sqlite3';
import type { Clock, Logger } from '../platform/ports';
import type { JobRegistry } from './jobs';
import type { PdfPrinter } from '../export/pdf';

export interface CorePorts {
  db: Database;
  clock: Clock;
  log: Logger;
  appVersion: string;
  /** Running jobs that a `job.cancel` call can stop. */
  jobs: JobRegistry;
  /** The database file, for worker threads that open their own read-only connection. */
  dbPath: string;
  nativeBinding?: string;
  /** The host's PDF printer (Electron: printToPDF; the twin and the CLI: Chromium over their one twin). Absent: PDF is refused. */
  pdf?: PdfPrinter;
}
