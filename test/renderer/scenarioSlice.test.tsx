import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { createApiClient } from '../../renderer/src/api/client';
import { createAppStore } from '../../renderer/src/state/store';
import { setModelRunnerFactory } from '../../renderer/src/state/slices/scenarioSlice';
import type { ModelRunner } from '../../renderer/src/workers/modelClient';
import { catalogueHandlers, createFakeBridge, FakeApiFailure } from './fakeBridge';

function baseScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    name: 'expected',
    description: '',
    startYear: 2026,
    horizon: 5,
    labelSource: 'average',
    taskOverrides: [],
    roleOverrides: [],
    ...overrides,
  } as unknown as Scenario;
}

function setup(initial: Scenario = baseScenario()) {
  let stored = structuredClone(initial);
  const bridge = createFakeBridge(
    catalogueHandlers({
      'scenario.get': ({ name }) => {
        if (name !== stored.name) throw new FakeApiFailure('NOT_FOUND', `Unknown scenario: ${name}`);
        return structuredClone(stored);
      },
      'scenario.save': ({ scenario }) => {
        stored = structuredClone(scenario as Scenario);
        return { name: stored.name, description: '', isSeeded: true, startYear: 2026, horizon: 5, labelSource: 'average', taskOverrides: stored.taskOverrides.length, roleOverrides: stored.roleOverrides.length, updatedAt: '2026-01-01' };
      },
      'scenario.list': () => ({ scenarios: [{ name: stored.name, description: '', isSeeded: true, startYear: 2026, horizon: 5, labelSource: 'average', taskOverrides: 0, roleOverrides: 0, updatedAt: '2026-01-01' }] }),
    }),
  );
  const store = createAppStore(createApiClient(bridge));
  return { bridge, store, stored: () => stored };
}

