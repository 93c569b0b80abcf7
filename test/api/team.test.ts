/**
 * Teams from the data, the user profile and approval (issue 13, Manager): a real seeded SQLite core.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { Core } from '../../electron/core';
import { listAudit } from '../../electron/db/repos/auditRepo';
import { call, openTestCore, silentLog } from '../helpers/core';

let core: Core;
beforeAll(async () => {
  core = await openTestCore();
  await call(core, 'reskill.all', { scenario: 'expected' });
});
afterAll(() => core.close());

const row = <T>(sql: string, ...args: unknown[]) => core.db.prepare(sql).get(...args) as T;

describe('teams come from the data', () => {
  it('gives every demo person a department and a team, and every team one team lead', () => {
    const missing = row<{ n: number }>("SELECT count(*) AS n FROM employees WHERE team IS NULL OR team = '' OR department = ''").n;
    expect(missing).toBe(0);
    // Everyone in a numbered team reports to the lead of that team (one manager per team).
    const mixed = row<{ n: number }>("SELECT count(*) AS n FROM (SELECT team FROM employees WHERE manager_id IS NOT NULL AND team LIKE '% · team %' AND role_code NOT IN (SELECT role_code FROM employees WHERE id IN (SELECT manager_id FROM employees)) GROUP BY team HAVING count(DISTINCT manager_id) > 1)").n;
    expect(mixed).toBe(0);
  });

  it('lists a team lead’s own people by name with their plans, and nobody else', async () => {
    const { managers } = await call(core, 'team.managers', {});
    const lead = managers.find((m) => m.reports > 5 && m.reports < 40)!;
    expect(lead.name).toBeTruthy();
    const t = await call(core, 'team.get', { managerId: lead.id, lang: 'nl' });
    const direct = core.db.prepare('SELECT id FROM employees WHERE manager_id = ? ORDER BY id').all(lead.id) as { id: string }[];
    expect(t.members.filter((m) => m.direct).map((m) => m.id).sort()).toEqual(direct.map((d) => d.id));
    for (const m of t.members) {
      expect(m.name).toBeTruthy();
      expect(m.id).not.toBe(lead.id);
    }
    expect(t.byStatus.reduce((s, x) => s + x.people, 0)).toBe(t.members.length);
    expect(t.members.some((m) => m.plan?.status === 'draft')).toBe(true);
  });

  it('shows no names in a team while the organisation works pseudonymised', async () => {
    await call(core, 'settings.update', { pseudonymised: true });
    try {
      const { managers } = await call(core, 'team.managers', {});
      const t = await call(core, 'team.get', { managerId: managers[0]!.id });
      expect(t.members.every((m) => m.name === undefined)).toBe(true);
      expect(managers.every((m) => m.name === undefined)).toBe(true);
    } finally {
      await call(core, 'settings.update', { pseudonymised: false });
    }
  });
});

describe('the user profile and approval', () => {
  it('refuses a manager profile that names nobody’s manager, and a team without a profile', async () => {
    const worker = row<{ id: string }>('SELECT id FROM employees WHERE id NOT IN (SELECT manager_id FROM employees WHERE manager_id IS NOT NULL) ORDER BY id LIMIT 1').id;
    const out = await dispatch(core.handlers, 'profile.set', { name: 'Mia de Vries', role: 'manager', employeeId: worker }, { actor: 'root' }, silentLog);
    expect(out.ok === false && out.error.code).toBe('INVALID_INPUT');
    const noId = await dispatch(core.handlers, 'profile.set', { name: 'Mia de Vries', role: 'manager' }, { actor: 'root' }, silentLog);
    expect(noId.ok === false && noId.error.code).toBe('INVALID_INPUT');
    const noTeam = await dispatch(core.handlers, 'team.get', {}, { actor: 'root' }, silentLog);
    expect(noTeam.ok === false && noTeam.error.message).toMatch(/Choose who you are/);
    // The OS login is a name only when it is the OS login the user confirmed.
    const fake = await dispatch(core.handlers, 'profile.set', { name: 'Someone else', role: 'planner', fromOsLogin: true }, { actor: 'root' }, silentLog);
    expect(fake.ok === false && fake.error.code).toBe('INVALID_INPUT');
  });

  it('approves only with a start date and weekly hours, recording the profile person (never the OS login) in the plan and the audit log', async () => {
    const { managers } = await call(core, 'team.managers', {});
    const lead = managers.find((m) => m.reports > 5)!;
    const state = await call(core, 'profile.set', { name: 'Mia de Vries', role: 'manager', employeeId: lead.id }, 'root');
    expect(state.profile).toMatchObject({ name: 'Mia de Vries', role: 'manager', employeeId: lead.id, fromOsLogin: false });
    expect((await call(core, 'profile.get', {}, 'root')).osLogin).toBe('root');
    const t = await call(core, 'team.get', {});
    expect(t.manager.id).toBe(lead.id);
    const member = t.members.find((m) => m.plan?.status === 'draft')!;

    const missing = await dispatch(core.handlers, 'plans.decide', { employeeId: member.id, decision: 'approve', comment: 'Agreed in our talk' }, { actor: 'root' }, silentLog);
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.error.code).toBe('INVALID_INPUT');
      expect(missing.error.issues?.map((i) => i.path).sort()).toEqual(['startDate', 'weeklyHours']);
    }
    const badHours = await dispatch(core.handlers, 'plans.decide', { employeeId: member.id, decision: 'approve', comment: 'Agreed', startDate: '2027-01-04', weeklyHours: 80 }, { actor: 'root' }, silentLog);
    expect(badHours.ok === false && badHours.error.code).toBe('INVALID_INPUT');
    expect(row<{ status: string }>('SELECT status FROM plans WHERE employee_id = ?', member.id).status).toBe('draft');

    const approved = await call(core, 'plans.decide', { employeeId: member.id, decision: 'approve', comment: 'Agreed in our talk', startDate: '2027-01-04', weeklyHours: 4 }, 'root');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Mia de Vries', startDate: '2027-01-04', weeklyHours: 4 });
    const entry = listAudit(core.db, { entity: 'plan', entityId: member.id }).find((e) => e.action === 'approve')!;
    expect(entry.actor).toBe('Mia de Vries');
    expect(JSON.stringify(listAudit(core.db, { entity: 'plan', entityId: member.id }))).not.toContain('"root"');

    const declined = t.members.find((m) => m.plan?.status === 'draft' && m.id !== member.id)!;
    // A decline needs no dates: the reason is what the employee reads.
    const out = await call(core, 'plans.decide', { employeeId: declined.id, decision: 'decline', comment: 'Not before the reorganisation' }, 'root');
    expect(out).toMatchObject({ status: 'declined', comment: 'Not before the reorganisation' });
  });

  it('accepts exactly the weekly hours 0.5–40 and ISO dates when approving (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.double({ min: -100, max: 100, noNaN: true }), async (hours) => {
        const out = await dispatch(core.handlers, 'plans.decide', { employeeId: 'NOBODY', decision: 'approve', comment: 'check', startDate: '2027-01-04', weeklyHours: hours }, { actor: 'x' }, silentLog);
        // Valid hours reach the service (NOT_FOUND for the unknown person); invalid ones stop at the contract.
        expect(out.ok === false && out.error.code).toBe(hours >= 0.5 && hours <= 40 ? 'NOT_FOUND' : 'INVALID_INPUT');
      }),
      { numRuns: 60 },
    );
  });
});
