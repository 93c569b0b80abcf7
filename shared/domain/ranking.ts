/**
 * Ranking of target roles per person, and the whole-workforce run. Owns: the ranking score, its
 * components and the "why above the next" explanation. Pure: progress and cancellation are callbacks.
 *
 * Order: viable transitions into roles with openings in the scenario first, then viable ones into
 * roles without (flagged: "no openings in this scenario"), then the rest; within each, by score
 * (high first), then by role code. Openings come first because a move is a decision only where there
 * is a place to move into; when the options carry no openings, no role is preferred. Score:
 *   score = w_fit·fit + w_ready·readiness + w_des·[desirable] + w_safer·[safer] + w_demand·demand
 *   readiness = max(0, 1 − weeks / maxWeeksToReady) (0 when the gap cannot be closed),
 *   demand    = d / (1 + d) for the target's demand index d at the horizon (0.5 when d = 1,
 *               i.e. the role keeps today's demand; 0 when unknown).
 * Default weights 0.4 / 0.2 / 0.15 / 0.15 / 0.1 (assumption): skill fit leads because it drives
 * both success in the role and the time to get there; the flags and demand break near-ties.
 * Protected attributes are never read: scoring receives a ScoringInput (see reskillTypes.ts).
 */
import { explain, type Explanation } from './explain';
import type { Employee } from './types';
import type { CompiledReskill } from './skillIndex';
import { encodePerson } from './skillIndex';
import { fitDetail } from './fit';
import { createWorkspace, evalPair, hourlyWage, learningPath, loadPerson, PathCache, type PathWorkspace } from './learningPath';
import { buildPairTables, createCodedWorkspace, evalCoded, LEVEL_CODES, loadCoded, scanPrerequisites, UNCLOSED } from './reskill-kernel';
import { isDesirable, isViable, transitionFlags, viabilityBlocks, type ViabilityBlock } from './transitions';
import {
  DEFAULT_RANK_WEIGHTS,
  isSkipped,
  toScoringInput,
  type GapItem,
  type LearningPathResult,
  type RankableEmployee,
  type RankWeights,
  type ReskillOptions,
  type ScoreComponents,
  type ScoringInput,
  type Skipped,
} from './reskillTypes';

/** readiness component, 0..1. */
function readiness(weeks: number, complete: boolean, maxWeeksToReady: number): number {
  if (!complete) return 0;
  if (maxWeeksToReady <= 0) return weeks <= 0 ? 1 : 0;
  return Math.max(0, 1 - weeks / maxWeeksToReady);
}

/** demand component, 0..1, from a demand index ≥ 0 (undefined/NaN/negative → 0). */
export function demandScore(d: number | undefined): number {
  return d !== undefined && d > 0 ? d / (1 + d) : 0;
}

function rankScore(c: ScoreComponents, w: RankWeights = DEFAULT_RANK_WEIGHTS): number {
  return w.fit * c.fit + w.readiness * c.readiness + w.desirable * c.desirable + w.safer * c.safer + w.demand * c.demand;
}

export type DecidingComponent = 'viable' | 'openings' | keyof ScoreComponents | 'code';

/** Order tier: viable with openings 3, viable 2, not viable with openings 1, else 0. */
function rankTier(viable: boolean, hasOpenings: boolean): number {
  return (viable ? 2 : 0) + (hasOpenings ? 1 : 0);
}

/** Openings of a role in the options (null when the options carry none). */
function openingsOf(options: Pick<ReskillOptions, 'openings'>, roleCode: string): number | null {
  return options.openings ? Math.max(0, options.openings[roleCode] ?? 0) : null;
}

