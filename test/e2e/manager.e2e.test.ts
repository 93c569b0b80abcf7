import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManagerItem, TeamDto } from '../../shared/api/team-dto';
import { seriousViolations } from './support/axe';
import { invoke as call, startSession, type E2eSession } from './support/session';

// The manager's journey (issue 13): say who you are at first start, see your own team by name with the
// plans' status, approve one plan (start date and weekly hours required, your name recorded) and decline another.
describe('manager approves a plan of their own team in Chromium', () => {
  let s: E2eSession;
  let lead: ManagerItem;
  beforeAll(async () => {
    s = await startSession();
    await call(s, 'reskill.all', { scenario: 'expected' }); // stores draft plans
    const { managers } = await call<{ managers: ManagerItem[] }>(s, 'team.managers', {});
    // A team lead: their people are all direct reports (not the head of a whole unit).
    for (const m of managers.filter((x) => x.reports >= 10 && x.reports <= 40)) {
      const t = await call<TeamDto>(s, 'team.get', { managerId: m.id });
      if (t.members.every((x) => x.direct)) {
        lead = m;
        break;
      }
    }
  }, 600_000);
  afterAll(async () => s?.close());

  it('chooses the profile, sees the own team by name, approves and declines, in English and Dutch', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    // First start: who is using Overstap? The OS login is only offered.
    await expect.poll(() => page.getByTestId('first-start').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('profile-use-login').innerText()).toContain('e2e-planner');
    await page.getByTestId('profile-name').fill('Mia de Vries');
    await page.getByTestId('profile-role-manager').check();
    await page.getByTestId('profile-manager-search').fill(lead.name!);
    await expect.poll(() => page.getByTestId('profile-manager-select').locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId('profile-manager-select').selectOption(lead.id);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('manager-first-start-en');
    await page.getByTestId('profile-save').click();

    // The Team screen: the manager's own people, by name, with their plans' status.
    await expect.poll(() => page.getByTestId('screen-team').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator('.screen__title').innerText(), { timeout: 30_000 }).toBe(`Team of ${lead.name}`);
    expect(await page.getByTestId('profile-who').innerText()).toBe('Mia de Vries · Manager');
    const team = await call<TeamDto>(s, 'team.get', { managerId: lead.id });
    await expect.poll(() => page.getByTestId('team-member').count(), { timeout: 30_000 }).toBe(team.members.length);
    const listed = await page.getByTestId('team-member').evaluateAll((els) => els.map((e) => e.getAttribute('data-employee-id')));
    expect(listed.sort()).toEqual(team.members.map((m) => m.id).sort());
    const listText = await page.getByTestId('team-list').innerText();
    for (const m of team.members) expect(listText).toContain(m.name!);
    expect(listText).not.toMatch(/\bE\d{4}\b/);
    expect(await page.getByTestId('human-note').innerText()).toMatch(/never final without a person’s approval/);

    const drafts = team.members.filter((m) => m.plan?.status === 'draft');
    const [first, second] = [drafts[0]!, drafts[1]!];
    await page.locator(`[data-testid="team-member"][data-employee-id="${first.id}"]`).click();
    await expect.poll(() => page.getByTestId('plan-review').getAttribute('data-employee-id'), { timeout: 30_000 }).toBe(first.id);
    expect(await page.locator('#plan-heading').innerText()).toContain(first.name!);
    await expect.poll(() => page.getByTestId('recommended-path').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    // Approval needs a start date and weekly hours, not only a comment.
    await page.getByTestId('decide-comment').fill('Discussed in our one-to-one; agreed.');
    expect(await page.getByTestId('approve').isDisabled()).toBe(true);
    await page.getByTestId('decide-start').fill('2027-01-04');
    await page.getByTestId('decide-weekly').fill('4');
    expect(await page.getByTestId('decide-as').innerText()).toContain('Mia de Vries');
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('manager-team-en');
    await page.getByTestId('approve').click();
    await expect.poll(() => page.getByTestId('plan-review').getByTestId('plan-status').first().getAttribute('data-status'), { timeout: 30_000 }).toBe('approved');
    expect(await page.getByTestId('plan-review').innerText()).toMatch(/Approved by Mia de Vries/);
    await expect.poll(() => page.locator(`[data-testid="team-member"][data-employee-id="${first.id}"]`).getAttribute('data-status'), { timeout: 30_000 }).toBe('approved');
    const stored = await call<{ plans: { status: string; approvedBy: string; startDate: string; weeklyHours: number }[] }>(s, 'plans.list', { employeeId: first.id });
    expect(stored.plans[0]).toMatchObject({ status: 'approved', approvedBy: 'Mia de Vries', startDate: '2027-01-04', weeklyHours: 4 });
    const audit = await call<{ entries: { action: string; actor: string }[] }>(s, 'audit.list', { entity: 'plan', entityId: first.id });
    expect(audit.entries.find((e) => e.action === 'approve')?.actor).toBe('Mia de Vries');
    expect(audit.entries.some((e) => e.actor === 'e2e-planner')).toBe(false);
    await s.screenshot('manager-approved-en');

    // Declining needs only the reason, which the employee reads.
    await page.locator(`[data-testid="team-member"][data-employee-id="${second.id}"]`).click();
    await expect.poll(() => page.getByTestId('plan-review').getAttribute('data-employee-id'), { timeout: 30_000 }).toBe(second.id);
    await page.getByTestId('decide-comment').fill('Not before the reorganisation is settled');
    await page.getByTestId('decline').click();
    await expect.poll(() => page.getByTestId('plan-review').getByTestId('plan-status').first().getAttribute('data-status'), { timeout: 30_000 }).toBe('declined');

    // The team summary PDF, from the Team screen.
    const download = page.waitForEvent('download', { timeout: 180_000 });
    await page.getByTestId('team-export-summary').click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`^overstap-plans-.*team-${lead.id.toLowerCase()}-summary-.*\\.pdf$`));

    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => page.locator('.screen__title').innerText()).toBe(`Team van ${lead.name}`);
    await expect.poll(() => page.getByTestId('plan-review').getByTestId('plan-status').first().innerText()).toBe('Afgewezen');
    expect(await page.getByTestId('human-note').innerText()).toMatch(/nooit definitief zonder goedkeuring/);
    expect(await page.getByTestId('profile-who').innerText()).toBe('Mia de Vries · Leidinggevende');
    await page.locator(`[data-testid="team-member"][data-employee-id="${first.id}"]`).click();
    await expect.poll(() => page.getByTestId('plan-review').innerText()).toMatch(/Goedgekeurd door Mia de Vries/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('manager-team-nl');

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
