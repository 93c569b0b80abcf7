import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli';

// Offline by construction: no code outside the browser twin (electron/web/) may reach for the network.
const ROOTS = ['electron', 'shared', 'renderer/src'];
const ALLOWED = [/^electron\/web\//, /^electron\/export\/chromiumPdf\.ts$/];
const PATTERNS: [string, RegExp][] = [
  ['fetch to an absolute URL', /\bfetch\s*\(\s*[`'"](https?:|wss?:)?\/\//],
  ['WebSocket', /\bnew\s+WebSocket\b|\bEventSource\s*\(\s*[`'"]https?:/],
  ['http(s).request / get', /\bhttps?\.(request|get)\s*\(/],
  ['node:http(s) import', /from\s+['"](node:)?https?['"]/],
  ['net / tls / dgram connect', /\b(net|tls)\.connect\s*\(|\bdgram\.createSocket\b|from\s+['"](node:)?(net|tls|dgram)['"]/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['sendBeacon', /\bsendBeacon\s*\(/],
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p) : /\.(ts|tsx|mjs|js|cjs)$/.test(d.name) ? [p] : [];
  });
}

describe('no network code', () => {
  it('has no network API outside electron/web/', () => {
    const hits: string[] = [];
    for (const root of ROOTS) {
      for (const file of files(path.join(repoRoot, root))) {
        const rel = path.relative(repoRoot, file).split(path.sep).join('/');
        if (ALLOWED.some((a) => a.test(rel))) continue;
        const text = fs.readFileSync(file, 'utf8');
        for (const [what, re] of PATTERNS) if (re.test(text)) hits.push(`${rel}: ${what}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('the CSP allows no remote origin', () => {
    const html = fs.readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8');
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
  });
});