export interface RankedPath {
  rank: number;
  roleCode: string;
  fit: number;
  viable: boolean;
  /** The viability rules the move fails (empty when viable). */
  blocks: ViabilityBlock[];
  desirable: boolean;
  safer: boolean;
  /** Openings in the target role in this scenario (null when the options carry none). */
  openings: number | null;
  /** Demand index of the target at the horizon (null when unknown). */
  demandIndex: number | null;
  components: ScoreComponents;
  score: number;
  /** Requirements with have < need, graded. */
  gap: GapItem[];
  /** Skill ids the person already meets. */
  matchedSkillIds: string[];
  /** The requirements the person already meets, with where their level comes from ("inferred" = assumed from the current role). */
  matched: { skillId: string; source: GapItem['source'] }[];
  path: LearningPathResult;
  hours: number;
  weeks: number;
  cost: number;
  /** Why this role ranks above the next one: the deciding component and the score margin. */
  aboveNext: { roleCode: string; decidedBy: DecidingComponent; margin: number } | null;
  explain: { fit: Explanation; viable: Explanation; desirable: Explanation; safer: Explanation; score: Explanation; cost: Explanation; weeks: Explanation };
}

export interface RankEmployeeResult {
  employeeId: string;
  roleCode: string;
  paths: RankedPath[];
}

const COMPONENTS: (keyof ScoreComponents)[] = ['fit', 'readiness', 'desirable', 'safer', 'demand'];

/** The component deciding that a ranks above b (a before b in the order). */
function decidingComponent(
  a: { viable: boolean; openings?: number | null; score: number; components: ScoreComponents },
  b: { viable: boolean; openings?: number | null; score: number; components: ScoreComponents },
  w: RankWeights = DEFAULT_RANK_WEIGHTS,
): DecidingComponent {
  if (a.viable !== b.viable) return 'viable';
  if ((a.openings ?? 0) > 0 !== (b.openings ?? 0) > 0) return 'openings';
  if (a.score === b.score) return 'code';
  let best: keyof ScoreComponents = 'fit';
  let bestDiff = -Infinity;
  for (const k of COMPONENTS) {
    const d = w[k] * (a.components[k] - b.components[k]);
    if (d > bestDiff) {
      bestDiff = d;
      best = k;
    }
  }
  return best;
}

function salaryOf(c: CompiledReskill, e: ScoringInput, cur: number): number {
  return e.salary ?? c.roles[cur].salary;
}

/**
 * Ranks every target role (isTarget, not the person's own) for one person, with full detail and
 * explanations. Objectors get `{ skipped: 'objection' }` and are not scored at all; a person whose
 * role is not in the dataset gets `{ skipped: 'unknownRole' }`.
 */
export function rankEmployee(
  c: CompiledReskill,
  employee: RankableEmployee | Employee,
  options: ReskillOptions,
  ws: PathWorkspace = createWorkspace(c),
  cache?: PathCache,
): RankEmployeeResult | Skipped {
  const input = toScoringInput(employee);
  if (isSkipped(input)) return input;
  return rankScoringInput(c, input, options, ws, cache);
}

