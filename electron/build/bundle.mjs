// Bundles the Node-side entries, one file each (a sandboxed preload cannot require siblings; TOOLCHAIN G7):
// dist/electron/main.cjs, dist/electron/preload.cjs, dist/electron/worker.cjs, dist/electron/xlsx-worker.cjs, the CLI's
// dist/electron/cli.cjs and the twin's dist/web/browser-preload.js.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// import.meta.url has no CJS equivalent; shim it so modules that locate files beside themselves work in both.
const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  legalComments: 'none',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...node, entryPoints: [path.join(root, 'electron/main.ts')], outfile: path.join(root, 'dist/electron/main.cjs') }),
  // The sandboxed preload has no require('node:url'): it needs neither the shim nor anything else from Node.
  build({ ...node, define: {}, banner: {}, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(root, 'dist/electron/preload.cjs') }),
  build({ ...node, entryPoints: [path.join(root, 'electron/worker/worker.ts')], outfile: path.join(root, 'dist/electron/worker.cjs') }),
  build({ ...node, entryPoints: [path.join(root, 'electron/import/xlsxWorker.ts')], outfile: path.join(root, 'dist/electron/xlsx-worker.cjs') }),
  // The CLI as one file beside the workers it starts: `node dist/electron/cli.cjs` starts in about half the
  // time of `tsx electron/cli.ts` (no TypeScript to transform), which the CLI tests spawn a hundred times.
  // playwright-core (its printer drives Chromium) reads its own package files at run time: left in node_modules.
  build({ ...node, external: [...node.external, 'playwright-core'], entryPoints: [path.join(root, 'electron/cli.ts')], outfile: path.join(root, 'dist/electron/cli.cjs') }),
  build({
    bundle: true,
    platform: 'browser',
    target: 'chrome120',
    format: 'iife',
    logLevel: 'warning',
    entryPoints: [path.join(root, 'electron/web/browser-preload.ts')],
    outfile: path.join(root, 'dist/web/browser-preload.js'),
  }),
]);
