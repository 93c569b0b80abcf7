import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntryDto } from '../../shared/api/dto';
import { PAGE_SIZE } from '../../renderer/src/features/audit-log/AuditLogScreen';
import { diffValues } from '../../renderer/src/features/audit-log/diff';
import { catalogueHandlers, FakeApiFailure, type FakeHandlers } from './fakeBridge';
import { renderApp } from './renderApp';

afterEach(() => {
  document.documentElement.lang = 'en';
});

function log(n: number): AuditEntryDto[] {
  return Array.from({ length: n }, (_, i) => {
    const id = i + 1;
    if (id === 1) return { id, at: '2026-03-01T09:00:00Z', actor: 'system', entity: 'database', entityId: null, action: 'seed', before: null, after: { organisation: 'Demo BV', employees: 1500 }, reason: null };
    if (id % 2) return { id, at: '2026-03-02T10:00:00Z', actor: 'anna', entity: 'scenario', entityId: 'expected', action: 'update', before: { levers: { reinvestAuto: 0.2 } }, after: { levers: { reinvestAuto: 0.3 } }, reason: `Board asked for ${id}` };
    return { id, at: '2026-03-02T11:00:00Z', actor: 'anna', entity: 'settings', entityId: null, action: 'update', before: { minGroupSize: 5, language: 'en' }, after: { minGroupSize: 7, language: 'en' }, reason: null };
  });
}

function handlers(entries: AuditEntryDto[], overrides: FakeHandlers = {}) {
  return catalogueHandlers({
    'audit.list': (input) => ({
      entries: entries
        .filter((e) => (!input.entity || e.entity === input.entity) && (!input.entityId || e.entityId === input.entityId) && (!input.beforeId || e.id < input.beforeId))
        .sort((a, b) => b.id - a.id)
        .slice(0, input.limit ?? 200),
    }),
    ...overrides,
  });
}

async function openAudit(h: FakeHandlers) {
  const user = userEvent.setup();
  const app = renderApp(h);
  await act(() => app.ready);
  await user.click(screen.getByTestId('nav-audit-log'));
  return { ...app, user };
}

describe('Audit log screen', () => {
  it('shows entries newest first with when, who, what, action, reason and a compact diff; no edit controls', async () => {
    await openAudit(handlers(log(5)));
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(5));
    const rows = screen.getAllByTestId('audit-row');
    expect(rows.map((r) => r.dataset.auditId)).toEqual(['5', '4', '3', '2', '1']);
    expect(rows[0]).toHaveTextContent('anna');
    expect(rows[0]).toHaveTextContent('Scenario');
    expect(rows[0]).toHaveTextContent('expected');
    expect(rows[0]).toHaveTextContent('updated');
    expect(rows[0]).toHaveTextContent('Board asked for 5');
    expect(within(rows[0]!).getByTestId('audit-diff')).toHaveTextContent('levers.reinvestAuto: 0.2 → 0.3');
    expect(within(rows[1]!).getByTestId('audit-diff')).toHaveTextContent('minGroupSize: 5 → 7');
    expect(rows[1]!.querySelector('.al-changes')).not.toHaveTextContent('language');
    expect(within(rows[4]!).getByTestId('audit-diff')).toHaveTextContent('created');
    expect(rows[0]!.querySelector('time')).toHaveAttribute('datetime', '2026-03-02T10:00:00Z');
    expect(screen.getByTestId('audit-append-only')).toHaveTextContent('append-only');
    expect(within(screen.getByTestId('audit-table')).queryAllByRole('button')).toHaveLength(0);
    expect(within(screen.getByTestId('audit-table')).queryAllByRole('textbox')).toHaveLength(0);
  });

  it('filters by entity and entity id through the API', async () => {
    const { user, bridge } = await openAudit(handlers(log(9)));
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(9));
    await user.selectOptions(screen.getByTestId('audit-entity'), 'settings');
    await user.click(screen.getByTestId('audit-apply'));
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(4));
    expect(bridge.callsOf('audit.list').at(-1)).toEqual({ limit: PAGE_SIZE, entity: 'settings' });
    await user.selectOptions(screen.getByTestId('audit-entity'), 'scenario');
    await user.type(screen.getByTestId('audit-entity-id'), 'nothing{Enter}');
    expect(await screen.findByTestId('audit-empty')).toHaveTextContent('No entry matches this filter.');
    expect(bridge.callsOf('audit.list').at(-1)).toEqual({ limit: PAGE_SIZE, entity: 'scenario', entityId: 'nothing' });
  });

  it('pages back with beforeId', async () => {
    const { user, bridge } = await openAudit(handlers(log(PAGE_SIZE + 20)));
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(PAGE_SIZE));
    await user.click(screen.getByTestId('audit-more'));
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(PAGE_SIZE + 20));
    expect(bridge.callsOf('audit.list').at(-1)).toEqual({ limit: PAGE_SIZE, beforeId: 21 });
    expect(screen.queryByTestId('audit-more')).toBeNull();
  });

  it('has designed empty and error states, in Dutch too', async () => {
    let fail = true;
    const base = handlers([]);
    const { user } = await openAudit({
      ...base,
      'audit.list': (input) => {
        if (fail) throw new FakeApiFailure('INTERNAL', 'boom');
        return base['audit.list']!(input);
      },
    });
    expect(await screen.findByTestId('audit-error')).toHaveTextContent('The audit log could not be read.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('audit-empty')).toHaveTextContent('Nothing recorded yet.');
    await user.click(screen.getByTestId('lang-nl'));
    await waitFor(() => expect(screen.getByTestId('audit-empty')).toHaveTextContent('Nog niets vastgelegd.'));
  });
});

describe('audit diff', () => {
  it('lists changed paths, created values and no change', () => {
    expect(diffValues({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 } })).toEqual({ kind: 'changed', changes: [{ path: 'b.c', before: 2, after: 3 }] });
    expect(diffValues(null, { a: 1 }).kind).toBe('created');
    expect(diffValues({ a: 1 }, null).kind).toBe('removed');
    expect(diffValues({ a: [1, 2] }, { a: [1, 2] }).kind).toBe('same');
    expect(diffValues(5, 7)).toEqual({ kind: 'changed', changes: [{ path: '', before: 5, after: 7 }] });
  });
});
