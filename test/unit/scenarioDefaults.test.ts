import { describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/domain/impact';
import { seedScenarios, SEEDED_SCENARIO_NAMES } from '../../shared/domain/scenarioDefaults';
import { TASK_CATEGORIES } from '../../shared/domain/types';
import { makeAssumptions, smallCase } from '../fixtures/model-builders';

describe('seedScenarios', () => {
  const a = makeAssumptions();
  const seeded = seedScenarios(a, 2026);

  it('builds no-ai, conservative, expected, accelerated with the defaults', () => {
    expect(seeded.map((s) => s.name)).toEqual([...SEEDED_SCENARIO_NAMES]);
    for (const s of seeded) {
      expect(s.startYear).toBe(2026);
      expect(s.horizon).toBe(5);
      expect(s.labelSource).toBe('average');
      expect(s.risk).toEqual({ high: 0.5, medium: 0.25 });
      expect(s.transitions).toEqual({ maxJobZoneDistance: 1, minFit: 0.3, maxWeeksToReady: 78, wageTolerance: 0.05, lambda: 0.5 });
      expect(s.levers).toMatchObject({ reinvestAutomated: 0.2, reinvestAugmented: 0.6, backfill: 'replace_to_demand', budgetCap: null, extraOpenings: [], candidateRoles: [] });
      expect(s.taskOverrides).toEqual([]);
    }
  });

  it('takes the curves and exposure table of each preset; no-ai has every ceiling 0', () => {
    const [noAi, cons, , acc] = seeded;
    for (const c of TASK_CATEGORIES) {
      expect(noAi.adoption[c].ceiling).toBe(0);
      expect(cons.adoption[c]).toEqual(a.adoptionPresets.conservative[c].value);
      expect(acc.adoption[c]).toEqual(a.adoptionPresets.accelerated[c].value);
    }
    expect(cons.exposure.realismFactor).toBe(0.5);
    expect(acc.exposure.augmentationByExposure.E1).toBe(0.55);
  });

  it('returns copies: editing a scenario leaves the assumptions alone', () => {
    const s = seedScenarios(a, 2026)[2];
    s.exposure.augmentationByExposure.E1 = 0.99;
    s.adoption.content_creation.ceiling = 0.01;
    expect(a.exposurePresets.expected.value.augmentationByExposure.E1).toBe(0.4);
    expect(a.adoptionPresets.expected.content_creation.value.ceiling).toBe(0.8);
  });

  it('no-ai frees nothing; accelerated frees more than conservative', () => {
    const run = (i: number) => runScenario({ ...smallCase(), scenario: seeded[i] });
    expect(run(0).totals.byYear.every((t) => t.fteFreed === 0 && t.hoursFreed === 0)).toBe(true);
    const h = (i: number) => run(i).totals.byYear[5].fteFreed;
    expect(h(1)).toBeLessThan(h(2));
    expect(h(2)).toBeLessThan(h(3));
  });
});
