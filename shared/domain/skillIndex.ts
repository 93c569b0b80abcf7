/**
 * Compiles the dataset once into dense typed arrays, so fit and learning-path hours for a whole
 * workforce run without per-person object allocation. Owns: skill/role/module indexing. Pure.
 */
import type { Dataset, LearningModule, Role, SkillSource, Text } from './types';
import { buildChainTables, type ChainTables } from './learningPath';

interface CompiledRole {
  code: string;
  title: Text;
  jobZone: number;
  /** Default gross annual salary, euros. */
  salary: number;
  isTarget: boolean;
  family: Role['family'];
}

/**
 * The compiled dataset. Requirements are stored CSR-style: role r's requirements are the entries
 * reqStart[r] .. reqStart[r+1]−1 of reqSkill / reqLevel / reqWeight / reqNeedIdx.
 */
export interface CompiledReskill extends ChainTables {
  skillIds: string[];
  skillIndex: Map<string, number>;
  roles: CompiledRole[];
  roleIndex: Map<string, number>;
  /** Indices of roles with isTarget, in code order. */
  targetRoles: Int32Array;
  reqStart: Int32Array;
  reqSkill: Int32Array;
  /** Required level 0..5. */
  reqLevel: Float64Array;
  /** Importance 1..5 (the fit weight). */
  reqWeight: Float64Array;
  /** Index of the first breakpoint of the skill ≥ the required level (see learningPath.ts). */
  reqNeedIdx: Int32Array;
  /** Σ importance per role. */
  weightSum: Float64Array;
  /** Modules sorted by id. */
  modules: LearningModule[];
  moduleIndex: Map<string, number>;
  modSkill: Int32Array;
  modFrom: Float64Array;
  modTo: Float64Array;
  modHours: Float64Array;
  modCost: Float64Array;
  /** CSR prerequisites: module m needs prereqList[prereqStart[m] .. prereqStart[m+1]−1]. */
  prereqStart: Int32Array;
  prereqList: Int32Array;
  /** Role code → IWA id → weight (time share spread over the task's IWAs), for similarity. */
  activities: Map<string, Map<string, number>>;
  /**
   * Per role r and skill s, at r × skills + s: the whole level a person in the role typically holds
   * (Role.profile, else the requirements; 0 = not implied), and SRC_ROLE_PROFILE where it is > 0
   * (else SRC_NONE): a person's starting point before their records, copied in one go.
   */
  profileLevels: Float64Array;
  profileSources: Uint8Array;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the compiled index. Deterministic: skills, roles and modules are indexed in id/code order.
 * Skill ids used by roles or modules but missing from `dataset.skills` are indexed too.
 */
export function compileReskill(dataset: Pick<Dataset, 'roles' | 'skills' | 'modules' | 'tasks'>): CompiledReskill {
  const idSet = new Set<string>(dataset.skills.map((s) => s.id));
  for (const r of dataset.roles) for (const k of r.skills) idSet.add(k.skillId);
  for (const m of dataset.modules) idSet.add(m.skillId);
  const skillIds = [...idSet].sort(byString);
  const skillIndex = new Map(skillIds.map((id, i) => [id, i] as [string, number]));

  const sortedRoles = [...dataset.roles].sort((a, b) => byString(a.code, b.code));
  const roles: CompiledRole[] = sortedRoles.map((r) => ({
    code: r.code,
    title: r.title,
    jobZone: r.jobZone,
    salary: r.salary.value,
    isTarget: r.isTarget,
    family: r.family,
  }));
  const roleIndex = new Map(roles.map((r, i) => [r.code, i] as [string, number]));
  const targetRoles = Int32Array.from(roles.flatMap((r, i) => (r.isTarget ? [i] : [])));

  const modules = [...dataset.modules].sort((a, b) => byString(a.id, b.id));
  const moduleIndex = new Map(modules.map((m, i) => [m.id, i] as [string, number]));
  const nm = modules.length;
  const modSkill = new Int32Array(nm);
  const modFrom = new Float64Array(nm);
  const modTo = new Float64Array(nm);
  const modHours = new Float64Array(nm);
  const modCost = new Float64Array(nm);
  const prereqStart = new Int32Array(nm + 1);
  const pre: number[] = [];
  modules.forEach((m, i) => {
    modSkill[i] = skillIndex.get(m.skillId)!;
    modFrom[i] = m.fromLevel;
    modTo[i] = m.toLevel;
    modHours[i] = m.hours;
    modCost[i] = m.cost;
    prereqStart[i] = pre.length;
    // Unknown prerequisite ids are ignored (dataset validation reports them); sorted for determinism.
    const ps = m.prerequisites.map((id) => moduleIndex.get(id)).filter((x): x is number => x !== undefined && x !== i);
    pre.push(...[...new Set(ps)].sort((a, b) => a - b));
  });
  prereqStart[nm] = pre.length;
  const prereqList = Int32Array.from(pre);

  const chains = buildChainTables(skillIds.length, modSkill, modFrom, modTo, modHours, modCost, prereqStart, prereqList);

  const nReq = sortedRoles.reduce((n, r) => n + r.skills.length, 0);
  const reqStart = new Int32Array(roles.length + 1);
  const reqSkill = new Int32Array(nReq);
  const reqLevel = new Float64Array(nReq);
  const reqWeight = new Float64Array(nReq);
  const reqNeedIdx = new Int32Array(nReq);
  const weightSum = new Float64Array(roles.length);
  let j = 0;
  sortedRoles.forEach((r, ri) => {
    reqStart[ri] = j;
    // Requirement order by skill id keeps gap lists and tie-breaks stable whatever the source order.
    const reqs = [...r.skills].sort((a, b) => byString(a.skillId, b.skillId));
    for (const k of reqs) {
      const s = skillIndex.get(k.skillId)!;
      reqSkill[j] = s;
      reqLevel[j] = k.level;
      reqWeight[j] = k.importance;
      reqNeedIdx[j] = needIndex(chains, s, k.level);
      weightSum[ri] += k.importance;
      j++;
    }
  });
  reqStart[roles.length] = j;

  const nS = skillIds.length;
  const profileLevels = new Float64Array(roles.length * nS);
  const profileSources = new Uint8Array(roles.length * nS);
  sortedRoles.forEach((r, ri) => {
    // Whole levels, rounded as requirements are, so an inferred person meets their own role's requirements exactly.
    for (const p of r.profile ?? r.skills) {
      const s = skillIndex.get(p.skillId);
      if (s === undefined) continue;
      const level = Math.min(5, Math.max(0, Math.round(p.level)));
      if (level > profileLevels[ri * nS + s]) {
        profileLevels[ri * nS + s] = level;
        profileSources[ri * nS + s] = SRC_ROLE_PROFILE;
      }
    }
  });

  const taskById = new Map(dataset.tasks.map((t) => [t.id, t] as const));
  const activities = new Map<string, Map<string, number>>();
  for (const r of sortedRoles) {
    const v = new Map<string, number>();
    for (const ts of r.taskMix) {
      const t = taskById.get(ts.taskId);
      if (!t || t.iwaIds.length === 0) continue;
      // A task's time is spread evenly over its IWAs: no source says which activity takes longer.
      const per = ts.share / t.iwaIds.length;
      for (const iwa of t.iwaIds) v.set(iwa, (v.get(iwa) ?? 0) + per);
    }
    activities.set(r.code, v);
  }

  return {
    ...chains,
    skillIds,
    skillIndex,
    roles,
    roleIndex,
    targetRoles,
    reqStart,
    reqSkill,
    reqLevel,
    reqWeight,
    reqNeedIdx,
    weightSum,
    modules,
    moduleIndex,
    modSkill,
    modFrom,
    modTo,
    modHours,
    modCost,
    prereqStart,
    prereqList,
    activities,
    profileLevels,
    profileSources,
  };
}

/** Index of the first breakpoint of skill s that is ≥ level (= breakpoint count when none: unreachable). */
export function needIndex(c: ChainTables, s: number, level: number): number {
  const a = c.breakStart[s];
  const b = c.breakStart[s + 1];
  let i = a;
  while (i < b && c.breakLevels[i] < level) i++;
  return i - a;
}

/** Class of a held level: number of the skill's breakpoints ≤ level (0..count). */
export function haveClass(c: ChainTables, s: number, level: number): number {
  const a = c.breakStart[s];
  const b = c.breakStart[s + 1];
  let i = a;
  while (i < b && c.breakLevels[i] <= level) i++;
  return i - a;
}

/**
 * Writes a person's skill levels (0..5) over the skill index into `out` (zeroed first). Unknown skill
 * ids are ignored; a skill listed twice keeps its highest level.
 */
export function encodeLevels(
  c: Pick<CompiledReskill, 'skillIndex' | 'skillIds'>,
  skills: ReadonlyArray<{ skillId: string; level: number }>,
  out: Float64Array = new Float64Array(c.skillIds.length),
): Float64Array {
  out.fill(0);
  for (const sk of skills) {
    const i = c.skillIndex.get(sk.skillId);
    if (i !== undefined && sk.level > out[i]) out[i] = sk.level;
  }
  return out;
}

/** Where a person's effective level of a skill comes from (codes of encodePerson's `src`). */
const SRC_NONE = 0;
export const SRC_SELF = 1;
const SRC_MANAGER = 2;
const SRC_LEARNING = 3;
/** A stored record whose own source is "inferred" (e.g. set by an import from a job title). */
const SRC_INFERRED_RECORD = 4;
/** No record: inferred from the typical levels of the person's current role. */
const SRC_ROLE_PROFILE = 5;

/** The source a gap or match shows: confirmed record sources as stored, anything inferred as "inferred", no record null. */
export function sourceName(code: number): SkillSource | null {
  switch (code) {
    case SRC_SELF:
      return 'self';
    case SRC_MANAGER:
      return 'manager';
    case SRC_LEARNING:
      return 'learning';
    case SRC_INFERRED_RECORD:
    case SRC_ROLE_PROFILE:
      return 'inferred';
    default:
      return null;
  }
}

/**
 * A person's effective levels (0..5 over the skill index) into `out`: every skill they have a record
 * of at its recorded level (the highest when listed twice), and every other skill their current role
 * typically holds at that typical level, inferred. A record always wins over inference, whatever its
 * level: it says something about this person, the profile only about the job. `src` (optional)
 * receives the SRC_* code per skill. `roleIdx` undefined (unknown role) infers nothing.
 */
export function encodePerson(
  c: Pick<CompiledReskill, 'skillIndex' | 'skillIds' | 'profileLevels' | 'profileSources'>,
  roleIdx: number | undefined,
  skills: ReadonlyArray<{ skillId: string; level: number; source?: SkillSource }>,
  out: Float64Array = new Float64Array(c.skillIds.length),
  src: Uint8Array = new Uint8Array(c.skillIds.length),
): Float64Array {
  const nS = c.skillIds.length;
  if (roleIdx === undefined) {
    out.fill(0);
    src.fill(SRC_NONE);
  } else {
    out.set(c.profileLevels.subarray(roleIdx * nS, roleIdx * nS + nS));
    src.set(c.profileSources.subarray(roleIdx * nS, roleIdx * nS + nS));
  }
  for (const sk of skills) {
    const i = c.skillIndex.get(sk.skillId);
    if (i === undefined) continue;
    const code = sourceCode(sk.source);
    // The first record replaces the inferred level; a second record of the same skill keeps the higher.
    const recorded = src[i] !== SRC_NONE && src[i] !== SRC_ROLE_PROFILE;
    if (!recorded || sk.level > out[i]) {
      out[i] = sk.level;
      src[i] = code;
    }
  }
  return out;
}

function sourceCode(source: SkillSource | undefined): number {
  switch (source) {
    case 'manager':
      return SRC_MANAGER;
    case 'learning':
      return SRC_LEARNING;
    case 'inferred':
      return SRC_INFERRED_RECORD;
    default:
      return SRC_SELF; // self, or a record that does not say (counted as confirmed)
  }
}
