/**
 * The planner's scenarios (owned by Dashboard, Scenarios, Roles, Tasks overrides and the explanation panel):
 * the active scenario and its run, the dashboard's reskilling figures, the cited sources, the editor's draft
 * with its worker-computed editorPreview (latest wins; the last result stays until the next one arrives), scenarioCompare,
 * sensitivity, import/export, and overrides written into the active scenario with a reason (audit log).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { ScenarioComparison, ScenarioFileDto, ScenarioRun, ScenarioSummary, Tornado } from '../../../../shared/api/dto';
import type { BusinessCaseDto, ReskillAllDto } from '../../../../shared/api/reskill-dto';
import type { ScenarioInput, ScenarioResult } from '../../../../shared/domain/modelTypes';
import type { RoleOverride, Scenario, TaskOverride } from '../../../../shared/domain/scenario';
import { seedScenarios } from '../../../../shared/domain/scenarioDefaults';
import type { Source } from '../../../../shared/domain/types';
import { toApiError, type ApiClient, type ApiError } from '../../api/client';
import { createModelRunner, type ModelRunner } from '../../workers/modelClient';
import { IDLE, LOADING, type AppState, type AsyncState } from '../types';

export interface PreviewState {
  result: ScenarioResult | null;
  /** Revision of the draft the result answers. */
  rev: number;
  /** Model time inside the worker, ms. */
  ms: number | null;
  error: string | null;
}

export interface ScenarioSlice {
  /** Name of the scenario the planner is looking at; shown in the top bar. */
  activeScenario: string;
  setActiveScenario(name: string): void;

  scenarios: ScenarioSummary[];
  scenariosState: AsyncState;
  loadScenarios(): Promise<void>;

  /** scenario.run of the active scenario in the current language. */
  scenarioRun: ScenarioRun | null;
  scenarioRunState: AsyncState;
  dashCase: BusinessCaseDto | null;
  dashCaseState: AsyncState;
  dashReskill: ReskillAllDto | null;
  dashReskillState: AsyncState;
  /** Loads the dashboard's data for the active scenario (run first; the reskilling figures after it). */
  loadDashboard(): Promise<void>;

  /** dataset.sources by id, fetched once. */
  explainSources: Record<string, Source> | null;
  loadExplainSources(): Promise<Record<string, Source>>;

  // ---- editor ----
  editorName: string | null;
  /** The stored version and the planner's working copy. */
  editorSaved: Scenario | null;
  editorDraft: Scenario | null;
  /** Default values per field ("reset to default"): the expected preset built from the assumption table. */
  editorDefaults: Scenario | null;
  editorInputs: ScenarioInput | null;
  editorState: AsyncState;
  /** Grows with every draft change. */
  editorRev: number;
  editorPreview: PreviewState;
  openEditor(name: string): Promise<void>;
  closeEditor(): void;
  updateDraft(recipe: (s: Scenario) => Scenario): void;
  resetDraft(): void;
  editorSaveState: AsyncState;
  /** Writes the draft with a reason; returns true when stored. */
  saveDraft(reason: string): Promise<boolean>;

  scenarioMutateState: AsyncState;
  copyScenario(from: string, to: string): Promise<boolean>;
  renameScenario(from: string, to: string, reason: string): Promise<boolean>;
  deleteScenario(name: string, reason: string): Promise<boolean>;
  exportScenario(name: string): Promise<ScenarioFileDto>;
  importScenario(content: string, as?: string): Promise<string>;

  scenarioCompare: ScenarioComparison | null;
  scenarioCompareState: AsyncState;
  runCompare(names: string[]): Promise<void>;

  scenarioTornado: Tornado | null;
  scenarioTornadoState: AsyncState;
  loadTornado(name: string): Promise<void>;

  /** Adds, replaces (or with `remove`, drops) a task override in the active scenario. */
  saveTaskOverride(override: TaskOverride | { taskId: string; remove: true; reason: string }): Promise<boolean>;
  /** Stores a role's task mix (shares summing to 1) as a role override in the active scenario. */
  saveRoleMix(roleCode: string, mix: { taskId: string; share: number }[] | null, reason: string): Promise<boolean>;
  overrideSaveState: AsyncState;
}

function failed(error: unknown): AsyncState {
  return { status: 'error', error: toApiError(error) as ApiError };
}

let runnerFactory: () => ModelRunner = () => createModelRunner();
/** Tests (and the benchmark) can swap the worker for another runner. */
export function setModelRunnerFactory(factory: () => ModelRunner): void {
  runnerFactory = factory;
}

