/**
 * Self-assessed skill levels: the employee proposes one in My path (own skill or a missing one), it shows as
 * pending; the manager confirms or rejects it in Team with a required comment; a confirmed level has source
 * "manager".
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmployeeDetail, EmployeeListItem, SkillProposalDto } from '../../shared/api/dto';
import type { ReskillEmployeeDto } from '../../shared/api/reskill-dto';
import { catalogueHandlers } from './fakeBridge';
import { renderApp } from './renderApp';

afterEach(() => {
  cleanup();
  document.documentElement.lang = 'en';
});

const people: EmployeeListItem[] = [
  { id: 'E0001', role: '43-4051.00', roleTitle: 'Customer Service Representatives', roleToReview: false, department: 'Klantenservice', location: 'Utrecht', fte: 1, contractType: 'permanent', objection: false },
  { id: 'E0002', role: '11-2021.00', roleTitle: 'Marketing Managers', roleToReview: false, department: 'Marketing', location: 'Utrecht', fte: 1, contractType: 'permanent', objection: false },
];
const NAMES: Record<string, string> = { 'onet:writing': 'Writing', 'ovs:data-literacy': 'Data literacy' };

function world() {
  // Who has the app open: the employee E0001 (employee mode) or their manager.
  const session = { employeeMode: 'E0001' as string | null };
  const skills = new Map<string, { level: number; source: 'self' | 'manager' | 'learning' | 'inferred' }>([['onet:writing', { level: 2, source: 'inferred' }]]);
  const proposals: SkillProposalDto[] = [];
  const dto = (p: SkillProposalDto): SkillProposalDto => ({ ...p, currentLevel: skills.get(p.skillId)?.level ?? 0 });
  const detail = (id: string): EmployeeDetail => ({
    id,
    role: '43-4051.00',
    roleTitle: 'Customer Service Representatives',
    roleToReview: false,
    department: 'Klantenservice',
    location: 'Utrecht',
    fte: 1,
    weeklyHours: 36,
    startDate: '2015-01-01',
    contractType: 'permanent',
    managerId: null,
    objection: null,
    skills: [...skills].map(([skillId, s]) => ({ skillId, skillName: NAMES[skillId]!, level: s.level, source: s.source })),
  });
  const paths = (id: string): ReskillEmployeeDto => ({
    employee: { id, role: '43-4051.00', roleTitle: 'Customer Service Representatives' },
    scenario: 'expected',
    skipped: null,
    doors: null,
    paths: [
      {
        rank: 1,
        targetRole: { code: 'ovs-ai-content-specialist', title: 'AI Content Specialist' },
        fit: 0.7,
        viable: true,
        desirable: true,
        safer: true,
        complete: true,
        score: 0.6,
        components: { fit: 0.7, readiness: 0.5, desirable: 1, safer: 1, demand: 0.4 },
        demandIndex: 1,
        gap: [{ skill: 'ovs:data-literacy', skillName: 'Data literacy', have: 0, need: 3, grade: 'large' }],
        matched: [{ skill: 'onet:writing', skillName: 'Writing' }],
        modules: [{ id: 'mod:dl:0-1', title: 'Data literacy: 0 → 1', skill: 'ovs:data-literacy', hours: 10, cost: 150 }],
        hours: 10,
        weeks: 2.5,
        cost: 150,
        aboveNext: null,
      },
    ],
  });
  const h = catalogueHandlers({
    'privacy.status': () => ({ employeeMode: session.employeeMode ? { employeeId: session.employeeMode, since: '2026-03-01T09:00:00Z' } : null }) as never,
    'profile.get': () => ({ profile: { name: 'Mia de Vries', role: 'manager', employeeId: 'M0001', fromOsLogin: false, chosenAt: '2026-03-01T09:00:00Z' }, osLogin: 'root' }),
    'team.get': () => ({
      manager: { id: 'M0001', name: 'Mia de Vries', team: 'Klantenservice Utrecht · team 1', department: 'Klantenservice' },
      members: [
        { id: 'E0001', name: 'Anna de Jong', team: 'Klantenservice Utrecht · team 1', department: 'Klantenservice', role: { code: '43-4051.00', title: 'Customer Service Representatives' }, managerId: 'M0001', direct: true, objection: false, plan: null },
      ],
      byStatus: [],
    }),
    'employees.list': () => ({ employees: people }),
    'employees.get': (input) => ({ employee: detail(input.id) }),
    'reskill.employee': (input) => paths(input.employeeId),
    'plans.list': () => ({ plans: [] }),
    'skills.propose': (input) => {
      const p: SkillProposalDto = { employeeId: input.employeeId, skillId: input.skillId, skillName: NAMES[input.skillId]!, currentLevel: 0, level: input.level, note: input.note ?? null, proposedAt: '2026-03-02T10:00:00Z', status: 'pending', decidedBy: null, decidedAt: null, comment: null };
      const i = proposals.findIndex((x) => x.employeeId === p.employeeId && x.skillId === p.skillId);
      if (i >= 0) proposals.splice(i, 1, p);
      else proposals.push(p);
      return dto(p);
    },
    'skills.proposals': (input) => ({
      proposals: proposals
        .filter((p) => (!input.employeeId || p.employeeId === input.employeeId) && (!input.status || p.status === input.status) && (!input.department || people.find((x) => x.id === p.employeeId)?.department === input.department))
        .map(dto),
    }),
    'skills.decide': (input) => {
      const p = proposals.find((x) => x.employeeId === input.employeeId && x.skillId === input.skillId)!;
      p.status = input.decision === 'confirm' ? 'confirmed' : 'rejected';
      p.decidedBy = 'manager';
      p.decidedAt = '2026-03-03T09:00:00Z';
      p.comment = input.comment;
      if (p.status === 'confirmed') skills.set(p.skillId, { level: p.level, source: 'manager' });
      return dto(p);
    },
  });
  return { h, proposals, session };
}

/** The employee's own view: the app is open in employee mode for E0001, no list of people to pick from. */
async function openMyPath(h: ReturnType<typeof world>['h']) {
  const user = userEvent.setup();
  const app = renderApp(h);
  await act(() => app.ready);
  act(() => app.store.getState().setScreen('my-path'));
  await screen.findByTestId('my-skills');
  expect(screen.queryAllByTestId('person-option')).toHaveLength(0);
  return { ...app, user };
}