describe('scenario slice: overrides in the active scenario', () => {
  it('saveTaskOverride adds an override with only the fields set, trimmed reason, previousName and the audit reason', async () => {
    const { bridge, store, stored } = setup();
    const ok = await store.getState().saveTaskOverride({ taskId: '3224', automation: 0.1, augmentation: undefined, reason: '  Pilot showed less  ' });
    expect(ok).toBe(true);
    const save = bridge.callsOf('scenario.save');
    expect(save).toHaveLength(1);
    expect(save[0]!.previousName).toBe('expected');
    expect(save[0]!.reason).toBe('Pilot showed less');
    expect((save[0]!.scenario as Scenario).taskOverrides).toEqual([{ taskId: '3224', automation: 0.1, reason: 'Pilot showed less' }]);
    expect(Object.keys((save[0]!.scenario as Scenario).taskOverrides[0]!)).not.toContain('augmentation');
    expect(store.getState().activeDoc?.taskOverrides).toEqual(stored().taskOverrides);
    expect(store.getState().overrideRev).toBe(1);
    expect(store.getState().overrideSaveState.status).toBe('idle');
  });

  it('saveTaskOverride replaces an existing override of the same task and removes one with a reason', async () => {
    const { bridge, store } = setup(baseScenario({ taskOverrides: [{ taskId: '3224', automation: 0.5, reason: 'old' }, { taskId: '9', augmentation: 0.2, reason: 'keep' }] }));
    await store.getState().saveTaskOverride({ taskId: '3224', augmentation: 0.3, reason: 'Vendor tool in place' });
    expect((bridge.callsOf('scenario.save')[0]!.scenario as Scenario).taskOverrides).toEqual([
      { taskId: '9', augmentation: 0.2, reason: 'keep' },
      { taskId: '3224', augmentation: 0.3, reason: 'Vendor tool in place' },
    ]);
    await store.getState().saveTaskOverride({ taskId: '3224', remove: true, reason: 'Back to the data' });
    const last = bridge.callsOf('scenario.save')[1]!;
    expect((last.scenario as Scenario).taskOverrides).toEqual([{ taskId: '9', augmentation: 0.2, reason: 'keep' }]);
    expect(last.reason).toBe('Back to the data');
  });

  it('saveTaskOverride refuses a missing reason, shares outside 0..1 and an override without values, without calling the API', async () => {
    const { bridge, store } = setup();
    expect(await store.getState().saveTaskOverride({ taskId: '3224', automation: 0.1, reason: '  ' })).toBe(false);
    expect(store.getState().overrideSaveState.status).toBe('error');
    expect(store.getState().overrideSaveState.error?.code).toBe('INVALID_INPUT');
    expect(await store.getState().saveTaskOverride({ taskId: '3224', automation: 1.2, reason: 'because' })).toBe(false);
    expect(await store.getState().saveTaskOverride({ taskId: '3224', reason: 'because' })).toBe(false);
    expect(bridge.callsOf('scenario.save')).toHaveLength(0);
  });

  it('saveRoleMix stores the mix (rescaled to exactly 1) as the role override, keeping its growth', async () => {
    const { bridge, store } = setup(baseScenario({ roleOverrides: [{ roleCode: '43-4051.00', growth: -0.02, reason: 'shrinking market' }] }));
    const ok = await store.getState().saveRoleMix(
      '43-4051.00',
      [
        { taskId: '3224', share: 0.5 },
        { taskId: '3225', share: 0.3 },
        { taskId: '3226', share: 0.2001 },
      ],
      'Our agents do more phone work',
    );
    expect(ok).toBe(true);
    const saved = bridge.callsOf('scenario.save')[0]!;
    expect(saved.reason).toBe('Our agents do more phone work');
    const ro = (saved.scenario as Scenario).roleOverrides;
    expect(ro).toHaveLength(1);
    expect(ro[0]!.growth).toBe(-0.02);
    expect(ro[0]!.reason).toBe('Our agents do more phone work');
    expect(ro[0]!.taskMix!.map((m) => m.taskId)).toEqual(['3224', '3225', '3226']);
    expect(Math.abs(ro[0]!.taskMix!.reduce((s, m) => s + m.share, 0) - 1)).toBeLessThan(1e-9);
  });

  it('saveRoleMix refuses a mix that does not sum to 100% or has no reason; null removes the mix (and the override when nothing else is left)', async () => {
    const { bridge, store } = setup(baseScenario({ roleOverrides: [{ roleCode: '11-2021.00', taskMix: [{ taskId: '5001', share: 1 }], reason: 'x' }] }));
    expect(await store.getState().saveRoleMix('11-2021.00', [{ taskId: '5001', share: 0.9 }], 'too little')).toBe(false);
    expect(await store.getState().saveRoleMix('11-2021.00', [{ taskId: '5001', share: 1 }], '')).toBe(false);
    expect(bridge.callsOf('scenario.save')).toHaveLength(0);
    expect(await store.getState().saveRoleMix('11-2021.00', null, 'Back to the dataset')).toBe(true);
    expect((bridge.callsOf('scenario.save')[0]!.scenario as Scenario).roleOverrides).toEqual([]);
  });

  it('a failed save leaves the error in overrideSaveState', async () => {
    const { store } = setup();
    store.getState().setActiveScenario('gone');
    expect(await store.getState().saveTaskOverride({ taskId: '3224', automation: 0.1, reason: 'because' })).toBe(false);
    expect(store.getState().overrideSaveState.error?.code).toBe('NOT_FOUND');
  });

  it('an open editor on the active scenario gets the override in its saved copy and its draft (unsaved edits survive)', async () => {
    const runs: Scenario[] = [];
    const fake: ModelRunner = { init() {}, run: (_k, _r, s) => void runs.push(s), onResult() {}, onError() {}, dispose() {} };
    setModelRunnerFactory(() => fake);
    const { store } = setup();
    const draft = baseScenario({ description: 'unsaved edit' });
    store.setState({ editorName: 'expected', editorSaved: baseScenario(), editorDraft: draft });
    await store.getState().saveTaskOverride({ taskId: '3224', automation: 0.2, reason: 'because' });
    const s = store.getState();
    expect(s.editorDraft?.description).toBe('unsaved edit');
    expect(s.editorDraft?.taskOverrides).toEqual([{ taskId: '3224', automation: 0.2, reason: 'because' }]);
    expect(s.editorSaved?.taskOverrides).toEqual([{ taskId: '3224', automation: 0.2, reason: 'because' }]);
    expect(runs.at(-1)?.taskOverrides).toHaveLength(1);
  });

  it('loadRoleImpact asks scenario.explain for every year of the horizon; loadRoleExposure asks human and gpt4', async () => {
    const ex = (v: number) => ({ formula: 'role.automatedShare', value: v, inputs: [], sourceIds: [], overrides: [] });
    const explain = new Proxy({}, { get: () => ex(0.1) });
    const b2 = createFakeBridge(
      catalogueHandlers({
        'scenario.get': () => baseScenario({ startYear: 2027, horizon: 3 }),
        'scenario.explain': () => explain as never,
        'roles.exposure': ({ source }) => ({ source: source!, scenario: 'expected', horizonYear: 2030, roles: [{ code: 'r1', title: 'R', alpha: 0.1, beta: 0.2, gamma: 0.3, alphaTime: 0.1, betaTime: 0.2, gammaTime: 0.3, automatedShare: source === 'human' ? 0.1 : 0.2, augmentedShare: 0.05 }] }),
      }),
    );
    const s2 = createAppStore(createApiClient(b2));
    await s2.getState().loadRoleImpact('r1');
    expect(b2.callsOf('scenario.explain').map((c) => c.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(b2.callsOf('scenario.explain').every((c) => c.roleCode === 'r1' && c.name === 'expected')).toBe(true);
    expect(s2.getState().roleImpact?.years).toHaveLength(4);
    await s2.getState().loadRoleExposure('r1');
    expect(b2.callsOf('roles.exposure').map((c) => c.source).sort()).toEqual(['gpt4', 'human']);
    expect(s2.getState().roleExposure?.human?.automatedShare).toBe(0.1);
    expect(s2.getState().roleExposure?.gpt4?.automatedShare).toBe(0.2);
  });
});
