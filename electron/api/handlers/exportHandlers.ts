/**
 * export.*, backup.*: files to hand on (PDF, XLSX, CSV, JSON), the report pages' data, and the database
 * backup and restore.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { createBackup, stageBackupRestore } from '../services/backups';
import { exportFile, reportData } from '../services/exports';

export function exportHandlers(p: CorePorts): Pick<ApiHandlers, 'export.file' | 'export.reportData' | 'backup.create' | 'backup.restoreStage'> {
  return {
    'export.file': (input, ctx) => exportFile(p, input, ctx),
    'export.reportData': (input, ctx) => reportData(p, input, ctx),
    'backup.create': (_input, ctx) => createBackup(p, ctx.actor),
    'backup.restoreStage': (input, ctx) => stageBackupRestore(p, input, ctx.actor),
  };
}
