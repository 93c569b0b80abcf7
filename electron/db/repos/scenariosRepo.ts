/**
 * Scenarios as plain JSON records keyed by their unique name.
 */
import type { Database } from 'better-sqlite3';
import type { Scenario } from '../../../shared/domain/scenario';

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

const toStored = (r: Row): StoredScenario => ({
  scenario: JSON.parse(r.data) as Scenario,
  isSeeded: r.is_seeded === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listScenarios(db: Database): StoredScenario[] {
  return (db.prepare('SELECT * FROM scenarios ORDER BY is_seeded DESC, rowid').all() as Row[]).map(toStored);
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
