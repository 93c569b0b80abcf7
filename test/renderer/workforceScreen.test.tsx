import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EmployeeDetail, EmployeeListItem } from '../../shared/api/dto';
import { filterPeople, NO_FILTER, sortPeople } from '../../renderer/src/features/workforce/people';
import { catalogueHandlers, FakeApiFailure, type FakeHandlers } from './fakeBridge';
import { renderApp } from './renderApp';

// jsdom lays nothing out: give the virtualised list's scroll box a size so it renders rows.
const saved = { h: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'), w: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth') };
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
});
afterAll(() => {
  if (saved.h) Object.defineProperty(HTMLElement.prototype, 'clientHeight', saved.h);
  if (saved.w) Object.defineProperty(HTMLElement.prototype, 'clientWidth', saved.w);
});
afterEach(() => {
  document.documentElement.lang = 'en';
});

const DEPTS = ['Klantenservice', 'Marketing', 'Sales'];
function person(i: number): EmployeeListItem & { fullName: string } {
  const id = `E${String(i).padStart(4, '0')}`;
  return {
    id,
    fullName: `Person ${i}`,
    role: i % 3 === 0 ? '11-2021.00' : '43-4051.00',
    roleTitle: i % 3 === 0 ? 'Marketing Managers' : 'Customer Service Representatives',
    roleToReview: i % 50 === 7,
    department: DEPTS[i % 3]!,
    location: 'Utrecht',
    fte: i % 2 ? 1 : 0.8,
    contractType: i % 4 ? 'permanent' : 'temporary',
    objection: i === 9,
  };
}

function people(n: number) {
  return Array.from({ length: n }, (_, i) => person(i + 1));
}

function handlers(n = 1500, overrides: FakeHandlers = {}) {
  const all = people(n);
  const h = catalogueHandlers({
    'employees.list': (input) => ({
      employees: all.map(({ fullName, ...p }) => (input.names && !h.settings.pseudonymised ? { ...p, name: fullName } : p)),
    }),
    'employees.get': (input): { employee: EmployeeDetail } => {
      const p = all.find((x) => x.id === input.id);
      if (!p) throw new FakeApiFailure('NOT_FOUND', `Unknown employee: ${input.id}`);
      const { fullName, objection, ...rest } = p;
      return {
        employee: {
          ...rest,
          ...(input.names ? { name: fullName } : {}),
          weeklyHours: p.fte * 36,
          startDate: '2019-03-01',
          managerId: 'E0001',
          objection: objection ? { since: '2026-01-15T10:00:00Z', reason: 'Does not want to be scored' } : null,
          skills: [
            { skillId: 's1', skillName: 'Active Listening', level: 4, source: 'manager' },
            { skillId: 's2', skillName: 'Writing', level: 2, source: 'self' },
            { skillId: 's3', skillName: 'Prompting', level: 1, source: 'learning' },
          ],
        },
      };
    },
    ...overrides,
  });
  h.settings.pseudonymised = true;
  return h;
}

async function openWorkforce(h: FakeHandlers) {
  const user = userEvent.setup();
  const app = renderApp(h);
  await act(() => app.ready);
  await user.click(screen.getByTestId('nav-workforce'));
  return { ...app, user };
}

