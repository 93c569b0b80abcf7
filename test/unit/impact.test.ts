import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Explanation } from '../../shared/domain/explain';
import { explainRoleYear, prepareScenario, roleExposure, runScenario, updatePrepared } from '../../shared/domain/impact';
import type { ModelExplainInput, ScenarioInput } from '../../shared/domain/modelTypes';
import { adoption } from '../../shared/domain/adoption';
import { makeScenario, modelInputArb, smallCase } from '../fixtures/model-builders';

const AP = 0.5 * 0.35 + 0.3 * 0.175; // R1 automated potential
const CURVE = { midpoint: 2027, steepness: 0.8, ceiling: 0.8 };

/** Recomputes a figure from nothing but its explanation's inputs. */
function recompute(e: Explanation): number | string {
  const inputs = e.inputs as ModelExplainInput[];
  const v = (name: string) => inputs.find((i) => i.name === name)!.value as number;
  switch (e.formula) {
    case 'role.automatedShare':
    case 'role.augmentedShare': {
      const key = e.formula === 'role.automatedShare' ? 'input.taskAutomated' : 'input.taskAugmented';
      const adopt = new Map(inputs.filter((i) => i.name === 'input.adoption').map((i) => [i.category, i.value as number]));
      let x = 0;
      for (const s of inputs.filter((i) => i.name === 'input.taskShare')) {
        const pot = inputs.find((i) => i.name === key && i.taskId === s.taskId)!.value as number;
        x += (s.value as number) * pot * (s.category ? adopt.get(s.category)! : 0);
      }
      return x;
    }
    case 'role.hoursFreed':
      return (v('input.automatedShare') + v('input.augmentedShare')) * v('input.fte') * v('input.annualHoursPerFte');
    case 'role.fteFreed':
      return v('input.fte') * (v('input.automatedShare') * (1 - v('input.reinvestAutomated')) + v('input.augmentedShare') * (1 - v('input.reinvestAugmented')));
    case 'workforce.demand':
      return (v('input.fte') * (1 - v('input.fteFreedShare'))) / (1 - v('input.fteFreedShareStart')) * Math.pow(1 + v('input.growth'), v('input.yearsFromStart'));
    case 'workforce.supply.start':
      return v('input.fte');
    case 'workforce.supply':
      return v('input.previousSupply') - v('input.leavers') + v('input.hires');
    case 'workforce.leavers':
      return v('input.previousSupply') * (v('input.attrition') + v('input.contractEndingRate'));
    case 'workforce.hires': {
      const backfill = inputs.find((i) => i.name === 'input.backfill')!.value;
      return backfill === 'none' ? 0 : Math.max(0, v('input.demandFte') - (v('input.previousSupply') - v('input.leavers')));
    }
    case 'workforce.flows.start':
      return 0;
    case 'workforce.surplus':
      return v('input.supplyFte') - v('input.demandFte');
    case 'workforce.shortfall':
      return Math.max(0, v('input.demandFte') - v('input.supplyFte'));
    case 'role.riskClass': {
      const a = v('input.automatedShare') + v('input.augmentedShare');
      return a >= v('input.riskHigh') ? 'high' : a >= v('input.riskMedium') ? 'medium' : 'low';
    }
  }
  throw new Error(`unknown formula ${e.formula}`);
}

function expectReproduced(e: Explanation, figure: number | string) {
  const r = recompute(e);
  if (typeof figure === 'string') expect(r).toBe(figure);
  else expect(r as number).toBeCloseTo(figure, 9);
  expect(e.value).toBe(figure);
}

