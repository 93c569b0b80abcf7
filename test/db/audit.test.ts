import { describe, expect, it } from 'vitest';
import { appendAudit, listAudit } from '../../electron/db/repos/auditRepo';
import { call, openTestCore } from '../helpers/core';

describe('the audit log', () => {
  it('records a settings change with who, before, after', async () => {
    const core = await openTestCore();
    try {
      await call(core, 'settings.update', { language: 'nl' }, 'planner-anna');
      const [entry] = listAudit(core.db, { entity: 'settings' });
      expect(entry).toMatchObject({ actor: 'planner-anna', action: 'update', before: { language: 'en' }, after: { language: 'nl' } });
    } finally {
      core.close();
    }
  });

  it('is append-only: updates and deletes are refused by the database itself', async () => {
    const core = await openTestCore();
    try {
      appendAudit(core.db, { at: '2026-01-01T00:00:00Z', actor: 'x', entity: 'test', action: 'create' });
      expect(() => core.db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
      expect(() => core.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      expect(listAudit(core.db, { entity: 'test' })[0]!.actor).toBe('x');
    } finally {
      core.close();
    }
  });
});
