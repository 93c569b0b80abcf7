/**
 * People in SQLite: the organisation, employees, their skills and consent records.
 * Demographic fields are stored only together with a consent record for them.
 */
import type { Database } from 'better-sqlite3';
import type { Employee, EmployeeSkill, Organisation } from '../../../shared/domain/types';

interface EmployeeRow {
  id: string;
  name: string | null;
  role_code: string;
  role_to_review: number;
  fte: number;
  weekly_hours: number;
  department: string;
  location: string;
  manager_id: string | null;
  team: string | null;
  start_date: string;
  contract_type: Employee['contractType'];
  salary: number | null;
  age_band: Employee['ageBand'];
  gender: Employee['gender'];
  objection_since: string | null;
  objection_reason: string | null;
}

export function replaceOrganisation(db: Database, org: Organisation): void {
  db.prepare('DELETE FROM employees').run();
  db.prepare('DELETE FROM organisation').run();
  db.prepare('INSERT INTO organisation (id, name, is_demo, seed) VALUES (1, ?, ?, ?)').run(org.name, org.isDemo ? 1 : 0, org.seed);
  insertEmployees(db, org.employees);
}

function insertEmployees(db: Database, employees: Employee[]): void {
  const emp = db.prepare(`INSERT INTO employees (id, name, role_code, role_to_review, fte, weekly_hours, department, location, manager_id, team,
      start_date, contract_type, salary, age_band, gender, objection_since, objection_reason)
    VALUES (@id, @name, @roleCode, @roleToReview, @fte, @weeklyHours, @department, @location, @managerId, @team, @startDate, @contractType,
      @salary, @ageBand, @gender, @objectionSince, @objectionReason)`);
  const skill = db.prepare('INSERT INTO employee_skills (employee_id, skill_id, level, source) VALUES (?, ?, ?, ?)');
  const consent = db.prepare('INSERT INTO consents (employee_id, field, purpose, given_at, recorded_by) VALUES (?, ?, ?, ?, ?)');
  for (const e of employees) {
    const consented = new Set(e.consents.map((c) => c.field));
    emp.run({
      id: e.id,
      name: e.name,
      roleCode: e.roleCode,
      roleToReview: e.roleToReview ? 1 : 0,
      fte: e.fte,
      weeklyHours: e.weeklyHours,
      department: e.department,
      location: e.location,
      managerId: e.managerId,
      team: e.team ?? null,
      startDate: e.startDate,
      contractType: e.contractType,
      salary: e.salary,
      ageBand: consented.has('ageBand') ? (e.ageBand ?? null) : null,
      gender: consented.has('gender') ? (e.gender ?? null) : null,
      objectionSince: e.objection?.since ?? null,
      objectionReason: e.objection?.reason ?? null,
    });
    for (const s of e.skills) skill.run(e.id, s.skillId, s.level, s.source);
    for (const c of e.consents) consent.run(e.id, c.field, c.purpose, c.givenAt, c.recordedBy);
  }
}

export function getOrganisationName(db: Database): { name: string; isDemo: boolean } {
  const row = db.prepare('SELECT name, is_demo FROM organisation WHERE id = 1').get() as { name: string; is_demo: number } | undefined;
  return row ? { name: row.name, isDemo: row.is_demo === 1 } : { name: '', isDemo: false };
}

export function countEmployees(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n;
}

function toEmployee(r: EmployeeRow, skills: EmployeeSkill[], consents: Employee['consents']): Employee {
  return {
    id: r.id,
    name: r.name,
    roleCode: r.role_code,
    roleToReview: r.role_to_review === 1,
    fte: r.fte,
    weeklyHours: r.weekly_hours,
    department: r.department,
    location: r.location,
    managerId: r.manager_id,
    team: r.team,
    startDate: r.start_date,
    contractType: r.contract_type,
    salary: r.salary,
    ageBand: r.age_band ?? null,
    gender: r.gender ?? null,
    skills,
    consents,
    objection: r.objection_since ? { since: r.objection_since, reason: r.objection_reason ?? '' } : null,
  };
}

interface EmployeeFilter {
  department?: string;
  roleCode?: string;
  ids?: string[];
}

