/**
 * One person's reskilling paths (ranked, with gaps, modules and the doors a skill would open), the roles
 * similar to a role, and a role's doors. Objectors (AVG art. 21) get no fit, rank or path, and the answer says so.
 */
import type { ApiOutput, ApiParsed } from '../../../shared/api/contract';
import type { DoorDto, PathDto } from '../../../shared/api/reskill-dto';
import { DomainError } from '../../../shared/api/result';
import { doorsForEmployee, doorsForRole, type DoorOption } from '../../../shared/domain/doors';
import { rankEmployee, type RankedPath } from '../../../shared/domain/ranking';
import { isSkipped } from '../../../shared/domain/reskillTypes';
import { similarRoles } from '../../../shared/domain/similarity';
import { getEmployee } from '../../db/repos/employeesRepo';
import type { CorePorts } from '../ports';
import { labels, type Labels } from './labels';
import { buildReskillContext, compileFromDb } from './reskill';
import { DEFAULT_SCENARIO } from './scenarios';
import { languageOf } from './settings';

function rankedPathDto(path: RankedPath, l: Labels, withExplain: boolean): PathDto {
  return {
    rank: path.rank,
    targetRole: l.role(path.roleCode),
    fit: path.fit,
    viable: path.viable,
    blocks: path.blocks,
    desirable: path.desirable,
    safer: path.safer,
    complete: path.path.complete,
    openings: path.openings,
    score: path.score,
    components: path.components,
    demandIndex: path.demandIndex,
    // source "inferred": the level is assumed from the current role, never a confirmed one.
    gap: path.gap.map((g) => ({ skill: g.skillId, skillName: l.skill(g.skillId), have: g.have, need: g.need, grade: g.grade, importance: g.importance, source: g.source })),
    matched: path.matched.map((m) => ({ skill: m.skillId, skillName: l.skill(m.skillId), source: m.source })),
    modules: path.path.modules.map((m) => ({ ...l.module(m.id), hours: m.hours, cost: m.cost, isPrerequisite: m.isPrerequisite })),
    hours: path.hours,
    weeks: path.weeks,
    cost: path.cost,
    aboveNext: path.aboveNext ? { targetRole: l.role(path.aboveNext.roleCode), decidedBy: path.aboveNext.decidedBy, margin: path.aboveNext.margin } : null,
    ...(withExplain ? { explain: path.explain } : {}),
  };
}

const doorDto = (d: DoorOption, l: Labels): DoorDto => ({
  skill: d.skillId,
  skillName: l.skill(d.skillId),
  fromLevel: d.fromLevel,
  toLevel: d.toLevel,
  hours: d.hours,
  added: d.added,
  opens: d.opens.map(l.role),
});

export function employeePaths(p: CorePorts, input: ApiParsed<'reskill.employee'>): ApiOutput<'reskill.employee'> {
  const l = labels(p.db, languageOf(p, input.lang));
  const employee = getEmployee(p.db, input.employeeId);
  if (!employee) throw new DomainError('NOT_FOUND', `Unknown employee: ${input.employeeId}`);
  const context = buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO);
  const ranked = rankEmployee(context.compiled, employee, context.options);
  const ref = { id: employee.id, role: employee.roleCode, roleTitle: l.role(employee.roleCode).title };
  if (isSkipped(ranked)) return { employee: ref, scenario: context.scenario.name, skipped: ranked.skipped, paths: [], doors: null };
  const doors = doorsForEmployee(context.compiled, employee, context.options);
  return {
    employee: ref,
    scenario: context.scenario.name,
    skipped: null,
    paths: ranked.paths.map((path) => rankedPathDto(path, l, input.explain === true)),
    doors: isSkipped(doors) ? null : { open: doors.open.map(l.role), best: doors.best ? doorDto(doors.best, l) : null, options: doors.options.map((d) => doorDto(d, l)) },
  };
}

export function rolesSimilarTo(p: CorePorts, input: ApiParsed<'roles.similar'>): ApiOutput<'roles.similar'> {
  const l = labels(p.db, languageOf(p, input.lang));
  const similar = similarRoles(compileFromDb(p.db), input.roleCode, input.limit);
  if (!similar) throw new DomainError('NOT_FOUND', `Unknown role: ${input.roleCode}`);
  return {
    role: l.role(input.roleCode),
    similar: similar.map((s) => ({ code: s.code, title: l.role(s.code).title, similarity: s.similarity, components: s.components, related: s.related })),
  };
}

export function roleDoors(p: CorePorts, input: ApiParsed<'reskill.doors'>): ApiOutput<'reskill.doors'> {
  const l = labels(p.db, languageOf(p, input.lang));
  const context = buildReskillContext(p.db, input.scenario ?? DEFAULT_SCENARIO);
  const doors = doorsForRole(context.compiled, input.roleCode, context.options);
  if (!doors) throw new DomainError('NOT_FOUND', `Unknown role: ${input.roleCode}`);
  return { role: l.role(input.roleCode), open: doors.open.map(l.role), best: doors.best ? doorDto(doors.best, l) : null, options: doors.options.map((d) => doorDto(d, l)) };
}
