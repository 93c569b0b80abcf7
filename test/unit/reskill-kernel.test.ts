// The optimised whole-workforce run (rankAll on the table-driven kernel) must give exactly what the
// straightforward implementations give: rankEmployee per person, and the plain evalPair loop.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileReskill, encodeLevels, encodePerson, type CompiledReskill } from '../../shared/domain/skillIndex';
import { createWorkspace, evalPair, hourlyWage, loadPerson, PathCache } from '../../shared/domain/learningPath';
import { buildPairTables, createCodedWorkspace, evalCoded, loadCoded } from '../../shared/domain/reskill-kernel';
import { demandScore, FLAG_COMPLETE, FLAG_DESIRABLE, FLAG_OPEN, FLAG_SAFER, FLAG_VIABLE, rankAll, rankAllEntries, rankEmployee, STATUS_OBJECTION, STATUS_OK, STATUS_UNKNOWN_ROLE } from '../../shared/domain/ranking';
import { isDesirable, isViable } from '../../shared/domain/transitions';
import { DEFAULT_RANK_WEIGHTS, type RankableEmployee, type ReskillOptions } from '../../shared/domain/reskillTypes';
import { employee, mod, req, role, world } from '../fixtures/reskill-builders';
import type { Employee, LearningModule, Role } from '../../shared/domain/types';

/** A random world: a few skills, module ladders with shortcuts and gaps, random prerequisites (cycles too). */
interface WorldSpec {
  skills: number;
  modules: { skill: number; from: number; to: number; hours: number; cost: number; pre: number[] }[];
  roles: { target: boolean; jobZone: number; salary: number; reqs: { skill: number; level: number; importance: number }[] }[];
  demand: (number | null)[];
}

const LEVELS = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];

function worldSpec(fractionalHours: boolean): fc.Arbitrary<WorldSpec> {
  return fc.integer({ min: 1, max: 7 }).chain((skills) =>
    fc.record({
      skills: fc.constant(skills),
      modules: fc.array(
        fc.record({
          skill: fc.integer({ min: 0, max: skills - 1 }),
          from: fc.integer({ min: 0, max: 4 }),
          step: fc.integer({ min: 1, max: 3 }),
          half: fc.boolean(),
          hours: fractionalHours ? fc.double({ min: 0, max: 80, noNaN: true }) : fc.integer({ min: 0, max: 80 }),
          cost: fractionalHours ? fc.double({ min: 0, max: 900, noNaN: true }) : fc.integer({ min: 0, max: 900 }),
          pre: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }),
        }).map((m) => ({ skill: m.skill, from: m.from, to: Math.min(5, m.from + m.step - (m.half ? 0.5 : 0)), hours: m.hours, cost: m.cost, pre: m.pre })),
        { maxLength: 30 },
      ),
      roles: fc.array(
        fc.record({
          target: fc.boolean(),
          jobZone: fc.integer({ min: 1, max: 5 }),
          salary: fc.integer({ min: 30, max: 90 }).map((k) => k * 1000),
          reqs: fc.array(
            fc.record({ skill: fc.integer({ min: 0, max: skills - 1 }), level: fc.constantFrom(...LEVELS, 5.5), importance: fc.integer({ min: 1, max: 5 }) }),
            { maxLength: 8 },
          ),
        }),
        { minLength: 1, maxLength: 7 },
      ),
      demand: fc.array(fc.option(fc.double({ min: 0, max: 2, noNaN: true })), { minLength: 7, maxLength: 7 }),
    }),
  );
}

/** The same world with each role's requirements on distinct skills (as the dataset has them). */
function distinctSkills(spec: WorldSpec): WorldSpec {
  return { ...spec, roles: spec.roles.map((r) => ({ ...r, reqs: r.reqs.filter((q, i) => r.reqs.findIndex((x) => x.skill === q.skill) === i) })) };
}

function buildWorld(spec: WorldSpec) {
  const sid = (i: number) => `k${i}`;
  const modules: LearningModule[] = spec.modules.map((m, i) => mod(`m${String(i).padStart(2, '0')}`, sid(m.skill), m.from, m.to, m.hours, { cost: m.cost }));
  spec.modules.forEach((m, i) => (modules[i].prerequisites = m.pre.filter((p) => p < modules.length).map((p) => modules[p].id)));
  const roles: Role[] = spec.roles.map((r, i) =>
    role(`r${i}`, {
      isTarget: r.target,
      family: r.target ? 'target' : 'current',
      jobZone: r.jobZone,
      salary: r.salary,
      skills: r.reqs.map((q) => req(sid(q.skill), q.level, q.importance)),
    }),
  );
  const demandIndex: Record<string, number> = {};
  spec.roles.forEach((_, i) => {
    const d = spec.demand[i];
    if (d !== null) demandIndex[`r${i}`] = d;
  });
  return { world: world(roles, modules), demandIndex, skillIds: Array.from({ length: spec.skills }, (_, i) => sid(i)), roleCodes: roles.map((r) => r.code) };
}