/** Loads employees with skills and consents; filters are applied in SQL. */
export function listEmployees(db: Database, filter: EmployeeFilter = {}): Employee[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.department) {
    where.push('department = @department');
    params.department = filter.department;
  }
  if (filter.roleCode) {
    where.push('role_code = @roleCode');
    params.roleCode = filter.roleCode;
  }
  if (filter.ids) {
    where.push('id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(filter.ids);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db.prepare(`SELECT * FROM employees ${clause} ORDER BY id`).all(params) as EmployeeRow[];
  // Skills and consents of exactly the selected people, in one pass each.
  const selected = `employee_id IN (SELECT id FROM employees ${clause})`;
  const skills = new Map<string, EmployeeSkill[]>();
  for (const s of db.prepare(`SELECT employee_id, skill_id, level, source FROM employee_skills WHERE ${selected} ORDER BY employee_id, skill_id`).iterate(params) as IterableIterator<{
    employee_id: string;
    skill_id: string;
    level: number;
    source: EmployeeSkill['source'];
  }>) {
    let list = skills.get(s.employee_id);
    if (!list) skills.set(s.employee_id, (list = []));
    list.push({ skillId: s.skill_id, level: s.level, source: s.source });
  }
  const consents = new Map<string, Employee['consents']>();
  for (const c of db.prepare(`SELECT * FROM consents WHERE ${selected} ORDER BY employee_id, field`).all(params) as {
    employee_id: string;
    field: 'ageBand' | 'gender';
    purpose: 'fairness-audit';
    given_at: string;
    recorded_by: string;
  }[]) {
    let list = consents.get(c.employee_id);
    if (!list) consents.set(c.employee_id, (list = []));
    list.push({ field: c.field, purpose: c.purpose, givenAt: c.given_at, recordedBy: c.recorded_by });
  }
  return rows.map((r) => toEmployee(r, skills.get(r.id) ?? [], consents.get(r.id) ?? []));
}

export function getEmployee(db: Database, id: string): Employee | null {
  return listEmployees(db, { ids: [id] })[0] ?? null;
}

/** Per-role aggregates for the impact model: the model never needs individual people. */
interface RoleHeadcount {
  roleCode: string;
  headcount: number;
  fte: number;
  /** Gross annual salaries summed, a person without one counted at the role's default. */
  salaryTotal: number;
  /** FTE per contract type (attrition differs by contract). */
  fteByContract: Partial<Record<Employee['contractType'], number>>;
}

export function headcountByRole(db: Database): RoleHeadcount[] {
  const rows = db
    .prepare(
      `SELECT e.role_code AS roleCode, count(*) AS headcount, sum(e.fte) AS fte,
              sum(coalesce(e.salary, json_extract(r.data, '$.salary.value'))) AS salaryTotal
         FROM employees e JOIN roles r ON r.code = e.role_code
        GROUP BY e.role_code ORDER BY e.role_code`,
    )
    .all() as Omit<RoleHeadcount, 'fteByContract'>[];
  const byContract = db
    .prepare('SELECT role_code AS roleCode, contract_type AS contractType, sum(fte) AS fte FROM employees GROUP BY role_code, contract_type')
    .all() as { roleCode: string; contractType: Employee['contractType']; fte: number }[];
  const map = new Map<string, RoleHeadcount['fteByContract']>();
  for (const c of byContract) {
    const m = map.get(c.roleCode) ?? {};
    m[c.contractType] = c.fte;
    map.set(c.roleCode, m);
  }
  return rows.map((r) => ({ ...r, fteByContract: map.get(r.roleCode) ?? {} }));
}

export function listEmployeeIds(db: Database): string[] {
  return (db.prepare('SELECT id FROM employees ORDER BY id').all() as { id: string }[]).map((r) => r.id);
}

export function employeeExists(db: Database, id: string): boolean {
  return !!db.prepare('SELECT 1 FROM employees WHERE id = ?').get(id);
}

export function departmentExists(db: Database, department: string): boolean {
  return !!db.prepare('SELECT 1 FROM employees WHERE department = ? LIMIT 1').get(department);
}

/** Headcount of one department, or of everyone. */
export function countEmployeesIn(db: Database, department: string | null): number {
  if (department === null) return countEmployees(db);
  return (db.prepare('SELECT count(*) AS n FROM employees WHERE department = ?').get(department) as { n: number }).n;
}

/** Who a person is, for the rights (objection state) and erasure (name to scrub). */
export interface EmployeeIdentity {
  id: string;
  name: string | null;
  objection_since: string | null;
  objection_reason: string | null;
}

export function getEmployeeIdentity(db: Database, id: string): EmployeeIdentity | null {
  return (db.prepare('SELECT id, name, objection_since, objection_reason FROM employees WHERE id = ?').get(id) as EmployeeIdentity | undefined) ?? null;
}

/** A person as the plans list shows them (no skills, no consents). */
export interface PersonRef {
  id: string;
  name: string | null;
  role_code: string;
  department: string;
}

/** A reader for many people by id, the statement prepared once (a list of 1,500 plans asks 1,500 times). */
export function personReader(db: Database): (id: string) => PersonRef | undefined {
  const stmt = db.prepare('SELECT id, name, role_code, department FROM employees WHERE id = ?');
  return (id) => stmt.get(id) as PersonRef | undefined;
}

/** The people list's rows: no skills or consents, filtered in SQL. */
interface EmployeeListRow {
  id: string;
  name: string | null;
  role_code: string;
  role_to_review: number;
  department: string;
  location: string;
  fte: number;
  contract_type: string;
  objection_since: string | null;
}

export function listEmployeeRows(db: Database, filter: { department?: string; roleCode?: string }): EmployeeListRow[] {
  const where: string[] = [];
  if (filter.department) where.push('department = @department');
  if (filter.roleCode) where.push('role_code = @roleCode');
  return db
    .prepare(`SELECT id, name, role_code, role_to_review, department, location, fte, contract_type, objection_since FROM employees ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id`)
    .all({ department: filter.department, roleCode: filter.roleCode }) as EmployeeListRow[];
}

/** The stored row as columns (rectification compares and audits column by column). */
export function getEmployeeColumns(db: Database, id: string): Record<string, unknown> | null {
  return (db.prepare('SELECT * FROM employees WHERE id = ?').get(id) as Record<string, unknown> | undefined) ?? null;
}

/** Columns a rectification may write; the map keeps column names out of callers' strings. */
export const RECTIFIABLE_COLUMNS = {
  name: 'name',
  department: 'department',
  location: 'location',
  fte: 'fte',
  weeklyHours: 'weekly_hours',
  startDate: 'start_date',
  contractType: 'contract_type',
  salary: 'salary',
  roleCode: 'role_code',
} as const;
export type RectifiableField = keyof typeof RECTIFIABLE_COLUMNS;

/** Writes one profile field; a new role code also clears "role to review" (a person decided it). */
export function updateEmployeeField(db: Database, id: string, field: RectifiableField, value: unknown): void {
  const column = RECTIFIABLE_COLUMNS[field];
  db.prepare(`UPDATE employees SET ${column} = ?${field === 'roleCode' ? ', role_to_review = 0' : ''} WHERE id = ?`).run(value, id);
}

const DEMOGRAPHIC_COLUMN = { ageBand: 'age_band', gender: 'gender' } as const;

/** A demographic value (stored only together with a consent record, see consentsRepo). */
export function setDemographic(db: Database, id: string, field: keyof typeof DEMOGRAPHIC_COLUMN, value: string | null): void {
  db.prepare(`UPDATE employees SET ${DEMOGRAPHIC_COLUMN[field]} = ? WHERE id = ?`).run(value, id);
}

export function setObjection(db: Database, id: string, since: string, reason: string): void {
  db.prepare('UPDATE employees SET objection_since = ?, objection_reason = ? WHERE id = ?').run(since, reason, id);
}

export function clearObjection(db: Database, id: string): void {
  db.prepare('UPDATE employees SET objection_since = NULL, objection_reason = NULL WHERE id = ?').run(id);
}

export function countObjections(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM employees WHERE objection_since IS NOT NULL').get() as { n: number }).n;
}

/** A reader of one person's level of one skill, prepared once for many calls. */
export function skillLevelReader(db: Database): (employeeId: string, skillId: string) => { level: number; source: string } | undefined {
  const stmt = db.prepare('SELECT level, source FROM employee_skills WHERE employee_id = ? AND skill_id = ?');
  return (employeeId, skillId) => stmt.get(employeeId, skillId) as { level: number; source: string } | undefined;
}

export function getSkillLevel(db: Database, employeeId: string, skillId: string): { level: number; source: string } | undefined {
  return skillLevelReader(db)(employeeId, skillId);
}

export function setSkillLevel(db: Database, employeeId: string, skillId: string, level: number, source: string): void {
  db.prepare('INSERT INTO employee_skills (employee_id, skill_id, level, source) VALUES (?, ?, ?, ?) ON CONFLICT(employee_id, skill_id) DO UPDATE SET level = excluded.level, source = excluded.source').run(employeeId, skillId, level, source);
}

export function deleteSkillLevel(db: Database, employeeId: string, skillId: string): void {
  db.prepare('DELETE FROM employee_skills WHERE employee_id = ? AND skill_id = ?').run(employeeId, skillId);
}
