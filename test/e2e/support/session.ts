/**
 * An end-to-end session: the browser twin on its own seeded database, and Debian's Chromium driven by
 * playwright-core (never a downloaded browser). Collects console errors and failed requests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTwin, type Twin } from '../../../electron/web/server';
import type { Core } from '../../../electron/core';
import { openTestCore } from '../../helpers/core';
import { repoRoot } from '../../helpers/cli';

const CHROMIUM = process.env.OVERSTAP_CHROMIUM ?? '/usr/bin/chromium';
// Flags that keep Debian's Chromium quiet and offline here (TOOLCHAIN G6); no --user-data-dir.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const artifactsDir = path.join(repoRoot, 'test', 'artifacts');

export interface E2eSession {
  core: Core;
  twin: Twin;
  browser: Browser;
  page: Page;
  consoleErrors: string[];
  /** Requests that went anywhere but the twin. */
  foreignRequests: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** `locale` is the browser's language (navigator.languages); English unless a test asks for another. */
export async function startSession(options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<E2eSession> {
  const core = await openTestCore();
  const twin = await startTwin({
    core,
    actor: 'e2e-planner',
    rendererDir: path.join(repoRoot, 'dist', 'renderer'),
    preloadFile: path.join(repoRoot, 'dist', 'web', 'browser-preload.js'),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, acceptDownloads: true, locale: options.locale ?? 'en-GB' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!(u.protocol === 'data:' || u.protocol === 'blob:' || (u.hostname === '127.0.0.1' && u.port === String(twin.port)))) foreignRequests.push(r.url());
  });
  fs.mkdirSync(artifactsDir, { recursive: true });
  return {
    core,
    twin,
    browser,
    page,
    consoleErrors,
    foreignRequests,
    async screenshot(name) {
      const file = path.join(artifactsDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await twin.close();
      core.close();
    },
  };
}

/** One call of the typed API through the twin, as the browser preload makes it; throws on an error reply. */
export async function invoke<T = unknown>(s: E2eSession, method: string, input: unknown): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${s.twin.port}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-overstap-token': s.twin.token },
    body: JSON.stringify({ method, input }),
  });
  const body = (await res.json()) as { ok: boolean; data?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.data as T;
}
