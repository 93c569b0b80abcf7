import { act, cleanup, screen, waitFor, within, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PathDto, PlanDto, ReskillEmployeeDto } from '../../shared/api/reskill-dto';
import type { EmployeeDetail, EmployeeListItem } from '../../shared/api/dto';
import { createApiClient } from '../../renderer/src/api/client';
import { createAppStore } from '../../renderer/src/state/store';
import { catalogueHandlers, createFakeBridge } from './fakeBridge';
import { renderApp } from './renderApp';

afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

const people: EmployeeListItem[] = [
  { id: 'E0001', role: '43-4051.00', roleTitle: 'Customer Service Representatives', roleToReview: false, department: 'Klantenservice', location: 'Utrecht', fte: 1, contractType: 'permanent', objection: false },
  { id: 'E0002', role: '43-4051.00', roleTitle: 'Customer Service Representatives', roleToReview: false, department: 'Klantenservice', location: 'Utrecht', fte: 1, contractType: 'permanent', objection: true },
];

const path = (rank: number, code: string, title: string): PathDto => ({
  rank,
  targetRole: { code, title },
  fit: 0.8 - rank / 10,
  viable: rank === 1,
  blocks: rank === 1 ? [] : ['horizon', 'jobZone'],
  desirable: rank === 1,
  safer: true,
  complete: true,
  openings: rank === 1 ? 3 : 0,
  score: 0.7 - rank / 20,
  components: { fit: 0.7, readiness: 0.5, desirable: rank === 1 ? 1 : 0, safer: 1, demand: 0.4 },
  demandIndex: 1.2,
  gap: [
    { skill: 'ovs:data-literacy', skillName: 'Data literacy', have: 0, need: 3, grade: 'large', source: null },
    { skill: 'onet:2.C.1.e', skillName: 'Customer and Personal Service', have: 2, need: 3, grade: 'small', source: 'inferred' },
  ],
  matched: [{ skill: 'onet:writing', skillName: 'Writing', source: rank === 1 ? 'manager' : 'inferred' }],
  modules: [
    { id: 'mod:dl:0-1', title: 'Data literacy: 0 → 1', skill: 'ovs:data-literacy', hours: 10, cost: 150 },
    { id: 'mod:dl:1-2', title: 'Data literacy: 1 → 2', skill: 'ovs:data-literacy', hours: 20, cost: 300 },
  ],
  hours: 30,
  weeks: 7.5,
  cost: 1450,
  aboveNext: rank === 1 ? { targetRole: { code: 'ovs-prompt-ops', title: 'Prompt Operations Lead' }, decidedBy: 'desirable', margin: 0.15 } : null,
});

function reskillEmployee(id: string): ReskillEmployeeDto {
  if (id === 'E0002') return { employee: { id, role: '43-4051.00', roleTitle: 'Customer Service Representatives' }, scenario: 'expected', skipped: 'objection', paths: [], doors: null };
  return {
    employee: { id, role: '43-4051.00', roleTitle: 'Customer Service Representatives' },
    scenario: 'expected',
    skipped: null,
    paths: [path(1, 'ovs-ai-content-specialist', 'AI Content Specialist'), path(2, 'ovs-prompt-ops', 'Prompt Operations Lead')],
    doors: null,
  };
}

function plan(status: PlanDto['status'], done = false): PlanDto {
  return {
    employeeId: 'E0001',
    department: 'Klantenservice',
    currentRole: { code: '43-4051.00', title: 'Customer Service Representatives' },
    targetRole: { code: 'ovs-ai-content-specialist', title: 'AI Content Specialist' },
    scenario: 'expected',
    status,
    modules: [
      { id: 'mod:dl:0-1', title: 'Data literacy: 0 → 1', skill: 'ovs:data-literacy', hours: 10, start: null, done },
      { id: 'mod:dl:1-2', title: 'Data literacy: 1 → 2', skill: 'ovs:data-literacy', hours: 20, start: null, done: false },
    ],
    hours: 30,
    startDate: null,
    weeklyHours: 4,
    approvedBy: status === 'draft' ? null : 'manager',
    approvedAt: status === 'draft' ? null : '2026-03-01T10:00:00Z',
    comment: null,
    updatedAt: '2026-03-01T10:00:00Z',
  };
}

