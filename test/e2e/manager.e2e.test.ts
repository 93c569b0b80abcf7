import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { startSession, type E2eSession } from './support/session';

async function call(s: E2eSession, method: string, input: unknown) {
  const res = await fetch(`http://127.0.0.1:${s.twin.port}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-overstap-token': s.twin.token },
    body: JSON.stringify({ method, input }),
  });
  const body = (await res.json()) as { ok: boolean; data?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.data;
}

// The manager's journey: the team's draft plans, one member's recommended paths, approve with a comment.
describe('manager approves a plan in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
    await call(s, 'reskill.all', { scenario: 'expected' }); // stores draft plans
  });
  afterAll(async () => s?.close());

  it('filters by department, reviews a draft and approves it, in English and Dutch', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await page.getByTestId('nav-team').click();
    expect(await page.getByTestId('human-note').innerText()).toMatch(/never final without a person’s approval/);
    await expect.poll(() => page.getByTestId('team-department').locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const dept = await page.getByTestId('team-department').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('team-department').selectOption(dept!);
    await page.getByTestId('team-status').selectOption('draft');
    await expect.poll(() => page.getByTestId('person-option').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const first = page.getByTestId('person-option').first();
    const id = (await first.getAttribute('data-employee-id'))!;
    await first.click();
    await expect.poll(() => page.getByTestId('plan-review').getAttribute('data-employee-id')).toBe(id);
    await expect.poll(() => page.getByTestId('plan-review').getByTestId('plan-status').getAttribute('data-status')).toBe('draft');
    await expect.poll(() => page.getByTestId('recommended-path').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('manager-team-en');

    await page.getByTestId('decide-comment').fill('Discussed in our one-to-one; agreed.');
    await page.getByTestId('approve').click();
    await expect.poll(() => page.getByTestId('plan-review').getByTestId('plan-status').getAttribute('data-status')).toBe('approved');
    expect(await page.getByTestId('plan-review').innerText()).toMatch(/Approved by e2e-planner/);
    const stored = (await call(s, 'plans.list', { employeeId: id })) as { plans: { status: string; comment: string }[] };
    expect(stored.plans[0]).toMatchObject({ status: 'approved', comment: 'Discussed in our one-to-one; agreed.' });
    const audit = (await call(s, 'audit.list', { entity: 'plan', entityId: id })) as { entries: { action: string }[] };
    expect(audit.entries.map((e) => e.action)).toContain('approve');
    await s.screenshot('manager-approved-en');

    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => page.getByTestId('plan-review').getByTestId('plan-status').innerText()).toBe('Goedgekeurd');
    expect(await page.getByTestId('human-note').innerText()).toMatch(/nooit definitief zonder goedkeuring/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('manager-team-nl');

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
