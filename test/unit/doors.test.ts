import { describe, expect, it } from 'vitest';
import { compileReskill } from '../../shared/domain/skillIndex';
import { doorsForEmployee, doorsForRole } from '../../shared/domain/doors';
import { employee, mod, options, req, role, world } from '../fixtures/reskill-builders';

// A person in "cur" lacks sql (needed at 3 by two safer, better-paid roles) and python (one role).
const w = world(
  [
    role('cur', { family: 'current', isTarget: false, jobZone: 3, salary: 40_000, skills: [req('comm', 3)] }),
    role('t-a', { jobZone: 3, salary: 50_000, skills: [req('comm', 3), req('sql', 3)] }),
    role('t-b', { jobZone: 3, salary: 50_000, skills: [req('comm', 3), req('sql', 3)] }),
    role('t-c', { jobZone: 3, salary: 50_000, skills: [req('comm', 3), req('python', 4)] }),
    role('t-d', { jobZone: 3, salary: 50_000, skills: [req('comm', 3)] }),
  ],
  [mod('sql03', 'sql', 0, 3, 300), mod('py04', 'python', 0, 4, 400)], // too long to be "ready in time"
);
const c = compileReskill(w);
const o = options({ demandIndex: { cur: 0.5, 't-a': 1.2, 't-b': 1.1, 't-c': 1.5, 't-d': 0.4 } });

describe('one skill that opens the most doors', () => {
  it('for a person: sql opens two viable, safer, desirable moves', () => {
    const r = doorsForEmployee(c, employee('p', 'cur', { comm: 3 }), o);
    if ('skipped' in r) throw new Error('unexpected skip');
    expect(r.open).toEqual([]); // t-d is viable and desirable but not safer
    expect(r.best).toMatchObject({ skillId: 'sql', fromLevel: 0, toLevel: 3, added: 2, opens: ['t-a', 't-b'], hours: 300 });
    expect(r.options.map((x) => x.skillId)).toEqual(['sql', 'python']);
    expect(r.explain.formula).toBe('reskill.doors');
  });
  it('for a role, and skipping objectors', () => {
    expect(doorsForRole(c, 'cur', o)?.best?.skillId).toBe('sql');
    expect(doorsForEmployee(c, employee('p', 'cur', {}, { objection: { since: '2025-01-01', reason: 'x' } }), o)).toEqual({ employeeId: 'p', skipped: 'objection' });
  });
});
