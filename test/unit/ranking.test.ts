import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileReskill } from '../../shared/domain/skillIndex';
import { rankAll, rankAllEntries, rankEmployee, STATUS_OBJECTION, type RankEmployeeResult } from '../../shared/domain/ranking';
import { employee, mod, options, req, role, syntheticEmployees, syntheticWorld, world } from '../fixtures/reskill-builders';
import type { Employee } from '../../shared/domain/types';

const w = world(
  [
    role('cur', { family: 'current', isTarget: false, jobZone: 2, salary: 37_000, skills: [req('comm', 3, 4), req('crm', 2, 3)] }),
    role('t-close', { jobZone: 3, salary: 45_000, skills: [req('comm', 3, 4), req('crm', 3, 3)] }),
    role('t-far', { jobZone: 3, salary: 55_000, skills: [req('data', 4, 5), req('comm', 2, 2)] }),
    role('t-jump', { jobZone: 5, salary: 80_000, skills: [req('comm', 3, 4)] }),
  ],
  [mod('crm23', 'crm', 2, 3, 12, { cost: 100 }), mod('data02', 'data', 0, 2, 60), mod('data24', 'data', 2, 4, 120)],
);
const c = compileReskill(w);
const opts = options({ demandIndex: { cur: 0.6, 't-close': 1.1, 't-far': 1.3, 't-jump': 1.0 } });
const anna = employee('anna', 'cur', { comm: 3, crm: 2 });

describe('rankEmployee', () => {
  const r = rankEmployee(c, anna, opts) as RankEmployeeResult;
  it('ranks every other target, viable first, with every component', () => {
    expect(r.paths.map((p) => p.roleCode)).toEqual(['t-close', 't-jump', 't-far']);
    const close = r.paths[0];
    expect(close.viable && close.desirable && close.safer).toBe(true);
    expect(close.blocks).toEqual([]);
    expect(close.fit).toBeCloseTo((4 + 3 * (2 / 3)) / 7, 12);
    expect(close.path.modules.map((m) => m.id)).toEqual(['crm23']);
    expect(close.weeks).toBe(3);
    expect(close.cost).toBeCloseTo(100 + 12 * (37_000 / 1872), 9);
    expect(Object.keys(close.components).sort()).toEqual(['demand', 'desirable', 'fit', 'readiness', 'safer']);
    expect(close.gap.map((g) => [g.skillId, g.grade, g.source])).toEqual([['crm', 'small', 'self']]);
    expect(close.matchedSkillIds).toEqual(['comm']);
    expect(close.aboveNext).toMatchObject({ roleCode: 't-jump' });
    expect(close.openings).toBeNull(); // the options carry no openings
    const jump = r.paths[1];
    expect(jump.viable).toBe(false); // job zone 2 → 5
    expect(jump.blocks).toEqual(['jobZone']);
    const far = r.paths[2];
    expect(far.fit).toBeCloseTo(2 / 7, 12); // only comm matched
    expect(far.hours).toBe(180); // data 0→2 (60 h) + 2→4 (120 h)
    expect(far.weeks).toBe(45);
    expect(far.viable).toBe(false); // ready in 45 ≤ 52 weeks, but fit 0.29 < 0.6: both rules must hold
    expect(far.blocks).toEqual(['fit']);
    expect(far.gap.find((g) => g.skillId === 'data')).toMatchObject({ have: 0, source: null }); // no record, not implied by the role
    expect(r.paths.map((p) => p.rank)).toEqual([1, 2, 3]);
  });
  it('names the component that decides the order', () => {
    expect(r.paths[0].aboveNext?.decidedBy).toBe('viable');
    expect(r.paths[1].aboveNext).toMatchObject({ roleCode: 't-far', decidedBy: 'fit' });
    expect(r.paths[2].aboveNext).toBeNull();
  });
  it('ranks viable roles with openings before viable roles without, and says how many', () => {
    const o = options({ demandIndex: opts.demandIndex, rules: { ...opts.rules, minFit: 0.2 }, openings: { 't-far': 2 } });
    const res = rankEmployee(c, anna, o) as RankEmployeeResult;
    expect(res.paths.map((p) => [p.roleCode, p.viable, p.openings])).toEqual([
      ['t-far', true, 2],
      ['t-close', true, 0], // a higher score, but no opening in this scenario
      ['t-jump', false, 0],
    ]);
    expect(res.paths[0].aboveNext).toMatchObject({ roleCode: 't-close', decidedBy: 'openings' });
    const all = rankAll([anna], c, o);
    expect(rankAllEntries(c, all, 0).map((x) => [x.roleCode, x.openings, x.blocks])).toEqual([
      ['t-far', 2, []],
      ['t-close', 0, []],
      ['t-jump', 0, ['jobZone']],
    ]);
  });
  it('infers a skill without a record from the current role, marked inferred; a record always wins', () => {
    const bare = employee('bare', 'cur', {}); // no records: comm 3 and crm 2 inferred from the role
    const res = rankEmployee(c, bare, opts) as RankEmployeeResult;
    const close = res.paths.find((p) => p.roleCode === 't-close')!;
    expect(close.gap).toEqual([{ skillId: 'crm', have: 2, need: 3, importance: 3, grade: 'small', source: 'inferred' }]);
    expect(close.matched).toEqual([{ skillId: 'comm', source: 'inferred' }]);
    expect(close.fit).toBe((rankEmployee(c, anna, opts) as RankEmployeeResult).paths[0].fit);
    // A recorded 0 is a statement about the person: it beats the role's typical level.
    const zero = employee('zero', 'cur', { crm: 0 });
    const z = (rankEmployee(c, zero, opts) as RankEmployeeResult).paths.find((p) => p.roleCode === 't-close')!;
    expect(z.gap).toEqual([{ skillId: 'crm', have: 0, need: 3, importance: 3, grade: 'large', source: 'self' }]);
  });
  it('gives objectors no fit, rank or path', () => {
    const res = rankEmployee(c, { ...anna, objection: { since: '2025-01-01', reason: 'x' } }, opts);
    expect(res).toEqual({ employeeId: 'anna', skipped: 'objection' });
  });
});

