/**
 * scenario.*, roles.exposure: scenarios as plain data in SQLite, run through the pure model.
 * Every change is written to the audit log with who, before, after and the reason.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import type { ScenarioRun, ScenarioSummary } from '../../../shared/api/dto';
import { DomainError } from '../../../shared/api/result';
import { SCENARIO_FILE_VERSION, scenarioFileSchema, type ScenarioFile } from '../../../shared/api/schemas';
import { compareScenarios } from '../../../shared/domain/compare';
import { explainRoleYear, roleExposure, runScenario } from '../../../shared/domain/impact';
import type { ScenarioResult } from '../../../shared/domain/modelTypes';
import type { Scenario } from '../../../shared/domain/scenario';
import { sensitivity } from '../../../shared/domain/sensitivity';
import { pick } from '../../../shared/domain/text';
import type { Lang } from '../../../shared/domain/types';
import { appendAudit } from '../../db/repos/auditRepo';
import { getDatasetInfo, listRoles } from '../../db/repos/datasetRepo';
import { deleteScenario, getScenario, insertScenario, listScenarios, updateScenario, type StoredScenario } from '../../db/repos/scenariosRepo';
import { getSettings } from '../../db/repos/settingsRepo';
import type { CorePorts } from '../ports';
import { loadModelInput, requireScenario } from '../services/scenarios';

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

/** The model's result with titles in one language (the API speaks the caller's language). */
export function localiseRun(result: ScenarioResult, lang: Lang, titleOf: (code: string) => string): ScenarioRun {
  return {
    ...result,
    roles: result.roles.map((r) => ({ ...r, title: pick(r.title, lang) })),
    candidates: { people: result.candidates.people, roles: result.candidates.roles.map((c) => ({ ...c, title: titleOf(c.code) })) },
    openings: result.openings.map((o) => ({ ...o, title: titleOf(o.roleCode) })),
  };
}

