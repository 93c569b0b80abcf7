/**
 * The impact model run over stored scenarios: a run in the caller's language, a preview of an unsaved
 * scenario, comparison, the explanation of one figure, sensitivity and the paper-comparable exposure.
 */
import type { ApiParsed } from '../../../shared/api/contract';
import type { ScenarioRun } from '../../../shared/api/dto';
import { DomainError } from '../../../shared/api/result';
import { compareScenarios } from '../../../shared/domain/compare';
import { explainRoleYear, roleExposure, runScenario } from '../../../shared/domain/impact';
import type { ScenarioResult } from '../../../shared/domain/modelTypes';
import type { Scenario } from '../../../shared/domain/scenario';
import { sensitivity } from '../../../shared/domain/sensitivity';
import { pick } from '../../../shared/domain/text';
import type { Lang } from '../../../shared/domain/types';
import { listRoles } from '../../db/repos/datasetRepo';
import { getScenario } from '../../db/repos/scenariosRepo';
import type { CorePorts } from '../ports';
import { languageOf } from './settings';
import { checkReferences, DEFAULT_SCENARIO, loadModelInput, requireScenario } from './scenarios';

/** The model's result with titles in one language (the API speaks the caller's language). */
function localiseRun(result: ScenarioResult, lang: Lang, titleOf: (code: string) => string): ScenarioRun {
  return {
    ...result,
    roles: result.roles.map((r) => ({ ...r, title: pick(r.title, lang) })),
    candidates: { people: result.candidates.people, roles: result.candidates.roles.map((c) => ({ ...c, title: titleOf(c.code) })) },
    openings: result.openings.map((o) => ({ ...o, title: titleOf(o.roleCode) })),
  };
}

function titles(p: CorePorts, lang: Lang): (code: string) => string {
  const map = new Map(listRoles(p.db).map((r) => [r.code, pick(r.title, lang)]));
  return (code) => map.get(code) ?? code;
}

/** A stored scenario run, titles in `lang` (the settings' language when absent). */
export function runStoredScenario(p: CorePorts, name: string, lang?: Lang): ScenarioRun {
  const l = languageOf(p, lang);
  return localiseRun(runScenario(loadModelInput(p.db, requireScenario(p.db, name))), l, titles(p, l));
}

export function previewScenario(p: CorePorts, input: ApiParsed<'scenario.preview'>): ScenarioRun {
  const lang = languageOf(p, input.lang);
  checkReferences(p.db, input.scenario as Scenario);
  return localiseRun(runScenario(loadModelInput(p.db, input.scenario as Scenario)), lang, titles(p, lang));
}

export const scenarioInputs = (p: CorePorts, name: string) => loadModelInput(p.db, requireScenario(p.db, name));

export function compareStored(p: CorePorts, names: string[]) {
  const missing = names.filter((n) => !getScenario(p.db, n));
  if (missing.length) throw new DomainError('NOT_FOUND', `Unknown scenario: ${missing.join(', ')}`);
  return compareScenarios(names.map((n) => runScenario(loadModelInput(p.db, requireScenario(p.db, n)))));
}

export function explainFigure(p: CorePorts, input: ApiParsed<'scenario.explain'>) {
  const explained = explainRoleYear(loadModelInput(p.db, requireScenario(p.db, input.name)), input.roleCode, input.year);
  if (!explained) throw new DomainError('NOT_FOUND', `No figure for role ${input.roleCode} in ${input.year} in scenario ${input.name}`);
  return explained;
}

export const scenarioSensitivity = (p: CorePorts, name: string) => sensitivity(loadModelInput(p.db, requireScenario(p.db, name)));

export function exposureByRole(p: CorePorts, input: ApiParsed<'roles.exposure'>) {
  const lang = languageOf(p, input.lang);
  const scenario = requireScenario(p.db, input.scenario ?? DEFAULT_SCENARIO);
  const out = roleExposure(loadModelInput(p.db, scenario), input.source);
  return {
    source: out.source,
    scenario: out.scenario,
    horizonYear: out.horizonYear,
    roles: out.roles.map(({ unlabelledShare: _u, ...r }) => ({ ...r, title: pick(r.title, lang) })),
  };
}
