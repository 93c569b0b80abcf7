/**
 * Loading scenarios and the model's inputs from SQLite, shared by the scenario, reskilling and export handlers.
 */
import type { Database } from 'better-sqlite3';
import { DomainError } from '../../../shared/api/result';
import type { Scenario } from '../../../shared/domain/scenario';
import type { ScenarioInput } from '../../../shared/domain/modelTypes';
import { getAssumptions, listRoles, listTasks } from '../../db/repos/datasetRepo';
import { headcountByRole } from '../../db/repos/employeesRepo';
import { getScenario } from '../../db/repos/scenariosRepo';

export function requireScenario(db: Database, name: string): Scenario {
  const stored = getScenario(db, name);
  if (!stored) throw new DomainError('NOT_FOUND', `Unknown scenario: ${name}`);
  return stored.scenario;
}

/** Everything the impact model needs, read in one go: roles, tasks, per-role staff aggregates, assumptions. */
export function loadModelInput(db: Database, scenario: Scenario): ScenarioInput {
  return {
    scenario,
    roles: listRoles(db),
    tasks: listTasks(db),
    workforce: headcountByRole(db).map((h) => ({ roleCode: h.roleCode, headcount: h.headcount, fte: h.fte, salaryTotal: h.salaryTotal })),
    assumptions: getAssumptions(db),
  };
}
