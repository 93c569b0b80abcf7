import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoleYearExplanations } from '../../shared/api/dto';
import type { Scenario } from '../../shared/domain/scenario';
import { catalogueHandlers, FakeApiFailure, type FakeHandlers } from './fakeBridge';
import { renderApp } from './renderApp';

afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

const ex = (formula: string, value: number | string) => ({ formula, value, inputs: [{ name: 'input.fte', value: 61.5, unit: 'fte' }], sourceIds: [], overrides: [] });

/** Figures that grow by year: automated 5 points a year, augmented 2, demand falls 5 FTE, supply 3. */
function explainFor(roleCode: string, year: number): RoleYearExplanations {
  const i = year - 2026;
  const staffed = roleCode === '43-4051.00';
  return {
    automatedShare: ex('role.automatedShare', 0.05 * i),
    augmentedShare: ex('role.augmentedShare', 0.02 * i),
    hoursFreed: ex('role.hoursFreed', 100 * i),
    fteFreed: ex('role.fteFreed', i),
    demandFte: ex('workforce.demand', staffed ? 100 - 5 * i : 0),
    supplyFte: ex(i === 0 ? 'workforce.supply.start' : 'workforce.supply', staffed ? 100 - 3 * i : 0),
    surplusFte: ex('workforce.surplus', staffed ? 2 * i : 0),
    shortfallFte: ex('workforce.shortfall', 0),
    hires: ex(i === 0 ? 'workforce.flows.start' : 'workforce.hires', staffed && i > 0 ? 25 : 0),
    leavers: ex(i === 0 ? 'workforce.flows.start' : 'workforce.leavers', staffed && i > 0 ? 28 : 0),
    riskClass: ex('role.riskClass', i >= 5 ? 'medium' : 'low'),
  } as unknown as RoleYearExplanations;
}

const exposureRow = (code: string, source: 'human' | 'gpt4') => ({
  code,
  title: code,
  alpha: source === 'human' ? 0.4 : 0.3,
  beta: source === 'human' ? 0.55 : 0.62,
  gamma: 0.8,
  alphaTime: 0.45,
  betaTime: 0.6,
  gammaTime: null,
  automatedShare: source === 'human' ? 0.21 : 0.27,
  augmentedShare: 0.1,
});

function scenarioHandlers(initial: Partial<Scenario> = {}, extra: FakeHandlers = {}) {
  const state = {
    stored: { name: 'expected', description: '', startYear: 2026, horizon: 5, labelSource: 'average', taskOverrides: [], roleOverrides: [], ...initial } as unknown as Scenario,
  };
  const summary = () => ({ name: 'expected', description: '', isSeeded: true, startYear: 2026, horizon: 5, labelSource: 'average' as const, taskOverrides: state.stored.taskOverrides.length, roleOverrides: state.stored.roleOverrides.length, updatedAt: '2026-01-01' });
  const handlers = catalogueHandlers({
    'dataset.sources': () => ({ sources: [], methods: [] }),
    'scenario.list': () => ({ scenarios: [summary()] }),
    'scenario.get': () => structuredClone(state.stored),
    'scenario.save': ({ scenario }) => {
      state.stored = structuredClone(scenario as Scenario);
      return summary();
    },
    'scenario.explain': ({ roleCode, year }) => explainFor(roleCode, year),
    'roles.exposure': ({ source }) => ({ source: source!, scenario: 'expected', horizonYear: 2031, roles: ['43-4051.00', '11-2021.00'].map((c) => exposureRow(c, source as 'human' | 'gpt4')) }),
    'roles.similar': ({ roleCode }) => ({
      role: { code: roleCode, title: roleCode },
      similar: [
        { code: '11-2021.00', title: 'Marketing Managers', similarity: 0.71, components: { skills: 0.9, activities: 0.52 }, related: true },
        { code: 'x-unknown', title: 'Order Clerks', similarity: 0.66, components: { skills: 0.78, activities: null }, related: true },
        // Similar by the numbers but two job zones apart: never listed as related.
        { code: '43-9021.00', title: 'Data Entry Keyers', similarity: 0.5, components: { skills: 0.6, activities: 0.4 }, related: false },
      ],
    }),
    ...extra,
  });
  return { handlers, state };
}