describe('Workforce screen', () => {
  it('shows headline counts and a virtualised, pseudonymised list', async () => {
    await openWorkforce(handlers());
    await waitFor(() => expect(screen.getAllByTestId('person-row').length).toBeGreaterThan(5));
    expect(screen.getAllByTestId('person-row').length).toBeLessThan(60);
    expect(screen.getByTestId('people-count')).toHaveTextContent('Showing 1,500 of 1,500');
    expect(screen.getByTestId('card-people')).toHaveTextContent('1,500');
    expect(screen.getByTestId('card-objection')).toHaveTextContent('1');
    expect(screen.getAllByTestId('person-row')[0]).toHaveTextContent('E0001');
    // Pseudonymised mode: "show names" is locked, and no names were asked for.
    expect(screen.getByTestId('show-names')).toBeDisabled();
    expect(screen.getByText(/Pseudonymised mode is on/)).toBeInTheDocument();
    expect(screen.queryByText('Person 1')).toBeNull();
  });

  it('filters by department, role and status, and by text; clearing brings everyone back', async () => {
    const { user, bridge } = await openWorkforce(handlers(60));
    await waitFor(() => expect(screen.getByTestId('people-count')).toHaveTextContent('Showing 60 of 60'));
    await user.selectOptions(screen.getByTestId('filter-department'), 'Marketing');
    expect(screen.getByTestId('people-count')).toHaveTextContent('Showing 20 of 60');
    for (const row of screen.getAllByTestId('person-row')) expect(row).toHaveTextContent('Marketing');
    await user.selectOptions(screen.getByTestId('filter-department'), '');
    await user.selectOptions(screen.getByTestId('filter-role'), '11-2021.00');
    expect(screen.getByTestId('people-count')).toHaveTextContent('Showing 20 of 60');
    await user.selectOptions(screen.getByTestId('filter-role'), '');
    await user.selectOptions(screen.getByTestId('filter-status'), 'review');
    expect(screen.getAllByTestId('person-row').map((r) => r.dataset.personId)).toEqual(['E0007', 'E0057']);
    await user.selectOptions(screen.getByTestId('filter-status'), 'objection');
    expect(screen.getAllByTestId('person-row').map((r) => r.dataset.personId)).toEqual(['E0009']);
    await user.selectOptions(screen.getByTestId('filter-status'), 'all');
    await user.type(screen.getByTestId('people-filter'), 'E0042');
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(1));
    await user.clear(screen.getByTestId('people-filter'));
    await user.type(screen.getByTestId('people-filter'), 'nobody-like-this');
    await waitFor(() => expect(screen.getByTestId('people-no-match')).toBeInTheDocument());
    await user.click(within(screen.getByTestId('people-no-match')).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getByTestId('people-count')).toHaveTextContent('Showing 60 of 60'));
    // Filtering is local: one list request (the department filter did not go to the core).
    expect(bridge.callsOf('employees.list')).toHaveLength(1);
  });

  it('sorts by a column and reverses on a second click', async () => {
    const { user } = await openWorkforce(handlers(20));
    await waitFor(() => expect(screen.getAllByTestId('person-row').length).toBe(20));
    await user.click(screen.getByTestId('sort-id'));
    expect(screen.getAllByTestId('person-row')[0]!.dataset.personId).toBe('E0020');
    expect(screen.getByTestId('sort-id').closest('th')).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByTestId('sort-fte'));
    expect(screen.getByTestId('sort-fte').closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getAllByTestId('person-row')[0]).toHaveTextContent('0.8');
  });

  it('Ctrl+F focuses the filter', async () => {
    const { user } = await openWorkforce(handlers(10));
    await waitFor(() => expect(screen.getAllByTestId('person-row').length).toBe(10));
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(screen.getByTestId('people-filter'));
  });

  it('opens a person in the side panel with skills and sources, and Esc closes it', async () => {
    const { user, bridge } = await openWorkforce(handlers(20));
    await waitFor(() => expect(screen.getAllByTestId('person-row').length).toBe(20));
    await user.click(within(screen.getAllByTestId('person-row')[8]!).getByRole('button', { name: 'Open details of E0009' }));
    const panel = await screen.findByTestId('employee-panel');
    await waitFor(() => expect(within(panel).getAllByTestId('skill-row')).toHaveLength(3));
    expect(bridge.callsOf('employees.get').at(-1)).toEqual({ id: 'E0009', lang: 'en' });
    expect(within(panel).getByTestId('employee-title')).toHaveTextContent('E0009');
    expect(within(panel).getByTestId('employee-fte')).toHaveTextContent('1.0');
    expect(within(panel).getByTestId('employee-start')).toHaveTextContent('1 March 2019');
    expect(within(panel).getByTestId('employee-objection')).toHaveTextContent('Does not want to be scored');
    const rows = within(panel).getAllByTestId('skill-row');
    expect(rows[0]).toHaveTextContent('Active Listening');
    expect(rows[0]).toHaveTextContent('4 · advanced');
    expect(rows[0]).toHaveTextContent('manager');
    expect(rows[2]).toHaveTextContent('learning');
    expect(document.activeElement).toBe(within(panel).getByTestId('employee-title'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('employee-panel')).toBeNull();
  });

  it('moves between people with the arrow keys', async () => {
    const { user } = await openWorkforce(handlers(20));
    await waitFor(() => expect(screen.getAllByTestId('person-row').length).toBe(20));
    const first = within(screen.getAllByTestId('person-row')[0]!).getByRole('button');
    first.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('Open details of E0003');
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('employee-title')).toHaveTextContent('E0003');
  });

  it('shows names only when pseudonymised mode is off and the user asks', async () => {
    const h = handlers(10);
    h.settings.pseudonymised = false;
    const { user, bridge } = await openWorkforce(h);
    await waitFor(() => expect(screen.getAllByTestId('person-row').length).toBe(10));
    expect(screen.queryByText('Person 1')).toBeNull();
    await user.click(screen.getByTestId('show-names'));
    expect(await screen.findByText('Person 1')).toBeInTheDocument();
    expect(bridge.callsOf('employees.list').at(-1)).toEqual({ lang: 'en', names: true });
  });

  it('has a designed empty state that offers an import or the demo organisation', async () => {
    let n = 0;
    const base = handlers(0);
    const list = base['employees.list']!;
    const { user, bridge } = await openWorkforce({
      ...base,
      'employees.list': (input) => (n === 0 ? { employees: [] } : list(input)),
      'workforce.loadDemo': () => {
        n = 1;
        return { organisation: 'Demo BV', employees: 1500 };
      },
    });
    expect(await screen.findByTestId('workforce-empty')).toHaveTextContent('No people in this organisation yet.');
    expect(screen.getByTestId('workforce-import')).toBeEnabled();
    const demo = screen.getByTestId('workforce-demo');
    expect(demo).toHaveTextContent('Load the demo organisation');
    await user.click(demo);
    expect(await screen.findByTestId('workforce-notice')).toHaveTextContent('The demo organisation Demo BV is loaded: 1,500 people.');
    // An empty workforce needs no confirmation and no replace.
    expect(bridge.callsOf('workforce.loadDemo')).toEqual([{}]);
  });

  it('replaces people with the demo organisation only after a confirmation from the menu', async () => {
    const { user, bridge } = await openWorkforce(handlers(20, { 'workforce.loadDemo': () => ({ organisation: 'Demo BV', employees: 1500 }) }));
    await waitFor(() => expect(screen.getAllByTestId('person-row').length).toBe(20));
    await user.click(screen.getByTestId('workforce-more'));
    expect(screen.getByTestId('workforce-more')).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByTestId('workforce-load-demo'));
    const dialog = screen.getByTestId('demo-confirm');
    expect(dialog).toHaveTextContent('This removes all 20 people');
    expect(document.activeElement).toBe(screen.getByTestId('demo-cancel'));
    await user.click(screen.getByTestId('demo-cancel'));
    expect(screen.queryByTestId('demo-confirm')).toBeNull();
    expect(bridge.callsOf('workforce.loadDemo')).toEqual([]);
    await user.click(screen.getByTestId('workforce-more'));
    await user.keyboard('{Enter}');
    await user.click(screen.getByTestId('demo-confirm-button'));
    await waitFor(() => expect(bridge.callsOf('workforce.loadDemo')).toEqual([{ replace: true }]));
    expect(await screen.findByTestId('workforce-notice')).toHaveTextContent('Demo BV');
  });

  it('says what went wrong when the list cannot be read, and retries', async () => {
    let fail = true;
    const base = handlers(5);
    const list = base['employees.list']!;
    const { user } = await openWorkforce({
      ...base,
      'employees.list': (input) => {
        if (fail) throw new FakeApiFailure('DB_CORRUPT', 'damaged');
        return list(input);
      },
    });
    expect(await screen.findByTestId('workforce-error')).toHaveTextContent('The people list could not be loaded.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(5));
  });

  it('speaks Dutch with Dutch number formats', async () => {
    const { user } = await openWorkforce(handlers(1500));
    await waitFor(() => expect(screen.getByTestId('people-count')).toHaveTextContent('1,500'));
    await user.click(screen.getByTestId('lang-nl'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Personeel'));
    await waitFor(() => expect(screen.getByTestId('people-count')).toHaveTextContent('1.500 van 1.500'));
  });
});

describe('people filtering and sorting', () => {
  it('stays fast on 100,000 people', () => {
    const all = people(100_000);
    const t0 = performance.now();
    const sorted = sortPeople(all, 'roleTitle', 'asc', 'en-GB');
    const filtered = filterPeople(sorted, { ...NO_FILTER, department: 'Marketing', text: 'e00' });
    const ms = performance.now() - t0;
    expect(sorted).toHaveLength(100_000);
    expect(filtered.every((p) => p.department === 'Marketing')).toBe(true);
    // Generous bound for slow CI; typically well under 300 ms.
    expect(ms).toBeLessThan(3000);
  });
});
