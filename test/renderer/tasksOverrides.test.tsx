import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoleYearExplanations } from '../../shared/api/dto';
import type { Scenario } from '../../shared/domain/scenario';
import { catalogueHandlers } from './fakeBridge';
import { renderApp } from './renderApp';

afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

/** The explanation at any year: task 3224 is 52.5% automated and 15% augmented in the model (before any override). */
function explainFor(stored: Scenario): RoleYearExplanations {
  const o = stored.taskOverrides.find((x) => x.taskId === '3224');
  const share = (formula: string, name: string, model: number, kind: 'automation' | 'augmentation') => ({
    formula,
    value: 0.2,
    inputs: [
      { name: 'input.taskShare', value: 0.4, unit: 'share', taskId: '3224' },
      { name, value: o?.[kind] ?? model, unit: 'share', taskId: '3224' },
    ],
    sourceIds: [],
    overrides: o?.[kind] !== undefined ? [{ what: `task:3224.${kind}`, from: model, to: o[kind]!, reason: o.reason }] : [],
  });
  const plain = (formula: string) => ({ formula, value: 1, inputs: [], sourceIds: [], overrides: [] });
  return {
    automatedShare: share('role.automatedShare', 'input.taskAutomated', 0.525, 'automation'),
    augmentedShare: share('role.augmentedShare', 'input.taskAugmented', 0.15, 'augmentation'),
    hoursFreed: plain('role.hoursFreed'),
    fteFreed: plain('role.fteFreed'),
    demandFte: plain('workforce.demand'),
    supplyFte: plain('workforce.supply'),
    surplusFte: plain('workforce.surplus'),
    hiresNeeded: plain('workforce.hiresNeeded'),
    riskClass: { ...plain('role.riskClass'), value: 'low' },
  } as unknown as RoleYearExplanations;
}

async function renderTasks(initial: Partial<Scenario> = {}) {
  const state = {
    stored: { name: 'expected', description: '', startYear: 2026, horizon: 5, labelSource: 'average', taskOverrides: [], roleOverrides: [], ...initial } as unknown as Scenario,
  };
  const summary = () => ({ name: 'expected', description: '', isSeeded: true, startYear: 2026, horizon: 5, labelSource: 'average' as const, taskOverrides: 0, roleOverrides: 0, updatedAt: '2026-01-01' });
  const handlers = catalogueHandlers({
    'scenario.list': () => ({ scenarios: [summary()] }),
    'scenario.get': () => structuredClone(state.stored),
    'scenario.save': ({ scenario }) => {
      state.stored = structuredClone(scenario as Scenario);
      return summary();
    },
    'scenario.explain': () => explainFor(state.stored),
  });
  const app = renderApp(handlers, { screen: 'tasks' });
  await act(() => app.ready);
  await screen.findByTestId('task-overrides');
  return { ...app, state };
}

const rowOf = (id: string) => screen.getAllByTestId('task-row').find((r) => r.dataset.taskId === id)!;