/** People: mostly integer levels 0..5 (the kernel's path), some fractional (evalPair's path), some odd cases. */
function peopleArb(skills: number, roles: number): fc.Arbitrary<Employee[]> {
  const level = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 5 }) }, { weight: 1, arbitrary: fc.constantFrom(0.5, 2.5, 4.5, 6, -1) });
  return fc.array(
    fc.record({
      role: fc.integer({ min: 0, max: roles }), // = roles: an unknown role
      levels: fc.array(fc.tuple(fc.integer({ min: 0, max: skills }), level), { maxLength: skills + 2 }), // skill = skills: unknown id
      salary: fc.option(fc.integer({ min: 25, max: 95 }).map((k) => k * 1000)),
      objection: fc.integer({ min: 0, max: 19 }).map((x) => x === 0),
    }),
    { minLength: 1, maxLength: 25 },
  ).map((xs) =>
    xs.map((x, i) => {
      const e = employee(`p${i}`, x.role < roles ? `r${x.role}` : 'nope', {}, { salary: x.salary, objection: x.objection ? { since: '2025-01-01', reason: 't' } : null });
      e.skills = x.levels.map(([s, l]) => ({ skillId: s < skills ? `k${s}` : 'unknown', level: l, source: 'self' as const }));
      return e;
    }),
  );
}

const optionsArb = (nTargetsMax: number): fc.Arbitrary<Omit<ReskillOptions, 'demandIndex'>> =>
  fc.record({
    rules: fc.record({
      maxJobZoneDistance: fc.integer({ min: 0, max: 2 }),
      minFit: fc.constantFrom(0, 0.3, 0.6, 1),
      maxWeeksToReady: fc.constantFrom(0, 4, 13, 52, 78),
      wageTolerance: fc.constantFrom(0, 0.05, 0.2),
      lambda: fc.constant(0.5),
    }),
    weeklyLearningHours: fc.constantFrom(1, 4, 8),
    annualHoursPerFte: fc.constant(1872),
    weights: fc.option(fc.record({ fit: fc.double({ min: 0, max: 1, noNaN: true }), readiness: fc.double({ min: 0, max: 1, noNaN: true }), desirable: fc.double({ min: 0, max: 1, noNaN: true }), safer: fc.double({ min: 0, max: 1, noNaN: true }), demand: fc.double({ min: 0, max: 1, noNaN: true }) }), { nil: undefined }),
    topN: fc.option(fc.integer({ min: 0, max: nTargetsMax + 1 }), { nil: undefined }),
    // Openings for some roles (r0 … r6), or none known.
    openings: fc.option(fc.dictionary(fc.integer({ min: 0, max: 6 }).map((i) => `r${i}`), fc.integer({ min: 0, max: 3 })), { nil: undefined }),
  });

/**
 * The straightforward whole-workforce run: the pre-optimisation rankAll, evalPair for every pair,
 * a full sort per person, and a path cache keyed by the sorted module list.
 */
