// `npm test`: everything CI needs, in order, ending with one plain "N passed, N failed" line.
// Steps: typecheck, lint (ESLint, no warnings allowed), electron-builder config check, build, then every
// vitest project (node, dom, e2e). A failed step counts as a failure in the final line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const report = path.join(root, 'test-results', 'vitest.json');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(name, cmd, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  console.log(`  ${name}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

let failedSteps = 0;
for (const [name, script] of [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
  ['electron-builder config', 'check:builder-config'],
  ['build', 'build'],
]) {
  if (!step(name, npm, ['run', '--silent', script])) failedSteps++;
}
if (failedSteps > 0) {
  // Without a build the browser tests cannot run; count each failed step as a failure.
  console.log(`\n0 passed, ${failedSteps} failed`);
  process.exit(1);
}

fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
step('vitest (node, dom, e2e)', process.execPath, [
  path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
  'run',
  '-c',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
if (!fs.existsSync(report)) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
const r = JSON.parse(fs.readFileSync(report, 'utf8'));
// A suite that fails to load counts as a failure even though it ran no test.
const brokenFiles = r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
const passed = r.numPassedTests;
const failed = r.numFailedTests + brokenFiles;
const skipped = r.numPendingTests + r.numTodoTests;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 || skipped > 0 ? 1 : 0);