function handlers(employeeMode: string | null = null) {
  let current = plan('draft');
  let level = 0;
  const detail = (): EmployeeDetail => ({
    id: 'E0001', role: '43-4051.00', roleTitle: 'Customer Service Representatives', roleToReview: false, department: 'Klantenservice', location: 'Utrecht', fte: 1, weeklyHours: 36,
    startDate: '2015-01-01', contractType: 'permanent', managerId: null, objection: null,
    skills: [{ skillId: 'ovs:data-literacy', skillName: 'Data literacy', level, source: level > 0 ? 'learning' : 'inferred' }],
  });
  return catalogueHandlers({
    'employees.list': () => ({ employees: people }),
    'employees.get': () => ({ employee: detail() }),
    'reskill.employee': (input) => reskillEmployee(input.employeeId),
    'plans.list': () => ({ plans: [current] }),
    'privacy.status': () => ({ employeeMode: employeeMode ? { employeeId: employeeMode, since: '2026-03-01T09:00:00Z' } : null }) as never,
    'profile.get': () => ({ profile: { name: 'Mia de Vries', role: 'manager', employeeId: 'M0001', fromOsLogin: false, chosenAt: '2026-03-01T09:00:00Z' }, osLogin: 'root' }),
    'team.get': () => ({
      manager: { id: 'M0001', name: 'Sanne Bakker', team: 'Klantenservice Utrecht · team 1', department: 'Klantenservice' },
      members: [
        { id: 'E0001', name: 'Anna de Jong', team: 'Klantenservice Utrecht · team 1', department: 'Klantenservice', role: { code: '43-4051.00', title: 'Customer Service Representatives' }, managerId: 'M0001', direct: true, objection: false, plan: { status: current.status, targetRole: current.targetRole, startDate: current.startDate, weeklyHours: current.weeklyHours, hours: current.hours, approvedBy: current.approvedBy, approvedAt: current.approvedAt, comment: current.comment } },
      ],
      byStatus: [{ status: current.status, people: 1 }],
    }),
    'plans.decide': (input) => (current = { ...plan(input.decision === 'approve' ? 'approved' : 'declined'), comment: input.comment }),
    'plans.update': (input) => (current = { ...current, status: 'draft', weeklyHours: input.weeklyHours ?? current.weeklyHours }),
    'plans.progress': (input) => {
      if (input.done) level = 1;
      return (current = { ...current, status: 'in_progress', modules: current.modules.map((m) => (m.id === input.moduleId ? { ...m, done: input.done } : m)) });
    },
  });
}

async function open(screenId: 'paths' | 'team' | 'my-path', employeeMode: string | null = null) {
  const app = renderApp(handlers(employeeMode));
  await act(() => app.ready);
  act(() => app.store.getState().setScreen(screenId));
  return app;
}

