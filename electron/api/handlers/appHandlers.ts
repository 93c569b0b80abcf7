/**
 * app.* and settings.*: what the shell shows everywhere (versions, organisation, language).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { getDatasetInfo } from '../../db/repos/datasetRepo';
import { countEmployees, getOrganisationName } from '../../db/repos/employeesRepo';
import { getSettings, putSettings } from '../../db/repos/settingsRepo';
import { appendAudit } from '../../db/repos/auditRepo';
import { schemaVersion } from '../../db/migrate';
import type { CorePorts } from '../ports';

export function appHandlers(p: CorePorts): Pick<ApiHandlers, 'app.info' | 'settings.get' | 'settings.update'> {
  return {
    'app.info': () => ({
      appVersion: p.appVersion,
      datasetVersion: getDatasetInfo(p.db).version,
      schemaVersion: schemaVersion(p.db),
      organisation: getOrganisationName(p.db).name,
      employees: countEmployees(p.db),
      language: getSettings(p.db).language,
    }),
    'settings.get': () => getSettings(p.db),
    'settings.update': (input, ctx) => {
      const before = getSettings(p.db);
      p.db.transaction(() => {
        putSettings(p.db, input);
        appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'settings', action: 'update', before, after: { ...before, ...input } });
      })();
      return getSettings(p.db);
    },
  };
}