/** The manager's view of the same world: a second session, not in employee mode, on the Team screen. */
async function openTeam(h: ReturnType<typeof world>['h']) {
  const user = userEvent.setup();
  const app = renderApp(h);
  await act(() => app.ready);
  act(() => app.store.getState().setScreen('team'));
  return { ...app, user };
}

describe('skill proposals', () => {
  it('the employee proposes a level for an own skill and for a missing one; both show as pending', async () => {
    const { h } = world();
    const { user, bridge } = await openMyPath(h);
    const submit = screen.getByTestId('propose-level');
    expect(submit).toBeDisabled();
    // From the skill's own row: the form picks the skill and focuses the level.
    await user.click(within(screen.getAllByTestId('skill-row')[0]!).getByTestId('skill-propose'));
    expect(screen.getByTestId('propose-skill')).toHaveValue('onet:writing');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('propose-level-select')));
    expect(screen.getByTestId('propose-level-select')).toHaveValue('3');
    await user.selectOptions(screen.getByTestId('propose-level-select'), '4');
    await user.type(screen.getByTestId('propose-note'), 'I write the newsletter every week');
    await user.click(submit);
    await waitFor(() => expect(screen.getByTestId('propose-sent')).toHaveTextContent('Sent: Writing at level 4 is waiting for your manager.'));
    expect(bridge.callsOf('skills.propose')[0]).toEqual({ employeeId: 'E0001', skillId: 'onet:writing', level: 4, note: 'I write the newsletter every week', lang: 'en' });
    await waitFor(() => expect(screen.getAllByTestId('skill-row')[0]!.dataset.pending).toBe('4'));
    expect(within(screen.getAllByTestId('skill-row')[0]!).getByTestId('skill-pending')).toHaveTextContent('4 proposed');
    // The level on record stays as it was until the manager decides.
    expect(screen.getAllByTestId('skill-row')[0]!.dataset.level).toBe('2');

    // A skill from the gap list, with no note.
    await user.selectOptions(screen.getByTestId('propose-skill'), 'ovs:data-literacy');
    await user.selectOptions(screen.getByTestId('propose-level-select'), '2');
    await user.click(screen.getByTestId('propose-level'));
    await waitFor(() => expect(bridge.callsOf('skills.propose')).toHaveLength(2));
    expect(bridge.callsOf('skills.propose')[1]).toEqual({ employeeId: 'E0001', skillId: 'ovs:data-literacy', level: 2, lang: 'en' });
    await waitFor(() => expect(screen.getAllByTestId('my-proposal')).toHaveLength(2));
    for (const p of screen.getAllByTestId('my-proposal')) expect(p.dataset.status).toBe('pending');
  });

  it('the manager confirms one with a required comment and rejects another; the confirmed level has source manager', async () => {
    const { h, session } = world();
    const employee = await openMyPath(h);
    let user = employee.user;
    await user.click(within(screen.getAllByTestId('skill-row')[0]!).getByTestId('skill-propose'));
    await user.selectOptions(screen.getByTestId('propose-level-select'), '4');
    await user.click(screen.getByTestId('propose-level'));
    await waitFor(() => expect(employee.bridge.callsOf('skills.propose')).toHaveLength(1));
    await user.selectOptions(screen.getByTestId('propose-skill'), 'ovs:data-literacy');
    await user.click(screen.getByTestId('propose-level'));
    await waitFor(() => expect(employee.bridge.callsOf('skills.propose')).toHaveLength(2));

    // The manager opens the app: their own team's proposals, by name.
    cleanup();
    session.employeeMode = null;
    const manager = await openTeam(h);
    user = manager.user;
    const bridge = manager.bridge;
    await waitFor(() => expect(screen.getAllByTestId('proposal')).toHaveLength(2));
    expect(bridge.callsOf('skills.proposals').at(-1)).toEqual({ status: 'pending', lang: 'en' });
    expect(screen.getByTestId('proposals-count')).toHaveTextContent('2 waiting');
    const writing = screen.getAllByTestId('proposal').find((p) => p.dataset.skill === 'onet:writing')!;
    expect(within(writing).getByTestId('proposal-change')).toHaveTextContent('Writing: now 2, proposed 4');
    // The comment is required.
    expect(within(writing).getByTestId('proposal-confirm')).toBeDisabled();
    await user.type(within(writing).getByTestId('proposal-comment'), 'ok');
    expect(within(writing).getByTestId('proposal-confirm')).toBeDisabled();
    await user.type(within(writing).getByTestId('proposal-comment'), ' — seen it in the reviews');
    await user.click(within(writing).getByTestId('proposal-confirm'));
    await waitFor(() => expect(screen.getByTestId('proposals-decided')).toHaveTextContent('Anna de Jong: Writing is now level 4 (source: manager).'));
    expect(bridge.callsOf('skills.decide')[0]).toEqual({ employeeId: 'E0001', skillId: 'onet:writing', decision: 'confirm', comment: 'ok — seen it in the reviews', lang: 'en' });
    await waitFor(() => expect(screen.getAllByTestId('proposal')).toHaveLength(1));

    const literacy = screen.getByTestId('proposal');
    await user.type(within(literacy).getByTestId('proposal-comment'), 'Not yet: after the course');
    await user.click(within(literacy).getByTestId('proposal-reject'));
    await waitFor(() => expect(screen.getByTestId('proposals-none')).toHaveTextContent('No skill levels are waiting for you.'));
    expect(screen.getByTestId('proposals-decided')).toHaveTextContent('the proposal for Data literacy was rejected; the level stays 0.');

    // Back in the employee's own view: the confirmed level, with source manager; the rejected one says so.
    cleanup();
    session.employeeMode = 'E0001';
    await openMyPath(h);
    await waitFor(() => expect(screen.getAllByTestId('skill-row')[0]!.dataset.source).toBe('manager'));
    expect(screen.getAllByTestId('skill-row')[0]!.dataset.level).toBe('4');
    expect(screen.getAllByTestId('skill-row')[0]).toHaveTextContent('manager');
    await waitFor(() => expect(screen.getAllByTestId('my-proposal').map((p) => p.dataset.status).sort()).toEqual(['confirmed', 'rejected']));
    expect(screen.getByTestId('my-skills')).toHaveTextContent('not confirmed');
  });

  it('speaks Dutch', async () => {
    const { h } = world();
    const { user } = await openMyPath(h);
    await user.click(screen.getByTestId('lang-nl'));
    await waitFor(() => expect(screen.getByTestId('propose-form')).toHaveTextContent('Zelf een niveau voorstellen'));
    await user.selectOptions(screen.getByTestId('propose-skill'), 'onet:writing');
    await user.click(screen.getByTestId('propose-level'));
    await waitFor(() => expect(screen.getByTestId('skill-pending')).toHaveTextContent('3 voorgesteld'));
  });
});