/** As rankEmployee, for an already-stripped ScoringInput. */
function rankScoringInput(
  c: CompiledReskill,
  e: ScoringInput,
  options: ReskillOptions,
  ws: PathWorkspace = createWorkspace(c),
  cache?: PathCache,
): RankEmployeeResult | Skipped {
  const cur = c.roleIndex.get(e.roleCode);
  if (cur === undefined) return { employeeId: e.id, skipped: 'unknownRole' };
  const w = options.weights ?? DEFAULT_RANK_WEIGHTS;
  const rules = options.rules;
  const src = new Uint8Array(c.skillIds.length);
  const levels = encodePerson(c, cur, e.skills, undefined, src);
  const fromRole = c.roles[cur];
  const fromSalary = salaryOf(c, e, cur);
  const wage = hourlyWage(fromSalary, options.annualHoursPerFte);
  const fromDemand = options.demandIndex[fromRole.code];
  const out: RankedPath[] = [];
  for (const t of c.targetRoles) {
    if (t === cur) continue;
    const toRole = c.roles[t];
    const fd = fitDetail(c, levels, t, src);
    const path = learningPath(c, levels, t, { weeklyLearningHours: options.weeklyLearningHours, hourlyWage: wage }, ws, cache);
    const toDemand = options.demandIndex[toRole.code];
    const flags = transitionFlags(
      {
        fromJobZone: fromRole.jobZone,
        toJobZone: toRole.jobZone,
        fromSalary,
        toSalary: toRole.salary,
        fit: fd.fit,
        weeks: path.weeks,
        complete: path.complete,
        fromDemand,
        toDemand,
      },
      rules,
    );
    const components: ScoreComponents = {
      fit: fd.fit,
      readiness: readiness(path.weeks, path.complete, rules.maxWeeksToReady),
      desirable: flags.desirable ? 1 : 0,
      safer: flags.safer ? 1 : 0,
      demand: demandScore(toDemand),
    };
    const score = rankScore(components, w);
    out.push({
      rank: 0,
      roleCode: toRole.code,
      fit: fd.fit,
      viable: flags.viable,
      blocks: flags.blocks,
      desirable: flags.desirable,
      safer: flags.safer,
      openings: openingsOf(options, toRole.code),
      demandIndex: toDemand ?? null,
      components,
      score,
      gap: fd.gap,
      matchedSkillIds: fd.requirements.filter((r) => r.grade === 'matched').map((r) => r.skillId),
      matched: fd.requirements.filter((r) => r.grade === 'matched').map((r) => ({ skillId: r.skillId, source: r.source })),
      path,
      hours: path.hours,
      weeks: path.weeks,
      cost: path.cost,
      aboveNext: null,
      explain: {
        fit: fd.explain,
        viable: flags.explain.viable,
        desirable: flags.explain.desirable,
        safer: flags.explain.safer,
        score: explain(
          'reskill.score',
          score,
          COMPONENTS.flatMap((k) => [
            { name: `input.component.${k}`, value: components[k], unit: 'share' },
            { name: `input.weight.${k}`, value: w[k], unit: 'share', isAssumption: true },
          ]),
        ),
        cost: path.explain.cost,
        weeks: path.explain.weeks,
      },
    });
  }
  const tier = (p: RankedPath) => rankTier(p.viable, (p.openings ?? 0) > 0);
  out.sort((a, b) => tier(b) - tier(a) || b.score - a.score || (a.roleCode < b.roleCode ? -1 : 1));
  const kept = options.topN !== undefined ? out.slice(0, Math.max(0, options.topN)) : out;
  for (let i = 0; i < kept.length; i++) {
    kept[i].rank = i + 1;
    const next = out[i + 1];
    if (next) kept[i].aboveNext = { roleCode: next.roleCode, decidedBy: decidingComponent(kept[i], next, w), margin: kept[i].score - next.score };
  }
  return { employeeId: e.id, roleCode: e.roleCode, paths: kept };
}

export const FLAG_VIABLE = 1;
export const FLAG_DESIRABLE = 2;
export const FLAG_SAFER = 4;
export const FLAG_COMPLETE = 8;
/** The target role has openings in the scenario. */
export const FLAG_OPEN = 16;
export const STATUS_OK = 0;
export const STATUS_OBJECTION = 1;
export const STATUS_UNKNOWN_ROLE = 2;

/**
 * Result of a whole-workforce run as flat typed arrays (transferable from a worker thread).
 * Entry k of employee i is at i × topN + k, for k < count[i]; ordered best first.
 */
