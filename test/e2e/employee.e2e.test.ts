import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { invoke as call, startSession, type E2eSession } from './support/session';

const ID = 'E0001';
const DECLINED = 'E0002';
const SECRET = 'planner-secret-1';

// The employee's door (issue 13): "Open as employee" from the top bar, find the person by name once, then
// only their own path, addressed by name: roles with why they fit, the plan and its status, timeline,
// progress and their own PDF; the manager's reason when a plan was declined. Leaving needs the passphrase.
describe('employee opens their own path through the door in Chromium', () => {
  let s: E2eSession;
  let name = '';
  let declinedName = '';
  beforeAll(async () => {
    s = await startSession();
    await call(s, 'reskill.all', { scenario: 'expected' });
    await call(s, 'plans.decide', { employeeId: ID, decision: 'approve', comment: 'Agreed with the employee', startDate: '2027-01-04', weeklyHours: 4 });
    await call(s, 'plans.decide', { employeeId: DECLINED, decision: 'decline', comment: 'Not before the new team is in place' });
    const people = await call<{ people: { id: string; name?: string | null }[] }>(s, 'privacy.people', { search: ID });
    name = people.people.find((p) => p.id === ID)!.name!;
    declinedName = (await call<{ people: { id: string; name?: string | null }[] }>(s, 'privacy.people', { search: DECLINED })).people.find((p) => p.id === DECLINED)!.name!;
  }, 600_000);
  afterAll(async () => s?.close());

  it('opens for one person by name, shows only their own path, and needs the passphrase to leave, in English and Dutch', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    // My path never lists the whole workforce nor placeholder text: it offers the door.
    await page.getByTestId('nav-my-path').click();
    const door = await page.getByTestId('screen-my-path').innerText();
    expect(door).not.toMatch(/straks|privacy work will/i);
    expect(await page.getByTestId('person-option').count()).toBe(0);

    await page.getByTestId('open-as-employee').click();
    await page.getByTestId('open-as-employee-search').fill(name);
    await expect.poll(() => page.locator(`[data-testid="open-as-employee-person"][data-employee-id="${ID}"]`).count(), { timeout: 30_000 }).toBe(1);
    await page.locator(`[data-testid="open-as-employee-person"][data-employee-id="${ID}"]`).click();
    await page.getByTestId('open-as-employee-passphrase').fill(SECRET);
    await page.getByTestId('open-as-employee-passphrase-again').fill(SECRET);
    expect(JSON.stringify(await seriousViolations(page))).toBe('[]');
    await s.screenshot('employee-door-en');
    await page.getByTestId('open-as-employee-go').click();

    await expect.poll(() => page.getByTestId('employee-mode').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('mypath-hello').innerText(), { timeout: 30_000 }).toContain(`Hello ${name}`);
    await expect.poll(() => page.getByTestId('my-plan').getAttribute('data-status'), { timeout: 30_000 }).toBe('approved');
    expect(await page.getByTestId('my-plan-approved').innerText()).toMatch(/Approved by .* learning hours a week/);
    await expect.poll(() => page.getByTestId('my-role').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('my-role-have').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('timeline-chart').locator('.recharts-rectangle').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Addressed by name: no employee id anywhere on the page, and no other person's data.
    const text = await page.getByTestId('employee-mode').innerText();
    expect(text).not.toMatch(/\bE\d{4}\b/);
    expect(JSON.stringify(await seriousViolations(page))).toBe('[]');
    await s.screenshot('employee-mypath-en');

    // Progress: a module ticked off is the employee's claim (a proposal the manager confirms).
    const box = page.getByTestId('module-done').first();
    await expect.poll(() => box.isEnabled(), { timeout: 30_000 }).toBe(true);
    await box.click();
    await expect.poll(() => box.isChecked(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('progress').locator('[aria-current="step"]').innerText()).toBe('In progress');

    // Their own export.
    const download = page.waitForEvent('download', { timeout: 180_000 });
    await page.getByTestId('my-export').click();
    expect((await download).suggestedFilename()).toMatch(/^overstap-path-e0001-.*\.pdf$/);

    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => page.getByTestId('mypath-hello').innerText()).toContain(`Hallo ${name}`);
    await expect.poll(() => page.getByTestId('progress').locator('[aria-current="step"]').innerText()).toBe('Bezig');
    expect(await page.getByTestId('my-plan-approved').innerText()).toMatch(/Goedgekeurd door/);
    expect(JSON.stringify(await seriousViolations(page))).toBe('[]');
    await s.screenshot('employee-mypath-nl');

    // Leaving needs the planner's passphrase.
    await page.getByTestId('unlock-passphrase').fill('not the passphrase');
    await page.getByTestId('unlock-submit').click();
    await expect.poll(() => page.getByTestId('unlock-error').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('employee-mode').count()).toBe(1);
    await page.getByTestId('unlock-passphrase').fill(SECRET);
    await page.getByTestId('unlock-submit').click();
    await expect.poll(() => page.getByTestId('employee-mode').count(), { timeout: 30_000 }).toBe(0);

    // A declined plan: the employee reads the manager's reason (Dutch still on).
    await page.getByTestId('open-as-employee').click();
    await page.getByTestId('open-as-employee-search').fill(declinedName);
    await expect.poll(() => page.locator(`[data-testid="open-as-employee-person"][data-employee-id="${DECLINED}"]`).count(), { timeout: 30_000 }).toBe(1);
    await page.locator(`[data-testid="open-as-employee-person"][data-employee-id="${DECLINED}"]`).click();
    await page.getByTestId('open-as-employee-go').click();
    await expect.poll(() => page.getByTestId('my-plan').getAttribute('data-status'), { timeout: 30_000 }).toBe('declined');
    expect(await page.getByTestId('my-plan-declined').innerText()).toContain('Not before the new team is in place');
    expect(await page.getByTestId('my-plan-declined').innerText()).toMatch(/Je leidinggevende heeft dit plan afgewezen/);
    await s.screenshot('employee-declined-nl');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('my-plan-declined').innerText()).toMatch(/Your manager declined this plan/);
    await s.screenshot('employee-declined-en');

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
