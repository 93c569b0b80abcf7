/**
 * `npm run web`: the app in a browser, for machines without Electron. Prints the URL (with its token).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDbPath, osUserName } from '../platform/paths';
import { startWebApp } from './webApp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dbIndex = args.indexOf('--db');
  const dbPath = dbIndex >= 0 && args[dbIndex + 1] ? args[dbIndex + 1]! : process.env.OVERSTAP_DB ?? defaultDbPath();
  const app = await startWebApp({
    dbPath,
    actor: osUserName(),
    rendererDir: path.join(root, 'dist', 'renderer'),
    preloadFile: path.join(root, 'dist', 'web', 'browser-preload.js'),
  });
  process.stdout.write(`Overstap is running at ${app.twin.url}\nDatabase: ${app.core.dbPath}\nPress Ctrl+C to stop.\n`);
  const stop = () => {
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
