// `npm start`'s prestart step: a better-sqlite3 built for Electron's ABI, kept in .electron-sqlite/ beside
// (never over) the Node build in node_modules, which the tests, the CLI and the twin use.
// .ci/run (and some developer machines' ~/.npmrc) hand scripts npm_config_nodedir=/usr; with it node-gyp would build for Node's ABI again,
// so it is removed from the child's environment.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const target = path.join(root, '.electron-sqlite', 'better-sqlite3');
const binding = path.join(target, 'build', 'Release', 'better_sqlite3.node');
const stamp = path.join(root, '.electron-sqlite', 'electron-version');

if (fs.existsSync(binding) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === electronVersion) {
  process.exit(0);
}
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), target, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`) });
const env = { ...process.env };
for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
console.error(`Building better-sqlite3 for Electron ${electronVersion} into ${path.relative(root, target)} …`);
try {
  execFileSync(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], { cwd: target, env, stdio: 'inherit' });
} catch {
  execFileSync(bin('node-gyp'), ['rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'], { cwd: target, env, stdio: 'inherit' });
}
fs.writeFileSync(stamp, electronVersion + '\n');
