import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { Core } from '../../electron/core';
import { listAudit } from '../../electron/db/repos/auditRepo';
import { call, openTestCore, silentLog } from '../helpers/core';

let core: Core;
beforeEach(async () => {
  core = await openTestCore();
});
afterEach(() => core.close());

const level = (id: string, skill: string) => core.db.prepare('SELECT level, source FROM employee_skills WHERE employee_id = ? AND skill_id = ?').get(id, skill) as { level: number; source: string } | undefined;

describe('self-assessed skill levels', () => {
  it('are proposed by the person, and count only once a manager confirms them', async () => {
    const before = level('E0100', 'ovs:data-literacy')?.level ?? 0;
    const proposed = await call(core, 'skills.propose', { employeeId: 'E0100', skillId: 'ovs:data-literacy', level: Math.min(5, before + 2), note: 'Finished an evening course' }, 'E0100');
    expect(proposed).toMatchObject({ status: 'pending', currentLevel: before, level: Math.min(5, before + 2) });
    expect(level('E0100', 'ovs:data-literacy')?.level ?? 0).toBe(before);
    const pending = await call(core, 'skills.proposals', { status: 'pending' });
    expect(pending.proposals.map((p) => p.employeeId)).toEqual(['E0100']);
    const noComment = await dispatch(core.handlers, 'skills.decide', { employeeId: 'E0100', skillId: 'ovs:data-literacy', decision: 'confirm', comment: '' }, { actor: 'm' }, silentLog);
    expect(noComment.ok === false && noComment.error.code).toBe('INVALID_INPUT');
    const confirmed = await call(core, 'skills.decide', { employeeId: 'E0100', skillId: 'ovs:data-literacy', decision: 'confirm', comment: 'Seen in the team dashboard work' }, 'manager-mia');
    expect(confirmed).toMatchObject({ status: 'confirmed', decidedBy: 'manager-mia' });
    expect(level('E0100', 'ovs:data-literacy')).toEqual({ level: Math.min(5, before + 2), source: 'manager' });
    const again = await dispatch(core.handlers, 'skills.decide', { employeeId: 'E0100', skillId: 'ovs:data-literacy', decision: 'reject', comment: 'second thoughts' }, { actor: 'm' }, silentLog);
    expect(again.ok === false && again.error.code).toBe('CONFLICT');
    expect(listAudit(core.db, { entityId: 'E0100' }).map((a) => a.action).slice(0, 2)).toEqual(['confirm', 'propose']);
  });

  it('leaves the level alone when rejected, and refuses unknown people and skills', async () => {
    await call(core, 'skills.propose', { employeeId: 'E0100', skillId: 'ovs:conversation-design', level: 4 });
    await call(core, 'skills.decide', { employeeId: 'E0100', skillId: 'ovs:conversation-design', decision: 'reject', comment: 'Not yet shown in the work' });
    expect(level('E0100', 'ovs:conversation-design')?.level ?? 0).toBeLessThan(4);
    for (const input of [
      { employeeId: 'NOPE', skillId: 'ovs:data-literacy', level: 2 },
      { employeeId: 'E0100', skillId: 'ovs:telepathy', level: 2 },
    ]) {
      const r = await dispatch(core.handlers, 'skills.propose', input, { actor: 't' }, silentLog);
      expect(r.ok === false && r.error.code).toBe('NOT_FOUND');
    }
    const bad = await dispatch(core.handlers, 'skills.propose', { employeeId: 'E0100', skillId: 'ovs:data-literacy', level: 7 }, { actor: 't' }, silentLog);
    expect(bad.ok === false && bad.error.code).toBe('INVALID_INPUT');
  });
});
