import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Three projects, one runner, one summary: node (domain, db, api, cli), dom (components), e2e (Chromium).
export default defineConfig({
  root,
  test: {
    // Vitest's default on a 2-core machine is one worker (cores − 1), which ran every file in a row. Two
    // workers overlap one file's waiting (child processes, SQLite I/O, a browser) with another's work, and
    // the browser journeys run alongside the node files rather than after them: each journey has its own
    // twin, port, database and browser, so two may run at once.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          root,
          environment: 'node',
          include: ['test/{unit,db,api,cli,data,import,export,privacy,security,worker,reliability}/**/*.test.ts'],
          setupFiles: ['test/setup/node.ts'],
          globalSetup: ['test/setup/bundle.ts', 'test/setup/template.ts'],
          testTimeout: 60_000,
          // Building the seeded template database once per worker can take a while on a loaded machine.
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          root,
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/dom.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/setup/template.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A real browser on a shared 2-core machine: one retry for a journey, as Playwright does on CI.
          // A journey that fails twice fails the run; the JSON report still records the first failure.
          retry: 1,
        },
      },
    ],
  },
});
