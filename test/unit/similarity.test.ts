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

// Inverse document frequency over the 4 roles: x is required by a, b, d; y by a, b; z by c; iwa1 is in a, b; iwa2 in a; iwa3 in c.
const idf = (n: number) => Math.log(4 / n);

describe('role similarity', () => {
  it('averages the idf-weighted skill cosine (level × importance) and activity cosine (time share over IWAs)', () => {
    const ab = roleSimilarity(c, 'a', 'b')!;
    expect(ab.components.skills).toBeCloseTo(1, 12);
    // a: iwa1 (0.5 + 0.25) × idf 2, iwa2 0.25 × idf 1; b: iwa1 1 × idf 2
    const a1 = 0.75 * idf(2);
    const a2 = 0.25 * idf(1);
    expect(ab.components.activities).toBeCloseTo(a1 / Math.sqrt(a1 * a1 + a2 * a2), 12);
    expect(ab.similarity).toBeCloseTo((1 + a1 / Math.sqrt(a1 * a1 + a2 * a2)) / 2, 12);
    expect(ab.related).toBe(true);
    expect(ab.explain.formula).toBe('reskill.similarity');
  });
  it('falls back to skills alone without activity data', () => {
    const ad = roleSimilarity(c, 'a', 'd')!;
    expect(ad.components.activities).toBeNull();
    // a = (x 4×5×idf 3, y 2×2×idf 2), d = (x 2×5×idf 3)
    const ax = 20 * idf(3);
    const ay = 4 * idf(2);
    expect(ad.similarity).toBeCloseTo(ax / Math.sqrt(ax * ax + ay * ay), 12);
  });
  it('weighs a skill every role needs at nothing', () => {
    const common = world([role('p', { skills: [req('all', 3, 5), req('p1', 3, 3)] }), role('q', { skills: [req('all', 3, 5), req('q1', 3, 3)] })]);
    const s = roleSimilarity(compileReskill(common), 'p', 'q')!;
    expect(s.components.skills).toBe(0); // shared only in a skill both roles (all roles) require
    expect(s.related).toBe(false);
  });
  it('calls a pair related only when similar enough and at most one job zone apart (Nesta)', () => {
    const far = world([role('lo', { jobZone: 2, skills: [req('k', 3, 3), req('o', 1, 1)] }), role('hi', { jobZone: 4, skills: [req('k', 3, 3)] }), role('mid', { jobZone: 3, skills: [req('k', 3, 3)] }), role('x', { skills: [req('o', 2, 2)] })]);
    const fc = compileReskill(far);
    expect(roleSimilarity(fc, 'lo', 'hi')!.similarity).toBeGreaterThan(0.9);
    expect(roleSimilarity(fc, 'lo', 'hi')!.related).toBe(false); // job zones 2 and 4
    expect(roleSimilarity(fc, 'lo', 'mid')!.related).toBe(true);
  });
  it('lists every other role, most similar first, ties by code', () => {
    expect(similarRoles(c, 'a')!.map((r) => r.code)).toEqual(['b', 'd', 'c']);
    expect(similarRoles(c, 'a', 1)).toHaveLength(1);
    expect(similarRoles(c, 'nope')).toBeNull();
  });
});
