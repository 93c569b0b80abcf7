/**
 * What the reskilling engine needs from SQLite, shared by the handlers (one person, in process) and the
 * worker thread (everyone): the compiled dataset, the scenario's demand indices, candidates and options.
 */
import type { Database } from 'better-sqlite3';
import { runScenario } from '../../../shared/domain/impact';
import type { ScenarioResult } from '../../../shared/domain/modelTypes';
import type { ReskillOptions } from '../../../shared/domain/reskillTypes';
import type { Scenario } from '../../../shared/domain/scenario';
import { compileReskill, type CompiledReskill } from '../../../shared/domain/skillIndex';
import { getAssumptions, listModules, listRoles, listSkills, listTasks } from '../../db/repos/datasetRepo';
import { loadModelInput, requireScenario } from './scenarios';

export interface ReskillContext {
  scenario: Scenario;
  result: ScenarioResult;
  compiled: CompiledReskill;
  options: ReskillOptions;
  /** Role codes whose people are redeployment candidates in this scenario. */
  candidateRoles: Set<string>;
  annualHoursPerFte: number;
}

export function buildReskillContext(db: Database, scenarioName: string): ReskillContext {
  const scenario = requireScenario(db, scenarioName);
  const input = loadModelInput(db, scenario);
  const result = runScenario(input);
  const compiled = compileReskill({ roles: input.roles, tasks: input.tasks, skills: listSkills(db), modules: listModules(db) });
  const annualHoursPerFte = getAssumptions(db).defaults.annualHoursPerFte.value;
  const demandIndex: Record<string, number> = {};
  for (const r of result.roleIndex) demandIndex[r.code] = r.demandIndexAtHorizon;
  return {
    scenario,
    result,
    compiled,
    candidateRoles: new Set(result.candidates.roles.map((c) => c.code)),
    annualHoursPerFte,
    // Openings of the scenario (drivers + planner) put viable roles with a place to move into first.
    options: { rules: scenario.transitions, weeklyLearningHours: scenario.levers.weeklyLearningHours, annualHoursPerFte, demandIndex, openings: Object.fromEntries(result.openings.map((o) => [o.roleCode, o.count])) },
  };
}

/** The compiled dataset alone (role similarity needs no scenario). */
export function compileFromDb(db: Database): CompiledReskill {
  return compileReskill({ roles: listRoles(db), tasks: listTasks(db), skills: listSkills(db), modules: listModules(db) });
}
