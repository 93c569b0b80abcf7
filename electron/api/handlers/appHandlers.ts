/**
 * app.* and settings.*: what the shell shows everywhere (versions, organisation, language).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { appInfo, readSettings, updateSettings } from '../services/settings';

export function appHandlers(p: CorePorts): Pick<ApiHandlers, 'app.info' | 'settings.get' | 'settings.update'> {
  return {
    'app.info': () => appInfo(p),
    'settings.get': () => readSettings(p),
    'settings.update': (input, ctx) => updateSettings(p, input, ctx.actor),
  };
}