export const createScenarioSlice = (api: ApiClient): StateCreator<AppState, [], [], ScenarioSlice> => {
  const seq = { run: 0, extras: 0, editor: 0, compare: 0, tornado: 0 };
  let sourcesPromise: Promise<Record<string, Source>> | null = null;
  let runner: ModelRunner | null = null;

  return (set, get) => {
    function ensureRunner(): ModelRunner {
      if (runner) return runner;
      runner = runnerFactory();
      runner.onResult((r) => {
        if (r.key !== get().editorName) return;
        if (r.rev < get().editorPreview.rev) return;
        set({ editorPreview: { result: r.result, rev: r.rev, ms: r.ms, error: null } });
      });
      runner.onError((e) => {
        if (e.key !== get().editorName) return;
        set({ editorPreview: { ...get().editorPreview, error: e.message } });
      });
      return runner;
    }

    async function mutate(action: () => Promise<unknown>): Promise<boolean> {
      set({ scenarioMutateState: LOADING });
      try {
        await action();
        set({ scenarioMutateState: IDLE });
        await get().loadScenarios();
        return true;
      } catch (error) {
        set({ scenarioMutateState: failed(error) });
        return false;
      }
    }

    /** Reads the active scenario, applies `change`, saves it with the reason, and refreshes what shows it. */
    async function changeActive(change: (s: Scenario) => Scenario, reason: string): Promise<boolean> {
      set({ overrideSaveState: LOADING });
      try {
        const name = get().activeScenario;
        const current = await api.invoke('scenario.get', { name });
        await api.invoke('scenario.save', { scenario: change(current), previousName: name, reason });
        set({ overrideSaveState: IDLE, scenarioRun: null });
        if (get().editorName === name) await get().openEditor(name);
        await get().loadScenarios();
        return true;
      } catch (error) {
        set({ overrideSaveState: failed(error) });
        return false;
      }
    }

    return {
      activeScenario: 'expected',
      setActiveScenario: (name) => {
        if (name === get().activeScenario) return;
        seq.run++;
        seq.extras++;
        set({ activeScenario: name, scenarioRun: null, dashCase: null, dashReskill: null, scenarioTornado: null });
      },

      scenarios: [],
      scenariosState: IDLE,
      async loadScenarios() {
        set({ scenariosState: LOADING });
        try {
          const { scenarios } = await api.invoke('scenario.list', {});
          set({ scenarios, scenariosState: IDLE });
          if (scenarios.length > 0 && !scenarios.some((s) => s.name === get().activeScenario)) get().setActiveScenario(scenarios[0]!.name);
        } catch (error) {
          set({ scenariosState: failed(error) });
        }
      },

      scenarioRun: null,
      scenarioRunState: IDLE,
      dashCase: null,
      dashCaseState: IDLE,
      dashReskill: null,
      dashReskillState: IDLE,
      async loadDashboard() {
        const n = ++seq.run;
        const name = get().activeScenario;
        const lang = get().language;
        set({ scenarioRunState: LOADING });
        try {
          const run = await api.invoke('scenario.run', { name, lang });
          if (n !== seq.run) return;
          set({ scenarioRun: run, scenarioRunState: IDLE });
        } catch (error) {
          if (n === seq.run) set({ scenarioRunState: failed(error) });
          return;
        }
        const m = ++seq.extras;
        set({ dashCaseState: LOADING, dashReskillState: LOADING });
        await Promise.all([
          api
            .invoke('reskill.businessCase', { scenario: name, lang })
            .then((dashCase) => m === seq.extras && set({ dashCase, dashCaseState: IDLE }))
            .catch((error) => m === seq.extras && set({ dashCaseState: failed(error) })),
          api
            .invoke('reskill.all', { scenario: name, lang })
            .then((dashReskill) => m === seq.extras && set({ dashReskill, dashReskillState: IDLE }))
            .catch((error) => m === seq.extras && set({ dashReskillState: failed(error) })),
        ]);
      },

      explainSources: null,
      loadExplainSources() {
        const have = get().explainSources;
        if (have) return Promise.resolve(have);
        sourcesPromise ??= api
          .invoke('dataset.sources', {})
          .then(({ sources }) => {
            const byId = Object.fromEntries(sources.map((s) => [s.id, s]));
            set({ explainSources: byId });
            return byId;
          })
          .catch((error) => {
            sourcesPromise = null;
            throw toApiError(error);
          });
        return sourcesPromise;
      },

      editorName: null,
      editorSaved: null,
      editorDraft: null,
      editorDefaults: null,
      editorInputs: null,
      editorState: IDLE,
      editorRev: 0,
      editorPreview: { result: null, rev: 0, ms: null, error: null },
      async openEditor(name) {
        const n = ++seq.editor;
        set({ editorName: name, editorState: LOADING, editorSaveState: IDLE });
        try {
          const input = await api.invoke('scenario.inputs', { name });
          if (n !== seq.editor) return;
          const expected = seedScenarios(input.assumptions, input.scenario.startYear).find((s) => s.name === 'expected') ?? null;
          const rev = get().editorRev + 1;
          set({
            editorSaved: input.scenario,
            editorDraft: input.scenario,
            editorDefaults: expected,
            editorInputs: input,
            editorState: IDLE,
            editorRev: rev,
            editorPreview: { result: null, rev: 0, ms: null, error: null },
          });
          const r = ensureRunner();
          r.init(name, input);
          r.run(name, rev, input.scenario);
        } catch (error) {
          if (n === seq.editor) set({ editorState: failed(error) });
        }
      },
      closeEditor() {
        seq.editor++;
        set({ editorName: null, editorSaved: null, editorDraft: null, editorInputs: null, editorState: IDLE });
      },
      updateDraft(recipe) {
        const { editorDraft: draft, editorName } = get();
        if (!draft || !editorName) return;
        const next = recipe(draft);
        const rev = get().editorRev + 1;
        set({ editorDraft: next, editorRev: rev });
        ensureRunner().run(editorName, rev, next);
      },
      resetDraft() {
        const saved = get().editorSaved;
        if (saved) get().updateDraft(() => saved);
      },
      editorSaveState: IDLE,
      async saveDraft(reason) {
        const { editorDraft: draft, editorName } = get();
        if (!draft || !editorName) return false;
        set({ editorSaveState: LOADING });
        try {
          await api.invoke('scenario.save', { scenario: draft, previousName: editorName, reason });
          set({ editorSaveState: IDLE, editorSaved: draft, editorName: draft.name });
          if (draft.name !== editorName && get().activeScenario === editorName) get().setActiveScenario(draft.name);
          if (draft.name === get().activeScenario) set({ scenarioRun: null });
          await get().loadScenarios();
          if (draft.name !== editorName) await get().openEditor(draft.name);
          return true;
        } catch (error) {
          set({ editorSaveState: failed(error) });
          return false;
        }
      },

      scenarioMutateState: IDLE,
      copyScenario: (from, to) => mutate(() => api.invoke('scenario.copy', { from, to })),
      renameScenario: (from, to, reason) =>
        mutate(async () => {
          const s = await api.invoke('scenario.get', { name: from });
          await api.invoke('scenario.save', { scenario: { ...s, name: to }, previousName: from, reason });
          if (get().activeScenario === from) get().setActiveScenario(to);
          if (get().editorName === from) get().closeEditor();
        }),
      deleteScenario: (name, reason) =>
        mutate(async () => {
          await api.invoke('scenario.delete', { name, reason });
          if (get().editorName === name) get().closeEditor();
          if (get().activeScenario === name) get().setActiveScenario('expected');
        }),
      exportScenario: (name) => api.invoke('scenario.export', { name }),
      async importScenario(content, as) {
        const { scenario } = await api.invoke('scenario.import', as ? { content, as } : { content });
        await get().loadScenarios();
        return scenario;
      },

      scenarioCompare: null,
      scenarioCompareState: IDLE,
      async runCompare(names) {
        const n = ++seq.compare;
        set({ scenarioCompareState: LOADING });
        try {
          const compare = await api.invoke('scenario.compare', { names, lang: get().language });
          if (n === seq.compare) set({ scenarioCompare: compare, scenarioCompareState: IDLE });
        } catch (error) {
          if (n === seq.compare) set({ scenarioCompareState: failed(error) });
        }
      },

      scenarioTornado: null,
      scenarioTornadoState: IDLE,
      async loadTornado(name) {
        const n = ++seq.tornado;
        set({ scenarioTornadoState: LOADING });
        try {
          const tornado = await api.invoke('scenario.sensitivity', { name });
          if (n === seq.tornado) set({ scenarioTornado: tornado, scenarioTornadoState: IDLE });
        } catch (error) {
          if (n === seq.tornado) set({ scenarioTornadoState: failed(error) });
        }
      },

      overrideSaveState: IDLE,
      saveTaskOverride(override) {
        return changeActive((s) => {
          const rest = s.taskOverrides.filter((o) => o.taskId !== override.taskId);
          if ('remove' in override) return { ...s, taskOverrides: rest };
          return { ...s, taskOverrides: [...rest, override] };
        }, override.reason);
      },
      saveRoleMix(roleCode, mix, reason) {
        return changeActive((s) => {
          const existing = s.roleOverrides.find((o) => o.roleCode === roleCode);
          const rest = s.roleOverrides.filter((o) => o.roleCode !== roleCode);
          const next: RoleOverride = { ...(existing ?? { roleCode }), roleCode, reason };
          if (mix) next.taskMix = mix;
          else delete next.taskMix;
          const keep = next.taskMix || next.growth !== undefined || next.attrition !== undefined;
          return { ...s, roleOverrides: keep ? [...rest, next] : rest };
        }, reason);
      },
    };
  };
};
