/**
 * The schema a file must have, object for object: what the migrations themselves create at the file's
 * version (tables with their columns and constraints, indexes, triggers — compared by the SQL text SQLite
 * stores and parses). Anything else — a trigger, a view, an extra table, index or column, a missing or
 * changed guard — means the file carries code or structure the app does not own, so it is refused before
 * anything reads it (issue 16.1). Also checks the audit log's guards are closed (audit_control.mode NULL).
 *
 * Why compare rather than copy the data table by table into a fresh database: the comparison is one small
 * function that cannot miss a table a later migration adds, it refuses loudly instead of silently dropping
 * what an attacker added, and it keeps SQLite's online backup as the one way a restore writes the file.
 */
import Database, { type Database as Db } from 'better-sqlite3';
import { migrate } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';

interface SchemaObject {
  type: string;
  name: string;
  tblName: string;
  sql: string | null;
}

const cache = new WeakMap<Migration[], Map<number, Map<string, SchemaObject>>>();

function readSchema(db: Db, prefix = 'main'): Map<string, SchemaObject> {
  const rows = db.prepare(`SELECT type, name, tbl_name AS tblName, sql FROM ${prefix}.sqlite_master`).all() as SchemaObject[];
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, r]));
}

/** The objects the migrations create up to `version` (built once per ladder and version, in memory). */
function expectedSchema(version: number, migrations: Migration[] = MIGRATIONS, nativeBinding?: string): Map<string, SchemaObject> {
  let byVersion = cache.get(migrations);
  if (!byVersion) cache.set(migrations, (byVersion = new Map()));
  const known = byVersion.get(version);
  if (known) return known;
  const db = new Database(':memory:', { nativeBinding });
  try {
    migrate(db, migrations.filter((m) => m.version <= version));
    const schema = readSchema(db);
    byVersion.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

/** What differs from the expected schema, one line per object; empty when the file is exactly ours. */
export function schemaProblems(db: Db, version: number, options: { migrations?: Migration[]; nativeBinding?: string } = {}): string[] {
  const expected = expectedSchema(version, options.migrations ?? MIGRATIONS, options.nativeBinding);
  const actual = readSchema(db);
  const problems: string[] = [];
  for (const [key, obj] of actual) {
    const want = expected.get(key);
    if (!want) problems.push(`unexpected ${obj.type} ${obj.name}${obj.tblName !== obj.name ? ` on ${obj.tblName}` : ''}`);
    else if (want.sql !== obj.sql || want.tblName !== obj.tblName) problems.push(`${obj.type} ${obj.name} differs from schema version ${version}`);
  }
  for (const [key, obj] of expected) if (!actual.has(key)) problems.push(`missing ${obj.type} ${obj.name}`);
  if (problems.length === 0 && expected.has('table audit_control')) {
    const rows = db.prepare('SELECT id, mode FROM audit_control').all() as { id: number; mode: string | null }[];
    if (rows.length !== 1 || rows[0]!.mode !== null) problems.push('the audit log is left open for changes (audit_control.mode is set)');
  }
  return problems.sort();
}

export function describeProblems(problems: string[]): string {
  const shown = problems.slice(0, 5).join('; ');
  return problems.length > 5 ? `${shown}; and ${problems.length - 5} more` : shown;
}
