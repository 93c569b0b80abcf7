import { describe, expect, it } from 'vitest';
import { computeFit, fitDetail, gradeGap } from '../../shared/domain/fit';
import { compileReskill, encodeLevels } from '../../shared/domain/skillIndex';
import { createWorkspace, evalPair, loadPerson } from '../../shared/domain/learningPath';
import { req, role, world } from '../fixtures/reskill-builders';

describe('gradeGap', () => {
  it.each([
    [3, 3, 'matched'],
    [4, 3, 'matched'],
    [2, 3, 'small'],
    [2.5, 3, 'small'],
    [1, 3, 'medium'],
    [0.5, 3, 'large'],
    [0, 3, 'large'],
    [0, 2, 'medium'],
  ] as const)('have %s need %s → %s', (have, need, grade) => expect(gradeGap(have, need)).toBe(grade));
});

describe('computeFit (hand-computed)', () => {
  const reqs = [req('a', 4, 5), req('b', 2, 3), req('c', 3, 2)];
  it.each([
    // Σw = 10. a: min(1,p/4)·5, b: min(1,p/2)·3, c: min(1,p/3)·2
    [{ a: 4, b: 2, c: 3 }, 1],
    [{ a: 5, b: 5, c: 5 }, 1],
    [{}, 0],
    [{ a: 2, b: 2, c: 0 }, (2.5 + 3 + 0) / 10],
    [{ a: 1, b: 1, c: 1.5 }, (1.25 + 1.5 + 1) / 10],
  ])('levels %j → %s', (have, expected) => {
    expect(computeFit(reqs, (id) => (have as Record<string, number>)[id] ?? 0)).toBeCloseTo(expected, 12);
  });
  it('a required level of 0 counts as matched; no requirements → 1', () => {
    expect(computeFit([req('a', 0, 4), req('b', 2, 4)], () => 0)).toBeCloseTo(0.5, 12);
    expect(computeFit([], () => 0)).toBe(1);
  });
});

describe('fitDetail on the compiled index', () => {
  const w = world([role('T', { skills: [req('a', 4, 5), req('b', 2, 3), req('c', 3, 2)] })]);
  const c = compileReskill(w);
  const levels = encodeLevels(c, [{ skillId: 'a', level: 1 }, { skillId: 'b', level: 2 }, { skillId: 'c', level: 2 }]);
  const d = fitDetail(c, levels, c.roleIndex.get('T')!);
  it('matches the formula, grades every requirement, lists the gap', () => {
    expect(d.fit).toBeCloseTo((1.25 + 3 + (2 / 3) * 2) / 10, 12);
    expect(d.requirements.map((r) => [r.skillId, r.grade])).toEqual([
      ['a', 'large'],
      ['b', 'matched'],
      ['c', 'small'],
    ]);
    expect(d.gap.map((g) => g.skillId)).toEqual(['a', 'c']);
    expect(d.explain.formula).toBe('reskill.fit');
  });
  it('the allocation-free evaluator gives the same fit', () => {
    const ws = createWorkspace(c);
    loadPerson(c, ws, levels);
    expect(evalPair(c, ws, levels, c.roleIndex.get('T')!)).toBe(d.fit);
  });
});
