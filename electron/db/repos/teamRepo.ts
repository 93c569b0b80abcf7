/**
 * Teams from the data: who leads whom (manager_id) and the team each person works in.
 */
import type { Database } from 'better-sqlite3';

interface ManagerRow {
  id: string;
  name: string | null;
  team: string | null;
  department: string;
  role_code: string;
  reports: number;
}

/** Everyone at least one person reports to, with how many report to them directly. */
export function listManagers(db: Database, search?: string): ManagerRow[] {
  const like = search ? `%${search.toLowerCase()}%` : null;
  return db
    .prepare(
      `SELECT m.id, m.name, m.team, m.department, m.role_code, count(r.id) AS reports
         FROM employees m JOIN employees r ON r.manager_id = m.id
        WHERE @like IS NULL OR lower(m.id) LIKE @like OR lower(coalesce(m.name, '')) LIKE @like OR lower(coalesce(m.team, '')) LIKE @like
        GROUP BY m.id ORDER BY m.id`,
    )
    .all({ like }) as ManagerRow[];
}

interface MemberRow {
  id: string;
  name: string | null;
  team: string | null;
  department: string;
  role_code: string;
  manager_id: string | null;
  objection_since: string | null;
  depth: number;
}

/** Everyone under a manager, directly (depth 1) or through the team leads who report to them. */
export function listTeamMembers(db: Database, managerId: string): MemberRow[] {
  return db
    .prepare(
      `WITH RECURSIVE under(id, depth) AS (
         SELECT id, 1 FROM employees WHERE manager_id = @managerId
         UNION SELECT e.id, u.depth + 1 FROM employees e JOIN under u ON e.manager_id = u.id WHERE u.depth < 20
       )
       SELECT e.id, e.name, e.team, e.department, e.role_code, e.manager_id, e.objection_since, min(u.depth) AS depth
         FROM under u JOIN employees e ON e.id = u.id
        WHERE e.id <> @managerId
        GROUP BY e.id ORDER BY min(u.depth), e.team, e.name, e.id`,
    )
    .all({ managerId }) as MemberRow[];
}

export function getTeamOf(db: Database, id: string): { id: string; name: string | null; team: string | null; department: string } | null {
  return (db.prepare('SELECT id, name, team, department FROM employees WHERE id = ?').get(id) as { id: string; name: string | null; team: string | null; department: string } | undefined) ?? null;
}
