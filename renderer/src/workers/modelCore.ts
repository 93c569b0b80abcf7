/**
 * The recompute itself, shared by the Web Worker and the in-thread fallback (tests, or a browser without
 * module workers): prepares the inputs once, then re-projects a changed scenario with updatePrepared.
 * Structured clone breaks object identity, so unchanged parts of the scenario are re-linked to the previous
 * ones first — that keeps updatePrepared on its fast path when only adoption curves move.
 */
import { prepareScenario, runScenario, updatePrepared } from '../../../shared/domain/impact';
import type { PreparedModel, ScenarioInput, ScenarioResult } from '../../../shared/domain/modelTypes';
import type { Scenario } from '../../../shared/domain/scenario';

interface ModelCore {
  init(input: ScenarioInput): void;
  run(scenario: Scenario): ScenarioResult;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function createModelCore(): ModelCore {
  let base: ScenarioInput | null = null;
  let model: PreparedModel | null = null;

  function relink(next: Scenario, prev: Scenario): Scenario {
    return {
      ...next,
      exposure: same(next.exposure, prev.exposure) ? prev.exposure : next.exposure,
      taskOverrides: same(next.taskOverrides, prev.taskOverrides) ? prev.taskOverrides : next.taskOverrides,
      roleOverrides: same(next.roleOverrides, prev.roleOverrides) ? prev.roleOverrides : next.roleOverrides,
    };
  }

  return {
    init(input) {
      base = input;
      model = prepareScenario(input);
    },
    run(scenario) {
      if (!base) throw new Error('model worker: run before init');
      const s = model ? relink(scenario, model.scenario) : scenario;
      const input: ScenarioInput = { ...base, scenario: s };
      model = model ? updatePrepared(model, input) : prepareScenario(input);
      return runScenario(model);
    },
  };
}
