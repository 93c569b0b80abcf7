/**
 * What the shell shows everywhere (versions, organisation, language) and the user settings; every
 * settings change is one transaction with its audit entry.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import type { Settings } from '../../../shared/api/dto';
import type { Lang } from '../../../shared/domain/types';
import { schemaVersion } from '../../db/migrate';
import { appendAudit } from '../../db/repos/auditRepo';
import { getDatasetInfo } from '../../db/repos/datasetRepo';
import { countEmployees, getOrganisationName } from '../../db/repos/employeesRepo';
import { getSettings, putSettings } from '../../db/repos/settingsRepo';
import { inTransaction } from '../../db/tx';
import type { CorePorts } from '../ports';

/** The caller's language, or the one the settings name. */
export const languageOf = (p: CorePorts, lang?: Lang): Lang => lang ?? getSettings(p.db).language;

export const readSettings = (p: CorePorts): Settings => getSettings(p.db);

export function appInfo(p: CorePorts): ApiOutput<'app.info'> {
  return {
    appVersion: p.appVersion,
    datasetVersion: getDatasetInfo(p.db).version,
    schemaVersion: schemaVersion(p.db),
    organisation: getOrganisationName(p.db).name,
    employees: countEmployees(p.db),
    language: getSettings(p.db).language,
  };
}

export function updateSettings(p: CorePorts, input: ApiParsed<'settings.update'>, actor: string): Settings {
  const before = getSettings(p.db);
  inTransaction(p.db, () => {
    putSettings(p.db, input);
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'settings', action: 'update', before, after: { ...before, ...input } });
  });
  return getSettings(p.db);
}
