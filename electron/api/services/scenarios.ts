/**
 * Scenarios as stored data: loading one (and the model's inputs), listing, saving, copying, deleting,
 * and the scenario file (export/import). Every change is one transaction with its audit entry (who,
 * before, after, reason).
 */
import type { Database } from 'better-sqlite3';
import type { ApiParsed } from '../../../shared/api/contract';
import type { ScenarioSummary } from '../../../shared/api/dto';
import { DomainError } from '../../../shared/api/result';
import { readScenario, SCENARIO_FILE_VERSION, scenarioFileEnvelopeSchema, type ScenarioFile } from '../../../shared/api/schemas';
import type { ScenarioInput } from '../../../shared/domain/modelTypes';
import type { Scenario } from '../../../shared/domain/scenario';
import { appendAudit } from '../../db/repos/auditRepo';
import { catalogueKeys, getAssumptions, getDatasetInfo, listRoles, listTasks } from '../../db/repos/datasetRepo';
import { headcountByRole } from '../../db/repos/employeesRepo';
import { deleteScenario as removeScenario, getScenario, insertScenario, listScenarios, rawScenario, scenarioExists, updateScenario, type StoredScenario } from '../../db/repos/scenariosRepo';
import { inTransaction } from '../../db/tx';
import type { CorePorts } from '../ports';

/** The scenario every call uses when it names none. */
export const DEFAULT_SCENARIO = 'expected';

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
    workforce: headcountByRole(db).map((h) => ({ roleCode: h.roleCode, headcount: h.headcount, fte: h.fte, salaryTotal: h.salaryTotal, fteByContract: h.fteByContract })),
    assumptions: getAssumptions(db),
  };
}

