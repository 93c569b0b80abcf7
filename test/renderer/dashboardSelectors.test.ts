import { describe, expect, it } from 'vitest';
import type { RoleYear } from '../../shared/domain/modelTypes';
import { fteBridge, type ResultLike, type RoleLike } from '../../renderer/src/features/dashboard/shape';

// Only the horizon year is read; earlier years are filler with the same shape.
const year = (y: number, fteFreed: number, demandFte: number): RoleYear => ({
  year: y,
  automatedShare: 0,
  augmentedShare: 0,
  hoursFreed: 0,
  fteFreed,
  demandFte,
  supplyFte: demandFte,
  surplusFte: 0,
  shortfallFte: 0,
  hires: 0,
  leavers: 0,
  attritionLeavers: 0,
  contractEndings: 0,
  riskClass: 'low',
});

const role = (code: string, title: string, fte: number, growth: number, attrition: number, freed: number, demand: number): RoleLike => ({
  code,
  title,
  headcount: fte,
  fte,
  growth,
  attrition,
  byYear: [year(2026, 0, fte), year(2027, freed / 2, fte), year(2028, freed, demand)],
});

// Two years to the horizon (2026 → 2028).
// A: 100 FTE, growth −10 %/yr, attrition 30 %/yr; 30 FTE freed; needed 100 × 0.7 × 0.9² = 56.7.
//    growth = 56.7 − (100 − 30) = −13.3; no longer needed 100 − 56.7 = 43.3; leavers 100 × (1 − 0.7²) = 51 → absorbed.
// B: 50 FTE, growth +10 %/yr, attrition 10 %/yr; 20 FTE freed; needed 50 × 0.6 × 1.1² = 36.3.
//    growth = 36.3 − 30 = +6.3; no longer needed 13.7; leavers 50 × (1 − 0.9²) = 9.5 → 4.2 FTE to redeploy.
const fake = (backfill?: 'replace_to_demand' | 'none'): ResultLike => ({
  years: [2026, 2027, 2028],
  horizonYear: 2028,
  backfill,
  roles: [role('A', 'Contact centre', 100, -0.1, 0.3, 30, 56.7), role('B', 'Editors', 50, 0.1, 0.1, 20, 36.3)],
  totals: { byYear: [] },
});

describe('fteBridge', () => {
  it('bridges today’s FTE to the FTE needed at the horizon: 150 − 50 freed − 7 growth = 93', () => {
    const b = fteBridge(fake(), 'en', 'Other roles', 'All roles');
    expect(b.year).toBe(2028);
    expect(b.startYear).toBe(2026);
    expect(b.years).toBe(2);
    expect(b.backfill).toBe('replace_to_demand');
    const [today, freed, growth, needed] = b.steps;
    expect(today).toEqual({ key: 'today', value: 150, base: 0, span: 150 });
    expect(freed!.key).toBe('freed');
    expect(freed!.value).toBeCloseTo(-50, 9);
    expect(freed!.base).toBeCloseTo(100, 9);
    expect(freed!.span).toBeCloseTo(50, 9);
    expect(growth!.key).toBe('growth');
    expect(growth!.value).toBeCloseTo(-7, 9);
    expect(growth!.base).toBeCloseTo(93, 9);
    expect(growth!.span).toBeCloseTo(7, 9);
    expect(needed!.key).toBe('needed');
    expect(needed!.value).toBeCloseTo(93, 9);
    expect(needed!.span).toBeCloseTo(93, 9);
    // The bridge closes: today − freed + growth = needed.
    expect(today!.value + freed!.value + growth!.value).toBeCloseTo(needed!.value, 9);
  });

  it('compares the FTE no longer needed with the expected leavers per role and names the redeployment need', () => {
    const b = fteBridge(fake(), 'en', 'Other roles', 'All roles');
    // B has a need, so it comes first.
    expect(b.rows.map((r) => r.code)).toEqual(['B', 'A']);
    const [rb, ra] = b.rows;
    expect(ra!.growth).toBeCloseTo(-13.3, 9);
    expect(ra!.noLongerNeeded).toBeCloseTo(43.3, 9);
    expect(ra!.leavers).toBeCloseTo(51, 9);
    expect(ra!.redeploy).toBe(0);
    expect(rb!.growth).toBeCloseTo(6.3, 9);
    expect(rb!.noLongerNeeded).toBeCloseTo(13.7, 9);
    expect(rb!.leavers).toBeCloseTo(9.5, 9);
    expect(rb!.redeploy).toBeCloseTo(4.2, 9);
    expect(b.needRoles).toHaveLength(1);
    expect(b.needRoles[0]!.name).toBe('Editors');
    expect(b.needRoles[0]!.redeploy).toBeCloseTo(4.2, 9);
    expect(b.total.name).toBe('All roles');
    expect(b.total.fte).toBe(150);
    expect(b.total.noLongerNeeded).toBeCloseTo(57, 9);
    expect(b.total.leavers).toBeCloseTo(60.5, 9);
    expect(b.total.redeploy).toBeCloseTo(4.2, 9);
  });

  it('groups the roles beyond n as "other roles" with summed figures', () => {
    const b = fteBridge(fake(), 'en', 'Other roles', 'All roles', 1);
    expect(b.rows).toHaveLength(1);
    expect(b.rows[0]!.name).toBe('Other roles');
    expect(b.rows[0]!.noLongerNeeded).toBeCloseTo(57, 9);
    expect(b.rows[0]!.redeploy).toBeCloseTo(4.2, 9);
    // The named need is not lost in the group.
    expect(b.needRoles.map((r) => r.code)).toEqual(['B']);
  });

  it('passes the backfill policy through and reads bilingual titles', () => {
    const r = fake('none');
    r.roles[0] = { ...r.roles[0]!, title: { en: 'Contact centre', nl: 'Klantcontact', nlSource: 'overstap' } };
    const b = fteBridge(r, 'nl', 'Overige functies', 'Alle functies');
    expect(b.backfill).toBe('none');
    expect(b.rows.find((x) => x.code === 'A')!.name).toBe('Klantcontact');
  });

  it('treats a need that rounds to 0.0 FTE as absorbed', () => {
    const r = fake();
    // B: leavers 9.5; needed 40.47 → no longer needed 9.53 → need 0.03 FTE, below the display precision.
    r.roles[1] = role('B', 'Editors', 50, 0.1, 0.1, 20, 40.47);
    const b = fteBridge(r, 'en', 'Other roles', 'All roles');
    expect(b.needRoles).toEqual([]);
  });
});
