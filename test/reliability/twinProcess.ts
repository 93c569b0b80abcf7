// A real browser twin in its own process (as `npm run web` runs it) over the database given, for the
// two-writers test. The API needs no built renderer: an empty page stands in for it. Prints
// `{"port":…, "token":…}` once it listens; SIGTERM closes it (WAL folded back).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core';
import { startTwin } from '../../electron/web/server';

async function main(): Promise<void> {
  const dbPath = process.argv[2]!;
  const web = fs.mkdtempSync(path.join(os.tmpdir(), 'overstap-twin-web-'));
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  fs.writeFileSync(path.join(web, 'preload.js'), '');
  const core = await openCore({ dbPath, actor: 'twin', log: { info: () => {}, warn: () => {}, error: (m, e) => process.stderr.write(`${m} ${String(e)}\n`) } });
  const twin = await startTwin({ core, rendererDir: web, preloadFile: path.join(web, 'preload.js'), actor: 'twin' });
  process.stdout.write(`${JSON.stringify({ port: twin.port, token: twin.token })}\n`);
  process.on('SIGTERM', () => {
    void twin.close().then(() => {
      core.close();
      process.exit(0);
    });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
