/**
 * Scenarios as plain JSON records keyed by their unique name.
 */
import type { Database } from 'better-sqlite3';
import type { Scenario } from '../../../shared/domain/scenario';
import { readScenario } from '../../../shared/api/schemas';
import { DomainError } from '../../../shared/api/result';

export interface StoredScenario {
  scenario: Scenario;
  isSeeded: boolean;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  name: string;
  is_seeded: number;
  data: string;
  created_at: string;
  updated_at: string;
}

/**
 * A row's scenario, upgraded from an older version and validated: a damaged row (hand-edited, or
 * written by a newer version) is refused with its name and what is wrong, never passed to the model.
 */
function toStored(r: Row): StoredScenario {
  let raw: unknown;
  try {
    raw = JSON.parse(r.data);
  } catch (error) {
    throw damaged(r.name, `it is not valid JSON (${(error as Error).message})`);
  }
  const read = readScenario(raw, 'detect');
  if (!read.ok) throw damaged(r.name, read.problem, read.issues);
  return { scenario: read.scenario, isSeeded: r.is_seeded === 1, createdAt: r.created_at, updatedAt: r.updated_at };
}

const damaged = (name: string, problem: string, issues?: { path: string; message: string }[]) =>
  new DomainError('DB_CORRUPT', `The stored scenario "${name}" is damaged: ${problem}. Delete it and import or re-create it, or restore a backup.`, issues);

export function listScenarios(db: Database): StoredScenario[] {
  return (db.prepare('SELECT * FROM scenarios ORDER BY is_seeded DESC, rowid').all() as Row[]).map(toStored);
}

/** Names of the stored scenarios, read without parsing them (works with a damaged one). */
export function scenarioExists(db: Database, name: string): boolean {
  return !!db.prepare('SELECT 1 FROM scenarios WHERE name = ?').get(name);
}

/** The stored JSON as it is, for the audit entry of deleting a damaged scenario. */
export function rawScenario(db: Database, name: string): string | null {
  const row = db.prepare('SELECT data FROM scenarios WHERE name = ?').get(name) as { data: string } | undefined;
  return row?.data ?? null;
}

export function getScenario(db: Database, name: string): StoredScenario | null {
  const row = db.prepare('SELECT * FROM scenarios WHERE name = ?').get(name) as Row | undefined;
  return row ? toStored(row) : null;
}

export function insertScenario(db: Database, scenario: Scenario, at: string, isSeeded = false): void {
  db.prepare('INSERT INTO scenarios (name, description, is_seeded, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    scenario.name,
    scenario.description,
    isSeeded ? 1 : 0,
    JSON.stringify(scenario),
    at,
    at,
  );
}

export function updateScenario(db: Database, previousName: string, scenario: Scenario, at: string): void {
  db.prepare('UPDATE scenarios SET name = ?, description = ?, data = ?, updated_at = ? WHERE name = ?').run(
    scenario.name,
    scenario.description,
    JSON.stringify(scenario),
    at,
    previousName,
  );
}

export function deleteScenario(db: Database, name: string): void {
  db.prepare('DELETE FROM scenarios WHERE name = ?').run(name);
}
