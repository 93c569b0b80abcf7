/**
 * Self-assessed skill levels in Chromium: the employee proposes a level in My path, the manager confirms it
 * in Team with a comment, and My path shows the level with source "manager" — in English and Dutch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import type { ManagerItem, TeamDto } from '../../shared/api/team-dto';
import { invoke, startSession, type E2eSession } from './support/session';

const SECRET = 'planner-secret-1';

// My path is the employee's door: the planner opens it for one person (setting the passphrase the first
// time), and leaving it needs that passphrase.
async function openMyPath(page: Page, ID: string, name: string) {
  await page.getByTestId('open-as-employee').click();
  await page.getByTestId('open-as-employee-search').fill(name);
  const person = page.locator(`[data-testid="open-as-employee-person"][data-employee-id="${ID}"]`);
  await expect.poll(() => person.count(), { timeout: 30_000 }).toBe(1);
  await person.click();
  if (await page.getByTestId('open-as-employee-passphrase').count()) {
    await page.getByTestId('open-as-employee-passphrase').fill(SECRET);
    await page.getByTestId('open-as-employee-passphrase-again').fill(SECRET);
  }
  await page.getByTestId('open-as-employee-go').click();
  await expect.poll(() => page.getByTestId('employee-mode').count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => page.getByTestId('skill-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

async function leaveMyPath(page: Page) {
  await page.getByTestId('unlock-passphrase').fill(SECRET);
  await page.getByTestId('unlock-submit').click();
  await expect.poll(() => page.getByTestId('employee-mode').count(), { timeout: 30_000 }).toBe(0);
}

// The planner (no manager profile here) views the lead's team in Team.
async function openTeam(page: Page, lead: ManagerItem) {
  await page.getByTestId('nav-team').click();
  await page.getByTestId('team-manager-search').fill(lead.name!);
  await expect.poll(() => page.getByTestId('team-manager-select').locator(`option[value="${lead.id}"]`).count(), { timeout: 30_000 }).toBe(1);
  await page.getByTestId('team-manager-select').selectOption(lead.id);
}

describe('skill proposals in Chromium', () => {
  let s: E2eSession;
  // One team lead and one of their direct reports: the manager confirms for their own team only.
  let lead: ManagerItem;
  let ID = '';
  let name = '';
  beforeAll(async () => {
    s = await startSession();
    const { managers } = await invoke<{ managers: ManagerItem[] }>(s, 'team.managers', {});
    for (const m of managers.filter((x) => x.reports >= 5 && x.reports <= 40)) {
      const member = (await invoke<TeamDto>(s, 'team.get', { managerId: m.id })).members.find((x) => x.direct && x.name);
      if (member) {
        lead = m;
        ID = member.id;
        name = member.name!;
        break;
      }
    }
  }, 600_000);
  afterAll(async () => s?.close());

  it('the employee proposes a level, the manager confirms it, and it shows with source manager', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    await openMyPath(page, ID, name);

    // The lowest skill not already set by a manager: propose one level up.
    const rows = await page.getByTestId('skill-row').evaluateAll((els) => els.map((e) => ({ skill: e.getAttribute('data-skill')!, level: Number(e.getAttribute('data-level')), source: e.getAttribute('data-source') })));
    const target = rows.filter((r) => r.source !== 'manager' && r.level < 5).sort((a, b) => a.level - b.level)[0]!;
    const proposed = target.level + 1;
    const row = () => page.locator(`[data-testid="skill-row"][data-skill="${target.skill}"]`);
    await row().getByTestId('skill-propose').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('propose-level-select');
    await page.getByTestId('propose-level-select').selectOption(String(proposed));
    await page.getByTestId('propose-note').fill('I have done this every week since March.');
    await page.getByTestId('propose-level').click();
    await expect.poll(() => row().getAttribute('data-pending')).toBe(String(proposed));
    expect(await page.getByTestId('propose-sent').innerText()).toMatch(new RegExp(`at level ${proposed} is waiting for your manager`));
    expect(await row().getAttribute('data-level')).toBe(String(target.level));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('my-skills').scrollIntoViewIfNeeded();
    await s.screenshot('proposals-mypath-en');

    // The manager, in Team.
    await leaveMyPath(page);
    await openTeam(page, lead);
    const item = page.locator(`[data-testid="proposal"][data-employee-id="${ID}"][data-skill="${target.skill}"]`);
    await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(1);
    expect(await item.getByTestId('proposal-change').innerText()).toMatch(new RegExp(`now ${target.level}, proposed ${proposed}`));
    expect(await item.getByTestId('proposal-confirm').isDisabled()).toBe(true);
    await item.getByTestId('proposal-comment').fill('Seen it in the weekly reviews.');
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('proposals-team-en');
    await item.getByTestId('proposal-confirm').click();
    await expect.poll(() => page.getByTestId('proposals-decided').innerText()).toMatch(new RegExp(`${name}: .+ is now level ${proposed} \\(source: manager\\)`));
    await expect.poll(() => item.count()).toBe(0);
    await s.screenshot('proposals-team-confirmed-en');

    // Back in My path: the confirmed level, source manager.
    await openMyPath(page, ID, name);
    await expect.poll(() => row().getAttribute('data-source'), { timeout: 30_000 }).toBe('manager');
    expect(await row().getAttribute('data-level')).toBe(String(proposed));
    await expect.poll(() => page.locator(`[data-testid="my-proposal"][data-skill="${target.skill}"]`).getAttribute('data-status')).toBe('confirmed');

    // Dutch.
    await page.getByTestId('lang-nl').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await expect.poll(() => row().innerText()).toMatch(/leidinggevende/);
    expect(await page.getByTestId('propose-form').innerText()).toMatch(/Zelf een niveau voorstellen/);
    expect(await page.locator(`[data-testid="my-proposal"][data-skill="${target.skill}"]`).innerText()).toMatch(/bevestigd/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('my-skills').scrollIntoViewIfNeeded();
    await s.screenshot('proposals-mypath-nl');
    await leaveMyPath(page);
    await openTeam(page, lead);
    await expect.poll(() => page.getByTestId('team-proposals').innerText(), { timeout: 30_000 }).toMatch(/Er wachten geen vaardigheidsniveaus op jou/);
    expect(await seriousViolations(page)).toEqual([]);
    await s.screenshot('proposals-team-nl');

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