function referenceRankAll(employees: ReadonlyArray<RankableEmployee>, c: CompiledReskill, o: ReskillOptions) {
  const nT = c.targetRoles.length;
  const K = Math.max(0, Math.min(o.topN ?? nT, nT));
  const w = o.weights ?? DEFAULT_RANK_WEIGHTS;
  const ws = createWorkspace(c);
  const ids = new Map<string, number>();
  let hits = 0;
  const people = employees.map((e) => {
    if (e.objection != null) return { status: STATUS_OBJECTION, entries: [], viableCount: 0, bestFit: NaN };
    const cur = c.roleIndex.get(e.roleCode);
    if (cur === undefined) return { status: STATUS_UNKNOWN_ROLE, entries: [], viableCount: 0, bestFit: NaN };
    const levels = encodePerson(c, cur, e.skills);
    loadPerson(c, ws, levels);
    const fromSal = e.salary ?? c.roles[cur].salary;
    const fromD = o.demandIndex[c.roles[cur].code];
    const all = [];
    for (const t of c.targetRoles) {
      if (t === cur) continue;
      const to = c.roles[t];
      const fit = evalPair(c, ws, levels, t);
      const { hours, complete, moduleCost } = ws;
      const weeks = o.weeklyLearningHours > 0 ? hours / o.weeklyLearningHours : Infinity;
      const viable = isViable(c.roles[cur].jobZone, to.jobZone, fit, weeks, complete, o.rules);
      const desirable = isDesirable(c.roles[cur].jobZone, to.jobZone, fromSal, to.salary, o.rules);
      const toD = o.demandIndex[to.code];
      const safer = toD !== undefined && fromD !== undefined && toD > fromD;
      const maxW = o.rules.maxWeeksToReady;
      const ready = complete ? (maxW > 0 ? Math.max(0, 1 - weeks / maxW) : weeks <= 0 ? 1 : 0) : 0;
      const score = w.fit * fit + w.readiness * ready + (desirable ? w.desirable : 0) + (safer ? w.safer : 0) + w.demand * demandScore(toD);
      const open = (o.openings?.[to.code] ?? 0) > 0;
      const flags = (viable ? FLAG_VIABLE : 0) | (desirable ? FLAG_DESIRABLE : 0) | (safer ? FLAG_SAFER : 0) | (complete ? FLAG_COMPLETE : 0) | (open ? FLAG_OPEN : 0);
      all.push({ t, fit, hours, weeks, score, viable, tier: (viable ? 2 : 0) + (open ? 1 : 0), flags, cost: moduleCost + hours * hourlyWage(fromSal, o.annualHoursPerFte) });
    }
    all.sort((a, b) => b.tier - a.tier || b.score - a.score || a.t - b.t);
    const entries = all.slice(0, K).map((x) => {
      evalPair(c, ws, levels, x.t, true);
      // The same module set = the same path. (A role listing a skill twice can collect a module
      // twice, and more modules than the workspace holds; such a set never matches a stored one.)
      const key = ws.setLen > ws.set.length ? `overflow${ids.size}` : Array.from(ws.set.subarray(0, ws.setLen)).sort((a, b) => a - b).join(',');
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      else hits++;
      return { ...x, pathId: id };
    });
    return { status: STATUS_OK, entries, viableCount: all.filter((x) => x.viable).length, bestFit: all.length ? Math.max(...all.map((x) => x.fit)) : NaN };
  });
  return { people, hits, misses: ids.size };
}

