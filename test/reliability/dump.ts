/**
 * Shared by the reliability tests: a dump of everything a database holds (schema, version, every table's
 * rows sorted), to prove a database is exactly as before or exactly the complete result.
 */
import Database, { type Database as Db } from 'better-sqlite3';
import crypto from 'node:crypto';

export function dumpOf(db: Db, normalise: (text: string) => string = (t) => t): string {
  const head = [
    `user_version ${String(db.pragma('user_version', { simple: true }))}`,
    `application_id ${String(db.pragma('application_id', { simple: true }))}`,
    ...(db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name").all() as { type: string; name: string; sql: string | null }[]).map((o) => `${o.type} ${o.name} ${o.sql ?? ''}`),
  ];
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const body = tables.map((t) => `${t}\n${(db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort().join('\n')}`);
  return normalise([...head, ...body].join('\n'));
}

/** Opens the file read-write (so SQLite recovers a WAL left by a killed process), checks it, dumps it. */
export function checkAndDump(file: string, normalise?: (text: string) => string): { integrity: string; dump: string; hash: string } {
  const db = new Database(file, { fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const dump = dumpOf(db, normalise);
    return { integrity, dump, hash: crypto.createHash('sha256').update(dump).digest('hex').slice(0, 16) };
  } finally {
    db.close();
  }
}