describe('runScenario — hand-computed small role', () => {
  const res = runScenario(smallCase());
  const r1 = res.roles.find((r) => r.code === 'R1')!;

  it('has the CLI shape', () => {
    expect(res.scenario).toBe('test');
    expect(res.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(res.roles.map((r) => r.code)).toEqual(['R1']); // TGT has no staff
    expect(r1.headcount).toBe(100);
    expect(Object.keys(r1.byYear[0]).sort()).toEqual(
      ['attritionLeavers', 'augmentedShare', 'automatedShare', 'contractEndings', 'demandFte', 'fteFreed', 'hires', 'hoursFreed', 'leavers', 'riskClass', 'shortfallFte', 'supplyFte', 'surplusFte', 'year'].sort(),
    );
  });

  it('2027 (adoption 0.4): A, G, hours, FTE, demand, risk', () => {
    const y = r1.byYear[2];
    expect(y.year).toBe(2027);
    expect(y.automatedShare).toBeCloseTo(0.091, 12);
    expect(y.augmentedShare).toBeCloseTo(0.084175, 12);
    expect(y.hoursFreed).toBeCloseTo(0.175175 * 90 * 1872, 6); // 29,513.484 h
    expect(y.fteFreed).toBeCloseTo(90 * (0.091 * 0.8 + 0.084175 * 0.4), 9); // 9.5823
    // Rebased to 2025, whose staff already work with 2025's adoption (demand 86.7807 before rebasing).
    expect(y.demandFte).toBeCloseTo((80.4177 * 90) / 86.78069954373761, 9);
    expect(y.riskClass).toBe('low');
  });

  it('no surplus in the start year; 30 % contact-centre attrition, leavers replaced up to demand and shown as hires', () => {
    expect(r1.attritionFamily).toBe('customerContact');
    expect(r1.byYear[0]).toMatchObject({ supplyFte: 90, surplusFte: 0, hires: 0, leavers: 0 });
    expect(r1.byYear[0].demandFte).toBeCloseTo(90, 9);
    // Demand falls slower than 30 % a year, so leavers are replaced and supply tracks demand.
    for (let i = 1; i < r1.byYear.length; i++) {
      const y = r1.byYear[i];
      expect(y.supplyFte).toBeCloseTo(y.demandFte, 9);
      expect(y.shortfallFte).toBe(0);
      expect(y.leavers).toBeCloseTo(0.3 * r1.byYear[i - 1].supplyFte, 9);
      expect(y.hires).toBeCloseTo(y.demandFte - 0.7 * r1.byYear[i - 1].supplyFte, 9);
      expect(y.hires).toBeGreaterThan(0);
    }
    expect(r1.byYear[5].demandFte).toBeCloseTo((72.42937145922743 * 90) / 86.78069954373761, 9);
    expect(r1.demandIndexAtHorizon).toBeCloseTo(72.42937145922743 / 86.78069954373761, 12);
  });

  it('with backfill none supply is 90 × 0.7^n and nobody is hired', () => {
    const none = runScenario(smallCase({ levers: { ...makeScenario().levers, backfill: 'none' } })).roles[0];
    expect(none.byYear[3].supplyFte).toBeCloseTo(90 * 0.7 ** 3, 9);
    expect(none.byYear[3].hires).toBe(0);
    expect(none.byYear[3].shortfallFte).toBeCloseTo(none.byYear[3].demandFte - 90 * 0.7 ** 3, 9);
  });

  it('fixed-term contracts that end unrenewed leave on top of attrition', () => {
    const input = smallCase();
    input.workforce = [{ ...input.workforce[0]!, fteByContract: { permanent: 60, temporary: 30 } }];
    const r = runScenario(input).roles[0]!;
    expect(r.contractEndingRate).toBeCloseTo((30 / 90) * 0.7 * 0.5, 12);
    expect(r.byYear[1].contractEndings).toBeCloseTo(90 * r.contractEndingRate, 9);
    expect(r.byYear[1].attritionLeavers).toBeCloseTo(90 * 0.3, 9);
  });

  it('paper scores, totals, risk counts, demand index of the unstaffed target role', () => {
    expect(r1.alpha).toBeCloseTo(0.5, 12);
    expect(r1.beta).toBeCloseTo(0.55, 12);
    expect(r1.gamma).toBeCloseTo(0.6, 12);
    expect(res.totals.byYear[2].fteFreed).toBeCloseTo(9.5823, 9);
    expect(res.totals.rolesAtRisk).toEqual({ low: 0, medium: 1, high: 0 }); // A+G 2030 = 0.321
    // The target role's index is rebased to the start year like every role's demand.
    const freed = (y: number) => 0.525 * adoption(CURVE, y) * 0.8 + 0.475 * 0.4 * adoption(CURVE, y) * 0.4;
    const tgt = res.roleIndex.find((r) => r.code === 'TGT')!;
    expect(tgt.demandIndexAtHorizon).toBeCloseTo(((1 - freed(2030)) / (1 - freed(2025))) * 1.05 ** 5, 12);
  });

  it('candidates: every person of a shrinking role, with the expected moves', () => {
    expect(res.candidates.people).toBe(100);
    expect(res.candidates.roles).toHaveLength(1);
    expect(res.candidates.roles[0].peopleToMove).toBeCloseTo(100 * (1 - 72.42937145922743 / 86.78069954373761), 9);
    const narrowed = runScenario(smallCase({ levers: { ...makeScenario().levers, candidateRoles: ['OTHER'] } }));
    expect(narrowed.candidates.people).toBe(0);
  });

  it('openings: floor(perFreedFte × FTE freed in the category + planner extra)', () => {
    const input = smallCase({ levers: { ...makeScenario().levers, extraOpenings: [{ roleCode: 'TGT', count: 2 }] } });
    input.assumptions.openingDrivers = [{ roleCode: 'TGT', category: 'customer_inquiries', perFreedFte: 0.5, note: { en: '', nl: '', nlSource: 'overstap' } }];
    const out = runScenario(input);
    const a = adoption(CURVE, 2030);
    const freedCI = 90 * (0.5 * 0.35 * 0.8 + 0.5 * 0.26 * 0.4) * a; // ≈ 12.29 FTE
    expect(out.openings[0].fromDrivers).toBeCloseTo(0.5 * freedCI, 9);
    expect(out.openings[0].count).toBe(Math.floor(0.5 * freedCI + 2));
    expect(out.openings[0].explanation.sourceIds).toEqual(['drivers']);
  });

  it('role overrides: task mix, growth and attrition', () => {
    const out = runScenario(
      smallCase({ roleOverrides: [{ roleCode: 'R1', taskMix: [{ taskId: 't3', share: 1 }], growth: 0.1, attrition: 0.05, reason: 'r' }] }),
    ).roles[0];
    expect(out.byYear[5].automatedShare).toBe(0);
    expect(out.byYear[5].demandFte).toBeCloseTo(90 * 1.1 ** 5, 9);
    expect(out.attrition).toBe(0.05);
  });

  it('roleExposure gives the CLI rows for every role', () => {
    const rows = roleExposure(smallCase(), 'human');
    expect(rows.source).toBe('human');
    expect(rows.horizonYear).toBe(2030);
    expect(rows.roles.map((r) => r.code)).toEqual(['R1', 'TGT']);
    expect(rows.roles[0].beta).toBeCloseTo(0.5, 12);
    expect(rows.roles[0].automatedShare).toBeCloseTo(AP * adoption(CURVE, 2030), 12);
    expect(rows.roles[0].augmentedShare).toBeCloseTo((0.5 * 0.26 + 0.3 * 0.825 * 0.25) * adoption(CURVE, 2030), 12);
  });
});

describe('explanations reproduce the figures', () => {
  it('for the small role in every year', () => {
    const input = smallCase({ taskOverrides: [{ taskId: 't2', augmentation: 0.5, reason: 'vendor pilot' }] });
    const res = runScenario(input, { explain: true });
    const model = prepareScenario(input);
    for (const y of res.roles[0].byYear) {
      const e = explainRoleYear(model, 'R1', y.year)!;
      expect(e).toEqual(y.explain);
      for (const k of ['automatedShare', 'augmentedShare', 'hoursFreed', 'fteFreed', 'demandFte', 'supplyFte', 'surplusFte', 'shortfallFte', 'hires', 'leavers', 'riskClass'] as const) {
        expectReproduced(e[k], y[k]);
      }
      expect(e.augmentedShare.overrides).toEqual([{ what: 'task:t2.augmentation', from: 0.825 * 0.325, to: 0.5, reason: 'vendor pilot' }]);
      expect(e.automatedShare.sourceIds).toContain('adopt-customer_inquiries');
      expect(e.automatedShare.sourceIds).toContain('gpts-are-gpts');
      expect(e.fteFreed.sourceIds).toEqual(['reinvest']);
      expect(e.leavers.sourceIds).toEqual(y.year === 2025 ? [] : ['evidence-j']);
    }
    expect(explainRoleYear(model, 'R1', 2040)).toBeNull();
    expect(explainRoleYear(model, 'NOPE', 2026)).toBeNull();
  });

  it('for random datasets', () => {
    fc.assert(
      fc.property(modelInputArb, (input) => {
        const res = runScenario(input, { explain: true });
        for (const r of res.roles)
          for (const y of r.byYear)
            for (const k of ['automatedShare', 'augmentedShare', 'hoursFreed', 'fteFreed', 'demandFte', 'supplyFte', 'shortfallFte', 'hires', 'leavers', 'riskClass'] as const)
              expectReproduced(y.explain![k], y[k]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('properties', () => {
  it('shares stay in [0,1] and fteFreed ≤ fte', () => {
    fc.assert(
      fc.property(modelInputArb, (input) => {
        for (const r of runScenario(input).roles)
          for (const y of r.byYear) {
            for (const s of [y.automatedShare, y.augmentedShare, y.automatedShare + y.augmentedShare]) {
              expect(s).toBeGreaterThanOrEqual(0);
              expect(s).toBeLessThanOrEqual(1 + 1e-12);
            }
            expect(y.fteFreed).toBeGreaterThanOrEqual(0);
            expect(y.fteFreed).toBeLessThanOrEqual(r.fte * (1 + 1e-12));
            expect(y.hoursFreed).toBeGreaterThanOrEqual(0);
          }
      }),
    );
  });

  it('time saved never falls over the years or with a higher ceiling', () => {
    fc.assert(
      fc.property(modelInputArb, fc.double({ min: 0, max: 1, noNaN: true }), (input, bump) => {
        const base = runScenario(input);
        const adoptionUp = Object.fromEntries(
          Object.entries(input.scenario.adoption).map(([c, curve]) => [c, { ...curve, ceiling: Math.min(1, curve.ceiling + bump) }]),
        ) as ScenarioInput['scenario']['adoption'];
        const more = runScenario({ ...input, scenario: { ...input.scenario, adoption: adoptionUp } });
        base.roles.forEach((r, ri) =>
          r.byYear.forEach((y, i) => {
            if (i > 0) expect(y.hoursFreed).toBeGreaterThanOrEqual(r.byYear[i - 1].hoursFreed * (1 - 1e-12));
            expect(more.roles[ri].byYear[i].hoursFreed).toBeGreaterThanOrEqual(y.hoursFreed * (1 - 1e-12));
            expect(more.roles[ri].byYear[i].fteFreed).toBeGreaterThanOrEqual(y.fteFreed * (1 - 1e-12) - 1e-12);
          }),
        );
      }),
    );
  });

  it('does not depend on the order of tasks, roles, mixes or workforce rows', () => {
    fc.assert(
      fc.property(modelInputArb, (input) => {
        const rev: ScenarioInput = {
          ...input,
          tasks: [...input.tasks].reverse(),
          roles: [...input.roles].reverse().map((r) => ({ ...r, taskMix: [...r.taskMix].reverse() })),
          workforce: [...input.workforce].reverse(),
        };
        expect(runScenario(rev)).toEqual(runScenario(input));
      }),
    );
  });

  it('a task override changes only the roles whose mix holds the task', () => {
    fc.assert(
      fc.property(modelInputArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (input, pick, value) => {
        const task = input.tasks[pick % input.tasks.length];
        const base = runScenario(input);
        const over = runScenario({ ...input, scenario: { ...input.scenario, taskOverrides: [{ taskId: task.id, automation: value, reason: 'test' }] } });
        base.roles.forEach((r, i) => {
          const holds = input.roles.find((x) => x.code === r.code)!.taskMix.some((m) => m.taskId === task.id);
          if (!holds) expect(over.roles[i]).toEqual(r);
        });
      }),
    );
  });

  it('a role override changes only that role', () => {
    fc.assert(
      fc.property(modelInputArb, fc.nat(), fc.double({ min: -0.1, max: 0.1, noNaN: true }), (input, pick, growth) => {
        const base = runScenario(input);
        if (base.roles.length === 0) return;
        const code = base.roles[pick % base.roles.length].code;
        const over = runScenario({ ...input, scenario: { ...input.scenario, roleOverrides: [{ roleCode: code, growth, attrition: 0.5, reason: 't' }] } });
        base.roles.forEach((r, i) => {
          if (r.code !== code) expect(over.roles[i]).toEqual(r);
        });
      }),
    );
  });

  it('no-ai (every ceiling 0) frees nothing', () => {
    fc.assert(
      fc.property(modelInputArb, (input) => {
        const adoptionZero = Object.fromEntries(Object.entries(input.scenario.adoption).map(([c, curve]) => [c, { ...curve, ceiling: 0 }])) as ScenarioInput['scenario']['adoption'];
        const res = runScenario({ ...input, scenario: { ...input.scenario, adoption: adoptionZero } });
        for (const t of res.totals.byYear) {
          expect(t.hoursFreed).toBe(0);
          expect(t.fteFreed).toBe(0);
        }
        for (const r of res.roles) expect(r.byYear.every((y) => y.riskClass === 'low')).toBe(true);
      }),
    );
  });
});

describe('updatePrepared', () => {
  it('gives the same result as a full prepare, for cheap and full changes', () => {
    fc.assert(
      fc.property(modelInputArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 8 }), (input, ceil, horizon) => {
        const model = prepareScenario(input);
        const cheap: ScenarioInput = {
          ...input,
          scenario: {
            ...input.scenario,
            horizon,
            adoption: { ...input.scenario.adoption, content_creation: { ...input.scenario.adoption.content_creation, ceiling: ceil } },
            levers: { ...input.scenario.levers, reinvestAutomated: ceil },
          },
        };
        expect(runScenario(updatePrepared(model, cheap))).toEqual(runScenario(cheap));
        const full: ScenarioInput = { ...input, scenario: { ...input.scenario, exposure: { ...input.scenario.exposure, realismFactor: ceil } } };
        expect(runScenario(updatePrepared(model, full))).toEqual(runScenario(full));
      }),
      { numRuns: 50 },
    );
  });
});
