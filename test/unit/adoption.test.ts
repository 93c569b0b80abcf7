import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adoption, adoptionVector } from '../../shared/domain/adoption';
import { TASK_CATEGORIES } from '../../shared/domain/types';
import { curveArb, makeScenario } from '../fixtures/model-builders';

describe('adoption', () => {
  it('matches EVIDENCE.md A (expected customer inquiries: 2027 / 0.80 / 0.8)', () => {
    const c = { midpoint: 2027, steepness: 0.8, ceiling: 0.8 };
    expect(adoption(c, 2027)).toBeCloseTo(0.4, 12);
    expect(adoption(c, 2025)).toBeCloseTo(0.8 / (1 + Math.exp(1.6)), 12); // ≈ 0.134
    expect(adoption(c, 2025)).toBeCloseTo(0.134, 3);
    expect(adoption(c, 2029)).toBeCloseTo(0.666, 3);
  });

  it('is 0 with ceiling 0 and never NaN far from the midpoint', () => {
    expect(adoption({ midpoint: 2027, steepness: 0.8, ceiling: 0 }, 2030)).toBe(0);
    expect(adoption({ midpoint: 2027, steepness: 50, ceiling: 0.9 }, 1000)).toBe(0);
    expect(adoption({ midpoint: 2027, steepness: 50, ceiling: 0.9 }, 3000)).toBeCloseTo(0.9, 12);
  });

  it('stays in [0, ceiling] and never falls with a later year or a higher ceiling', () => {
    fc.assert(
      fc.property(curveArb, fc.integer({ min: 2000, max: 2060 }), fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 1, noNaN: true }), (c, y, dy, dc) => {
        const v = adoption(c, y);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(c.ceiling);
        expect(adoption(c, y + dy)).toBeGreaterThanOrEqual(v);
        expect(adoption({ ...c, ceiling: Math.min(1, c.ceiling + dc) }, y)).toBeGreaterThanOrEqual(v);
      }),
    );
  });

  it('evaluates every category in TASK_CATEGORIES order', () => {
    const s = makeScenario();
    s.adoption.content_creation = { midpoint: 2026, steepness: 0.9, ceiling: 0.85 };
    const v = adoptionVector(s.adoption, 2026);
    expect(v.length).toBe(TASK_CATEGORIES.length);
    expect(v[TASK_CATEGORIES.indexOf('content_creation')]).toBeCloseTo(0.425, 12);
  });
});
