/**
 * createHandlers(): the one handler registry. Each domain contributes a Pick<ApiHandlers, …>;
 * spreading them into ApiHandlers makes a missing or misspelt method a compile error.
 */
import type { ApiHandlers, ApiMethod, CallContext } from '../../shared/api/contract';
import { applyWithholding, checkEmployeeMode } from './employeeModeGate';
import { appHandlers } from './handlers/appHandlers';
import { datasetHandlers } from './handlers/datasetHandlers';
import { importHandlers } from './handlers/importHandlers';
import { peopleHandlers } from './handlers/peopleHandlers';
import { plansHandlers } from './handlers/plansHandlers';
import { jobHandlers } from './handlers/jobHandlers';
import { skillsHandlers } from './handlers/skillsHandlers';
import { reskillHandlers } from './handlers/reskillHandlers';
import { scenarioHandlers } from './handlers/scenarioHandlers';
import { exportHandlers } from './handlers/exportHandlers';
import { privacyHandlers } from './handlers/privacyHandlers';
import { teamHandlers } from './handlers/teamHandlers';
import type { CorePorts } from './ports';

export function createHandlers(ports: CorePorts): ApiHandlers {
  return guardEmployeeMode(ports, {
    ...appHandlers(ports),
    ...datasetHandlers(ports),
    ...scenarioHandlers(ports),
    ...peopleHandlers(ports),
    ...importHandlers(ports),
    ...reskillHandlers(ports),
    ...plansHandlers(ports),
    ...jobHandlers(ports),
    ...skillsHandlers(ports),
    ...exportHandlers(ports),
    ...privacyHandlers(ports),
    ...teamHandlers(ports),
  });
}

/**
 * In employee mode the app is opened for one person: every door applies the policy the contract declares per
 * method (employeeModeGate.ts), so the lock holds for IPC, HTTP and the CLI alike, not only in the UI.
 */
function guardEmployeeMode(ports: CorePorts, handlers: ApiHandlers): ApiHandlers {
  const guarded = {} as Record<string, (input: unknown, ctx: CallContext) => unknown>;
  for (const [method, handler] of Object.entries(handlers) as [ApiMethod, (input: unknown, ctx: CallContext) => unknown][]) {
    guarded[method] = async (input, ctx) => {
      const verdict = checkEmployeeMode(ports.db, method, input);
      return applyWithholding(await handler(input, ctx), verdict);
    };
  }
  return guarded as unknown as ApiHandlers;
}