interface RankAllResult {
  total: number;
  /** People processed before a cancellation (= total when not cancelled). */
  processed: number;
  cancelled: boolean;
  topN: number;
  employeeIds: string[];
  /** STATUS_OK / STATUS_OBJECTION / STATUS_UNKNOWN_ROLE. */
  status: Uint8Array;
  count: Uint16Array;
  /** Index into compiled.roles. */
  role: Int32Array;
  score: Float64Array;
  fit: Float64Array;
  hours: Float64Array;
  weeks: Float64Array;
  /** Module cost + hours × the person's hourly wage, euros. */
  cost: Float64Array;
  /** FLAG_* bits. */
  flags: Uint8Array;
  /** Path id in `paths`: paths.sets[id] is the module set, paths.ordered(c, id) its dependency order. */
  pathId: Int32Array;
  paths: PathCache;
  /** Per person over all target roles: number of viable transitions and the best fit (NaN if skipped). */
  viableCount: Uint16Array;
  bestFit: Float64Array;
  /** Per person: index of the current role in compiled.roles (−1 when skipped). */
  fromRole: Int32Array;
  /** The options' transition rules and openings, for the records (viability reasons, openings). */
  rules: ReskillOptions['rules'];
  openings: ReskillOptions['openings'];
  cacheHits: number;
  cacheMisses: number;
}

/**
 * Ranks every person against every target role, with the learning path's hours, weeks, cost and
 * flags for each pair and the ordered module list for the kept (top-N) entries. Calls
 * onProgress(done, total) about every 1,000 people and stops early when shouldCancel() is true.
 * Allocation-free per pair: dense arrays and a reused workspace; ordered paths cached by module set.
 */
