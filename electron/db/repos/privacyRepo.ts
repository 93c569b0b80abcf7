/**
 * The privacy screens' own reads: finding a person for a rights request, and the counts the privacy
 * documents (worker notice, DPIA …) state about what is stored.
 */
import type { Database } from 'better-sqlite3';

interface PeopleSearchRow {
  id: string;
  name: string | null;
  role_code: string;
  department: string;
  objection_since: string | null;
  objection_reason: string | null;
}

/** People whose id or department (and name, when names may be searched) contains `search`; LIKE's wildcards are escaped. */
export function searchPeople(db: Database, o: { search: string; names: boolean; limit: number }): { total: number; rows: PeopleSearchRow[] } {
  const where = o.search ? "WHERE id LIKE @q ESCAPE '\\' OR (@names = 1 AND name LIKE @q ESCAPE '\\') OR department LIKE @q ESCAPE '\\'" : '';
  const params = { q: `%${o.search.replace(/[%_\\]/g, (c) => '\\' + c)}%`, names: o.names ? 1 : 0, limit: o.limit };
  const total = (db.prepare(`SELECT count(*) AS n FROM employees ${where}`).get(params) as { n: number }).n;
  const rows = db.prepare(`SELECT id, name, role_code, department, objection_since, objection_reason FROM employees ${where} ORDER BY id LIMIT @limit`).all(params) as PeopleSearchRow[];
  return { total, rows };
}

interface StoredDataFacts {
  employees: number;
  withName: number;
  withSalary: number;
  withManager: number;
  departments: number;
  locations: number;
  skillRows: number;
  skillSources: Record<string, number>;
  plans: Record<string, number>;
  auditEntries: number;
  scenarios: { name: string; labelSource: string; horizon: number; startYear: number }[];
}

/** What is stored, counted: the facts the privacy documents state. */
export function storedDataFacts(db: Database): StoredDataFacts {
  const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  const group = (sql: string) => Object.fromEntries((db.prepare(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
  // Read raw: a document describes every stored scenario, even one a newer version wrote.
  const scenarios = (db.prepare('SELECT name, data FROM scenarios ORDER BY name').all() as { name: string; data: string }[]).map((r) => {
    const d = JSON.parse(r.data) as { labelSource?: string; horizon?: number; startYear?: number };
    return { name: r.name, labelSource: d.labelSource ?? 'average', horizon: d.horizon ?? 5, startYear: d.startYear ?? 0 };
  });
  return {
    employees: count('SELECT count(*) AS n FROM employees'),
    withName: count("SELECT count(*) AS n FROM employees WHERE name IS NOT NULL AND name <> ''"),
    withSalary: count('SELECT count(*) AS n FROM employees WHERE salary IS NOT NULL'),
    withManager: count('SELECT count(*) AS n FROM employees WHERE manager_id IS NOT NULL'),
    departments: count('SELECT count(DISTINCT department) AS n FROM employees'),
    locations: count('SELECT count(DISTINCT location) AS n FROM employees'),
    skillRows: count('SELECT count(*) AS n FROM employee_skills'),
    skillSources: group('SELECT source AS k, count(*) AS n FROM employee_skills GROUP BY source ORDER BY source'),
    plans: group('SELECT status AS k, count(*) AS n FROM plans GROUP BY status ORDER BY status'),
    auditEntries: count('SELECT count(*) AS n FROM audit_log'),
    scenarios,
  };
}
