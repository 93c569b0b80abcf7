import { describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/domain/impact';
import { sensitivity } from '../../shared/domain/sensitivity';
import { smallCase } from '../fixtures/model-builders';

describe('sensitivity (tornado)', () => {
  const input = smallCase();
  const t = sensitivity(input);

  it('reports the headline at the horizon and bars sorted by swing', () => {
    expect(t.metric).toBe('fteFreed');
    expect(t.year).toBe(2030);
    expect(t.baseValue).toBe(runScenario(input).totals.byYear[5].fteFreed);
    for (let i = 1; i < t.bars.length; i++) expect(t.bars[i - 1].swing).toBeGreaterThanOrEqual(t.bars[i].swing);
    const ids = t.bars.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('adoption.customer_inquiries.ceiling');
    expect(ids).toContain('exposure.realismFactor');
    expect(ids).toContain('levers.reinvestAugmented');
  });

  it('varies the right thing: ceiling ±20 % scales FTE freed in that category', () => {
    const bar = t.bars.find((b) => b.id === 'adoption.customer_inquiries.ceiling')!;
    expect(bar.lowInput).toBeCloseTo(0.64, 12);
    expect(bar.highInput).toBeCloseTo(0.96, 12);
    expect(bar.low).toBeLessThan(t.baseValue);
    expect(bar.high).toBeGreaterThan(t.baseValue);
    // Ceiling enters linearly: the swing is 40 % of that category's contribution.
    const zero = { ...input.scenario.adoption.customer_inquiries, ceiling: 0 };
    const without = runScenario({ ...input, scenario: { ...input.scenario, adoption: { ...input.scenario.adoption, customer_inquiries: zero } } }).totals.byYear[5].fteFreed;
    expect(bar.swing).toBeCloseTo(0.4 * (t.baseValue - without), 9);
    // An unused category and attrition do not move FTE freed.
    expect(t.bars.find((b) => b.id === 'adoption.technology_data.ceiling')!.swing).toBe(0);
    expect(t.bars.find((b) => b.id === 'levers.attrition')!.swing).toBe(0);
  });

  it('attrition and growth move supply-side metrics; dropZero removes flat bars', () => {
    const s = sensitivity(input, { metric: 'demandFte', dropZero: true });
    expect(s.bars.find((b) => b.id === 'growth.all')!.swing).toBeGreaterThan(0);
    expect(s.bars.every((b) => b.swing > 0)).toBe(true);
    const sup = sensitivity({ ...input, scenario: { ...input.scenario, levers: { ...input.scenario.levers, backfill: 'none' } } }, { metric: 'supplyFte' });
    expect(sup.bars[0].id).toBe('levers.attrition');
  });
});