describe('Tasks: evidence and per-task overrides', () => {
  it('opens the evidence of a task in a side panel: both exposure labels with their meaning, the automation level, the category and the model values', async () => {
    const user = userEvent.setup();
    await renderTasks();
    expect(screen.getByTestId('task-overrides')).toHaveTextContent('No task is overridden in scenario expected');
    await user.click(within(rowOf('3224')).getByTestId('task-details'));
    const panel = await screen.findByRole('dialog', { name: 'Answer customer questions by phone and e-mail' });
    expect(within(panel).getByTestId('evidence-human')).toHaveTextContent(/E1.*Direct exposure/);
    expect(within(panel).getByTestId('evidence-gpt4')).toHaveTextContent(/E2.*Exposure with tools/);
    expect(within(panel).getByTestId('evidence-agreement')).toHaveTextContent('Human raters and GPT-4 disagree on this task');
    expect(within(panel).getByTestId('evidence-automation')).toHaveTextContent(/T2.*Automation level 2 of 4/);
    expect(within(panel).getByTestId('evidence-category')).toHaveTextContent('Customer inquiries');
    await waitFor(() => expect(within(panel).getByTestId('model-automated')).toHaveTextContent('53%'));
    expect(within(panel).getByTestId('model-augmented')).toHaveTextContent('15%');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('requires a written reason and at least one share from 0 to 100% before saving', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderTasks();
    await user.click(within(rowOf('3224')).getByTestId('task-details'));
    const panel = await screen.findByTestId('task-panel');
    await user.click(within(panel).getByTestId('override-save'));
    expect(within(panel).getByTestId('override-need-one')).toHaveTextContent('Fill in at least one of the two shares.');
    await user.type(within(panel).getByTestId('override-automation'), '120');
    expect(within(panel).getByTestId('override-automation')).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(panel).getByTestId('override-save'));
    await user.clear(within(panel).getByTestId('override-automation'));
    await user.type(within(panel).getByTestId('override-automation'), '20');
    await user.click(within(panel).getByTestId('override-save'));
    expect(within(panel).getByTestId('override-reason-error')).toHaveTextContent('Write a reason of at least 3 characters.');
    expect(bridge.callsOf('scenario.save')).toHaveLength(0);
  });

  it('saves the override into the active scenario, marks the task in the table and lists it with its reason; removing asks for a reason too', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderTasks();
    await user.click(within(rowOf('3224')).getByTestId('task-details'));
    const panel = await screen.findByTestId('task-panel');
    fireEvent.change(within(panel).getByTestId('override-automation'), { target: { value: '20' } });
    await user.type(within(panel).getByTestId('override-reason'), 'Our pilot automated far less');
    await user.click(within(panel).getByTestId('override-save'));
    await waitFor(() => expect(bridge.callsOf('scenario.save')).toHaveLength(1));
    const call = bridge.callsOf('scenario.save')[0]!;
    expect(call.reason).toBe('Our pilot automated far less');
    expect(call.previousName).toBe('expected');
    expect((call.scenario as Scenario).taskOverrides).toEqual([{ taskId: '3224', automation: 0.2, reason: 'Our pilot automated far less' }]);
    await within(panel).findByText('Override saved in scenario expected.');
    // the model's own value is shown beside the override once the figures reload
    await waitFor(() => expect(within(panel).getByTestId('model-automated')).toHaveTextContent('20% (model 53%)'));
    await user.click(within(panel).getByTestId('task-panel-close'));

    expect(within(rowOf('3224')).getByTestId('override-marker')).toHaveTextContent('overridden');
    expect(rowOf('3224')).toHaveAttribute('data-overridden', 'true');
    expect(within(rowOf('3225')).queryByTestId('override-marker')).toBeNull();
    const list = screen.getByTestId('task-overrides');
    expect(list).toHaveTextContent('1 task overridden in this scenario');
    const row = within(list).getByTestId('task-override-row');
    expect(row).toHaveTextContent('Answer customer questions by phone and e-mail');
    expect(row).toHaveTextContent('automated 20%');
    expect(row).toHaveTextContent('“Our pilot automated far less”');

    // remove, from the list
    await user.click(within(row).getByRole('button', { name: /Change or remove the override/ }));
    const again = await screen.findByTestId('task-panel');
    expect(within(again).getByTestId('override-automation')).toHaveValue('20.0');
    await user.click(within(again).getByTestId('override-remove'));
    expect(bridge.callsOf('scenario.save')).toHaveLength(1);
    await user.type(within(again).getByTestId('override-reason'), 'New data from the vendor');
    await user.click(within(again).getByTestId('override-remove'));
    await waitFor(() => expect(bridge.callsOf('scenario.save')).toHaveLength(2));
    const removed = bridge.callsOf('scenario.save')[1]!;
    expect((removed.scenario as Scenario).taskOverrides).toEqual([]);
    expect(removed.reason).toBe('New data from the vendor');
    await waitFor(() => expect(within(rowOf('3224')).queryByTestId('override-marker')).toBeNull());
    expect(screen.getByTestId('task-overrides')).toHaveTextContent('No task is overridden');
  });

  it('shows the scenario’s own task mix in the time-share column, marked', async () => {
    await renderTasks({ roleOverrides: [{ roleCode: '43-4051.00', taskMix: [{ taskId: '3224', share: 0.295 }, { taskId: '3225', share: 0.405 }, { taskId: '3226', share: 0.2 }, { taskId: '3227', share: 0.1 }], reason: 'Measured' }] });
    await waitFor(() => expect(within(rowOf('3224')).getByTestId('mix-marker')).toHaveTextContent('scenario mix'));
    expect(rowOf('3224')).toHaveTextContent('29.5%');
    expect(rowOf('3225')).toHaveTextContent('40.5%');
  });

  it('lists overrides of tasks in other roles too', async () => {
    await renderTasks({ taskOverrides: [{ taskId: '5001', augmentation: 0.3, reason: 'Agency does pricing' }] });
    const row = await within(screen.getByTestId('task-overrides')).findByTestId('task-override-row');
    expect(row).toHaveTextContent('task 5001 (another role)');
    expect(row).toHaveTextContent('augmented 30%');
  });
});
