/**
 * No export that nothing imports (issue 14.7): an unused export is code nobody runs, or a name that only
 * looks public. The finder is test/tools/deadExports.ts; names a loader, a glob or a tool uses by
 * convention rather than by import are allowed below, each with why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli';
import { findDeadExports, type DeadExport } from '../tools/deadExports';
import { tempDir } from '../helpers/core';

interface Allowed {
  file: RegExp;
  name: string;
  why: string;
}

const ALLOWED: Allowed[] = [
  { file: /^(renderer\/vite|test\/vitest)\.config\.ts$/, name: 'default', why: 'Vite and vitest load their config file by path' },
  { file: /^test\/setup\/(template|bundle)\.ts$/, name: 'default', why: 'vitest loads a global setup file by path (test/vitest.config.ts)' },
  // The contract's own file is edited by every branch that adds a method; its public names stay until the merges settle.
  { file: /^shared\/api\/contract\.ts$/, name: 'Contract', why: 'the type of the whole contract, for the contract file readers' },
  { file: /^shared\/api\/contract\.ts$/, name: 'ContractEntry', why: 'what one method declares (input, output, employeeMode)' },
  { file: /^shared\/api\/contract\.ts$/, name: 'langSchema', why: 're-export kept for branches in flight; langSchema lives in shared/api/common.ts' },
  { file: /^shared\/api\/import-dto\.ts$/, name: 'IMPORT_PROBLEM_CODES', why: 'the list the problem-code type is derived from; exported so the list and the type read together' },
  { file: /^shared\/api\/schemas\.ts$/, name: 'scenarioFileSchema', why: 'the schema the scenario-file type is inferred from' },
  // renderer/src/i18n is being reworked (typed message keys) on another branch; pruned there.
  { file: /^renderer\/src\/i18n\//, name: 'asLang', why: 'renderer/src/i18n is reworked on another branch' },
];

const allowed = (d: DeadExport) => ALLOWED.some((a) => a.file.test(d.file) && a.name === d.name);

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

let repoDead: DeadExport[] | null = null;
const deadInRepo = (): DeadExport[] => (repoDead ??= findDeadExports(repoRoot));

describe('dead exports', () => {
  it('the finder sees named, default, type, namespace, re-exported and import() uses', () => {
    const root = tempDir('dead-exports-');
    write(root, {
      'shared/a.ts': 'export const used = 1;\nexport const unused = 2;\nexport interface Shape { x: number }\nexport type Unused = string;\nexport default function main() {}\n',
      'shared/b.ts': "export { used as renamed } from './a';\nexport * from './c';\nexport const alsoUnused = 3;\n",
      'shared/c.ts': 'export const viaStar = 1;\nexport const notViaStar = 2;\n',
      'shared/d.ts': 'export const all1 = 1;\nexport const all2 = 2;\n',
      'shared/e.ts': 'export const lazy = 1;\n',
      'electron/use.ts': [
        "import main, { type Shape } from '../shared/a';",
        "import { renamed, viaStar } from '../shared/b';",
        "import * as d from '../shared/d';",
        "export const x: Shape = { x: renamed + viaStar + Object.keys(d).length };",
        "void main; void import('../shared/e');",
        "export type T = import('../shared/a').Shape;",
      ].join('\n'),
      'test/uses.ts': "import { x, type T } from '../electron/use';\nconst t: T = x;\nvoid t;\n",
    });
    expect(findDeadExports(root).map((d) => `${d.file}#${d.name} ${d.kind}`)).toEqual([
      'shared/a.ts#unused value',
      'shared/a.ts#Unused type',
      'shared/b.ts#alsoUnused value',
      'shared/c.ts#notViaStar value',
    ]);
  });

  it('nothing in electron/, shared/, renderer/, data/ or test/ exports a name no file imports', () => {
    const dead = deadInRepo();
    expect(dead.length).toBeGreaterThan(0); // the allowed ones: the finder really read the repository
    expect(dead.filter((d) => !allowed(d)).map((d) => `${d.file}: ${d.name} (${d.kind}) — import it, drop the export, or delete it`)).toEqual([]);
  });

  it('every allow-list entry still names a dead export (a stale entry hides nothing but misleads)', () => {
    const dead = deadInRepo();
    expect(ALLOWED.filter((a) => !dead.some((d) => a.file.test(d.file) && a.name === d.name)).map((a) => `${a.file} ${a.name}`)).toEqual([]);
  });
});
