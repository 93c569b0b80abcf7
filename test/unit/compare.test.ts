import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../shared/domain/compare';
import { runScenario } from '../../shared/domain/impact';
import { makeScenario, smallCase } from '../fixtures/model-builders';

describe('compareScenarios', () => {
  const base = runScenario(smallCase());
  const fast = runScenario(smallCase({ name: 'fast' }));
  const later = runScenario({ ...smallCase({ name: 'later', startYear: 2026 }) });
  fast.scenario = 'fast';

  it('puts scenarios side by side with differences from the first', () => {
    const acc = runScenario({ ...smallCase(), scenario: { ...makeScenario({ name: 'acc' }, { midpoint: 2026, steepness: 1, ceiling: 0.9 }) } });
    const c = compareScenarios([base, acc]);
    expect(c.scenarios).toEqual(['test', 'acc']);
    const t = c.totals[5].metrics.fteFreed;
    expect(t.values).toEqual([base.totals.byYear[5].fteFreed, acc.totals.byYear[5].fteFreed]);
    expect(t.diffs[0]).toBe(0);
    expect(t.diffs[1]).toBeCloseTo(acc.totals.byYear[5].fteFreed - base.totals.byYear[5].fteFreed, 12);
    expect(t.diffs[1]!).toBeGreaterThan(0);
    const r = c.roles.find((x) => x.code === 'R1')!;
    expect(r.byYear[2].metrics.automatedShare.values[0]).toBe(base.roles[0].byYear[2].automatedShare);
    expect(r.byYear[2].riskClass).toEqual([base.roles[0].byYear[2].riskClass, acc.roles[0].byYear[2].riskClass]);
    expect(c.candidatePeople.values).toEqual([100, 100]);
  });

  it('aligns different year ranges with nulls', () => {
    const c = compareScenarios([base, fast, later]);
    expect(c.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(c.totals[0].metrics.demandFte.values[2]).toBeNull();
    expect(c.totals[0].metrics.demandFte.diffs[2]).toBeNull();
    expect(c.totals[6].metrics.demandFte.values[0]).toBeNull();
    expect(c.totals[1].metrics.fteFreed.diffs[1]).toBe(0);
  });

  it('refuses an empty list', () => {
    expect(() => compareScenarios([])).toThrow(RangeError);
  });
});
