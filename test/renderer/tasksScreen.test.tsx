import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueHandlers, FakeApiFailure, listTasks } from './fakeBridge';
import { renderApp } from './renderApp';
import { SCREEN_IDS } from '../../renderer/src/app/screens';

// The dom project runs without vitest globals, so RTL cannot register its own cleanup.
afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

async function renderReady(overrides: Parameters<typeof catalogueHandlers>[0] = {}) {
  const handlers = catalogueHandlers(overrides);
  const app = renderApp(handlers, { screen: 'tasks' });
  await act(() => app.ready);
  return { ...app, handlers };
}

describe('Tasks screen', () => {
  it('shows the role picker grouped by family with headcount, the cards, the chart and the task rows', async () => {
    const { container } = await renderReady();

    const select = screen.getByTestId('role-select') as HTMLSelectElement;
    expect(select.value).toBe('43-4051.00');
    const groups = [...select.querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).toEqual(['Current roles', 'Target roles', 'Emerging roles']);
    expect(within(select).getByRole('option', { name: 'Customer Service Representatives · 1,234 people' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: 'Prompt Operations Lead · 1 person' })).toBeInTheDocument();

    expect(screen.getAllByTestId('task-row')).toHaveLength(4);
    expect(screen.getByTestId('card-task-count')).toHaveTextContent('4');
    expect(screen.getByTestId('card-exposed')).toHaveTextContent('67%');
    expect(screen.getByTestId('card-exposed')).toHaveTextContent('Human raters 67% · GPT-4 67%');
    expect(screen.getByTestId('card-disagree')).toHaveTextContent('1');
    expect(screen.getByTestId('chart-finding')).toHaveTextContent('Customer inquiries holds the most exposed time: 40% of the working week');

    // 3 categories × non-zero segments: inquiries E0,E1,E2; admin E1; sales not labelled
    const bars = container.querySelectorAll('.recharts-bar-rectangle');
    expect(bars).toHaveLength(5);
    expect(container.querySelectorAll('.recharts-bar')).toHaveLength(4);
    expect(within(screen.getByTestId('time-by-category-chart')).getByText('Share of working time (%)')).toBeInTheDocument();
  });

  it('marks disagreement between human and GPT-4 labels, with plain-language tooltips on labels', async () => {
    await renderReady();
    const rows = screen.getAllByTestId('task-row');
    const disagreeing = rows.filter((r) => within(r).queryByTestId('disagree-marker'));
    expect(disagreeing.map((r) => r.dataset.taskId)).toEqual(['3224']);
    expect(within(rows[0]).getByTitle(/Direct exposure: access to a GPT-4-class model alone/)).toBeInTheDocument();
    expect(within(rows[0]).getByTitle(/Automation level 2 of 4/)).toBeInTheDocument();
    // no "translated" marker in English
    expect(screen.queryByTestId('translated-marker')).toBeNull();
  });

  it('shows the chart data as a table on request', async () => {
    const user = userEvent.setup();
    await renderReady();
    await user.click(screen.getByTestId('view-table'));
    const table = screen.getByTestId('time-by-category-table');
    expect(screen.queryByTestId('time-by-category-chart')).toBeNull();
    expect(within(table).getByRole('rowheader', { name: 'Customer inquiries' })).toBeInTheDocument();
    const row = within(table).getByRole('rowheader', { name: 'Customer inquiries' }).closest('tr')!;
    expect(row).toHaveTextContent('30.0%'); // E0
    expect(row).toHaveTextContent('70.0%'); // total
    expect(screen.getByTestId('view-table')).toHaveAttribute('aria-pressed', 'true');
  });

  it('selecting another role loads its tasks', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderReady();
    await user.selectOptions(screen.getByTestId('role-select'), '11-2021.00');
    await waitFor(() => expect(screen.getAllByTestId('task-row')).toHaveLength(2));
    expect(bridge.callsOf('tasks.list').at(-1)).toEqual({ roleCode: '11-2021.00', lang: 'en' });
    expect(screen.getByText('Tasks of Marketing Managers')).toBeInTheDocument();
  });

  it('searches through the API after typing pauses, and offers to clear an empty result', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderReady();
    await user.type(screen.getByTestId('task-search'), 'compl');
    // debounced: one search call for the whole word
    await waitFor(() => expect(screen.getAllByTestId('task-row')).toHaveLength(1));
    expect(bridge.callsOf('tasks.list').filter((c) => c.search)).toEqual([{ roleCode: '43-4051.00', lang: 'en', search: 'compl' }]);
    expect(screen.getByTestId('task-count')).toHaveTextContent('Showing 1 of 4 tasks');
    // the cards still describe the whole role
    expect(screen.getByTestId('card-task-count')).toHaveTextContent('4');

    await user.clear(screen.getByTestId('task-search'));
    await user.type(screen.getByTestId('task-search'), 'zzz');
    await waitFor(() => expect(screen.getByTestId('no-match')).toHaveTextContent('No task of this role matches “zzz”'));
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(screen.getAllByTestId('task-row')).toHaveLength(4);
    expect(screen.getByTestId('task-search')).toHaveValue('');
  });

  it('switching to Dutch changes the interface, persists the choice and reloads the data in Dutch', async () => {
    const user = userEvent.setup();
    const { bridge, handlers } = await renderReady();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tasks');
    expect(screen.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByTestId('lang-nl'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Taken'));
    await waitFor(() => expect(screen.getAllByTestId('task-row')[0]).toHaveTextContent('Klantvragen beantwoorden per telefoon en e-mail'));
    expect(screen.getByTestId('lang-nl')).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('nl');
    expect(bridge.callsOf('settings.update')).toEqual([{ language: 'nl' }]);
    expect(handlers.settings.language).toBe('nl');
    expect(screen.getByTestId('nav-tasks')).toHaveTextContent('Taken');
    expect(screen.getByTestId('card-exposed')).toHaveTextContent('Menselijke beoordelaars 67% · GPT-4 67%');
    expect(screen.getByTestId('chart-finding')).toHaveTextContent('Klantvragen bevat de meeste blootgestelde tijd');
    expect(screen.getByRole('option', { name: 'Klantenservicemedewerkers · 1.234 personen' })).toBeInTheDocument();
    // Dutch statements translated for Overstap carry the marker
    expect(screen.getAllByTestId('translated-marker')).toHaveLength(3);
    expect(screen.getAllByTestId('translated-marker')[0]).toHaveTextContent('vertaald door Overstap');

    await user.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tasks'));
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows an error that says what happened and retries', async () => {
    const user = userEvent.setup();
    let fail = true;
    await renderReady({
      'tasks.list': (input) => {
        if (fail) throw new FakeApiFailure('DB_CORRUPT', 'database disk image is malformed');
        return listTasks(input);
      },
    });
    const error = screen.getByTestId('tasks-error');
    expect(error).toHaveAttribute('role', 'alert');
    expect(error).toHaveTextContent('The tasks of this role could not be loaded.');
    expect(error).toHaveTextContent('Error code DB_CORRUPT');
    expect(error).toHaveTextContent('Restore the backup');
    fail = false;
    await user.click(within(error).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByTestId('task-row')).toHaveLength(4));
    expect(screen.queryByTestId('tasks-error')).toBeNull();
  });

  it('shows a roles error with retry when the catalogue cannot be read', async () => {
    await renderReady({
      'roles.list': () => {
        throw new FakeApiFailure('INTERNAL', 'no such table: roles');
      },
    });
    expect(screen.getByTestId('roles-error')).toHaveTextContent('The roles could not be loaded.');
    expect(screen.getByTestId('role-select')).toBeDisabled();
  });

  it('has designed loading and empty states', async () => {
    const user = userEvent.setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const app = renderApp(
      catalogueHandlers({
        'roles.list': async (input) => {
          await gate;
          return catalogueHandlers()['roles.list']!(input);
        },
      }),
      { screen: 'tasks' },
    );
    expect(await screen.findByTestId('roles-loading')).toHaveTextContent('Loading roles…');
    release();
    await act(() => app.ready);
    await user.selectOptions(screen.getByTestId('role-select'), 'ovs-prompt-ops');
    await waitFor(() => expect(screen.getByTestId('no-tasks')).toHaveTextContent('This role has no tasks in the dataset.'));
  });

  it('shows the empty state when the dataset has no roles', async () => {
    await renderReady({ 'roles.list': () => ({ roles: [] }) });
    expect(screen.getByTestId('no-roles')).toBeInTheDocument();
  });
});