/** A scenario may only name roles and tasks of the dataset; every wrong reference is listed. */
export function checkReferences(db: Database, scenario: Scenario): void {
  const { roleCodes: codes, taskIds } = catalogueKeys(db);
  const issues: { path: string; message: string }[] = [];
  scenario.roleOverrides.forEach((o, i) => !codes.has(o.roleCode) && issues.push({ path: `roleOverrides.${i}.roleCode`, message: `unknown role ${o.roleCode}` }));
  scenario.levers.extraOpenings.forEach((o, i) => !codes.has(o.roleCode) && issues.push({ path: `levers.extraOpenings.${i}.roleCode`, message: `unknown role ${o.roleCode}` }));
  scenario.levers.candidateRoles.forEach((c, i) => !codes.has(c) && issues.push({ path: `levers.candidateRoles.${i}`, message: `unknown role ${c}` }));
  scenario.taskOverrides.forEach((o, i) => !taskIds.has(o.taskId) && issues.push({ path: `taskOverrides.${i}.taskId`, message: `unknown task ${o.taskId}` }));
  if (issues.length) throw new DomainError('INVALID_INPUT', `The scenario refers to things that do not exist: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}

const summary = (s: StoredScenario): ScenarioSummary => ({
  name: s.scenario.name,
  description: s.scenario.description,
  isSeeded: s.isSeeded,
  startYear: s.scenario.startYear,
  horizon: s.scenario.horizon,
  labelSource: s.scenario.labelSource,
  taskOverrides: s.scenario.taskOverrides.length,
  roleOverrides: s.scenario.roleOverrides.length,
  updatedAt: s.updatedAt,
});

export const scenarioSummaries = (db: Database): ScenarioSummary[] => listScenarios(db).map(summary);

function audit(p: CorePorts, actor: string, action: string, entityId: string, before: unknown, after: unknown, reason?: string): void {
  appendAudit(p.db, { at: p.clock.now(), actor, entity: 'scenario', entityId, action, before, after, reason: reason ?? null });
}

function create(p: CorePorts, scenario: Scenario, actor: string, action: string, reason?: string): ScenarioSummary {
  if (scenarioExists(p.db, scenario.name)) throw new DomainError('CONFLICT', `A scenario named "${scenario.name}" already exists`);
  checkReferences(p.db, scenario);
  inTransaction(p.db, () => {
    insertScenario(p.db, scenario, p.clock.now());
    audit(p, actor, action, scenario.name, null, scenario, reason);
  });
  return summary(getScenario(p.db, scenario.name)!);
}

export function saveScenario(p: CorePorts, input: ApiParsed<'scenario.save'>, actor: string): ScenarioSummary {
  const scenario = input.scenario as Scenario;
  const previousName = input.previousName ?? scenario.name;
  const before = getScenario(p.db, previousName);
  if (!before) return create(p, scenario, actor, 'create', input.reason);
  if (previousName !== scenario.name && getScenario(p.db, scenario.name)) {
    throw new DomainError('CONFLICT', `A scenario named "${scenario.name}" already exists`);
  }
  checkReferences(p.db, scenario);
  inTransaction(p.db, () => {
    updateScenario(p.db, previousName, scenario, p.clock.now());
    audit(p, actor, previousName !== scenario.name ? 'rename' : 'update', scenario.name, before.scenario, scenario, input.reason);
  });
  return summary(getScenario(p.db, scenario.name)!);
}

export function copyScenario(p: CorePorts, input: ApiParsed<'scenario.copy'>, actor: string): ScenarioSummary {
  const from = requireScenario(p.db, input.from);
  return create(p, { ...from, name: input.to, description: from.description }, actor, 'copy', `copy of ${input.from}`);
}

export function deleteScenario(p: CorePorts, input: ApiParsed<'scenario.delete'>, actor: string): { deleted: string } {
  // A damaged scenario can still be deleted: the audit keeps its stored text as it was.
  const raw = rawScenario(p.db, input.name);
  if (raw === null) throw new DomainError('NOT_FOUND', `Unknown scenario: ${input.name}`);
  let before: unknown = raw;
  try {
    before = JSON.parse(raw);
  } catch {
    /* kept as text */
  }
  inTransaction(p.db, () => {
    removeScenario(p.db, input.name);
    audit(p, actor, 'delete', input.name, before, null, input.reason);
  });
  return { deleted: input.name };
}

/** The scenario file (scenario.export, and export.file's scenario JSON): the same bytes either way. */
export function exportScenarioFile(p: CorePorts, name: string, actor: string): { fileName: string; content: string } {
  const scenario = requireScenario(p.db, name);
  const file: ScenarioFile = {
    format: 'overstap.scenario',
    version: SCENARIO_FILE_VERSION,
    exportedAt: p.clock.now(),
    datasetVersion: getDatasetInfo(p.db).version,
    scenario,
  };
  appendAudit(p.db, { at: p.clock.now(), actor, entity: 'export', entityId: name, action: 'scenario.json', after: { scenario: name } });
  return { fileName: `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.overstap-scenario.json`, content: JSON.stringify(file, null, 2) + '\n' };
}

export function importScenarioFile(p: CorePorts, input: ApiParsed<'scenario.import'>, actor: string): { scenario: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(input.content);
  } catch (error) {
    throw new DomainError('BAD_FILE', `The scenario file is not valid JSON: ${(error as Error).message}`);
  }
  const envelope = scenarioFileEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issues = envelope.error.issues.map((i) => ({ path: i.path.join('.') || '(file)', message: i.message }));
    throw new DomainError('BAD_FILE', `The file is not an Overstap scenario file: ${issues.slice(0, 8).map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  // Files of an older version are upgraded (v1: attrition as two rates), then validated like any other.
  const read = readScenario(envelope.data.scenario, envelope.data.version);
  if (!read.ok) {
    const issues = read.issues.map((i) => ({ path: i.path === '(scenario)' ? 'scenario' : `scenario.${i.path}`, message: i.message }));
    throw new DomainError('BAD_FILE', `The scenario file is not a valid Overstap scenario: ${read.problem}`, issues);
  }
  const parsed = { data: { ...envelope.data, scenario: read.scenario } };
  const scenario = { ...read.scenario, name: input.as ?? read.scenario.name };
  if (scenarioExists(p.db, scenario.name)) {
    throw new DomainError('CONFLICT', `A scenario named "${scenario.name}" already exists; import it under another name (--as NAME)`);
  }
  create(p, scenario, actor, 'import', `imported from a file exported ${parsed.data.exportedAt} (dataset ${parsed.data.datasetVersion})`);
  return { scenario: scenario.name };
}
