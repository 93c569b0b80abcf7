import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAV_GROUPS } from '../../renderer/src/app/screens';
import { startSession, type E2eSession } from './support/session';

// Offline by construction: every screen loads with every request intercepted; anything not to the loopback twin fails.
describe('no network on any screen', () => {
  let s: E2eSession;
  const foreign: string[] = [];
  beforeAll(async () => {
    s = await startSession();
    const origin = `http://127.0.0.1:${s.twin.port}`;
    await s.page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      foreign.push(url.href);
      return route.abort();
    });
  });
  afterAll(async () => s?.close());

  it('visits every screen and makes no request outside the twin', async () => {
    const { page } = s;
    await page.goto(s.twin.url);
    const screens = NAV_GROUPS.flatMap((g) => [...g.screens]);
    for (const id of screens) {
      await page.getByTestId(`nav-${id}`).click();
      await expect.poll(() => page.locator('main').getAttribute('data-screen')).toBe(id);
      await page.waitForLoadState('networkidle');
    }
    expect(foreign).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
