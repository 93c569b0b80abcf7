/**
 * The catalogue read from SQLite: dataset counts and Dutch coverage, sources and methods, roles with
 * their headcount, and one role's tasks in the caller's language.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/result';
import { isTranslated, pick } from '../../../shared/domain/text';
import type { Role } from '../../../shared/domain/types';
import { countDataset, getDatasetInfo, getMethods, getRole, getSources, getTasks, listRoles, listSkills, listTasks } from '../../db/repos/datasetRepo';
import { countEmployees, getOrganisationName, headcountByRole } from '../../db/repos/employeesRepo';
import type { CorePorts } from '../ports';
import { languageOf } from './settings';

function requireRole(p: CorePorts, code: string): Role {
  const role = getRole(p.db, code);
  if (!role) throw new DomainError('NOT_FOUND', `Unknown role: ${code}`);
  return role;
}

export function datasetStats(p: CorePorts): ApiOutput<'dataset.stats'> {
  const counts = countDataset(p.db);
  const roles = listRoles(p.db);
  const tasks = listTasks(p.db);
  const skills = listSkills(p.db);
  const hasDutch = (t: { nl: string }) => t.nl.trim().length > 0;
  const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    dataset: {
      version: getDatasetInfo(p.db).version,
      ...counts,
      tasksLabelled: tasks.filter((t) => t.humanExposure !== null || t.gpt4Exposure !== null).length,
    },
    workforce: { organisation: getOrganisationName(p.db).name, employees: countEmployees(p.db) },
    dutchCoverage: {
      roles: share(roles.filter((r) => hasDutch(r.title)).length, roles.length),
      tasks: share(tasks.filter((t) => hasDutch(t.statement)).length, tasks.length),
      skills: share(skills.filter((s) => hasDutch(s.name)).length, skills.length),
    },
  };
}

export const datasetSources = (p: CorePorts): ApiOutput<'dataset.sources'> => ({ sources: getSources(p.db), methods: getMethods(p.db) });

export function rolesWithHeadcount(p: CorePorts, input: ApiParsed<'roles.list'>): ApiOutput<'roles.list'> {
  const lang = languageOf(p, input.lang);
  const heads = new Map(headcountByRole(p.db).map((h) => [h.roleCode, h.headcount]));
  const roles = listRoles(p.db).filter((r) => !input.family || r.family === input.family);
  return {
    roles: roles.map((r) => ({
      code: r.code,
      title: pick(r.title, lang),
      family: r.family,
      isTarget: r.isTarget,
      jobZone: r.jobZone,
      domain: r.domain,
      headcount: heads.get(r.code) ?? 0,
    })),
  };
}

export function roleTasks(p: CorePorts, input: ApiParsed<'tasks.list'>): ApiOutput<'tasks.list'> {
  const lang = languageOf(p, input.lang);
  const role = requireRole(p, input.roleCode);
  const shares = new Map(role.taskMix.map((t) => [t.taskId, t.share]));
  const needle = input.search?.trim().toLowerCase();
  const tasks = getTasks(p.db, role.taskMix.map((t) => t.taskId))
    .filter((t) => !needle || t.statement.en.toLowerCase().includes(needle) || t.statement.nl.toLowerCase().includes(needle))
    .map((t) => ({
      id: t.id,
      statement: pick(t.statement, lang),
      translated: isTranslated(t.statement, lang),
      category: t.category,
      type: t.type,
      humanExposure: t.humanExposure,
      gpt4Exposure: t.gpt4Exposure,
      gpt4Automation: t.gpt4Automation,
      timeShare: shares.get(t.id) ?? 0,
      disagreement: t.humanExposure !== null && t.gpt4Exposure !== null && t.humanExposure !== t.gpt4Exposure,
      categoryRule: t.categoryRule,
      aiUsageSignal: t.aiUsageSignal,
      humanCritical: t.humanCritical,
      dwaIds: t.dwaIds,
      source: t.source,
    }))
    // Largest share of the working week first; ties by id for a stable order.
    .sort((a, b) => b.timeShare - a.timeShare || a.id.localeCompare(b.id));
  return { role: { code: role.code, title: pick(role.title, lang) }, tasks };
}
