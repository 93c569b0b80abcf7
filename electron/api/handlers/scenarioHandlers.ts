/**
 * scenario.*, roles.exposure: scenarios as plain data in SQLite (services/scenarios.ts), run through the
 * pure model (services/scenarioRuns.ts).
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { CorePorts } from '../ports';
import { compareStored, explainFigure, exposureByRole, previewScenario, runStoredScenario, scenarioInputs, scenarioSensitivity } from '../services/scenarioRuns';
import { copyScenario, deleteScenario, exportScenarioFile, importScenarioFile, requireScenario, saveScenario, scenarioSummaries } from '../services/scenarios';

type ScenarioMethods =
  | 'roles.exposure'
  | 'scenario.list'
  | 'scenario.get'
  | 'scenario.save'
  | 'scenario.copy'
  | 'scenario.delete'
  | 'scenario.run'
  | 'scenario.preview'
  | 'scenario.inputs'
  | 'scenario.compare'
  | 'scenario.explain'
  | 'scenario.sensitivity'
  | 'scenario.export'
  | 'scenario.import';

export function scenarioHandlers(p: CorePorts): Pick<ApiHandlers, ScenarioMethods> {
  return {
    'roles.exposure': (input) => exposureByRole(p, input),
    'scenario.list': () => ({ scenarios: scenarioSummaries(p.db) }),
    'scenario.get': (input) => requireScenario(p.db, input.name),
    'scenario.save': (input, ctx) => saveScenario(p, input, ctx.actor),
    'scenario.copy': (input, ctx) => copyScenario(p, input, ctx.actor),
    'scenario.delete': (input, ctx) => deleteScenario(p, input, ctx.actor),
    'scenario.run': (input) => runStoredScenario(p, input.name, input.lang),
    'scenario.preview': (input) => previewScenario(p, input),
    'scenario.inputs': (input) => scenarioInputs(p, input.name),
    'scenario.compare': (input) => compareStored(p, input.names),
    'scenario.explain': (input) => explainFigure(p, input),
    'scenario.sensitivity': (input) => scenarioSensitivity(p, input.name),
    'scenario.export': (input, ctx) => exportScenarioFile(p, input.name, ctx.actor),
    'scenario.import': (input, ctx) => importScenarioFile(p, input, ctx.actor),
  };
}