export function rankAll(
  employees: ReadonlyArray<RankableEmployee>,
  c: CompiledReskill,
  options: ReskillOptions,
  onProgress?: (done: number, total: number) => void,
  shouldCancel?: () => boolean,
): RankAllResult {
  const n = employees.length;
  const nT = c.targetRoles.length;
  const K = Math.max(0, Math.min(options.topN ?? nT, nT));
  const w = options.weights ?? DEFAULT_RANK_WEIGHTS;
  const rules = options.rules;
  const nR = c.roles.length;
  const demand = new Float64Array(nR);
  const demandComp = new Float64Array(nR);
  // FLAG_OPEN per role: viable roles with openings rank first (see the order above).
  const openFlag = new Uint8Array(nR);
  const jz = new Float64Array(nR);
  const sal = new Float64Array(nR);
  for (let r = 0; r < nR; r++) {
    const d = options.demandIndex[c.roles[r].code];
    demand[r] = d === undefined ? NaN : d;
    demandComp[r] = demandScore(d);
    jz[r] = c.roles[r].jobZone;
    sal[r] = c.roles[r].salary;
    openFlag[r] = (options.openings?.[c.roles[r].code] ?? 0) > 0 ? FLAG_OPEN : 0;
  }
  const ws = createWorkspace(c);
  const cache = new PathCache();
  const res: RankAllResult = {
    total: n,
    processed: 0,
    cancelled: false,
    topN: K,
    employeeIds: new Array<string>(n),
    status: new Uint8Array(n),
    count: new Uint16Array(n),
    role: new Int32Array(n * K).fill(-1),
    score: new Float64Array(n * K),
    fit: new Float64Array(n * K),
    hours: new Float64Array(n * K),
    weeks: new Float64Array(n * K),
    cost: new Float64Array(n * K),
    flags: new Uint8Array(n * K),
    pathId: new Int32Array(n * K).fill(-1),
    paths: cache,
    viableCount: new Uint16Array(n),
    bestFit: new Float64Array(n).fill(NaN),
    fromRole: new Int32Array(n).fill(-1),
    rules,
    openings: options.openings,
    cacheHits: 0,
    cacheMisses: 0,
  };
  const levels = new Float64Array(c.skillIds.length);
  const src = new Uint8Array(c.skillIds.length);
  const weekly = options.weeklyLearningHours;
  const maxW = rules.maxWeeksToReady;
  // Pairs are evaluated from per-requirement tables (reskill-kernel.ts): the figures of evalPair,
  // computed with the same operations in the same order. People with a level other than an integer
  // 0..5 go through evalPair itself.
  const tables = buildPairTables(c);
  const cw = createCodedWorkspace(c);
  // Local bindings: some module loaders turn imported bindings into getters, costly in the hot loop.
  const viableRule = isViable;
  const desirableRule = isDesirable;
  const evaluate = evalPair;
  const load = loadPerson;
  const loadFast = loadCoded;
  const evaluateFast = evalCoded;
  const prerequisites = scanPrerequisites;
  const LC = LEVEL_CODES;
  const UNC = UNCLOSED;
  const targets = c.targetRoles;
  const reqStart = c.reqStart;
  const weightSum = c.weightSum;
  const reqInfo = tables.reqInfo;
  const fitHours = tables.fitHours;
  const chainOf = tables.chainOf;
  const uncStart = tables.unclosedReqStart;
  const uncList = tables.unclosedReqList;
  const preStart = tables.preReqStart;
  const preList = tables.preReqList;
  const chainPreHours = tables.chainPreHours;
  // Roles listing a skill twice go through evalPair, whose module list then has the same chain twice.
  const dupSkill = tables.roleDupSkill;
  let anyDup = false;
  for (let ti = 0; ti < nT; ti++) if (dupSkill[targets[ti]] !== 0) anyDup = true;
  const code = cw.code;
  const code2 = cw.code2;
  const rRole = res.role;
  const rScore = res.score;
  const rFit = res.fit;
  const rHours = res.hours;
  const rWeeks = res.weeks;
  const rCost = res.cost;
  const rFlags = res.flags;
  const wFit = w.fit;
  const wReady = w.readiness;
  const wDes = w.desirable;
  const wSafer = w.safer;
  const wDemand = w.demand;
  // Prerequisites only add hours (when no module has negative or NaN hours) and a higher readiness
  // can only raise the score (readiness weight ≥ 0): then the chain hours are a lower bound that
  // settles most pairs without the prerequisite scan (see below).
  let prune = wReady >= 0 && [wFit, wReady, wDes, wSafer, wDemand].every(Number.isFinite);
  for (let m = 0; m < c.modHours.length; m++) if (!(c.modHours[m] >= 0)) prune = false;
  for (let i = 0; i < n; i++) {
    if (i % 1000 === 0) {
      if (shouldCancel?.()) {
        res.cancelled = true;
        break;
      }
      if (i > 0) onProgress?.(i, n);
    }
    const e = employees[i];
    res.employeeIds[i] = e.id;
    res.processed = i + 1;
    if (e.objection != null) {
      res.status[i] = STATUS_OBJECTION;
      continue;
    }
    const cur = c.roleIndex.get(e.roleCode);
    if (cur === undefined) {
      res.status[i] = STATUS_UNKNOWN_ROLE;
      continue;
    }
    res.fromRole[i] = cur;
    encodePerson(c, cur, e.skills, levels, src);
    const fast = loadFast(cw, levels);
    if (!fast || anyDup) load(c, ws, levels);
    const fromJz = jz[cur];
    const fromSal = e.salary ?? sal[cur];
    const fromD = demand[cur];
    const wage = hourlyWage(fromSal, options.annualHoursPerFte);
    const base = i * K;
    let cnt = 0;
    let viableCount = 0;
    let bestFit = -Infinity;
    for (let ti = 0; ti < nT; ti++) {
      const t = targets[ti];
      if (t === cur) continue;
      let fit: number;
      let hours: number;
      let moduleCost = 0;
      let complete: boolean;
      if (fast && dupSkill[t] === 0) {
        // Fit and chain hours: one table entry per requirement (evalCoded without prerequisites).
        let acc = 0;
        let h = 0;
        for (let j = reqStart[t], end = reqStart[t + 1]; j < end; j++) {
          const k = reqInfo[2 * j + 1] + code2[reqInfo[2 * j]];
          acc += fitHours[k];
          h += fitHours[k + 1];
        }
        const w0 = weightSum[t];
        fit = w0 > 0 ? acc / w0 : 1;
        complete = true;
        for (let q = uncStart[t], qe = uncStart[t + 1]; q < qe; q++) {
          const j = uncList[q];
          if (chainOf[j * LC + code[reqInfo[2 * j]]] === UNC) complete = false;
        }
        if (preStart[t + 1] > preStart[t]) {
          // Prerequisites can add hours. When they only could (prune), h is a lower bound: if
          // neither viability nor a place in the kept top-K can depend on the exact hours, the
          // pair is settled without them.
          if (prune && (K === 0 || cnt === K)) {
            const weeksLB = weekly > 0 ? h / weekly : Infinity;
            // Viability falls as hours rise: not viable at the lower bound settles it; viable at the
            // lower bound settles it only if it stays viable with every prerequisite tree counted in full.
            const vUB = viableRule(fromJz, jz[t], fit, weeksLB, complete, rules);
            let need = false;
            if (vUB) {
              let hUB = h;
              for (let q = preStart[t], qe = preStart[t + 1]; q < qe; q++) {
                const j = preList[q];
                const ci = chainOf[j * LC + code[reqInfo[2 * j]]];
                if (ci >= 0) hUB += chainPreHours[ci];
              }
              need = !viableRule(fromJz, jz[t], fit, weekly > 0 ? hUB / weekly : Infinity, complete, rules);
            }
            if (!need && K > 0) {
              const desirable = desirableRule(fromJz, jz[t], fromSal, sal[t], rules);
              const safer = demand[t] > fromD;
              const readyUB = complete ? (maxW > 0 ? Math.max(0, 1 - weeksLB / maxW) : weeksLB <= 0 ? 1 : 0) : 0;
              const scoreUB = wFit * fit + wReady * readyUB + (desirable ? wDes : 0) + (safer ? wSafer : 0) + wDemand * demandComp[t];
              const q = base + K - 1;
              const tier = (vUB ? 2 : 0) + (openFlag[t] !== 0 ? 1 : 0);
              const qTier = ((rFlags[q] & FLAG_VIABLE) !== 0 ? 2 : 0) + ((rFlags[q] & FLAG_OPEN) !== 0 ? 1 : 0);
              need = tier !== qTier ? tier > qTier : scoreUB !== rScore[q] ? scoreUB > rScore[q] : t < rRole[q];
            }
            if (!need) {
              if (vUB) viableCount++;
              if (fit > bestFit) bestFit = fit;
              continue;
            }
          }
          cw.hours = h;
          cw.moduleCost = 0;
          cw.setLen = 0;
          prerequisites(c, tables, cw, t, false);
          h = cw.hours;
        }
        hours = h;
      } else {
        fit = evaluate(c, ws, levels, t);
        hours = ws.hours;
        moduleCost = ws.moduleCost;
        complete = ws.complete;
      }
      const weeks = weekly > 0 ? hours / weekly : Infinity;
      const viable = viableRule(fromJz, jz[t], fit, weeks, complete, rules);
      const desirable = desirableRule(fromJz, jz[t], fromSal, sal[t], rules);
      const safer = demand[t] > fromD; // NaN compares false: unknown is never safer
      const ready = complete ? (maxW > 0 ? Math.max(0, 1 - weeks / maxW) : weeks <= 0 ? 1 : 0) : 0;
      const score = wFit * fit + wReady * ready + (desirable ? wDes : 0) + (safer ? wSafer : 0) + wDemand * demandComp[t];
      if (viable) viableCount++;
      if (fit > bestFit) bestFit = fit;
      if (K === 0) continue;
      // Insertion into the kept top-K (tier desc, score desc, role index = code order asc).
      const tier = (viable ? 2 : 0) + (openFlag[t] !== 0 ? 1 : 0);
      let pos = cnt;
      while (pos > 0) {
        const q = base + pos - 1;
        const qTier = ((rFlags[q] & FLAG_VIABLE) !== 0 ? 2 : 0) + ((rFlags[q] & FLAG_OPEN) !== 0 ? 1 : 0);
        const better = tier !== qTier ? tier > qTier : score !== rScore[q] ? score > rScore[q] : t < rRole[q];
        if (!better) break;
        pos--;
      }
      if (pos >= K) continue;
      const last = Math.min(cnt, K - 1);
      for (let k = last; k > pos; k--) {
        const a = base + k;
        rRole[a] = rRole[a - 1];
        rScore[a] = rScore[a - 1];
        rFit[a] = rFit[a - 1];
        rHours[a] = rHours[a - 1];
        rWeeks[a] = rWeeks[a - 1];
        rCost[a] = rCost[a - 1];
        rFlags[a] = rFlags[a - 1];
      }
      const a = base + pos;
      rRole[a] = t;
      rScore[a] = score;
      rFit[a] = fit;
      rHours[a] = hours;
      rWeeks[a] = weeks;
      rCost[a] = moduleCost + hours * wage; // fast path: set below, once the module cost is known
      rFlags[a] = (viable ? FLAG_VIABLE : 0) | (desirable ? FLAG_DESIRABLE : 0) | (safer ? FLAG_SAFER : 0) | (complete ? FLAG_COMPLETE : 0) | openFlag[t];
      if (cnt < K) cnt++;
    }
    res.count[i] = cnt;
    res.viableCount[i] = viableCount;
    res.bestFit[i] = bestFit === -Infinity ? NaN : bestFit;
    // Ordered module lists only for the kept entries: re-evaluating one pair is cheaper than
    // remembering every pair's module set.
    for (let k = 0; k < cnt; k++) {
      const a = base + k;
      if (fast && dupSkill[rRole[a]] === 0) {
        evaluateFast(c, tables, cw, rRole[a], true);
        rCost[a] = cw.moduleCost + rHours[a] * wage;
        res.pathId[a] = cache.idFor(c, cw);
      } else {
        evaluate(c, ws, levels, rRole[a], true);
        res.pathId[a] = cache.idFor(c, ws);
      }
    }
  }
  if (!res.cancelled) onProgress?.(n, n);
  res.paths = cache;
  res.cacheHits = cache.hits;
  res.cacheMisses = cache.misses;
  return res;
}

