/**
 * Whole-database backups (an online copy handed to the caller) and staging a backup for restore at the
 * next start; both in the audit log.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/result';
import { appendAudit } from '../../db/repos/auditRepo';
import { backupToBuffer, stageRestore } from '../../db/restore';
import type { CorePorts } from '../ports';

export async function createBackup(p: CorePorts, actor: string): Promise<ApiOutput<'backup.create'>> {
  const content = await backupToBuffer(p.db);
  const stamp = p.clock.now().replace(/[:.]/g, '-').replace(/Z$/, '');
  appendAudit(p.db, { at: p.clock.now(), actor, entity: 'backup', action: 'backup.create', after: { bytes: content.length } });
  return { fileName: `overstap-backup-${stamp}.db`, contentBase64: content.toString('base64'), bytes: content.length };
}

export function stageBackupRestore(p: CorePorts, input: ApiParsed<'backup.restoreStage'>, actor: string): ApiOutput<'backup.restoreStage'> {
  if (p.dbPath === ':memory:') throw new DomainError('CONFLICT', 'An in-memory database cannot be restored.');
  const content = Buffer.from(input.contentBase64, 'base64');
  const valid = stageRestore(p.dbPath, content, { nativeBinding: p.nativeBinding });
  appendAudit(p.db, { at: p.clock.now(), actor, entity: 'backup', action: 'restore.staged', after: { bytes: valid.bytes, schemaVersion: valid.schemaVersion, fileName: input.fileName ?? null } });
  return { staged: true, restartRequired: true, schemaVersion: valid.schemaVersion, bytes: valid.bytes };
}
