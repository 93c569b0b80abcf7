/**
 * Global setup of the node project: bundles the Node-side entries (electron/build/bundle.mjs, about 5 s) so
 * the CLI the tests spawn, dist/electron/cli.cjs, and the workers beside it are always built from the code
 * under test, also when vitest runs without `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../helpers/cli';

export default function setup() {
  execFileSync(process.execPath, [path.join(repoRoot, 'electron', 'build', 'bundle.mjs')], { cwd: repoRoot, stdio: 'inherit' });
}