describe('protected attributes never change a score (property)', () => {
  const { world: sw, demandIndex } = syntheticWorld({ seed: 3, skills: 30, targets: 8, currents: 3, reqsPerRole: 10 });
  const sc = compileReskill(sw);
  const so = options({ demandIndex, topN: 5 });
  const people = syntheticEmployees(sw, 30, 5).map((e) => ({ ...e, objection: null }));
  const ageBand = fc.constantFrom('<25', '25-34', '35-44', '45-54', '55+', null, undefined);
  const gender = fc.constantFrom('female', 'male', 'other', null, undefined);
  it('rankEmployee and rankAll are identical whatever ageBand, gender and consents', () => {
    const base = people.map((e) => rankEmployee(sc, e, so));
    const baseAll = rankAll(people, sc, so);
    fc.assert(
      fc.property(fc.array(fc.record({ a: ageBand, g: gender, consent: fc.boolean() }), { minLength: people.length, maxLength: people.length }), (attrs) => {
        const changed: Employee[] = people.map((e, i) => ({
          ...e,
          ageBand: attrs[i].a as Employee['ageBand'],
          gender: attrs[i].g as Employee['gender'],
          consents: attrs[i].consent ? [{ field: 'gender', purpose: 'fairness-audit', givenAt: '2025-01-01T00:00:00Z', recordedBy: 'x' }] : [],
        }));
        expect(changed.map((e) => rankEmployee(sc, e, so))).toEqual(base);
        const all = rankAll(changed, sc, so);
        for (const k of ['score', 'fit', 'hours', 'weeks', 'cost', 'flags', 'role'] as const) expect(Array.from(all[k])).toEqual(Array.from(baseAll[k]));
      }),
      { numRuns: 25 },
    );
  });
});

describe('rankAll', () => {
  const { world: sw, demandIndex } = syntheticWorld({ seed: 9, skills: 40, targets: 12, currents: 4, reqsPerRole: 12 });
  const sc = compileReskill(sw);
  const people = syntheticEmployees(sw, 2500, 2);
  it('agrees with rankEmployee on the kept entries', () => {
    const so = options({ demandIndex, topN: 3 });
    const all = rankAll(people, sc, so);
    for (let i = 0; i < 200; i++) {
      const one = rankEmployee(sc, people[i], so);
      if ('skipped' in one) {
        expect(all.status[i]).toBe(STATUS_OBJECTION);
        continue;
      }
      const entries = rankAllEntries(sc, all, i);
      expect(entries.map((e) => e.roleCode)).toEqual(one.paths.map((p) => p.roleCode));
      entries.forEach((e, k) => {
        const p = one.paths[k];
        expect(e.fit).toBe(p.fit);
        expect(e.score).toBeCloseTo(p.score, 12);
        expect(e.hours).toBe(p.hours);
        expect(e.cost).toBeCloseTo(p.cost, 6);
        expect([e.viable, e.desirable, e.safer]).toEqual([p.viable, p.desirable, p.safer]);
        expect(e.moduleIds).toEqual(p.path.modules.map((m) => m.id));
      });
    }
  });
  it('reports progress about every 1,000 people and stops when cancelled', () => {
    const seen: number[] = [];
    const done = rankAll(people, sc, options({ demandIndex, topN: 1 }), (d) => seen.push(d));
    expect(seen).toEqual([1000, 2000, 2500]);
    expect(done.cancelled).toBe(false);
    let calls = 0;
    const cancelled = rankAll(people, sc, options({ demandIndex, topN: 1 }), undefined, () => ++calls > 2);
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.processed).toBe(2000);
  });
  it('is deterministic', () => {
    const so = options({ demandIndex, topN: 2 });
    const a = rankAll(people.slice(0, 300), sc, so);
    const b = rankAll(people.slice(0, 300), sc, so);
    expect(Array.from(a.score)).toEqual(Array.from(b.score));
    expect(Array.from(a.role)).toEqual(Array.from(b.role));
  });
});
