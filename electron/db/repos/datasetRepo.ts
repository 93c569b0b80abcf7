/**
 * The dataset in SQLite: roles, tasks, skills, modules and the documents (sources, assumptions, methods).
 * Rows keep the full domain record as JSON beside the columns we filter on.
 */
import type { Database } from 'better-sqlite3';
import type { Assumptions, Dataset, LearningModule, Role, Skill, Source, Task } from '../../../shared/domain/types';

export function insertDataset(db: Database, dataset: Dataset): void {
  const role = db.prepare('INSERT INTO roles (code, family, is_target, data) VALUES (?, ?, ?, ?)');
  const task = db.prepare('INSERT INTO tasks (id, role_code, category, data) VALUES (?, ?, ?, ?)');
  const skill = db.prepare('INSERT INTO skills (id, category, data) VALUES (?, ?, ?)');
  const mod = db.prepare('INSERT INTO modules (id, skill_id, data) VALUES (?, ?, ?)');
  const doc = db.prepare('INSERT INTO dataset_docs (key, data) VALUES (?, ?)');
  for (const r of dataset.roles) role.run(r.code, r.family, r.isTarget ? 1 : 0, JSON.stringify(r));
  for (const t of dataset.tasks) task.run(t.id, t.roleCode, t.category, JSON.stringify(t));
  for (const s of dataset.skills) skill.run(s.id, s.category, JSON.stringify(s));
  for (const m of dataset.modules) mod.run(m.id, m.skillId, JSON.stringify(m));
  doc.run('sources', JSON.stringify(dataset.sources));
  doc.run('assumptions', JSON.stringify(dataset.assumptions));
  doc.run('methods', JSON.stringify(dataset.methods));
  doc.run('info', JSON.stringify({ version: dataset.version, generatedFrom: dataset.generatedFrom }));
}

const parseAll = <T>(rows: { data: string }[]): T[] => rows.map((r) => JSON.parse(r.data) as T);

export function listRoles(db: Database): Role[] {
  return parseAll<Role>(db.prepare('SELECT data FROM roles ORDER BY code').all() as { data: string }[]);
}

export function getRole(db: Database, code: string): Role | null {
  const row = db.prepare('SELECT data FROM roles WHERE code = ?').get(code) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Role) : null;
}

export function listTasks(db: Database): Task[] {
  return parseAll<Task>(db.prepare('SELECT data FROM tasks ORDER BY id').all() as { data: string }[]);
}

export function getTasks(db: Database, ids: string[]): Task[] {
  if (ids.length === 0) return [];
  const stmt = db.prepare('SELECT data FROM tasks WHERE id = ?');
  return ids.flatMap((id) => {
    const row = stmt.get(id) as { data: string } | undefined;
    return row ? [JSON.parse(row.data) as Task] : [];
  });
}

export function listSkills(db: Database): Skill[] {
  return parseAll<Skill>(db.prepare('SELECT data FROM skills ORDER BY id').all() as { data: string }[]);
}

export function listModules(db: Database): LearningModule[] {
  return parseAll<LearningModule>(db.prepare('SELECT data FROM modules ORDER BY id').all() as { data: string }[]);
}

function doc<T>(db: Database, key: string): T {
  const row = db.prepare('SELECT data FROM dataset_docs WHERE key = ?').get(key) as { data: string } | undefined;
  if (!row) throw new Error(`dataset document ${key} missing`);
  return JSON.parse(row.data) as T;
}

export const getSources = (db: Database): Source[] => doc<Source[]>(db, 'sources');
export const getAssumptions = (db: Database): Assumptions => doc<Assumptions>(db, 'assumptions');
export const getMethods = (db: Database): Dataset['methods'] => doc<Dataset['methods']>(db, 'methods');
export const getDatasetInfo = (db: Database): { version: string; generatedFrom: string } => doc(db, 'info');

interface DatasetCounts {
  roles: number;
  rolesCurrent: number;
  rolesTarget: number;
  rolesEmerging: number;
  tasks: number;
  skills: number;
  modules: number;
}

export function countDataset(db: Database): DatasetCounts {
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    roles: one('SELECT count(*) AS n FROM roles'),
    rolesCurrent: one("SELECT count(*) AS n FROM roles WHERE family = 'current'"),
    rolesTarget: one("SELECT count(*) AS n FROM roles WHERE family = 'target'"),
    rolesEmerging: one("SELECT count(*) AS n FROM roles WHERE family = 'emerging'"),
    tasks: one('SELECT count(*) AS n FROM tasks'),
    skills: one('SELECT count(*) AS n FROM skills'),
    modules: one('SELECT count(*) AS n FROM modules'),
  };
}

export function roleExists(db: Database, code: string): boolean {
  return !!db.prepare('SELECT 1 FROM roles WHERE code = ?').get(code);
}

export function skillExists(db: Database, id: string): boolean {
  return !!db.prepare('SELECT 1 FROM skills WHERE id = ?').get(id);
}

/** Every role code and task id, for checking what a scenario refers to without loading the records. */
export function catalogueKeys(db: Database): { roleCodes: Set<string>; taskIds: Set<string> } {
  return {
    roleCodes: new Set((db.prepare('SELECT code FROM roles').all() as { code: string }[]).map((r) => r.code)),
    taskIds: new Set((db.prepare('SELECT id FROM tasks').all() as { id: string }[]).map((r) => r.id)),
  };
}
