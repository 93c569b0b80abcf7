// `npm run typecheck`: every TypeScript project, two compilers at a time (tsc is single-threaded and these
// machines have two cores). The test project, the largest, starts first; output is printed per project.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const projects = ['test', 'renderer', 'electron', 'shared', 'electron/web'];
const parallel = Math.max(1, Number(process.env.TYPECHECK_PARALLEL ?? 2));

function check(project) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [tsc, '-p', path.join(project, 'tsconfig.json')], { cwd: root });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`  tsc -p ${project}: ${code === 0 ? 'ok' : 'errors'} in ${seconds} s\n${out}`);
      resolve(code === 0);
    });
  });
}

const queue = [...projects];
const results = await Promise.all(
  Array.from({ length: parallel }, async () => {
    let ok = true;
    for (let next = queue.shift(); next; next = queue.shift()) ok = (await check(next)) && ok;
    return ok;
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