describe('reskill slice', () => {
  it('runs reskill.all with progress from events and then reloads the assignment and business case', async () => {
    const bridge = createFakeBridge(
      catalogueHandlers({
        'reskill.all': async (input) => {
          // Another job's progress must not move this run's bar; its own does.
          bridge.emit('progress', { jobId: 'someone-else', label: 'job.reskillAll', done: 9, total: 10 });
          bridge.emit('progress', { jobId: (input as { jobId: string }).jobId, label: 'job.reskillAll', done: 5, total: 10 });
          await new Promise((r) => setTimeout(r, 5));
          return { scenario: 'expected', candidates: 10, employees: [], summary: { ranked: 10, skippedObjection: 0, withViablePath: 8, meanBestFit: 0.7, totalHoursTopPaths: 1, totalCostTopPaths: 1, plansCreated: 10, plansKept: 0, byTargetRole: [] }, cancelled: false };
        },
        'reskill.assign': () => ({ scenario: 'expected', assignments: [], unassigned: [], openPositionsLeft: [], plansMoved: 0, totalValue: 0 }),
        'reskill.businessCase': () => ({
          scenario: 'expected',
          asOf: '2026-01-01',
          learningTime: 'paid',
          counted: { decisions: 0, fromPool: 0, backfilled: 0, poolNotPlaced: 0, openings: 0, openingsFilled: 0, openingsLeft: 0, excludedOutsourced: 0 },
          lines: [],
          totals: { people: 0, reskillCost: 0, replaceCost: 0, saving: 0, moduleCost: 0, learningCost: 0, backfill: 0, hire: 0, transitionPayment: 0, noticePay: 0, cheaperToReskill: 0, openingsLeftHireCost: 0 },
          explain: { formula: 'businessCase', value: 0, inputs: [], sourceIds: [], overrides: [] },
        }),
      }),
    );
    const store = createAppStore(createApiClient(bridge));
    const seen: number[] = [];
    const unsub = store.subscribe((s) => seen.push(s.reskillRun.done));
    await store.getState().runReskillAll();
    unsub();
    expect(seen).toContain(5);
    expect(seen).not.toContain(9);
    expect(store.getState().reskillRun).toMatchObject({ status: 'done', result: { candidates: 10 } });
    expect(bridge.callsOf('reskill.assign')).toHaveLength(1);
    expect(bridge.callsOf('reskill.businessCase')).toHaveLength(1);
  });

  it('cancel asks the core to stop the job and ignores a late answer', async () => {
    let release!: () => void;
    const bridge = createFakeBridge(
      catalogueHandlers({
        'reskill.all': () => new Promise((r) => (release = () => r({ scenario: 'expected', candidates: 1, employees: [], summary: { ranked: 1, skippedObjection: 0, withViablePath: 1, meanBestFit: 1, totalHoursTopPaths: 0, totalCostTopPaths: 0, plansCreated: 1, plansKept: 0, byTargetRole: [] }, cancelled: false }))),
      }),
    );
    const store = createAppStore(createApiClient(bridge));
    const running = store.getState().runReskillAll();
    await waitFor(() => expect(release).toBeTypeOf('function'));
    store.getState().cancelReskillRun();
    release();
    await running;
    expect(store.getState().reskillRun.status).toBe('cancelled');
    expect(store.getState().reskillRun.result).toBeNull();
    const [runInput] = bridge.callsOf('reskill.all') as { jobId: string }[];
    expect(bridge.callsOf('job.cancel')).toEqual([{ jobId: runInput!.jobId }]);
  });
});

