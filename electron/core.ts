/**
 * openCore(): opens (or creates and seeds) the database and builds the handler registry.
 * The Electron main process, the browser twin and the CLI all start here: one core, three doors.
 */
import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../shared/api/contract';
import { seedScenarios } from '../shared/domain/scenarioDefaults';
import { createHandlers } from './api/handlers';
import { createJobRegistry, type JobRegistry } from './api/jobs';
import { loadEmbeddedData } from './db/embedded';
import { openDatabase } from './db/open';
import { applyPendingRestore } from './db/restore';
import { isSeeded, seedDatabase } from './db/seed';
import { putSettings } from './db/repos/settingsRepo';
import { checkpointAndClose } from './db/maintenance';
import { systemClock, stderrLogger, type Clock, type Logger } from './platform/ports';
import { APP_VERSION } from './version';
import { fileStillThere } from './platform/storageErrors';
import type { Lang } from '../shared/domain/types';
import type { PdfPrinter } from './export/pdf';

interface CoreOptions {
  dbPath: string;
  actor: string;
  clock?: Clock;
  log?: Logger;
  /** Start year for the seeded scenarios of a new database (default: the clock's year). */
  startYear?: number;
  /** Initial language of a new database. */
  language?: Lang;
  nativeBinding?: string;
  /** The host's PDF printer (electron/export/electronPdf.ts in the app, chromiumPdf.ts over a twin elsewhere). */
  pdf?: PdfPrinter;
}

export interface Core {
  db: Database;
  dbPath: string;
  handlers: ApiHandlers;
  jobs: JobRegistry;
  clock: Clock;
  log: Logger;
  /** Set when this open created and seeded the database. */
  seeded: boolean;
  backupPath: string | null;
  close(): void;
}

export async function openCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? stderrLogger;
  // A backup the user staged for restore (Exports screen) is swapped in before the database is opened.
  const restored = await applyPendingRestore(options.dbPath, { nativeBinding: options.nativeBinding, actor: options.actor });
  if (restored.refused) log.warn(`A staged restore was refused: ${restored.refused}`);
  else if (restored.applied) log.info(`Restored a backup; the replaced database is kept as ${restored.previousBackup ?? '(none)'}`);
  if (restored.erasuresUnverifiable > 0) log.warn(`${restored.erasuresUnverifiable} erasures were made with another installation's erasure key and could not be checked against the restored backup.`);
  const opened = await openDatabase(options.dbPath, { nativeBinding: options.nativeBinding });
  const { db } = opened;
  let seeded = false;
  try {
    if (!isSeeded(db)) {
      const { dataset, organisation } = await loadEmbeddedData();
      seeded = seedDatabase(db, {
        dataset,
        organisation,
        scenarios: seedScenarios(dataset.assumptions, options.startYear ?? clock.year()),
        at: clock.now(),
        actor: options.actor,
      });
      if (options.language) putSettings(db, { language: options.language });
    }
  } catch (error) {
    db.close();
    throw error;
  }
  const jobs = createJobRegistry();
  // Every call first checks the file is still where it was opened (platform/storageErrors fileStillThere).
  const stillThere = fileStillThere(opened.path);
  const handlers = Object.fromEntries(
    Object.entries(createHandlers({ db, clock, log, appVersion: APP_VERSION, dbPath: opened.path, nativeBinding: options.nativeBinding, pdf: options.pdf, jobs })).map(([method, handler]) => [
      method,
      (input: unknown, ctx: unknown) => {
        stillThere();
        return (handler as (i: unknown, c: unknown) => unknown)(input, ctx);
      },
    ]),
  ) as ApiHandlers;
  return {
    db,
    dbPath: opened.path,
    handlers,
    jobs,
    clock,
    log,
    seeded,
    backupPath: opened.backupPath,
    close: () => checkpointAndClose(db),
  };
}
