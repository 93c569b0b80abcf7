import { describe, expect, it } from 'vitest';
import { compileReskill, encodeLevels } from '../../shared/domain/skillIndex';
import { createWorkspace, learningPath, PathCache } from '../../shared/domain/learningPath';
import { mod, req, role, world } from '../fixtures/reskill-builders';

function pathFor(mods: ReturnType<typeof mod>[], reqs: ReturnType<typeof req>[], have: Record<string, number>, wage = 0, weekly = 4) {
  const c = compileReskill(world([role('T', { skills: reqs })], mods));
  const lv = encodeLevels(c, Object.entries(have).map(([skillId, level]) => ({ skillId, level })));
  return learningPath(c, lv, c.roleIndex.get('T')!, { weeklyLearningHours: weekly, hourlyWage: wage });
}
const ids = (p: { modules: { id: string }[] }) => p.modules.map((m) => m.id);

describe('learningPath: fewest hours among alternatives', () => {
  const ladder = [mod('x01', 'x', 0, 1, 4), mod('x12', 'x', 1, 2, 4), mod('x23', 'x', 2, 3, 10), mod('x02', 'x', 0, 2, 10), mod('x03', 'x', 0, 3, 15)];
  it.each([
    // have → need : best chain (hours)
    [0, 2, ['x01', 'x12'], 8], // 4+4 beats the 10-h shortcut
    [0, 3, ['x03'], 15], // 15 beats 4+4+10 = 18 and 10+10 = 20
    [1, 3, ['x12', 'x23'], 14],
    [2, 3, ['x23'], 10],
    [1.5, 2, ['x12'], 4], // usable from 1 (1.5 ≥ fromLevel)
    [3, 3, [], 0],
  ])('x: %s → %s', (have, need, chain, hours) => {
    const p = pathFor(ladder, [req('x', need, 3)], { x: have });
    expect(ids(p)).toEqual(chain);
    expect(p.hours).toBe(hours);
    expect(p.complete).toBe(true);
  });
  it('a level the catalogue cannot reach leaves the path incomplete', () => {
    const p = pathFor(ladder, [req('x', 5, 3), req('y', 1, 3)], { x: 0 });
    expect(p.complete).toBe(false);
    expect(p.unclosedSkillIds).toEqual(['x', 'y']);
  });
});

describe('learningPath: prerequisites and dependency order', () => {
  const mods = [
    mod('found', 'f', 0, 1, 5, { cost: 100 }),
    mod('a-basic', 'a', 0, 2, 10, { cost: 200, prerequisites: ['found'] }),
    mod('a-adv', 'a', 2, 4, 20, { cost: 300, prerequisites: ['a-basic', 'b-intro'] }),
    mod('b-intro', 'b', 0, 1, 6, { cost: 50, prerequisites: ['found'] }),
  ];
  it('adds prerequisites transitively, in dependency order (ties by id)', () => {
    const p = pathFor(mods, [req('a', 4, 3)], {}, 10, 5);
    expect(ids(p)).toEqual(['found', 'a-basic', 'b-intro', 'a-adv']);
    expect(p.modules.map((m) => m.isPrerequisite)).toEqual([true, false, true, false]);
    expect(p.hours).toBe(41);
    expect(p.weeks).toBeCloseTo(41 / 5, 12);
    expect(p.moduleCost).toBe(650);
    expect(p.cost).toBe(650 + 41 * 10);
    expect(p.explain.cost.formula).toBe('reskill.cost');
  });
  it('skips a prerequisite the person already has at its toLevel (and its own prerequisites)', () => {
    const p = pathFor(mods, [req('a', 4, 3)], { b: 1, a: 2 });
    expect(ids(p)).toEqual(['a-adv']);
  });
  it('a prerequisite reached by another part of the plan is not repeated', () => {
    const p = pathFor(mods, [req('a', 4, 3), req('b', 1, 3)], { a: 2 });
    expect(ids(p)).toEqual(['found', 'b-intro', 'a-adv']);
    expect(p.hours).toBe(31);
  });
  it('every module comes after its prerequisites', () => {
    const p = pathFor(mods, [req('a', 4, 3), req('b', 1, 2), req('f', 1, 1)], {});
    const pos = new Map(ids(p).map((id, i) => [id, i]));
    for (const m of mods) if (pos.has(m.id)) for (const q of m.prerequisites) if (pos.has(q)) expect(pos.get(q)!).toBeLessThan(pos.get(m.id)!);
  });
  it('the cache returns the same path and counts hits', () => {
    const c = compileReskill(world([role('T', { skills: [req('a', 4, 3)] })], mods));
    const cache = new PathCache();
    const ws = createWorkspace(c);
    const lv = encodeLevels(c, []);
    const opts = { weeklyLearningHours: 4, hourlyWage: 0 };
    const p1 = learningPath(c, lv, 0, opts, ws, cache);
    const p2 = learningPath(c, lv, 0, opts, ws, cache);
    expect(ids(p2)).toEqual(ids(p1));
    expect(cache.hits).toBe(1);
    expect(cache.misses).toBe(1);
  });
});
