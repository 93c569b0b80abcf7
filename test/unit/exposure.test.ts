import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exposureScores, resolveExposureLabels, taskPotential } from '../../shared/domain/exposure';
import type { ExposureLabel, Task } from '../../shared/domain/types';
import { makeScenario, makeTask } from '../fixtures/model-builders';

const recomputeAutomated = (inputs: { name: string; value: unknown }[]) => {
  const get = (n: string) => inputs.find((i) => i.name === n)?.value as number;
  const ov = inputs.find((i) => i.name === 'input.override');
  return ov ? (ov.value as number) : get('input.automationLevelShare') * get('input.realismFactor');
};

describe('label resolution', () => {
  const t = makeTask('a', { humanExposure: 'E2', gpt4Exposure: 'E1' });
  it('picks per source; cautious takes the lower with E0 < E2 < E1', () => {
    expect(resolveExposureLabels(t, 'human')).toEqual(['E2']);
    expect(resolveExposureLabels(t, 'gpt4')).toEqual(['E1']);
    expect(resolveExposureLabels(t, 'average')).toEqual(['E2', 'E1']);
    expect(resolveExposureLabels(t, 'cautious')).toEqual(['E2']);
    expect(resolveExposureLabels(makeTask('b', { humanExposure: 'E0', gpt4Exposure: 'E2' }), 'cautious')).toEqual(['E0']);
  });
  it('falls back to the one label present for average and cautious, not for a named rater', () => {
    const only = makeTask('c', { humanExposure: null, gpt4Exposure: 'E2' });
    expect(resolveExposureLabels(only, 'average')).toEqual(['E2']);
    expect(resolveExposureLabels(only, 'cautious')).toEqual(['E2']);
    expect(resolveExposureLabels(only, 'human')).toEqual([]);
  });
});

describe('taskPotential', () => {
  it('computes a_t = T/4 × r and aug = (1 − a_t) × g (hand-computed, expected preset)', () => {
    const p = taskPotential(makeTask('t1', { gpt4Automation: 'T2' }), makeScenario());
    expect(p.automated).toBeCloseTo(0.35, 12);
    expect(p.augmented).toBeCloseTo(0.65 * 0.4, 12);
    expect(p.flags).toEqual([]);
  });

  it('averages the two levels\' g for the average source and keeps both sources apart', () => {
    const task = makeTask('t2', { humanExposure: 'E2', gpt4Exposure: 'E1', gpt4Automation: 'T1' });
    const p = taskPotential(task, makeScenario());
    expect(p.g).toBeCloseTo(0.325, 12);
    expect(p.automated).toBeCloseTo(0.175, 12);
    expect(p.augmented).toBeCloseTo(0.825 * 0.325, 12);
    expect(p.bySource.human).toMatchObject({ label: 'E2', g: 0.25 });
    expect(p.bySource.human.augmented).toBeCloseTo(0.825 * 0.25, 12);
    expect(p.bySource.gpt4.augmented).toBeCloseTo(0.825 * 0.4, 12);
    expect(p.flags).toContain('sourcesDisagree');
    // The automated part is GPT-4's T label whatever the exposure source.
    for (const src of ['human', 'gpt4', 'cautious'] as const) {
      expect(taskPotential(task, makeScenario({ labelSource: src })).automated).toBeCloseTo(0.175, 12);
    }
  });

  it('gives an unlabelled task potential 0 and flags it', () => {
    const p = taskPotential(makeTask('u', { humanExposure: null, gpt4Exposure: null, gpt4Automation: 'T3' }), makeScenario());
    expect(p.automated).toBe(0);
    expect(p.augmented).toBe(0);
    expect(p.flags).toContain('unlabelled');
  });

  it('applies an override, records it, and keeps automated + augmented ≤ 1', () => {
    const task = makeTask('t1', { gpt4Automation: 'T2' });
    const s = makeScenario({ taskOverrides: [{ taskId: 't1', automation: 0.1, reason: 'pilot showed less' }] });
    const p = taskPotential(task, s);
    expect(p.automated).toBe(0.1);
    expect(p.modelAutomated).toBeCloseTo(0.35, 12);
    expect(p.augmented).toBeCloseTo(0.9 * 0.4, 12);
    expect(p.explanations.automated.overrides).toEqual([{ what: 'task:t1.automation', from: p.modelAutomated, to: 0.1, reason: 'pilot showed less' }]);
    expect(recomputeAutomated(p.explanations.automated.inputs)).toBe(0.1);

    const both = taskPotential(task, makeScenario({ taskOverrides: [{ taskId: 't1', automation: 0.8, augmentation: 0.5, reason: 'x' }] }));
    expect(both.automated + both.augmented).toBeCloseTo(1, 12);
    expect(both.flags).toContain('overrideClamped');
  });

  it('explanations reproduce the figures, shares stay in [0,1]', () => {
    const lab = fc.constantFrom<ExposureLabel | null>('E0', 'E1', 'E2', null);
    fc.assert(
      fc.property(
        lab,
        lab,
        fc.constantFrom('T0', 'T1', 'T2', 'T3', 'T4', null),
        fc.constantFrom('human', 'gpt4', 'average', 'cautious' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (h, g, t, src, r) => {
          const task: Task = makeTask('p', { humanExposure: h, gpt4Exposure: g, gpt4Automation: t as Task['gpt4Automation'] });
          const s = makeScenario({ labelSource: src });
          s.exposure.realismFactor = r;
          const p = taskPotential(task, s);
          for (const v of [p.automated, p.augmented, p.automated + p.augmented]) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1 + 1e-12);
          }
          expect(recomputeAutomated(p.explanations.automated.inputs)).toBeCloseTo(p.automated, 12);
          const ai = p.explanations.augmented.inputs;
          const get = (n: string) => ai.find((i) => i.name === n)!.value as number;
          expect((1 - get('input.automatedShare')) * get('input.augmentationValue')).toBeCloseTo(p.augmented, 12);
          expect(p.explanations.automated.sourceIds).toEqual(['gpts-are-gpts', 'onet-29-3']);
        },
      ),
    );
  });
});