describe('Paths screen', () => {
  it('shows every component, why a role ranks above the next, skills held before gaps, and the modules', async () => {
    const user = userEvent.setup();
    await open('paths');
    await waitFor(() => expect(screen.getAllByTestId('person-option').length).toBe(2));
    await user.click(screen.getAllByTestId('person-option')[0]!);
    await waitFor(() => expect(screen.getAllByTestId('path-card')).toHaveLength(2));
    const first = screen.getAllByTestId('path-card')[0]!;
    const comps = within(first).getByTestId('path-components');
    expect([...comps.querySelectorAll('tr')].map((r) => r.getAttribute('data-component'))).toEqual(['fit', 'readiness', 'desirable', 'safer', 'demand']);
    expect(within(first).getByTestId('above-next')).toHaveTextContent('Ranks above Prompt Operations Lead mainly on desirable');
    const matched = within(first).getByTestId('matched');
    const gaps = within(first).getByTestId('gaps');
    expect(matched.compareDocumentPosition(gaps) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(gaps).getByText('large gap')).toBeInTheDocument();
    expect(within(first).getAllByTestId('module-row')).toHaveLength(2);
    expect(screen.getByTestId('gap-heatmap')).toHaveTextContent('largest gaps are in Data literacy');
  });

  it('says why a path is not viable, whether the scenario has openings, and marks inferred levels as inferred', async () => {
    const user = userEvent.setup();
    await open('paths');
    await waitFor(() => expect(screen.getAllByTestId('person-option').length).toBe(2));
    await user.click(screen.getAllByTestId('person-option')[0]!);
    await waitFor(() => expect(screen.getAllByTestId('path-card')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('path-card') as [HTMLElement, HTMLElement];
    expect(within(first).getByTestId('flag-openings')).toHaveTextContent('Openings in this scenario: 3');
    expect(within(first).queryByTestId('path-blocks')).toBeNull();
    expect(within(second).getByTestId('flag-openings')).toHaveTextContent('No openings in this scenario');
    expect(within(second).getByTestId('path-blocks')).toHaveTextContent(
      'Not viable: the learning takes longer than the scenario’s horizon; the job-zone step is larger than the scenario allows.',
    );
    const rows = within(first).getAllByTestId('gap-row');
    const inferred = rows.find((r) => r.getAttribute('data-source') === 'inferred')!;
    expect(inferred).toHaveTextContent('Customer and Personal Service2 (inferred) → 3');
    expect(rows.find((r) => r.getAttribute('data-source') === 'none')).toHaveTextContent('0 → 3');
    expect(within(first).getByTestId('inferred-note')).toHaveTextContent('assumed from the current role');
    // A held skill assumed from the role is tagged too; a confirmed one is not.
    expect(within(first).queryByTestId('inferred-tag')).toBeNull();
    await user.click(within(second).getByText(/h ·/));
    expect(within(second).getByTestId('inferred-tag')).toHaveTextContent('inferred');
  });

  it('an objector gets an explanation and no scores', async () => {
    const user = userEvent.setup();
    await open('paths');
    await waitFor(() => expect(screen.getAllByTestId('person-option').length).toBe(2));
    await user.click(screen.getAllByTestId('person-option')[1]!);
    await waitFor(() => expect(screen.getByTestId('objection')).toHaveTextContent(/article 21/));
    expect(screen.queryByTestId('path-card')).toBeNull();
    expect(screen.queryByTestId('path-score')).toBeNull();
  });
});

describe('Team screen', () => {
  it('says a plan needs a person, and approves a draft with a comment', async () => {
    const user = userEvent.setup();
    const { bridge } = await open('team');
    expect(screen.getByTestId('human-note')).toHaveTextContent('never final without a person’s approval');
    // The signed-in manager's own people, by name.
    await waitFor(() => expect(screen.getAllByTestId('team-member')).toHaveLength(1));
    expect(screen.getByTestId('team-member')).toHaveTextContent('Anna de Jong');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Team of Sanne Bakker');
    await user.click(screen.getByTestId('team-member'));
    const review = await screen.findByTestId('plan-review');
    expect(within(review).getByTestId('plan-status')).toHaveTextContent('Draft');
    expect(screen.getByTestId('approve')).toBeDisabled();
    await user.type(screen.getByTestId('decide-comment'), 'Agreed');
    // A comment is not enough: approval needs the start date and weekly hours.
    expect(screen.getByTestId('approve')).toBeDisabled();
    // jsdom's date input takes a value, not keystrokes.
    fireEvent.change(screen.getByTestId('decide-start'), { target: { value: '2027-01-04' } });
    // The weekly hours come prefilled from the plan; the manager changes them.
    expect(screen.getByTestId('decide-weekly')).toHaveValue(4);
    await user.clear(screen.getByTestId('decide-weekly'));
    await user.type(screen.getByTestId('decide-weekly'), '6');
    expect(screen.getByTestId('decide-as')).toHaveTextContent('Mia de Vries');
    await user.click(screen.getByTestId('approve'));
    await waitFor(() => expect(within(screen.getByTestId('plan-review')).getByTestId('plan-status')).toHaveTextContent('Approved'));
    expect(bridge.callsOf('plans.decide')[0]).toMatchObject({ employeeId: 'E0001', decision: 'approve', comment: 'Agreed', startDate: '2027-01-04', weeklyHours: 6 });
  });
});

describe('My path screen', () => {
  it('marks a module done and shows the skill rise with source learning', async () => {
    const user = userEvent.setup();
    // The employee's own view: the app is open for E0001 (employee mode), no list of people.
    const app = await open('my-path', 'E0001');
    await screen.findByTestId('timeline');
    expect(screen.queryAllByTestId('person-option')).toHaveLength(0);
    // a draft: learning waits for approval
    await waitFor(() => expect(screen.getAllByTestId('module-done')[0]).toBeDisabled());
    await act(() => app.store.getState().decidePlan('E0001', 'approve', 'ok', { startDate: '2027-01-04', weeklyHours: 4 }));
    await waitFor(() => expect(screen.getAllByTestId('module-done')[0]).toBeEnabled());
    expect(screen.getByTestId('propose-level')).toBeDisabled();
    const row = () => screen.getAllByTestId('skill-row').find((r) => r.dataset.skill === 'ovs:data-literacy')!;
    expect(row().dataset.level).toBe('0');
    await user.click(screen.getAllByTestId('module-done')[0]!);
    await waitFor(() => expect(row().dataset.level).toBe('1'));
    expect(row()).toHaveTextContent('learning');
    expect(app.bridge.callsOf('plans.progress')[0]).toMatchObject({ employeeId: 'E0001', moduleId: 'mod:dl:0-1', done: true });
  });
});