describe('app shell', () => {
  it('shows organisation, active scenario and the grouped navigation', async () => {
    await renderReady();
    expect(screen.getByTestId('organisation')).toHaveTextContent('Demo Zorgverzekeraar');
    expect(screen.getByTestId('active-scenario')).toHaveTextContent('expected');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('heading').map((h) => h.textContent)).toEqual(['Plan', 'Reskill', 'Manager', 'Employee', 'Data', 'About']);
    expect(within(nav).getAllByRole('button')).toHaveLength(16);
    expect(screen.getByTestId('nav-tasks')).toHaveAttribute('aria-current', 'page');
  });

  it('opens every screen of the navigation, marking the open one', async () => {
    const user = userEvent.setup();
    await renderReady();
    for (const id of SCREEN_IDS) {
      await user.click(screen.getByTestId(`nav-${id}`));
      expect(screen.getByTestId(`nav-${id}`)).toHaveAttribute('aria-current', 'page');
      expect(await screen.findByTestId(`screen-${id}`)).toBeInTheDocument();
    }
  });

  it('reports a failed language save without losing the switch', async () => {
    const user = userEvent.setup();
    await renderReady({
      'settings.update': () => {
        throw new FakeApiFailure('INTERNAL', 'disk full');
      },
    });
    await user.click(screen.getByTestId('lang-nl'));
    const error = await screen.findByTestId('settings-error');
    expect(error).toHaveTextContent('Je taalkeuze kon niet worden opgeslagen');
    await user.click(within(error).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByTestId('settings-error')).toBeNull();
  });
});
