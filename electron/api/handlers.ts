/**
 * createHandlers(): the one handler registry. Each domain contributes a Pick<ApiHandlers, …>;
 * spreading them into ApiHandlers makes a missing or misspelt method a compile error.
 */
import type { ApiHandlers } from '../../shared/api/contract';
import { appHandlers } from './handlers/appHandlers';
import { datasetHandlers } from './handlers/datasetHandlers';
import { importHandlers } from './handlers/importHandlers';
import { peopleHandlers } from './handlers/peopleHandlers';
import { plansHandlers } from './handlers/plansHandlers';
import { jobHandlers } from './handlers/jobHandlers';
import { reskillHandlers } from './handlers/reskillHandlers';
import { scenarioHandlers } from './handlers/scenarioHandlers';
import { exportHandlers } from './handlers/exportHandlers';
import { privacyHandlers } from './handlers/privacyHandlers';
import type { CorePorts } from './ports';

export function createHandlers(ports: CorePorts): ApiHandlers {
  return {
    ...appHandlers(ports),
    ...datasetHandlers(ports),
    ...scenarioHandlers(ports),
    ...peopleHandlers(ports),
    ...importHandlers(ports),
    ...reskillHandlers(ports),
    ...plansHandlers(ports),
    ...jobHandlers(ports),
    ...exportHandlers(ports),
    ...privacyHandlers(ports),
  };
}
