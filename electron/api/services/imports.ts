/**
 * The workforce import as the API offers it: sessions (the file is read once; preview and commit name it), the
 * work of electron/import (read, match, validate, one transaction), the host's clock, the last column mapping
 * and full-time week, and the planner's confirmation of a guessed role.
 */
import type { Database } from 'better-sqlite3';
import type { ApiOutput, ApiParsed, CallContext } from '../../../shared/api/contract';
import { FULL_TIME_HOURS } from '../../../shared/api/contracts/import';
import { IMPORT_FIELDS } from '../../../shared/api/import-dto';
import { DomainError } from '../../../shared/api/result';
import { roleExists } from '../../db/repos/datasetRepo';
import { confirmImportedRole, getLastMapping } from '../../db/repos/importRepo';
import { commitImport, fullTimeHoursOf, previewImport, readSource, type ImportRequest } from '../../import/service';
import { ImportSessions, type ImportSource } from '../../import/sessions';
import type { CorePorts } from '../ports';

/** One set of sessions per open database (one core per process, but tests open many). */
const sessionsOf = new WeakMap<Database, ImportSessions>();
function sessions(db: Database): ImportSessions {
  let s = sessionsOf.get(db);
  if (!s) sessionsOf.set(db, (s = new ImportSessions()));
  return s;
}

/** The session's file, or the file sent with the call (read now, not kept). */
async function sourceOf(p: CorePorts, input: ImportRequest, ctx: CallContext): Promise<{ source: ImportSource; sessionId: string | null }> {
  if (input.sessionId) return { source: sessions(p.db).get(input.sessionId), sessionId: input.sessionId };
  if (!input.fileName || !input.contentBase64) throw new DomainError('INVALID_INPUT', 'Give an import session id or the file.');
  return { source: await readSource({ fileName: input.fileName, contentBase64: input.contentBase64, skillsFile: input.skillsFile }, ctx.signal), sessionId: null };
}

export async function openImportSession(p: CorePorts, input: ApiParsed<'import.open'>, ctx: CallContext): Promise<ApiOutput<'import.open'>> {
  const source = await readSource(input, ctx.signal);
  const sessionId = sessions(p.db).add(source);
  return { sessionId, fileName: source.fileName, format: source.file.format, rows: source.file.people.rows.length, bytes: source.bytes };
}

export async function previewWorkforceImport(p: CorePorts, input: ApiParsed<'import.preview'>, ctx: CallContext): Promise<ApiOutput<'import.preview'>> {
  const { source, sessionId } = await sourceOf(p, input, ctx);
  return previewImport(p.db, source, sessionId, input, ctx, p.clock.now().slice(0, 10));
}

export async function commitWorkforceImport(p: CorePorts, input: ApiParsed<'import.commit'>, ctx: CallContext): Promise<ApiOutput<'import.commit'>> {
  const { source, sessionId } = await sourceOf(p, input, ctx);
  const out = await commitImport(p.db, source, input, ctx, p.clock.now());
  if (sessionId) sessions(p.db).close(sessionId);
  return out;
}

export const closeImportSession = (p: CorePorts, input: ApiParsed<'import.close'>): ApiOutput<'import.close'> => ({ closed: sessions(p.db).close(input.sessionId) });

export const importMapping = (p: CorePorts): ApiOutput<'import.mapping'> => ({
  lastMapping: getLastMapping(p.db),
  fields: [...IMPORT_FIELDS],
  fullTimeHours: { value: fullTimeHoursOf(p.db, undefined), default: FULL_TIME_HOURS.default, min: FULL_TIME_HOURS.min, max: FULL_TIME_HOURS.max },
});

export function confirmRole(p: CorePorts, input: ApiParsed<'import.confirmRole'>, ctx: CallContext): ApiOutput<'import.confirmRole'> {
  if (!roleExists(p.db, input.roleCode)) throw new DomainError('NOT_FOUND', `Role ${input.roleCode} is not in the dataset.`);
  const done = confirmImportedRole(p.db, { employeeId: input.employeeId, roleCode: input.roleCode, at: p.clock.now(), actor: ctx.actor });
  if (!done) throw new DomainError('NOT_FOUND', `No person with id ${input.employeeId}.`);
  return { employeeId: input.employeeId, roleCode: input.roleCode, roleToReview: false };
}
