import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDesirable, isSafer, isViable, transitionFlags, viabilityBlocks } from '../../shared/domain/transitions';
import { RULES } from '../fixtures/reskill-builders';

describe('transition rules (maxJobZoneDistance 1, minFit 0.6, maxWeeks 52, wageTolerance 0.05)', () => {
  it.each([
    // fromJz, toJz, fit, weeks, complete → viable, the rules it fails
    [2, 3, 0.6, 52, true, true, []],
    [2, 3, 0.95, 999, true, false, ['horizon']], // a high fit no longer makes a 999-week path viable
    [2, 3, 0.95, 52.1, true, false, ['horizon']],
    [2, 3, 0.59, 10, true, false, ['fit']],
    [2, 3, 0.9, 10, false, false, ['incomplete']], // an incomplete path is never ready in time
    [2, 4, 0.95, 1, true, false, ['jobZone']],
    [2, 5, 0.2, 300, true, false, ['jobZone', 'horizon', 'fit']],
    [4, 3, 0.95, 1, true, true, []],
    [2, 3, NaN, 10, true, false, ['fit']],
    [2, 3, 0.9, NaN, true, false, ['horizon']],
  ])('viable(%s→%s, fit %s, %s wk, complete %s) = %s, fails %j', (a, b, fit, weeks, complete, expected, blocks) => {
    expect(isViable(a, b, fit, weeks, complete, RULES)).toBe(expected);
    expect(viabilityBlocks(a, b, fit, weeks, complete, RULES)).toEqual(blocks);
  });

  it('viable means every rule holds, and is never longer than the horizon (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.boolean(),
        fc.record({ maxJobZoneDistance: fc.integer({ min: 0, max: 4 }), minFit: fc.double({ min: 0, max: 1, noNaN: true }), maxWeeksToReady: fc.double({ min: 0, max: 156, noNaN: true }), wageTolerance: fc.constant(0.05), lambda: fc.constant(0.5) }),
        (a, b, fit, weeks, complete, rules) => {
          const viable = isViable(a, b, fit, weeks, complete, rules);
          expect(viable).toBe(viabilityBlocks(a, b, fit, weeks, complete, rules).length === 0);
          if (viable) {
            expect(weeks).toBeLessThanOrEqual(rules.maxWeeksToReady);
            expect(complete).toBe(true);
            expect(Math.abs(b - a)).toBeLessThanOrEqual(rules.maxJobZoneDistance);
            expect(fit).toBeGreaterThanOrEqual(rules.minFit);
          }
        },
      ),
    );
  });

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
    expect(f.blocks).toEqual([]);
    expect(f.explain.viable.formula).toBe('reskill.viable');
    expect(f.explain.viable.inputs.find((i) => i.name === 'input.minFit')?.value).toBe(0.6);
  });
});
