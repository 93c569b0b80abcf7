/**
 * One source for each rule in the contract (issue 14.5): a zod piece written out twice in shared/api — the
 * same id, limit or enum — drifts apart the day one copy changes. Shared pieces live in shared/api/common.ts;
 * this test reads the contract files with TypeScript's parser and fails on a primitive schema (string,
 * number, enum; `.optional()`/`.nullable()` aside) written out in two places, or re-written beside its
 * declaration in common.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli';

const COMMON = 'shared/api/common.ts';
const FILES = [COMMON, 'shared/api/schemas.ts', ...fs.readdirSync(path.join(repoRoot, 'shared/api/contracts')).map((f) => `shared/api/contracts/${f}`)];

/** The same text by coincidence, not one rule: each with why. */
const COINCIDENCES: Record<string, string> = {
  'z.string().max(200)': "audit.list's entityId (an entity's key) and a list's search text share a bound, not a meaning",
};

/** Every outermost zod chain on a primitive, normalised, with where it stands. */
function pieces(file: string): { text: string; at: string }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(repoRoot, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { text: string; at: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const parent = node.parent;
      const outermost = !(ts.isPropertyAccessExpression(parent) && ts.isCallExpression(parent.parent));
      const text = node.getText(source).replace(/\s+/g, '').replace(/(\.optional\(\)|\.nullable\(\))+$/, '');
      if (outermost && /^z\.(string|number|enum)\(/.test(text) && text.includes(').')) {
        out.push({ text, at: `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('zod pieces of the contract', () => {
  it('a primitive schema with limits is written out once, in common.ts when two methods share it', () => {
    const byText = new Map<string, string[]>();
    for (const p of FILES.flatMap(pieces)) byText.set(p.text, [...(byText.get(p.text) ?? []), p.at]);
    expect(byText.size).toBeGreaterThan(10); // it read the files
    const twice = [...byText].filter(([text, at]) => at.length > 1 && !(text in COINCIDENCES)).map(([text, at]) => `${text} at ${at.join(', ')}`);
    expect(twice).toEqual([]);
    expect(Object.keys(COINCIDENCES).filter((text) => (byText.get(text)?.length ?? 0) < 2)).toEqual([]); // no stale entry
  });
});
