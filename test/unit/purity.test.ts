import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli';

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []));
}

const FORBIDDEN = /from\s+['"](electron|react|react-dom|better-sqlite3|zustand|recharts|node:[a-z_/]+|fs|path|os|child_process|worker_threads)['"]/;
const FORBIDDEN_GLOBALS = /\b(Date\.now|Math\.random|new Date\(\)|document\.|window\.|process\.)/;

describe('shared/ stays pure', () => {
  const sources = files(path.join(repoRoot, 'shared'));

  it('has modules to check', () => expect(sources.length).toBeGreaterThan(5));

  it('imports nothing from electron, react, better-sqlite3, node:* or the DOM', () => {
    const offenders = sources.filter((f) => FORBIDDEN.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(repoRoot, f));
    expect(offenders).toEqual([]);
  });

  it('reads no clock, randomness or host globals (they are injected)', () => {
    const offenders = sources
      .map((f) => ({ f, text: fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '') }))
      .filter(({ text }) => FORBIDDEN_GLOBALS.test(text))
      .map(({ f }) => path.relative(repoRoot, f));
    expect(offenders).toEqual([]);
  });

  it('is compiled without DOM or Node types (a compile error if someone reaches for them)', () => {
    const config = JSON.parse(fs.readFileSync(path.join(repoRoot, 'shared', 'tsconfig.json'), 'utf8')) as { compilerOptions: { lib: string[]; types: string[] } };
    expect(config.compilerOptions.lib).toEqual(['ES2022']);
    expect(config.compilerOptions.types).toEqual([]);
  });
});