describe('exposureScores (GPTs-are-GPTs alpha/beta/gamma)', () => {
  const t1 = makeTask('t1', { humanExposure: 'E1', gpt4Exposure: 'E1', type: 'core' });
  const t2 = makeTask('t2', { humanExposure: 'E2', gpt4Exposure: 'E1', type: 'supplemental' });
  const t3 = makeTask('t3', { humanExposure: 'E0', gpt4Exposure: 'E0', type: 'core' });
  const un = makeTask('t4', { humanExposure: null, gpt4Exposure: null, type: null });
  const mix = [
    { task: t1, share: 0.5 },
    { task: t2, share: 0.3 },
    { task: t3, share: 0.2 },
    { task: un, share: 0 },
  ];
  it('weights core 2, other 1 and leaves unlabelled tasks out (hand-computed)', () => {
    const h = exposureScores(mix, 'human');
    expect(h.alpha).toBeCloseTo(2 / 5, 12);
    expect(h.beta).toBeCloseTo(2.5 / 5, 12);
    expect(h.gamma).toBeCloseTo(3 / 5, 12);
    const g = exposureScores(mix, 'gpt4');
    expect([g.alpha, g.beta, g.gamma].map((x) => x!.toFixed(12))).toEqual(['0.600000000000', '0.600000000000', '0.600000000000']);
    const a = exposureScores(mix, 'average');
    expect(a.alpha).toBeCloseTo(2.5 / 5, 12);
    expect(a.beta).toBeCloseTo(2.75 / 5, 12);
    expect(a.labelledTasks).toBe(3);
    expect(a.tasks).toBe(4);
    // time-share variant
    expect(a.alphaTime).toBeCloseTo(0.5 + 0.15, 12);
    expect(a.betaTime).toBeCloseTo(0.5 + 0.3 * 0.75, 12);
    expect(a.gammaTime).toBeCloseTo(0.8, 12);
    expect(exposureScores(mix, 'cautious').beta).toBeCloseTo(h.beta!, 12);
  });
  it('is null without labelled tasks', () => {
    expect(exposureScores([{ task: un, share: 1 }], 'average').alpha).toBeNull();
  });
});
