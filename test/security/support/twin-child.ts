/**
 * The browser twin in a process of its own, for the crash tests: a request that kills it shows up as an
 * exited child instead of taking the test runner down. Prints one JSON line {port, token} when it listens.
 * argv: <db> <rendererDir> <preloadFile>
 */
import { openCore } from '../../../electron/core';
import { startTwin } from '../../../electron/web/server';

const [dbPath, rendererDir, preloadFile] = process.argv.slice(2) as [string, string, string];
const core = await openCore({ dbPath, actor: 'twin-child', log: { info: () => {}, warn: () => {}, error: () => {} } });
const twin = await startTwin({ core, actor: 'twin-child', rendererDir, preloadFile });
process.stdout.write(JSON.stringify({ port: twin.port, token: twin.token }) + '\n');
