import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fairnessAudit, MIN_DECISIONS_TO_JUDGE, type FairnessRecord } from '../../shared/domain/fairness';

const consent = (field: 'ageBand' | 'gender') => ({ field, purpose: 'fairness-audit' as const });
function people(n: number, gender: 'female' | 'male' | 'other', viable: number, assigned: number, fit = 0.5): FairnessRecord[] {
  return Array.from({ length: n }, (_, i) => ({ gender, consents: [consent('gender')], hasViable: i < viable, assigned: i < assigned, fit }));
}

describe('fairnessAudit', () => {
  it('computes shares per group and flags ratios under 0.8 (four-fifths rule)', () => {
    const r = fairnessAudit([...people(10, 'female', 5, 2, 0.6), ...people(10, 'male', 8, 2, 0.5)]);
    expect(r.groups.map(({ attribute, group, size, viableShare, meanFit, assignedShare }) => ({ attribute, group, size, viableShare, meanFit: Math.round(meanFit * 1e9) / 1e9, assignedShare }))).toEqual([
      { attribute: 'gender', group: 'female', size: 10, viableShare: 0.5, meanFit: 0.6, assignedShare: 0.2 },
      { attribute: 'gender', group: 'male', size: 10, viableShare: 0.8, meanFit: 0.5, assignedShare: 0.2 },
    ]);
    expect(r.groups[0].status).toEqual({ viableShare: 'flagged', meanFit: 'ok', assignedShare: 'tooFew' });
    // female viable 0.5 / 0.8 = 0.625 < 0.8 → flagged; male fit 0.5/0.6 = 0.833 → not flagged
    expect(r.flags.map((f) => [f.group, f.metric, f.ratio])).toEqual([['female', 'viableShare', 0.625]]);
    expect(r.flags[0].explain.formula).toBe('reskill.fairnessRatio');
  });
  it('hides groups under the minimum size (default 5), counting them only', () => {
    const r = fairnessAudit([...people(6, 'female', 3, 0), ...people(4, 'male', 0, 0), ...people(1, 'other', 0, 0)]);
    expect(r.groups.map((g) => g.group)).toEqual(['female']);
    expect(r.hiddenGroups).toEqual([{ attribute: 'ageBand', count: 0 }, { attribute: 'gender', count: 2 }]);
    expect(r.flags).toEqual([]); // a hidden group is neither flagged nor the reference
  });
  it('never goes below 3 and honours a larger minimum', () => {
    const recs = [...people(3, 'female', 1, 0), ...people(3, 'male', 3, 0)];
    expect(fairnessAudit(recs, 1).minGroupSize).toBe(3);
    expect(fairnessAudit(recs, 1).groups).toHaveLength(2);
    expect(fairnessAudit(recs, 10).groups).toHaveLength(0);
  });
  it('uses an attribute only with consent for the fairness audit', () => {
    const recs: FairnessRecord[] = [...people(5, 'female', 5, 0), ...people(5, 'male', 0, 0).map((r) => ({ ...r, consents: [] }))];
    const r = fairnessAudit(recs);
    expect(r.groups.map((g) => g.group)).toEqual(['female']);
    expect(r.notConsented.find((x) => x.attribute === 'gender')?.count).toBe(5);
  });

  it('says "too few decisions to judge" for groups whose assigned share rests on 0–4 assignments, with the counts, and never flags them', () => {
    const r = fairnessAudit([...people(50, 'female', 40, 0), ...people(50, 'male', 40, 4)]);
    expect(MIN_DECISIONS_TO_JUDGE).toBe(10);
    expect(r.minDecisions).toBe(10);
    const female = r.groups.find((g) => g.group === 'female')!;
    expect(female).toMatchObject({ assigned: 0, viable: 40, expectedAssigned: 2 });
    expect(female.status.assignedShare).toBe('tooFew');
    expect(r.flags.filter((f) => f.metric === 'assignedShare')).toEqual([]);
  });
  it('judges a group with none assigned when the overall rate says it should have had enough', () => {
    const r = fairnessAudit([...people(100, 'female', 80, 0), ...people(100, 'male', 80, 30)]);
    const female = r.groups.find((g) => g.group === 'female')!;
    expect(female.expectedAssigned).toBe(15);
    expect(female.status.assignedShare).toBe('flagged');
    expect(r.flags.map((f) => [f.group, f.metric])).toEqual([['female', 'assignedShare']]);
  });
  it('property: a flag exists exactly where the status is flagged, and never for too few decisions', () => {
    const rec = fc.record({
      gender: fc.constantFrom('female' as const, 'male' as const, 'other' as const),
      hasViable: fc.boolean(),
      assigned: fc.boolean(),
      fit: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(rec, { maxLength: 200 }), (rs) => {
        const r = fairnessAudit(rs.map((x) => ({ ...x, consents: [consent('gender')] })));
        for (const g of r.groups) {
          for (const m of ['viableShare', 'meanFit', 'assignedShare'] as const) {
            const flagged = r.flags.some((f) => f.group === g.group && f.metric === m);
            expect(flagged).toBe(g.status[m] === 'flagged');
            if (m !== 'assignedShare' && g.size < 10) expect(g.status[m]).toBe('tooFew');
            if (m === 'assignedShare' && g.expectedAssigned < 10) expect(g.status[m]).toBe('tooFew');
          }
        }
      }),
    );
  });
});