describe('rankAll (optimised) equals the straightforward implementations (property)', () => {
  it('equals rankEmployee per person, on random worlds (integer hours and costs)', () => {
    fc.assert(
      fc.property(
        worldSpec(false).map(distinctSkills).chain((spec) => fc.tuple(fc.constant(spec), peopleArb(spec.skills, spec.roles.length), optionsArb(spec.roles.length))),
        ([spec, people, o]) => {
          const { world: w, demandIndex } = buildWorld(spec);
          const c = compileReskill(w);
          const opts: ReskillOptions = { ...o, demandIndex };
          const all = rankAll(people, c, opts);
          people.forEach((e, i) => {
            const one = rankEmployee(c, e, opts);
            if ('skipped' in one) {
              expect(all.status[i]).toBe(one.skipped === 'objection' ? STATUS_OBJECTION : STATUS_UNKNOWN_ROLE);
              expect(all.count[i]).toBe(0);
              return;
            }
            expect(all.status[i]).toBe(STATUS_OK);
            const entries = rankAllEntries(c, all, i);
            expect(entries.map((x) => x.roleCode)).toEqual(one.paths.map((p) => p.roleCode));
            entries.forEach((x, k) => {
              const p = one.paths[k];
              expect(x.fit).toBe(p.fit);
              expect(x.score).toBe(p.score);
              expect(x.hours).toBe(p.hours);
              expect(x.weeks).toBe(p.weeks);
              expect(x.cost).toBe(p.cost);
              expect([x.viable, x.desirable, x.safer, x.complete]).toEqual([p.viable, p.desirable, p.safer, p.path.complete]);
              expect([x.blocks, x.openings]).toEqual([p.blocks, p.openings]);
              // A viable path is never longer than the horizon.
              if (x.viable) expect(x.weeks).toBeLessThanOrEqual(opts.rules.maxWeeksToReady);
              expect(x.moduleIds).toEqual(p.path.modules.map((m) => m.id));
            });
            const full = rankEmployee(c, e, { ...opts, topN: undefined });
            if ('skipped' in full) throw new Error('unreachable');
            expect(all.viableCount[i]).toBe(full.paths.filter((p) => p.viable).length);
            expect(all.bestFit[i]).toBe(full.paths.length ? Math.max(...full.paths.map((p) => p.fit)) : NaN);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals the plain evalPair loop bit for bit, path ids and cache counts included (fractional hours, costs, levels)', () => {
    fc.assert(
      fc.property(
        worldSpec(true).chain((spec) => fc.tuple(fc.constant(spec), peopleArb(spec.skills, spec.roles.length), optionsArb(spec.roles.length))),
        ([spec, people, o]) => {
          const { world: w, demandIndex } = buildWorld(spec);
          const c = compileReskill(w);
          const opts: ReskillOptions = { ...o, demandIndex };
          const all = rankAll(people, c, opts);
          const ref = referenceRankAll(people, c, opts);
          ref.people.forEach((p, i) => {
            expect(all.status[i]).toBe(p.status);
            expect(all.count[i]).toBe(p.entries.length);
            expect(all.viableCount[i]).toBe(p.viableCount);
            expect(Object.is(all.bestFit[i], p.bestFit)).toBe(true);
            p.entries.forEach((x, k) => {
              const a = i * all.topN + k;
              expect([all.role[a], all.fit[a], all.hours[a], all.weeks[a], all.score[a], all.cost[a], all.flags[a], all.pathId[a]]).toEqual([x.t, x.fit, x.hours, x.weeks, x.score, x.cost, x.flags, x.pathId]);
            });
          });
          expect([all.cacheHits, all.cacheMisses]).toEqual([ref.hits, ref.misses]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the coded evaluator gives evalPair\'s figures and module set for every integer profile', () => {
    fc.assert(
      fc.property(
        worldSpec(true).chain((spec) => fc.tuple(fc.constant(spec), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: spec.skills, maxLength: spec.skills }))),
        ([spec, lv]) => {
          const { world: w } = buildWorld(spec);
          const c = compileReskill(w);
          const levels = encodeLevels(c, lv.map((level, s) => ({ skillId: `k${s}`, level })));
          const ws = createWorkspace(c);
          const t = buildPairTables(c);
          const cw = createCodedWorkspace(c);
          loadPerson(c, ws, levels);
          expect(loadCoded(cw, levels)).toBe(true);
          for (let r = 0; r < c.roles.length; r++) {
            const f = evalPair(c, ws, levels, r, true);
            const g = evalCoded(c, t, cw, r, true);
            expect([g, cw.hours, cw.moduleCost, cw.complete]).toEqual([f, ws.hours, ws.moduleCost, ws.complete]);
            expect(Array.from(cw.set.subarray(0, cw.setLen))).toEqual(Array.from(ws.set.subarray(0, ws.setLen)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('reskill kernel', () => {
  it('falls back to evalPair for levels other than integers 0..5', () => {
    const c = compileReskill(world([role('T', { skills: [req('x', 3, 3)] })], [mod('x01', 'x', 0, 1, 4)]));
    const cw = createCodedWorkspace(c);
    expect(loadCoded(cw, encodeLevels(c, [{ skillId: 'x', level: 2 }]))).toBe(true);
    expect(loadCoded(cw, encodeLevels(c, [{ skillId: 'x', level: 2.5 }]))).toBe(false);
    expect(loadCoded(cw, Float64Array.of(6))).toBe(false);
  });

  it('PathCache: the same set in another order gets the same id; ids follow first appearance', () => {
    const c = compileReskill(world([role('T')], Array.from({ length: 50 }, (_, i) => mod(`m${String(i).padStart(2, '0')}`, 's', 0, 1, 1))));
    const cache = new PathCache();
    const ws = { set: new Int32Array(51), setLen: 0 };
    const put = (xs: number[]) => {
      ws.set.set(xs);
      ws.setLen = xs.length;
      return cache.idFor(c, ws);
    };
    expect(put([3, 1, 2])).toBe(0);
    expect(put([1, 2, 3])).toBe(0);
    expect(put([])).toBe(1);
    expect(put([2, 3])).toBe(2);
    // Enough distinct sets to grow the index several times.
    const many: number[][] = [];
    for (let a = 0; a < 50; a++) for (let b = a + 1; b < 50; b += 7) many.push([a, b, (a * 7 + b) % 50].filter((x, i, xs) => xs.indexOf(x) === i));
    const first = many.map(put);
    expect(many.map((xs) => put([...xs].reverse()))).toEqual(first);
    expect(cache.sets.length).toBe(cache.misses);
    cache.sets.forEach((s, id) => expect(put(Array.from(s))).toBe(id));
    expect(Array.from(cache.sets[0])).toEqual([3, 1, 2]);
    expect(Array.from(cache.ordered(c, 0))).toEqual([1, 2, 3]);
    // An empty set as the very first one.
    const fresh = new PathCache();
    ws.setLen = 0;
    expect(fresh.idFor(c, ws)).toBe(0);
    expect(fresh.idFor(c, ws)).toBe(0);
    expect(Array.from(fresh.sets[0])).toEqual([]);
    expect([fresh.hits, fresh.misses]).toEqual([1, 1]);
  });
});
