/**
 * The workforce import in SQLite: the stored people as the import compares them, and the one
 * transaction that writes a plan (people, skills, consents, organisation, last mapping, audit entry).
 * Multi-row prepared INSERTs keep two million skill rows inside the time budget.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { ImportField } from '../../../shared/api/import-dto';
import { SKILL_SOURCES, type ExistingEmployee, type PlannedPerson } from '../../import/plan';
import { appendAudit } from './auditRepo';

const LAST_MAPPING_KEY = 'importMapping';

export function getLastMapping(db: Database): Record<string, ImportField> | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(LAST_MAPPING_KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as Record<string, ImportField>) : null;
}

export function getOrganisation(db: Database): { name: string; isDemo: boolean } | null {
  const row = db.prepare('SELECT name, is_demo FROM organisation WHERE id = 1').get() as { name: string; is_demo: number } | undefined;
  return row ? { name: row.name, isDemo: row.is_demo === 1 } : null;
}

interface Row {
  id: string;
  name: string | null;
  role_code: string;
  role_to_review: number;
  fte: number;
  weekly_hours: number;
  department: string;
  team: string | null;
  location: string;
  manager_id: string | null;
  start_date: string;
  contract_type: ExistingEmployee['contractType'];
  salary: number | null;
  age_band: ExistingEmployee['ageBand'];
  gender: ExistingEmployee['gender'];
}

/** Every stored person with a signature of their skills and the consent fields they hold. */
export function loadExistingForImport(db: Database): Map<string, ExistingEmployee> {
  const out = new Map<string, ExistingEmployee>();
  for (const r of db.prepare('SELECT id, name, role_code, role_to_review, fte, weekly_hours, department, team, location, manager_id, start_date, contract_type, salary, age_band, gender FROM employees').iterate() as IterableIterator<Row>) {
    out.set(r.id, {
      id: r.id,
      name: r.name,
      roleCode: r.role_code,
      roleToReview: r.role_to_review,
      fte: r.fte,
      weeklyHours: r.weekly_hours,
      department: r.department,
      team: r.team,
      location: r.location,
      managerId: r.manager_id,
      startDate: r.start_date,
      contractType: r.contract_type,
      salary: r.salary,
      ageBand: r.age_band ?? null,
      gender: r.gender ?? null,
      skillsSig: '',
      consents: new Set(),
    });
  }
  const sig = db.prepare(
    `SELECT employee_id AS id, group_concat(x, ',') AS sig FROM
       (SELECT employee_id, skill_id || ':' || level || ':' || source AS x FROM employee_skills ORDER BY employee_id, skill_id)
     GROUP BY employee_id`,
  );
  for (const s of sig.iterate() as IterableIterator<{ id: string; sig: string }>) {
    const e = out.get(s.id);
    if (e) e.skillsSig = s.sig;
  }
  for (const c of db.prepare('SELECT employee_id, field FROM consents').iterate() as IterableIterator<{ employee_id: string; field: 'ageBand' | 'gender' }>) {
    out.get(c.employee_id)?.consents.add(c.field);
  }
  return out;
}

/** INSERT of many rows per statement: one call into SQLite per `batch` rows instead of per row. */
class BatchInsert {
  private readonly full: Statement;
  private readonly buf: unknown[] = [];
  constructor(
    private readonly db: Database,
    private readonly head: string,
    private readonly width: number,
    private readonly batch: number,
  ) {
    this.full = db.prepare(this.sql(batch));
  }
  private sql(rows: number): string {
    const one = `(${new Array(this.width).fill('?').join(',')})`;
    return `${this.head} VALUES ${new Array(rows).fill(one).join(',')}`;
  }
  /** Appends one row's values (exactly `width` of them). */
  row(values: unknown[]): void {
    for (let i = 0; i < values.length; i++) this.buf.push(values[i]);
    this.full4check();
  }
  /** Appends a four-column row without allocating. */
  row4(a: unknown, b: unknown, c: unknown, d: unknown): void {
    this.buf.push(a, b, c, d);
    this.full4check();
  }
  private full4check(): void {
    if (this.buf.length === this.width * this.batch) {
      this.full.run(this.buf);
      this.buf.length = 0;
    }
  }
  flush(): void {
    if (this.buf.length === 0) return;
    this.db.prepare(this.sql(this.buf.length / this.width)).run(this.buf);
    this.buf.length = 0;
  }
}

interface ImportWrite {
  people: PlannedPerson[];
  removedIds: string[];
  /** Replace the demo organisation: every stored person goes, the organisation row becomes this one. */
  replaceDemo: { name: string } | null;
  mapping: Record<string, ImportField> | null;
  /** The import's own remembered values (e.g. the full-time week used), written with the rest. */
  settings?: Record<string, unknown>;
  /** The catalogue's skill ids, indexed as the packed skill codes are. */
  skillIds: string[];
  at: string;
  actor: string;
  audit: Record<string, unknown>;
  onProgress?: (done: number, total: number) => void;
}

/**
 * One transaction: all of it, or (on any throw) none of it.
 * Foreign-key enforcement is paused for the bulk write only (SQLite cannot switch it inside a transaction):
 * every reference was resolved before this point (skills and roles against the catalogue, skill rows belong
 * to people written in the same transaction), and the per-row check is the largest single cost of two million
 * skill rows. With enforcement off nothing cascades, so removals delete their dependent rows explicitly.
 */
