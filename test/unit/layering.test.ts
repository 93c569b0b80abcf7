/**
 * The architecture, enforced: who may import whom (docs/STYLE.md, issue 14), that all SQL stays in
 * electron/db, and that electron/ has no import cycle. Every rule is here, once, with why it exists.
 * The graph comes from test/tools/importGraph.ts (TypeScript's parser; type-only imports are erased
 * and so never count as a runtime dependency).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli';
import { findCycles, importsOf, sourceFiles, type ImportEdge } from '../tools/importGraph';

const files = [...sourceFiles(repoRoot, 'electron'), ...sourceFiles(repoRoot, 'shared'), ...sourceFiles(repoRoot, 'renderer/src')];
const edges = files.flatMap((f) => importsOf(repoRoot, f));
const under = (dir: string) => (file: string) => file.startsWith(dir + '/');

interface ImportRule {
  name: string;
  why: string;
  from: (file: string) => boolean;
  /** The imported file (repo path) or package, with the whole edge for rules about packages. */
  to: (target: string, edge: ImportEdge) => boolean;
  /** Type-only imports count too (default: only imports that run). */
  includeTypes?: boolean;
  except?: (edge: ImportEdge) => boolean;
}

const isHandler = under('electron/api/handlers');
const ELECTRON_SHELL = new Set(['electron/main.ts', 'electron/window.ts', 'electron/security.ts', 'electron/ipc.ts', 'electron/preload.ts', 'electron/export/electronPdf.ts']);

const RULES: ImportRule[] = [
  {
    name: 'handlers never import handlers',
    why: 'a handler calling another skips dispatch: its zod validation and the employee-mode guard. Shared work belongs in a service.',
    from: isHandler,
    to: isHandler,
  },
  {
    name: 'handlers never import the db layer',
    why: 'handlers validate (dispatch) and call services; services call repos. A repo call in a handler is logic without a home.',
    from: isHandler,
    to: under('electron/db'),
  },
  {
    name: 'services never import handlers or the handler map',
    why: 'services sit below handlers; an upward import is how the printer cycle (core → handlers → … → handlers) began.',
    from: under('electron/api/services'),
    to: (t) => isHandler(t) || t === 'electron/api/handlers.ts',
    includeTypes: true,
  },
  {
    name: 'the db layer never imports api, services, handlers or the doors',
    why: 'repos are the bottom of electron/: they know SQLite and the domain types, nothing that calls them.',
    from: under('electron/db'),
    to: (t) => under('electron/api')(t) || under('electron/cli')(t) || under('electron/web')(t) || t === 'electron/core.ts',
    includeTypes: true,
  },
  {
    name: 'shared never imports electron or renderer',
    why: 'shared/ is the pure core both sides run; it must compile and run without either (test/unit/purity.test.ts checks the rest).',
    from: under('shared'),
    to: (t, e) => !e.external && (under('electron')(t) || under('renderer')(t)),
    includeTypes: true,
  },
  {
    name: 'renderer never imports electron/ (types only)',
    why: 'the renderer reaches Node only through window.hrApi and the contract; a value import would pull Node code into the browser bundle.',
    from: under('renderer/src'),
    to: (t, e) => !e.external && under('electron')(t),
  },
  {
    name: "only the Electron shell imports 'electron'",
    why: 'the core runs in the CLI and the twin where Electron does not exist; only the shell files (and the Electron printer) may need it.',
    from: (f) => under('electron')(f) || under('shared')(f) || under('renderer/src')(f),
    to: (t, e) => e.external && (t === 'electron' || t.startsWith('electron/')),
    includeTypes: true,
    except: (e) => ELECTRON_SHELL.has(e.from),
  },
];

/** SQL and better-sqlite3's statement API: only electron/db prepares, executes or opens transactions. */
const SQL_CALLS = /\.(prepare|pragma|transaction)\s*\(|\b(db|Db|database)\.exec\s*\(/;

describe('layering', () => {
  it('reads a real graph', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(edges.some((e) => e.from === 'electron/api/handlers.ts' && e.to === 'electron/api/handlers/exportHandlers.ts' && !e.typeOnly)).toBe(true);
    expect(edges.some((e) => e.to === 'electron' && !e.typeOnly)).toBe(true);
  });

  for (const rule of RULES) {
    it(`${rule.name} — because ${rule.why}`, () => {
      const broken = edges
        .filter((e) => rule.from(e.from) && rule.to(e.to, e) && (rule.includeTypes || !e.typeOnly) && !rule.except?.(e))
        .map((e) => `${e.from} → ${e.to}${e.typeOnly ? ' (type)' : ''}`);
      expect(broken).toEqual([]);
    });
  }

  it('no SQL outside electron/db — because every statement then has one home, with the schema beside it, and services stay testable as logic', () => {
    const offenders = sourceFiles(repoRoot, 'electron')
      .filter((f) => !under('electron/db')(f))
      .flatMap((f) =>
        fs
          .readFileSync(path.join(repoRoot, f), 'utf8')
          .split('\n')
          .map((line, i) => ({ line: line.replace(/\/\/.*$/, ''), at: `${f}:${i + 1}` }))
          .filter(({ line }) => SQL_CALLS.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('no import cycle in electron/ — because a cycle makes load order matter and hid a second handler map and server before', () => {
    const cycles = findCycles(edges, (f) => under('electron')(f) || under('shared')(f));
    expect(cycles.map((c) => c.join(' → '))).toEqual([]);
  });
});
