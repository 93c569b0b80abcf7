/**
 * The planner's scenarios (owned by Dashboard, Scenarios, Roles, Tasks overrides and the explanation panel):
 * the active scenario and its run, the dashboard's reskilling figures, the cited sources, the editor's draft
 * with its worker-computed editorPreview (latest wins; the last result stays until the next one arrives), scenarioCompare,
 * sensitivity, import/export, and overrides written into the active scenario with a reason (audit log).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { RoleExposureDto, RoleYearExplanations, ScenarioComparison, ScenarioFileDto, ScenarioRun, ScenarioSummary, Tornado } from '../../../../shared/api/dto';
import type { BusinessCaseDto, ReskillAllDto, SimilarRolesDto } from '../../../../shared/api/reskill-dto';
import type { ScenarioInput, ScenarioResult } from '../../../../shared/domain/modelTypes';
import type { RoleOverride, Scenario, TaskOverride } from '../../../../shared/domain/scenario';
import { seedScenarios } from '../../../../shared/domain/scenarioDefaults';
import type { Source } from '../../../../shared/domain/types';
import { ApiError, toApiError, type ApiClient } from '../../api/client';
import { createModelRunner, type ModelRunner } from '../../workers/modelClient';
import { IDLE, LOADING, type AppState, type AsyncState } from '../types';

interface PreviewState {
  result: ScenarioResult | null;
  /** Revision of the draft the result answers. */
  rev: number;
  /** Model time inside the worker, ms. */
  ms: number | null;
  error: string | null;
}

export type RoleExposureRow = RoleExposureDto['roles'][number];

/** One role in the active scenario, year by year: every figure with its explanation (scenario.explain). */
export interface RoleImpact {
  scenario: string;
  roleCode: string;
  /** overrideRev when it was asked for: older figures predate an override. */
  rev: number;
  years: { year: number; explain: RoleYearExplanations }[];
}

/** The paper-comparable exposure of one role under human and under GPT-4 labels (roles.exposure, two calls). */
export interface RoleExposurePair {
  scenario: string;
  roleCode: string;
  horizonYear: number;
  human: RoleExposureRow | null;
  gpt4: RoleExposureRow | null;
}

