/**
 * dataset.*, roles.*, tasks.*: the catalogue read from SQLite.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { datasetSources, datasetStats, roleTasks, rolesWithHeadcount } from '../services/catalogue';

export function datasetHandlers(p: CorePorts): Pick<ApiHandlers, 'dataset.stats' | 'dataset.sources' | 'roles.list' | 'tasks.list'> {
  return {
    'dataset.stats': () => datasetStats(p),
    'dataset.sources': () => datasetSources(p),
    'roles.list': (input) => rolesWithHeadcount(p, input),
    'tasks.list': (input) => roleTasks(p, input),
  };
}
