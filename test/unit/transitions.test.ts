import { describe, expect, it } from 'vitest';
import { isDesirable, isSafer, isViable, transitionFlags } from '../../shared/domain/transitions';
import { RULES } from '../fixtures/reskill-builders';

describe('transition rules (maxJobZoneDistance 1, minFit 0.6, maxWeeks 52, wageTolerance 0.05)', () => {
  it.each([
    // fromJz, toJz, fit, weeks, complete → viable
    [2, 3, 0.6, 999, true, true], // fit threshold alone
    [2, 3, 0.59, 52, true, true], // weeks threshold alone
    [2, 3, 0.59, 52.1, true, false],
    [2, 3, 0.59, 10, false, false], // incomplete path is never "ready in time"
    [2, 4, 0.95, 1, true, false], // job zone too far
    [4, 3, 0.95, 1, true, true],
  ])('viable(%s→%s, fit %s, %s wk, complete %s) = %s', (a, b, fit, weeks, complete, expected) =>
    expect(isViable(a, b, fit, weeks, complete, RULES)).toBe(expected));

  it.each([
    [3, 3, 40_000, 38_000, true], // 5 % below is within tolerance
    [3, 3, 40_000, 37_999, false],
    [3, 2, 40_000, 60_000, false], // lower level
    [2, 3, 40_000, 45_000, true],
  ])('desirable(%s→%s, €%s→€%s) = %s', (a, b, from, to, expected) => expect(isDesirable(a, b, from, to, RULES)).toBe(expected));

  it('safer needs a strictly higher demand index at the horizon; unknown is never safer', () => {
    expect(isSafer(0.8, 1.1)).toBe(true);
    expect(isSafer(1, 1)).toBe(false);
    expect(isSafer(undefined, 2)).toBe(false);
    expect(isSafer(0.5, undefined)).toBe(false);
    expect(isSafer(NaN, 2)).toBe(false);
  });

  it('explains each flag with the editable thresholds', () => {
    const f = transitionFlags({ fromJobZone: 2, toJobZone: 3, fromSalary: 37_000, toSalary: 55_000, fit: 0.7, weeks: 20, complete: true, fromDemand: 0.6, toDemand: 1.2 }, RULES);
    expect([f.viable, f.desirable, f.safer]).toEqual([true, true, true]);
    expect(f.explain.viable.formula).toBe('reskill.viable');
    expect(f.explain.viable.inputs.find((i) => i.name === 'input.minFit')?.value).toBe(0.6);
  });
});
