import { describe, expect, it } from 'vitest';
import { compileReskill } from '../../shared/domain/skillIndex';
import { roleSimilarity, similarRoles } from '../../shared/domain/similarity';
import { req, role, task, world } from '../fixtures/reskill-builders';

const w = world(
  [
    role('a', { skills: [req('x', 4, 5), req('y', 2, 2)], taskMix: [{ taskId: 't1', share: 0.5 }, { taskId: 't2', share: 0.5 }] }),
    role('b', { skills: [req('x', 4, 5), req('y', 2, 2)], taskMix: [{ taskId: 't3', share: 1 }] }),
    role('c', { skills: [req('z', 3, 3)], taskMix: [{ taskId: 't4', share: 1 }] }),
    role('d', { skills: [req('x', 2, 5)] }),
  ],
  [],
  [task('t1', 'a', ['iwa1']), task('t2', 'a', ['iwa1', 'iwa2']), task('t3', 'b', ['iwa1']), task('t4', 'c', ['iwa3'])],
);
const c = compileReskill(w);

describe('role similarity', () => {
  it('averages skill cosine (level × importance) and activity cosine (time share over IWAs)', () => {
    const ab = roleSimilarity(c, 'a', 'b')!;
    expect(ab.components.skills).toBeCloseTo(1, 12);
    // a: iwa1 0.5 + 0.25 = 0.75, iwa2 0.25; b: iwa1 1 → cos = 0.75 / sqrt(0.625)
    expect(ab.components.activities).toBeCloseTo(0.75 / Math.sqrt(0.625), 12);
    expect(ab.similarity).toBeCloseTo((1 + 0.75 / Math.sqrt(0.625)) / 2, 12);
    expect(ab.explain.formula).toBe('reskill.similarity');
  });
  it('falls back to skills alone without activity data', () => {
    const ad = roleSimilarity(c, 'a', 'd')!;
    expect(ad.components.activities).toBeNull();
    expect(ad.similarity).toBeCloseTo((20 * 10) / (Math.sqrt(20 * 20 + 4 * 4) * 10), 12); // vectors (x 4×5, y 2×2) and (x 2×5)
  });
  it('lists every other role, most similar first, ties by code', () => {
    expect(similarRoles(c, 'a')!.map((r) => r.code)).toEqual(['d', 'b', 'c']);
    expect(similarRoles(c, 'a', 1)).toHaveLength(1);
    expect(similarRoles(c, 'nope')).toBeNull();
  });
});
