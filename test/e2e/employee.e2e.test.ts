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

const ID = 'E0001';

// The employee's journey: their own path, a week-by-week timeline, marking a module done raises the skill.
describe('employee marks a module done in Chromium', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
    await call(s, 'reskill.all', { scenario: 'expected' });
    await call(s, 'plans.decide', { employeeId: ID, decision: 'approve', comment: 'Agreed with the employee' });
  });
  afterAll(async () => s?.close());

  it('shows only their own data, the timeline, and raises the skill when a module is done', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await page.getByTestId('nav-my-path').click();
    await page.getByTestId('mypath-picker-search').fill(ID);
    await expect.poll(() => page.getByTestId('person-option').count(), { timeout: 30_000 }).toBe(1);
    await page.locator(`[data-employee-id="${ID}"]`).click();
    await expect.poll(() => page.getByTestId('mypath').getAttribute('data-employee-id')).toBe(ID);
    await expect.poll(() => page.getByTestId('timeline-chart').locator('.recharts-rectangle').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('my-role').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // No other person's id appears anywhere on the page.
    const text = await page.locator('main').innerText();
    expect([...text.matchAll(/E\d{4}/g)].map((m) => m[0]).every((x) => x === ID)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('employee-mypath-en');

    const box = page.getByTestId('module-done').first();
    await expect.poll(() => box.isEnabled()).toBe(true);
    const skill = (await box.getAttribute('data-skill'))!;
    const row = page.locator(`[data-testid="skill-row"][data-skill="${skill}"]`);
    const before = (await row.count()) ? Number(await row.getAttribute('data-level')) : 0;
    // The checkbox follows the stored plan: it turns checked once plans.progress has answered, not on the click.
    await box.click();
    await expect.poll(() => box.isChecked(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.locator(`[data-testid="skill-row"][data-skill="${skill}"]`).getAttribute('data-source')).toBe('learning');
    const after = Number(await page.locator(`[data-testid="skill-row"][data-skill="${skill}"]`).getAttribute('data-level'));
    expect(after).toBeGreaterThan(before);
    await expect.poll(() => page.getByTestId('progress').locator('[aria-current="step"]').innerText()).toBe('In progress');
    await s.screenshot('employee-progress-en');

    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => page.getByTestId('progress').locator('[aria-current="step"]').innerText()).toBe('Bezig');
    expect(await page.locator(`[data-testid="skill-row"][data-skill="${skill}"]`).innerText()).toMatch(/leren/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('employee-mypath-nl');

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