export function writeImport(db: Database, w: ImportWrite): void {
  const fkWasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  if (fkWasOn) db.pragma('foreign_keys = OFF');
  try {
    writeInTransaction(db, w);
  } finally {
    if (fkWasOn) db.pragma('foreign_keys = ON');
  }
}

function writeInTransaction(db: Database, w: ImportWrite): void {
  db.transaction(() => {
    if (w.replaceDemo) {
      for (const table of ['employee_skills', 'consents', 'plans', 'skill_proposals']) db.prepare(`DELETE FROM ${table}`).run();
      db.prepare('DELETE FROM employees').run();
      db.prepare('DELETE FROM organisation').run();
      db.prepare('INSERT INTO organisation (id, name, is_demo, seed) VALUES (1, ?, 0, NULL)').run(w.replaceDemo.name);
    } else if (w.removedIds.length > 0) {
      const dels = ['employee_skills', 'consents', 'plans', 'skill_proposals'].map((t) => db.prepare(`DELETE FROM ${t} WHERE employee_id IN (SELECT value FROM json_each(?))`));
      const del = db.prepare('DELETE FROM employees WHERE id IN (SELECT value FROM json_each(?))');
      for (let i = 0; i < w.removedIds.length; i += 5_000) {
        const ids = JSON.stringify(w.removedIds.slice(i, i + 5_000));
        for (const d of dels) d.run(ids);
        del.run(ids);
      }
    }
    const empCols = '(id, name, role_code, role_to_review, fte, weekly_hours, department, team, location, manager_id, start_date, contract_type, salary, age_band, gender)';
    const empIns = new BatchInsert(db, `INSERT INTO employees ${empCols}`, 15, 64);
    const skillIns = new BatchInsert(db, 'INSERT INTO employee_skills (employee_id, skill_id, level, source)', 4, 256);
    const upd = db.prepare(`UPDATE employees SET name = ?, role_code = ?, role_to_review = ?, fte = ?, weekly_hours = ?, department = ?, team = ?, location = ?, manager_id = ?,
        start_date = ?, contract_type = ?, salary = ?, age_band = ?, gender = ? WHERE id = ?`);
    const delSkills = db.prepare('DELETE FROM employee_skills WHERE employee_id = ?');
    const consent = db.prepare('INSERT OR IGNORE INTO consents (employee_id, field, purpose, given_at, recorded_by) VALUES (?, ?, ?, ?, ?)');
    const total = w.people.length;
    // Updated people first: their skill rows are deleted before any batch insert could collide with them.
    for (const p of w.people) {
      if (p.status !== 'updated') continue;
      const e = p.emp;
      upd.run(e.name, e.roleCode, e.roleToReview, e.fte, e.weeklyHours, e.department, e.team, e.location, e.managerId, e.startDate, e.contractType, e.salary, e.ageBand, e.gender, e.id);
      if (p.skills) delSkills.run(e.id);
    }
    let done = 0;
    for (const p of w.people) {
      if (++done % 10_000 === 0) w.onProgress?.(done, total);
      if (p.status === 'same') continue;
      const e = p.emp;
      if (p.status === 'added') empIns.row([e.id, e.name, e.roleCode, e.roleToReview, e.fte, e.weeklyHours, e.department, e.team, e.location, e.managerId, e.startDate, e.contractType, e.salary, e.ageBand, e.gender]);
    }
    empIns.flush();
    for (const p of w.people) {
      if (p.status === 'same') continue;
      if (p.skills) for (const c of p.skills) skillIns.row4(p.emp.id, w.skillIds[c >> 6], (c >> 3) & 7, SKILL_SOURCES[c & 7]);
      for (const f of p.newConsents) consent.run(p.emp.id, f, 'fairness-audit', w.at, w.actor);
    }
    skillIns.flush();
    for (const [key, value] of Object.entries(w.settings ?? {})) db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
    if (w.mapping) db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(LAST_MAPPING_KEY, JSON.stringify(w.mapping));
    appendAudit(db, { at: w.at, actor: w.actor, entity: 'workforce', entityId: null, action: 'import', after: w.audit });
  })();
}

/**
 * The planner confirms or changes a role the import guessed: one audited update. Answers false when the person
 * is unknown; the role code was checked against the catalogue by the caller.
 */
export function confirmImportedRole(db: Database, o: { employeeId: string; roleCode: string; at: string; actor: string }): { before: { roleCode: string; roleToReview: number } } | null {
  return db.transaction(() => {
    const row = db.prepare('SELECT role_code, role_to_review FROM employees WHERE id = ?').get(o.employeeId) as { role_code: string; role_to_review: number } | undefined;
    if (!row) return null;
    db.prepare('UPDATE employees SET role_code = ?, role_to_review = 0 WHERE id = ?').run(o.roleCode, o.employeeId);
    const before = { roleCode: row.role_code, roleToReview: row.role_to_review };
    appendAudit(db, { at: o.at, actor: o.actor, entity: 'employee', entityId: o.employeeId, action: 'role.confirm', before, after: { roleCode: o.roleCode, roleToReview: 0 } });
    return { before };
  })();
}