async function renderRoles(initial: Partial<Scenario> = {}, extra: FakeHandlers = {}) {
  const { handlers, state } = scenarioHandlers(initial, extra);
  const app = renderApp(handlers, { screen: 'roles' });
  await act(() => app.ready);
  await screen.findByTestId('role-impact');
  await screen.findByTestId('task-mix');
  return { ...app, state };
}

describe('Roles screen', () => {
  it('shows the impact over time for the active scenario: cards, stacked areas, demand vs supply, with titles stating the finding', async () => {
    const { bridge, container } = await renderRoles();
    expect(bridge.callsOf('scenario.explain').map((c) => c.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
    expect(bridge.callsOf('scenario.explain').every((c) => c.name === 'expected' && c.roleCode === '43-4051.00')).toBe(true);
    expect(screen.getByTestId('role-card-automated')).toHaveTextContent('25%');
    expect(screen.getByTestId('role-card-augmented')).toHaveTextContent('10%');
    expect(screen.getByTestId('role-card-demand')).toHaveTextContent('75.0');
    expect(screen.getByTestId('role-card-demand')).toHaveTextContent('85.0 available · 10.0 FTE surplus');
    expect(screen.getByTestId('role-card-risk')).toHaveTextContent('medium');
    expect(screen.getByTestId('role-impact-finding')).toHaveTextContent('By 2031, 25% of the time in this role is automated and 10% is done faster with AI');
    expect(screen.getByTestId('role-demand-finding')).toHaveTextContent('Demand falls from 100.0 to 75.0 FTE by 2031; 85.0 FTE remain available');
    // three stacked areas, axis titles with units, no animation
    expect(container.querySelectorAll('[data-testid="role-share-chart"] .recharts-area')).toHaveLength(3);
    expect(within(screen.getByTestId('role-share-chart')).getByText('Share of working time (%)')).toBeInTheDocument();
    expect(within(screen.getByTestId('role-demand-chart')).getByText('FTE')).toBeInTheDocument();
    expect(screen.getByTestId('role-meta')).toHaveTextContent('1,234 people in this role today · Scenario expected');
  });

  it('opens the explanation of a card and of a table cell (the same data the chart draws)', async () => {
    const user = userEvent.setup();
    await renderRoles();
    await user.click(screen.getByTestId('explain-role-automated'));
    const dialog = await screen.findByRole('dialog', { name: 'Share of the time automated in 2031' });
    expect(within(dialog).getByTestId('explain-formula')).toHaveTextContent(/Share of the role's time automated/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByTestId('role-demand-view-table'));
    const table = screen.getByTestId('role-demand-table');
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    await user.click(within(table).getByTestId('explain-supplyFte-2028'));
    const d2 = await screen.findByRole('dialog', { name: 'FTE available in 2028' });
    expect(within(d2).getByTestId('explain-value')).toHaveTextContent('94.0 FTE');
    await user.keyboard('{Escape}');
    await user.click(within(table).getByTestId('explain-hires-2028'));
    const d3 = await screen.findByRole('dialog', { name: 'Hired in 2028' });
    expect(within(d3).getByTestId('explain-value')).toHaveTextContent('25.0 FTE');
  });

  it('shows exposure by human raters and GPT-4 side by side (two calls), the model shares at the horizon, and similar roles', async () => {
    const { bridge } = await renderRoles();
    await screen.findByTestId('role-exposure');
    expect(bridge.callsOf('roles.exposure').map((c) => [c.source, c.scenario])).toEqual([
      ['human', 'expected'],
      ['gpt4', 'expected'],
    ]);
    expect(screen.getByTestId('role-exposure-finding')).toHaveTextContent('GPT-4 rate this role as more exposed than Human raters (β 0.62 against 0.55)');
    const beta = screen.getByTestId('exposure-beta');
    expect(beta).toHaveTextContent('55%');
    expect(beta).toHaveTextContent('62%');
    expect(screen.getByTestId('exposure-gammaTime')).toHaveTextContent('not labelled');
    expect(screen.getByTestId('exposure-automatedShare')).toHaveTextContent('Model: time automated by 2031');
    expect(screen.getByTestId('exposure-automatedShare')).toHaveTextContent('21%');
    expect(screen.getByTestId('exposure-automatedShare')).toHaveTextContent('27%');

    const similar = await screen.findByTestId('role-similar');
    const rows = within(similar).getAllByTestId('similar-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Marketing Managers71%90%52%');
    expect(rows[1]).toHaveTextContent('Order Clerks66%78%–');
    expect(similar).not.toHaveTextContent('Data Entry Keyers');
  });

  it('opening a similar role selects it (shared with the Tasks screen)', async () => {
    const user = userEvent.setup();
    const { store, bridge } = await renderRoles();
    await user.click(screen.getByRole('button', { name: 'Open Marketing Managers' }));
    await waitFor(() => expect(store.getState().selectedRoleCode).toBe('11-2021.00'));
    await waitFor(() => expect(bridge.callsOf('scenario.explain').some((c) => c.roleCode === '11-2021.00')).toBe(true));
    await waitFor(() => expect(screen.getAllByTestId('mix-row')).toHaveLength(2));
  });

  it('a role nobody works in shows the designed state instead of demand vs supply', async () => {
    const user = userEvent.setup();
    await renderRoles();
    await user.selectOptions(screen.getByTestId('role-select'), 'ovs-ai-content-specialist');
    await screen.findByTestId('role-demand-nobody');
    expect(screen.getByTestId('role-meta')).toHaveTextContent('Nobody works in this role today');
    expect(screen.getByTestId('task-mix-empty')).toHaveTextContent('no tasks in the dataset');
  });

  it('shows an error with retry when the figures cannot be computed', async () => {
    let fail = true;
    const { handlers } = scenarioHandlers({}, {
      'scenario.explain': ({ roleCode, year }) => {
        if (fail) throw new FakeApiFailure('INTERNAL', 'boom');
        return explainFor(roleCode, year);
      },
    });
    const app = renderApp(handlers, { screen: 'roles' });
    await act(() => app.ready);
    const banner = await screen.findByTestId('role-impact-error');
    expect(banner).toHaveTextContent('The figures of this role could not be computed.');
    fail = false;
    await userEvent.setup().click(within(banner).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('role-impact');
  });
});

describe('Task-mix editor', () => {
  it('lists the role tasks with their shares and a live total of 100%', async () => {
    await renderRoles();
    const rows = screen.getAllByTestId('mix-row');
    expect(rows).toHaveLength(4);
    expect((screen.getByTestId('mix-share-3224') as HTMLInputElement).value).toBe('40.0');
    expect(screen.getByTestId('mix-sum')).toHaveTextContent('100.0%');
    expect(screen.getByTestId('mix-status')).toHaveTextContent('The shares add up to 100%.');
    expect(screen.getByTestId('mix-save')).toBeDisabled();
  });

  it('a sum other than 100% shows a clear error and blocks the save', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderRoles();
    const field = screen.getByTestId('mix-share-3224');
    await user.clear(field);
    await user.type(field, '35');
    expect(screen.getByTestId('mix-sum')).toHaveTextContent('95.0%');
    expect(screen.getByTestId('mix-status')).toHaveTextContent('The shares add up to 95.0%: 5.0 percentage points short of 100%. Adjust them before saving.');
    expect(screen.getByTestId('mix-status')).toHaveAttribute('role', 'alert');
    await user.type(screen.getByTestId('mix-reason'), 'Fewer calls since the portal');
    await user.click(screen.getByTestId('mix-save'));
    expect(bridge.callsOf('scenario.save')).toHaveLength(0);
    expect(screen.getByTestId('mix-status')).toHaveFocus();

    // a field that is not a number is marked, and also blocks the save
    await user.clear(field);
    await user.type(field, 'abc');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('mix-status')).toHaveTextContent('Enter a number from 0 to 100.');
    await user.click(screen.getByTestId('mix-save'));
    expect(bridge.callsOf('scenario.save')).toHaveLength(0);
  });

  it('requires a reason before saving', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderRoles();
    await user.clear(screen.getByTestId('mix-share-3224'));
    await user.type(screen.getByTestId('mix-share-3224'), '30');
    await user.clear(screen.getByTestId('mix-share-3225'));
    await user.type(screen.getByTestId('mix-share-3225'), '40');
    expect(screen.getByTestId('mix-status')).toHaveTextContent('The shares add up to 100%.');
    await user.click(screen.getByTestId('mix-save'));
    expect(screen.getByTestId('mix-reason-error')).toHaveTextContent('Write a reason of at least 3 characters.');
    expect(screen.getByTestId('mix-reason')).toHaveFocus();
    expect(bridge.callsOf('scenario.save')).toHaveLength(0);
  });

  it('saves a valid mix with its reason as the role override, then reloads the figures and marks the mix as the scenario’s', async () => {
    const user = userEvent.setup();
    const { bridge, state } = await renderRoles();
    const before = bridge.callsOf('scenario.explain').length;
    // Dutch-style decimal comma is accepted too
    fireEvent.change(screen.getByTestId('mix-share-3224'), { target: { value: '29,5' } });
    fireEvent.change(screen.getByTestId('mix-share-3225'), { target: { value: '40.5' } });
    await user.type(screen.getByTestId('mix-reason'), 'Complaints take longer here');
    await user.click(screen.getByTestId('mix-save'));
    await waitFor(() => expect(bridge.callsOf('scenario.save')).toHaveLength(1));
    const call = bridge.callsOf('scenario.save')[0]!;
    expect(call.reason).toBe('Complaints take longer here');
    expect(call.previousName).toBe('expected');
    const mix = (call.scenario as Scenario).roleOverrides.find((o) => o.roleCode === '43-4051.00')!.taskMix!;
    expect(mix.map((m) => [m.taskId, Number(m.share.toFixed(3))])).toEqual([
      ['3224', 0.295],
      ['3225', 0.405],
      ['3226', 0.2],
      ['3227', 0.1],
    ]);
    expect(Math.abs(mix.reduce((s, m) => s + m.share, 0) - 1)).toBeLessThan(1e-9);
    expect(state.stored.roleOverrides).toHaveLength(1);
    await screen.findByText('Saved in scenario expected. The figures above now use this task mix.');
    expect(screen.getByTestId('mix-overridden')).toHaveTextContent('Reason given: “Complaints take longer here”');
    await waitFor(() => expect(bridge.callsOf('scenario.explain').length).toBe(before + 6));
    expect((screen.getByTestId('mix-share-3224') as HTMLInputElement).value).toBe('29.5');
  });

  it('"Scale to 100%" fixes the total; the scenario’s mix can be removed with a reason', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderRoles({ roleOverrides: [{ roleCode: '43-4051.00', taskMix: [{ taskId: '3224', share: 0.5 }, { taskId: '3225', share: 0.2 }, { taskId: '3226', share: 0.2 }, { taskId: '3227', share: 0.1 }], reason: 'Measured in 2025' }] });
    await waitFor(() => expect((screen.getByTestId('mix-share-3224') as HTMLInputElement).value).toBe('50.0'));
    expect(screen.getByTestId('mix-overridden')).toHaveTextContent('Measured in 2025');
    fireEvent.change(screen.getByTestId('mix-share-3224'), { target: { value: '70' } });
    expect(screen.getByTestId('mix-status')).toHaveTextContent('20.0 percentage points over 100%');
    await user.click(screen.getByTestId('mix-scale'));
    expect(screen.getByTestId('mix-sum')).toHaveTextContent('100.0%');

    await user.click(screen.getByTestId('mix-remove'));
    expect(bridge.callsOf('scenario.save')).toHaveLength(0);
    await user.type(screen.getByTestId('mix-reason'), 'Back to O*NET');
    await user.click(screen.getByTestId('mix-remove'));
    await waitFor(() => expect(bridge.callsOf('scenario.save')).toHaveLength(1));
    expect((bridge.callsOf('scenario.save')[0]!.scenario as Scenario).roleOverrides).toEqual([]);
    await screen.findByText('The scenario uses the dataset’s task mix again.');
    await waitFor(() => expect(screen.queryByTestId('mix-overridden')).toBeNull());
  });

  it('speaks Dutch', async () => {
    const { handlers } = scenarioHandlers();
    handlers.settings.language = 'nl';
    const app = renderApp(handlers, { screen: 'roles' });
    await act(() => app.ready);
    await act(() => app.i18n.changeLanguage('nl'));
    await screen.findByTestId('role-impact');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Functies');
    expect(screen.getByTestId('role-impact-finding')).toHaveTextContent('In 2031 is 25% van de tijd in deze functie geautomatiseerd');
    await screen.findByTestId('task-mix');
    expect((screen.getByTestId('mix-share-3224') as HTMLInputElement).value).toBe('40,0');
  });
});