/** One kept entry of a rankAll result as a plain record (for the API/CLI; no explanations). */
export interface RankAllEntry {
  rank: number;
  roleCode: string;
  score: number;
  fit: number;
  viable: boolean;
  /** The viability rules the move fails (empty when viable). */
  blocks: ViabilityBlock[];
  desirable: boolean;
  safer: boolean;
  complete: boolean;
  /** Openings in the target role in this scenario (null when the run had none). */
  openings: number | null;
  hours: number;
  weeks: number;
  cost: number;
  moduleIds: string[];
}

/** The kept entries of person i, best first; [] for skipped people. */
export function rankAllEntries(c: CompiledReskill, r: RankAllResult, i: number): RankAllEntry[] {
  const out: RankAllEntry[] = [];
  for (let k = 0; k < r.count[i]; k++) {
    const a = i * r.topN + k;
    const f = r.flags[a];
    const to = c.roles[r.role[a]];
    const complete = (f & FLAG_COMPLETE) !== 0;
    out.push({
      rank: k + 1,
      roleCode: to.code,
      score: r.score[a],
      fit: r.fit[a],
      viable: (f & FLAG_VIABLE) !== 0,
      blocks: viabilityBlocks(c.roles[r.fromRole[i]].jobZone, to.jobZone, r.fit[a], r.weeks[a], complete, r.rules),
      desirable: (f & FLAG_DESIRABLE) !== 0,
      safer: (f & FLAG_SAFER) !== 0,
      complete,
      openings: openingsOf(r, to.code),
      hours: r.hours[a],
      weeks: r.weeks[a],
      cost: r.cost[a],
      moduleIds: r.pathId[a] >= 0 ? Array.from(r.paths.ordered(c, r.pathId[a]), (m) => c.modules[m].id) : [],
    });
  }
  return out;
}
