/**
 * Reskilling plans: one per employee, a draft until a person approves it.
 */
import type { Database } from 'better-sqlite3';

type PlanStatus = 'draft' | 'approved' | 'in_progress' | 'done' | 'declined';

interface PlanModuleEntry {
  id: string;
  hours: number;
  /** ISO date the module is planned to start, if scheduled. */
  start?: string | null;
  done?: boolean;
}

export interface Plan {
  employeeId: string;
  scenario: string;
  targetRole: string;
  modules: PlanModuleEntry[];
  startDate: string | null;
  weeklyHours: number | null;
  status: PlanStatus;
  approvedBy: string | null;
  approvedAt: string | null;
  comment: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  employee_id: string;
  scenario: string;
  target_role: string;
  modules: string;
  start_date: string | null;
  weekly_hours: number | null;
  status: PlanStatus;
  approved_by: string | null;
  approved_at: string | null;
  comment: string | null;
  created_at: string;
  updated_at: string;
}

const toPlan = (r: Row): Plan => ({
  employeeId: r.employee_id,
  scenario: r.scenario,
  targetRole: r.target_role,
  modules: JSON.parse(r.modules) as PlanModuleEntry[],
  startDate: r.start_date,
  weeklyHours: r.weekly_hours,
  status: r.status,
  approvedBy: r.approved_by,
  approvedAt: r.approved_at,
  comment: r.comment,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function getPlan(db: Database, employeeId: string): Plan | null {
  const row = db.prepare('SELECT * FROM plans WHERE employee_id = ?').get(employeeId) as Row | undefined;
  return row ? toPlan(row) : null;
}

export function listPlans(db: Database, filter: { department?: string; employeeIds?: string[] } = {}): Plan[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.department) {
    where.push('employee_id IN (SELECT id FROM employees WHERE department = @department)');
    params.department = filter.department;
  }
  if (filter.employeeIds) {
    where.push('employee_id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(filter.employeeIds);
  }
  return (db.prepare(`SELECT * FROM plans ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY employee_id`).all(params) as Row[]).map(toPlan);
}

export function upsertPlan(db: Database, plan: Plan): void {
  db.prepare(
    `INSERT INTO plans (employee_id, scenario, target_role, modules, start_date, weekly_hours, status, approved_by, approved_at, comment, created_at, updated_at)
     VALUES (@employeeId, @scenario, @targetRole, @modules, @startDate, @weeklyHours, @status, @approvedBy, @approvedAt, @comment, @createdAt, @updatedAt)
     ON CONFLICT(employee_id) DO UPDATE SET scenario = excluded.scenario, target_role = excluded.target_role, modules = excluded.modules,
       start_date = excluded.start_date, weekly_hours = excluded.weekly_hours, status = excluded.status, approved_by = excluded.approved_by,
       approved_at = excluded.approved_at, comment = excluded.comment, updated_at = excluded.updated_at`,
  ).run({ ...plan, modules: JSON.stringify(plan.modules) });
}

/** Removes a person's plan if it is still a draft (made from scores); returns how many were removed. */
export function deleteDraftPlan(db: Database, employeeId: string): number {
  return db.prepare("DELETE FROM plans WHERE employee_id = ? AND status = 'draft'").run(employeeId).changes;
}