function checkReferences(p: CorePorts, scenario: Scenario): void {
  const codes = new Set((p.db.prepare('SELECT code FROM roles').all() as { code: string }[]).map((r) => r.code));
  const issues: { path: string; message: string }[] = [];
  scenario.roleOverrides.forEach((o, i) => !codes.has(o.roleCode) && issues.push({ path: `roleOverrides.${i}.roleCode`, message: `unknown role ${o.roleCode}` }));
  scenario.levers.extraOpenings.forEach((o, i) => !codes.has(o.roleCode) && issues.push({ path: `levers.extraOpenings.${i}.roleCode`, message: `unknown role ${o.roleCode}` }));
  scenario.levers.candidateRoles.forEach((c, i) => !codes.has(c) && issues.push({ path: `levers.candidateRoles.${i}`, message: `unknown role ${c}` }));
  const taskIds = new Set((p.db.prepare('SELECT id FROM tasks').all() as { id: string }[]).map((r) => r.id));
  scenario.taskOverrides.forEach((o, i) => !taskIds.has(o.taskId) && issues.push({ path: `taskOverrides.${i}.taskId`, message: `unknown task ${o.taskId}` }));
  if (issues.length) throw new DomainError('INVALID_INPUT', `The scenario refers to things that do not exist: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}

export function scenarioHandlers(
  p: CorePorts,
): Pick<
  ApiHandlers,
  | 'roles.exposure'
  | 'scenario.list'
  | 'scenario.get'
  | 'scenario.save'
  | 'scenario.copy'
  | 'scenario.delete'
  | 'scenario.run'
  | 'scenario.preview'
  | 'scenario.inputs'
  | 'scenario.compare'
  | 'scenario.explain'
  | 'scenario.sensitivity'
  | 'scenario.export'
  | 'scenario.import'
> {
  const langOf = (lang?: Lang): Lang => lang ?? getSettings(p.db).language;
  const titles = (lang: Lang) => {
    const map = new Map(listRoles(p.db).map((r) => [r.code, pick(r.title, lang)]));
    return (code: string) => map.get(code) ?? code;
  };
  const audit = (actor: string, action: string, entityId: string, before: unknown, after: unknown, reason?: string) =>
    appendAudit(p.db, { at: p.clock.now(), actor, entity: 'scenario', entityId, action, before, after, reason: reason ?? null });

  const create = (scenario: Scenario, actor: string, action: string, reason?: string): ScenarioSummary => {
    if (getScenario(p.db, scenario.name)) throw new DomainError('CONFLICT', `A scenario named "${scenario.name}" already exists`);
    checkReferences(p, scenario);
    p.db.transaction(() => {
      insertScenario(p.db, scenario, p.clock.now());
      audit(actor, action, scenario.name, null, scenario, reason);
    })();
    return summary(getScenario(p.db, scenario.name)!);
  };

  return {
    'roles.exposure': (input) => {
      const lang = langOf(input.lang);
      const scenario = requireScenario(p.db, input.scenario ?? 'expected');
      const out = roleExposure(loadModelInput(p.db, scenario), input.source);
      return {
        source: out.source,
        scenario: out.scenario,
        horizonYear: out.horizonYear,
        roles: out.roles.map(({ unlabelledShare: _u, ...r }) => ({ ...r, title: pick(r.title, lang) })),
      };
    },
    'scenario.list': () => ({ scenarios: listScenarios(p.db).map(summary) }),
    'scenario.get': (input) => requireScenario(p.db, input.name),
    'scenario.save': (input, ctx) => {
      const scenario = input.scenario as Scenario;
      const previousName = input.previousName ?? scenario.name;
      const before = getScenario(p.db, previousName);
      if (!before) return create(scenario, ctx.actor, 'create', input.reason);
      if (previousName !== scenario.name && getScenario(p.db, scenario.name)) {
        throw new DomainError('CONFLICT', `A scenario named "${scenario.name}" already exists`);
      }
      checkReferences(p, scenario);
      p.db.transaction(() => {
        updateScenario(p.db, previousName, scenario, p.clock.now());
        audit(ctx.actor, previousName !== scenario.name ? 'rename' : 'update', scenario.name, before.scenario, scenario, input.reason);
      })();
      return summary(getScenario(p.db, scenario.name)!);
    },
    'scenario.copy': (input, ctx) => {
      const from = requireScenario(p.db, input.from);
      return create({ ...from, name: input.to, description: from.description }, ctx.actor, 'copy', `copy of ${input.from}`);
    },
    'scenario.delete': (input, ctx) => {
      const before = requireScenario(p.db, input.name);
      p.db.transaction(() => {
        deleteScenario(p.db, input.name);
        audit(ctx.actor, 'delete', input.name, before, null, input.reason);
      })();
      return { deleted: input.name };
    },
    'scenario.run': (input) => {
      const lang = langOf(input.lang);
      return localiseRun(runScenario(loadModelInput(p.db, requireScenario(p.db, input.name))), lang, titles(lang));
    },
    'scenario.preview': (input) => {
      const lang = langOf(input.lang);
      checkReferences(p, input.scenario as Scenario);
      return localiseRun(runScenario(loadModelInput(p.db, input.scenario as Scenario)), lang, titles(lang));
    },
    'scenario.inputs': (input) => loadModelInput(p.db, requireScenario(p.db, input.name)),
    'scenario.compare': (input) => {
      const missing = input.names.filter((n) => !getScenario(p.db, n));
      if (missing.length) throw new DomainError('NOT_FOUND', `Unknown scenario: ${missing.join(', ')}`);
      return compareScenarios(input.names.map((n) => runScenario(loadModelInput(p.db, requireScenario(p.db, n)))));
    },
    'scenario.explain': (input) => {
      const explained = explainRoleYear(loadModelInput(p.db, requireScenario(p.db, input.name)), input.roleCode, input.year);
      if (!explained) throw new DomainError('NOT_FOUND', `No figure for role ${input.roleCode} in ${input.year} in scenario ${input.name}`);
      return explained;
    },
    'scenario.sensitivity': (input) => sensitivity(loadModelInput(p.db, requireScenario(p.db, input.name))),
    'scenario.export': (input, ctx) => {
      const scenario = requireScenario(p.db, input.name);
      const file: ScenarioFile = {
        format: 'overstap.scenario',
        version: SCENARIO_FILE_VERSION,
        exportedAt: p.clock.now(),
        datasetVersion: getDatasetInfo(p.db).version,
        scenario,
      };
      appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'export', entityId: input.name, action: 'scenario.json', after: { scenario: input.name } });
      return { fileName: `${input.name.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.overstap-scenario.json`, content: JSON.stringify(file, null, 2) + '\n' };
    },
    'scenario.import': (input, ctx) => {
      let raw: unknown;
      try {
        raw = JSON.parse(input.content);
      } catch (error) {
        throw new DomainError('BAD_FILE', `The scenario file is not valid JSON: ${(error as Error).message}`);
      }
      const parsed = scenarioFileSchema.safeParse(raw);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(file)', message: i.message }));
        throw new DomainError('BAD_FILE', `The scenario file is not a valid Overstap scenario: ${issues.slice(0, 8).map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
      }
      const scenario = { ...(parsed.data.scenario as Scenario), name: input.as ?? parsed.data.scenario.name };
      if (getScenario(p.db, scenario.name)) {
        throw new DomainError('CONFLICT', `A scenario named "${scenario.name}" already exists; import it under another name (--as NAME)`);
      }
      create(scenario, ctx.actor, 'import', `imported from a file exported ${parsed.data.exportedAt} (dataset ${parsed.data.datasetVersion})`);
      return { scenario: scenario.name };
    },
  };
}
