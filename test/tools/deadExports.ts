/**
 * Dead exports: every name a TypeScript file of the repository exports that no other file imports (issue
 * 14.7). Read with the compiler's parser, like importGraph.ts: named, default, namespace and type imports,
 * re-exports (`export … from`, which pass the use on to the file they name), `import('…')` types and dynamic
 * imports. A namespace import, `export *` or a dynamic import counts as using every export of its file.
 * Names used only inside their own file are dead exports too: drop the `export`.
 *
 * `npx tsx test/tools/deadExports.ts` prints them; test/unit/deadExports.test.ts fails on any that is not on
 * its allow-list of entry points (names a tool, a loader or a glob uses by convention, not by import).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { sourceFiles } from './importGraph';

export interface DeadExport {
  /** Repo-relative file (forward slashes). */
  file: string;
  name: string;
  /** A type (interface, type alias) or something that exists at run time. */
  kind: 'type' | 'value';
}

/** The folders whose files are read, both as exporters and as importers. */
const SCANNED_DIRS = ['electron', 'shared', 'renderer', 'data', 'test'];

const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];

function resolveFile(root: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const bare = specifier.replace(/\?.*$/, '');
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), bare));
  const abs = path.join(root, base);
  if (fs.existsSync(abs) && fs.statSync(abs).isFile()) return base;
  // `./x.js` written for a `.ts` file.
  const noJs = base.replace(/\.js$/, '');
  for (const ext of EXTENSIONS) if (fs.existsSync(path.join(root, noJs + ext))) return noJs + ext;
  return null;
}

const hasExportModifier = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const hasDefaultModifier = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
}

interface FileFacts {
  /** Names this file declares as exports (own declarations and re-exports), with their kind. */
  exports: Map<string, DeadExport['kind']>;
  /** Re-exports: exported name → [source file, imported name]; `*` for `export * from`. */
  reexports: { name: string; from: string; imported: string }[];
  /** Uses of other files' exports: file → names ('*' for all). */
  uses: Map<string, Set<string>>;
}

function factsOf(root: string, file: string): FileFacts {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const facts: FileFacts = { exports: new Map(), reexports: [], uses: new Map() };
  const use = (specifier: string, name: string) => {
    const target = resolveFile(root, file, specifier);
    if (!target) return;
    if (!facts.uses.has(target)) facts.uses.set(target, new Set());
    facts.uses.get(target)!.add(name);
  };

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const spec = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (!clause) continue;
      if (clause.name) use(spec, 'default');
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) use(spec, '*');
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) use(spec, (e.propertyName ?? e.name).text);
    } else if (ts.isExportDeclaration(statement)) {
      const spec = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : null;
      const clause = statement.exportClause;
      if (!clause) {
        // export * from './x'
        if (spec) {
          const from = resolveFile(root, file, spec);
          if (from) facts.reexports.push({ name: '*', from, imported: '*' });
        }
      } else if (ts.isNamedExports(clause)) {
        for (const e of clause.elements) {
          const exported = e.name.text;
          const local = (e.propertyName ?? e.name).text;
          facts.exports.set(exported, e.isTypeOnly || statement.isTypeOnly ? 'type' : 'value');
          if (spec) {
            const from = resolveFile(root, file, spec);
            if (from) facts.reexports.push({ name: exported, from, imported: local });
          }
        }
      } else if (ts.isNamespaceExport(clause)) {
        facts.exports.set(clause.name.text, 'value');
        if (spec) use(spec, '*');
      }
    } else if (ts.isExportAssignment(statement)) {
      facts.exports.set('default', 'value');
    } else if (hasExportModifier(statement)) {
      const kind = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) ? 'type' : 'value';
      if (hasDefaultModifier(statement)) facts.exports.set('default', kind);
      else if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) for (const n of bindingNames(d.name)) facts.exports.set(n, kind);
      else {
        const name = (statement as ts.DeclarationStatement).name;
        if (name && ts.isIdentifier(name)) facts.exports.set(name.text, kind);
      }
    }
  }

  const visit = (node: ts.Node) => {
    // import('./x') as a value: every export may be used.
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) use(node.arguments[0].text, '*');
    // typeof import('./x') / import('./x').Name in a type position.
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      const q = node.qualifier;
      use(node.argument.literal.text, q ? (ts.isIdentifier(q) ? q.text : q.left.getText(source).split('.')[0]!) : '*');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

/** Every export in the scanned folders that nothing imports, sorted by file and name. */
export function findDeadExports(root: string): DeadExport[] {
  const files = SCANNED_DIRS.flatMap((d) => sourceFiles(root, d)).filter((f) => !f.endsWith('.d.ts'));
  const facts = new Map(files.map((f) => [f, factsOf(root, f)]));
  const used = new Map<string, Set<string>>();
  const mark = (file: string, name: string): void => {
    const set = used.get(file) ?? new Set<string>();
    used.set(file, set);
    if (set.has(name)) return;
    set.add(name);
    // A used re-export uses the name in the file it comes from.
    const f = facts.get(file);
    if (!f) return;
    for (const r of f.reexports) {
      if (name === '*') mark(r.from, r.imported === '*' ? '*' : r.imported);
      else if (r.name === name) mark(r.from, r.imported);
      else if (r.name === '*' && !f.exports.has(name)) mark(r.from, name);
    }
  };
  for (const f of facts.values()) for (const [target, names] of f.uses) for (const n of names) mark(target, n);

  const dead: DeadExport[] = [];
  for (const [file, f] of facts) {
    const u = used.get(file);
    if (u?.has('*')) continue;
    for (const [name, kind] of f.exports) if (!u?.has(name)) dead.push({ file, name, kind });
  }
  return dead.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dead = findDeadExports(root);
  for (const d of dead) console.log(`${d.file}  ${d.name}  ${d.kind}`);
  console.error(`${dead.length} export(s) nothing imports`);
}
