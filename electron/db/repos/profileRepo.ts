/**
 * The one user profile of this installation (migration 4): the name recorded as approver and actor.
 */
import type { Database } from 'better-sqlite3';
import type { ProfileRole, UserProfile } from '../../../shared/api/team-dto';

interface Row {
  name: string;
  role: ProfileRole;
  employee_id: string | null;
  from_os_login: number;
  chosen_at: string;
}

export function getProfile(db: Database): UserProfile | null {
  const r = db.prepare('SELECT name, role, employee_id, from_os_login, chosen_at FROM user_profile WHERE id = 1').get() as Row | undefined;
  return r ? { name: r.name, role: r.role, employeeId: r.employee_id, fromOsLogin: r.from_os_login === 1, chosenAt: r.chosen_at } : null;
}

export function putProfile(db: Database, p: UserProfile): void {
  db.prepare(
    `INSERT INTO user_profile (id, name, role, employee_id, from_os_login, chosen_at) VALUES (1, @name, @role, @employeeId, @fromOsLogin, @chosenAt)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, employee_id = excluded.employee_id, from_os_login = excluded.from_os_login, chosen_at = excluded.chosen_at`,
  ).run({ ...p, fromOsLogin: p.fromOsLogin ? 1 : 0 });
}