/** Shares of a task mix may miss 1 by this much (rounding of the fields); the mix is then rescaled to exactly 1. */
const MIX_TOLERANCE = 0.0005;

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
  /** Grows with every stored override, so screens showing the active scenario's figures reload. */
  overrideRev: number;

  // ---- the active scenario as stored, and one role in it (Roles and Tasks screens) ----
  activeDoc: Scenario | null;
  activeDocState: AsyncState;
  /** scenario.get of the active scenario (its overrides with their reasons). */
  loadActiveDoc(): Promise<void>;
  roleImpact: RoleImpact | null;
  roleImpactState: AsyncState;
  /** scenario.explain for every year of the active scenario's horizon. */
  loadRoleImpact(roleCode: string): Promise<void>;
  roleExposure: RoleExposurePair | null;
  roleExposureState: AsyncState;
  loadRoleExposure(roleCode: string): Promise<void>;
  roleSimilar: SimilarRolesDto | null;
  roleSimilarState: AsyncState;
  loadRoleSimilar(roleCode: string): Promise<void>;
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
  const seq = { run: 0, extras: 0, editor: 0, compare: 0, tornado: 0, doc: 0, impact: 0, exposure: 0, similar: 0 };
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

    /**
     * Reads the active scenario, applies `change`, saves it with the reason, and refreshes what shows it.
     * An open editor on the same scenario gets the same change in its stored copy and in its draft, so the
     * planner's unsaved edits survive and a later save of the draft does not drop the override.
     */
    async function changeActive(change: (s: Scenario) => Scenario, reason: string): Promise<boolean> {
      set({ overrideSaveState: LOADING });
      try {
        const name = get().activeScenario;
        const current = await api.invoke('scenario.get', { name });
        const next = change(current);
        await api.invoke('scenario.save', { scenario: next, previousName: name, reason: reason.trim() });
        seq.doc++;
        set({ overrideSaveState: IDLE, scenarioRun: null, activeDoc: next, activeDocState: IDLE, overrideRev: get().overrideRev + 1 });
        const { editorName, editorSaved, editorDraft } = get();
        if (editorName === name && editorSaved && editorDraft) {
          set({ editorSaved: change(editorSaved) });
          get().updateDraft(change);
        }
        await get().loadScenarios();
        return true;
      } catch (error) {
        set({ overrideSaveState: failed(error) });
        return false;
      }
    }

    function invalid(message: string): false {
      set({ overrideSaveState: { status: 'error', error: toApiError(new ApiError('INVALID_INPUT', message)) } });
      return false;
    }

    return {
      activeScenario: 'expected',
      setActiveScenario: (name) => {
        if (name === get().activeScenario) return;
        seq.run++;
        seq.extras++;
        seq.doc++;
        seq.impact++;
        seq.exposure++;
        set({ activeScenario: name, scenarioRun: null, dashCase: null, dashReskill: null, scenarioTornado: null, activeDoc: null, roleImpact: null, roleExposure: null });
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
            .invoke('reskill.all', { scenario: name, lang, summary: true })
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
      overrideRev: 0,
      saveTaskOverride(override) {
        const reason = override.reason.trim();
        if (reason.length < 3) return Promise.resolve(invalid('a reason of at least 3 characters is required'));
        let entry: TaskOverride | null = null;
        if (!('remove' in override)) {
          const inRange = (v: number | undefined) => v === undefined || (Number.isFinite(v) && v >= 0 && v <= 1);
          if (!inRange(override.automation) || !inRange(override.augmentation)) return Promise.resolve(invalid('shares must lie between 0 and 1'));
          if (override.automation === undefined && override.augmentation === undefined)
            return Promise.resolve(invalid('an override needs an automation or an augmentation share'));
          // Only the fields the planner set: an absent field keeps the model's value.
          entry = { taskId: override.taskId, reason };
          if (override.automation !== undefined) entry.automation = override.automation;
          if (override.augmentation !== undefined) entry.augmentation = override.augmentation;
        }
        return changeActive((s) => {
          const rest = s.taskOverrides.filter((o) => o.taskId !== override.taskId);
          return { ...s, taskOverrides: entry ? [...rest, entry] : rest };
        }, reason);
      },
      saveRoleMix(roleCode, mix, reason) {
        const why = reason.trim();
        if (why.length < 3) return Promise.resolve(invalid('a reason of at least 3 characters is required'));
        let shares: { taskId: string; share: number }[] | null = null;
        if (mix) {
          if (mix.length === 0) return Promise.resolve(invalid('a task mix needs at least one task'));
          if (mix.some((m) => !Number.isFinite(m.share) || m.share < 0 || m.share > 1)) return Promise.resolve(invalid('task shares must lie between 0 and 1'));
          const total = mix.reduce((sum, m) => sum + m.share, 0);
          if (Math.abs(total - 1) > MIX_TOLERANCE) return Promise.resolve(invalid('task shares must sum to 100%'));
          // Rescale the rounding away, so the stored mix sums to 1 as the scenario requires.
          shares = mix.map((m) => ({ taskId: m.taskId, share: m.share / total }));
        }
        return changeActive((s) => {
          const existing = s.roleOverrides.find((o) => o.roleCode === roleCode);
          const rest = s.roleOverrides.filter((o) => o.roleCode !== roleCode);
          const next: RoleOverride = { ...(existing ?? { roleCode }), roleCode, reason: why };
          if (shares) next.taskMix = shares;
          else delete next.taskMix;
          const keep = next.taskMix || next.growth !== undefined || next.attrition !== undefined;
          return { ...s, roleOverrides: keep ? [...rest, next] : rest };
        }, why);
      },

      activeDoc: null,
      activeDocState: IDLE,
      async loadActiveDoc() {
        const n = ++seq.doc;
        const name = get().activeScenario;
        set({ activeDocState: LOADING });
        try {
          const doc = await api.invoke('scenario.get', { name });
          if (n === seq.doc) set({ activeDoc: doc, activeDocState: IDLE });
        } catch (error) {
          if (n === seq.doc) set({ activeDocState: failed(error) });
        }
      },

      roleImpact: null,
      roleImpactState: IDLE,
      async loadRoleImpact(roleCode) {
        const n = ++seq.impact;
        const name = get().activeScenario;
        const rev = get().overrideRev;
        set({ roleImpactState: LOADING });
        try {
          const doc = get().activeDoc?.name === name ? get().activeDoc! : await api.invoke('scenario.get', { name });
          const years = Array.from({ length: doc.horizon + 1 }, (_, i) => doc.startYear + i);
          const explained = await Promise.all(years.map((year) => api.invoke('scenario.explain', { name, roleCode, year })));
          if (n !== seq.impact) return;
          set({ roleImpact: { scenario: name, roleCode, rev, years: years.map((year, i) => ({ year, explain: explained[i]! })) }, roleImpactState: IDLE });
        } catch (error) {
          if (n === seq.impact) set({ roleImpactState: failed(error) });
        }
      },

      roleExposure: null,
      roleExposureState: IDLE,
      async loadRoleExposure(roleCode) {
        const n = ++seq.exposure;
        const name = get().activeScenario;
        const lang = get().language;
        set({ roleExposureState: LOADING });
        try {
          const [human, gpt4] = await Promise.all([
            api.invoke('roles.exposure', { lang, source: 'human', scenario: name }),
            api.invoke('roles.exposure', { lang, source: 'gpt4', scenario: name }),
          ]);
          if (n !== seq.exposure) return;
          set({
            roleExposure: {
              scenario: name,
              roleCode,
              horizonYear: human.horizonYear,
              human: human.roles.find((r) => r.code === roleCode) ?? null,
              gpt4: gpt4.roles.find((r) => r.code === roleCode) ?? null,
            },
            roleExposureState: IDLE,
          });
        } catch (error) {
          if (n === seq.exposure) set({ roleExposureState: failed(error) });
        }
      },

      roleSimilar: null,
      roleSimilarState: IDLE,
      async loadRoleSimilar(roleCode) {
        const n = ++seq.similar;
        set({ roleSimilarState: LOADING });
        try {
          const similar = await api.invoke('roles.similar', { roleCode, lang: get().language, limit: 8 });
          if (n === seq.similar) set({ roleSimilar: similar, roleSimilarState: IDLE });
        } catch (error) {
          if (n === seq.similar) set({ roleSimilarState: failed(error) });
        }
      },
    };
  };
};
