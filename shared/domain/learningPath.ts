/**
 * Learning paths: the modules with the fewest learning hours that close a skill gap, with their
 * prerequisites, in dependency order. Owns: the per-skill level DP, the allocation-free pair
 * evaluator used by whole-workforce runs, ordering and the path cache. Pure.
 *
 * Method. A module (skill, fromLevel, toLevel) is usable when the current level ≥ fromLevel and
 * raises the skill to toLevel. Per skill the reachable levels are the module levels ("breakpoints"),
 * so the fewest-hours chain from the held level to a level ≥ the need is a shortest path over a
 * small DAG of levels (levels only rise), solved once per (skill, held class, need class) at compile
 * time. Ties: fewer modules, then the first found in module-id order, then the lower end level.
 * The gap's chains are then unioned and prerequisites added transitively; a prerequisite is skipped
 * when the person already holds its toLevel on its skill, or the planned chains raise it that far
 * (then that skill's modules are ordered before the dependant instead). This is the per-skill
 * optimum plus required prerequisites — not a global optimum over shared prerequisites, which is a
 * set-cover problem; the catalogue's prerequisites are few, so the difference is small.
 */
import { explain } from './explain';
import type { CompiledReskill } from './skillIndex';
import type { LearningPathResult, PathModule } from './reskillTypes';

export interface ChainTables {
  /** CSR over skills: breakpoints (distinct module levels, ascending) of skill s. */
  breakStart: Int32Array;
  breakLevels: Float64Array;
  /** Per skill: offset of its (n+1)×(n+1) table, row = held class, column = need index. */
  chainBase: Int32Array;
  /** Per table entry: start in chainModules, module count (−1 = unreachable), hours, end level. */
  chainStart: Int32Array;
  chainLen: Int32Array;
  chainHours: Float64Array;
  chainEnd: Float64Array;
  chainModules: Int32Array;
  /** Per skill: row stride of its table (= breakpoint count + 1). */
  chainStride: Int32Array;
  /** Per table entry: Σ module cost of the chain, euros. */
  chainCost: Float64Array;
  /**
   * Per table entry: the chain's prerequisites as preorder trees (items expStart[ci] ..
   * expStart[ci+1]−1: module expMod, subtree size expSize), so skipping a prerequisite skips its
   * subtree in one linear scan. Prerequisites on the chain's own skill up to the chain's end level
   * are pruned at compile time: the chain itself reaches them.
   */
  expStart: Int32Array;
  expMod: Int32Array;
  expSize: Int32Array;
  /** Per table entry: chain modules that some module lists as a prerequisite (must be stamped). */
  stampStart: Int32Array;
  stampList: Int32Array;
}

const EPS = 1e-9;

/** Compile-time DP: fewest-hours module chains per skill, held class and need index. */
export function buildChainTables(
  nSkills: number,
  modSkill: Int32Array,
  modFrom: Float64Array,
  modTo: Float64Array,
  modHours: Float64Array,
  modCost: Float64Array,
  prereqStart: Int32Array,
  prereqList: Int32Array,
): ChainTables {
  const bySkill: number[][] = Array.from({ length: nSkills }, () => []);
  for (let m = 0; m < modSkill.length; m++) bySkill[modSkill[m]].push(m); // already id order
  const breakStart = new Int32Array(nSkills + 1);
  const br: number[] = [];
  const chainBase = new Int32Array(nSkills);
  const cStart: number[] = [];
  const cLen: number[] = [];
  const cHours: number[] = [];
  const cEnd: number[] = [];
  const cMods: number[] = [];
  for (let s = 0; s < nSkills; s++) {
    breakStart[s] = br.length;
    const mods = bySkill[s];
    const B = [...new Set(mods.flatMap((m) => [modFrom[m], modTo[m]]))].sort((a, b) => a - b);
    br.push(...B);
    const nb = B.length;
    const idxOf = new Map(B.map((v, i) => [v, i] as [number, number]));
    chainBase[s] = cStart.length;
    for (let h = 0; h <= nb; h++) {
      const rep = h === 0 ? -Infinity : B[h - 1];
      const dist = new Array<number>(nb).fill(Infinity);
      const cnt = new Array<number>(nb).fill(0);
      const prevM = new Array<number>(nb).fill(-1);
      const prevS = new Array<number>(nb).fill(-1);
      const relax = (from: number, base: number, baseCnt: number, level: number): void => {
        for (const m of mods) {
          if (modFrom[m] <= level && modTo[m] > level) {
            const i = idxOf.get(modTo[m])!;
            const d = base + modHours[m];
            if (d < dist[i] - EPS || (Math.abs(d - dist[i]) <= EPS && baseCnt + 1 < cnt[i])) {
              dist[i] = d;
              cnt[i] = baseCnt + 1;
              prevM[i] = m;
              prevS[i] = from;
            }
          }
        }
      };
      relax(-1, 0, 0, rep);
      for (let i = h; i < nb; i++) if (dist[i] < Infinity) relax(i, dist[i], cnt[i], B[i]);
      for (let need = 0; need <= nb; need++) {
        if (need < h) {
          // Already held at or above the need: nothing to learn.
          cStart.push(cMods.length); cLen.push(0); cHours.push(0); cEnd.push(rep);
          continue;
        }
        let best = -1;
        for (let i = need; i < nb; i++) {
          if (dist[i] === Infinity) continue;
          if (best < 0 || dist[i] < dist[best] - EPS || (Math.abs(dist[i] - dist[best]) <= EPS && cnt[i] < cnt[best])) best = i;
        }
        if (best < 0) {
          cStart.push(cMods.length); cLen.push(-1); cHours.push(0); cEnd.push(rep);
          continue;
        }
        const chain: number[] = [];
        for (let i = best; i >= 0; i = prevS[i]) chain.push(prevM[i]);
        chain.reverse();
        cStart.push(cMods.length); cLen.push(chain.length); cHours.push(dist[best]); cEnd.push(B[best]);
        cMods.push(...chain);
      }
    }
  }
  breakStart[nSkills] = br.length;
  const chainStride = new Int32Array(nSkills);
  for (let s = 0; s < nSkills; s++) chainStride[s] = breakStart[s + 1] - breakStart[s] + 1;
  // Prerequisite trees of every chain (cycle-guarded by the DFS path).
  const isPrereq = new Uint8Array(modSkill.length);
  for (const q of prereqList) isPrereq[q] = 1;
  const nE = cStart.length;
  const chainCost = new Float64Array(nE);
  const expStart = new Int32Array(nE + 1);
  const stampStart = new Int32Array(nE + 1);
  const eMod: number[] = [];
  const eSize: number[] = [];
  const sList: number[] = [];
  const onPath = new Set<number>();
  const expand = (m: number): void => {
    const at = eMod.length;
    eMod.push(m);
    eSize.push(1);
    onPath.add(m);
    for (let q = prereqStart[m]; q < prereqStart[m + 1]; q++) if (!onPath.has(prereqList[q])) expand(prereqList[q]);
    onPath.delete(m);
    eSize[at] = eMod.length - at;
  };
  for (let ci = 0; ci < nE; ci++) {
    expStart[ci] = eMod.length;
    stampStart[ci] = sList.length;
    const chain = Array.from({ length: Math.max(0, cLen[ci]) }, (_, k) => cMods[cStart[ci] + k]);
    for (const m of chain) {
      chainCost[ci] += modCost[m];
      if (isPrereq[m]) sList.push(m);
      onPath.add(m);
      for (let q = prereqStart[m]; q < prereqStart[m + 1]; q++) {
        const pm = prereqList[q];
        if (chain.includes(pm)) continue;
        if (modSkill[pm] === modSkill[m] && modTo[pm] <= cEnd[ci]) continue; // reached by the chain
        expand(pm);
      }
      onPath.delete(m);
    }
  }
  expStart[nE] = eMod.length;
  stampStart[nE] = sList.length;
  return {
    chainStride,
    chainCost,
    expStart,
    expMod: Int32Array.from(eMod),
    expSize: Int32Array.from(eSize),
    stampStart,
    stampList: Int32Array.from(sList),
    breakStart,
    breakLevels: Float64Array.from(br),
    chainBase,
    chainStart: Int32Array.from(cStart),
    chainLen: Int32Array.from(cLen),
    chainHours: Float64Array.from(cHours),
    chainEnd: Float64Array.from(cEnd),
    chainModules: Int32Array.from(cMods),
  };
}

/** Scratch space for evalPair; one per thread, reused for every person and role. */
export interface PathWorkspace {
  stamp: Int32Array;
  cur: number;
  /** Levels after the planned chains; equals the person's levels between calls. */
  after: Float64Array;
  /** Per skill: offset of the person's row in the skill's chain table (set by loadPerson). */
  hrow: Int32Array;
  touched: Int32Array;
  gapChains: Int32Array;
  /** Modules of the last path, in discovery order. */
  set: Int32Array;
  setLen: number;
  // Results of the last evalPair:
  fit: number;
  hours: number;
  moduleCost: number;
  complete: boolean;
  gapCount: number;
}

export function createWorkspace(c: CompiledReskill): PathWorkspace {
  const nm = c.modules.length;
  return {
    stamp: new Int32Array(nm),
    cur: 0,
    after: new Float64Array(c.skillIds.length),
    hrow: new Int32Array(c.skillIds.length),
    touched: new Int32Array(c.reqSkill.length + 1),
    gapChains: new Int32Array(c.reqSkill.length + 1),
    set: new Int32Array(nm + 1),
    setLen: 0,
    fit: 0,
    hours: 0,
    moduleCost: 0,
    complete: true,
    gapCount: 0,
  };
}

/** Row of a held level in skill s's chain table. */
function rowOf(c: ChainTables, s: number, p: number): number {
  const b0 = c.breakStart[s];
  const b1 = c.breakStart[s + 1];
  let h = b0;
  while (h < b1 && c.breakLevels[h] <= p) h++;
  return c.chainBase[s] + (h - b0) * c.chainStride[s];
}

/** Prepares the workspace for a person's levels (0..5 over the skill index); call before evalPair. */
export function loadPerson(c: CompiledReskill, ws: PathWorkspace, levels: Float64Array): void {
  ws.after.set(levels);
  for (let s = 0; s < levels.length; s++) ws.hrow[s] = rowOf(c, s, levels[s]);
}

/** Changes one level of a loaded person (levels[s] must already hold the new value). */
export function updateLevel(c: CompiledReskill, ws: PathWorkspace, levels: Float64Array, s: number): void {
  ws.after[s] = levels[s];
  ws.hrow[s] = rowOf(c, s, levels[s]);
}

/**
 * Fit and learning-path totals of one person for one role, without allocating. loadPerson(levels)
 * must have been called for this person. Writes ws.fit (0..1), ws.hours, ws.moduleCost,
 * ws.complete, ws.gapCount and, when `collect`, the module set (ws.set / ws.setLen, no duplicates).
 * Returns the fit.
 */
export function evalPair(c: CompiledReskill, ws: PathWorkspace, levels: Float64Array, role: number, collect = false): number {
  let cur = ++ws.cur;
  if (cur === 0x7fffffff) {
    ws.stamp.fill(0);
    ws.cur = cur = 1;
  }
  const stamp = ws.stamp;
  const after = ws.after;
  const hrow = ws.hrow;
  const gapChains = ws.gapChains;
  const touched = ws.touched;
  const reqSkill = c.reqSkill;
  const reqLevel = c.reqLevel;
  const reqWeight = c.reqWeight;
  const reqNeedIdx = c.reqNeedIdx;
  const chainLen = c.chainLen;
  const chainEnd = c.chainEnd;
  const chainHours = c.chainHours;
  const chainCost = c.chainCost;
  const chainStart = c.chainStart;
  const chainModules = c.chainModules;
  const modHours = c.modHours;
  const modCost = c.modCost;
  let acc = 0;
  let nGap = 0;
  let nChains = 0;
  let nTouched = 0;
  let complete = true;
  const end = c.reqStart[role + 1];
  // Pass 1: fit, gap chains, and the levels the chains will reach (for prerequisite skipping).
  for (let j = c.reqStart[role]; j < end; j++) {
    const s = reqSkill[j];
    const req = reqLevel[j];
    const p = levels[s];
    if (req <= 0 || p >= req) {
      acc += reqWeight[j];
      continue;
    }
    acc += (reqWeight[j] * p) / req;
    nGap++;
    const ci = hrow[s] + reqNeedIdx[j];
    if (chainLen[ci] < 0) {
      complete = false;
      continue;
    }
    gapChains[nChains++] = ci;
    if (chainEnd[ci] > after[s]) {
      touched[nTouched++] = s;
      after[s] = chainEnd[ci];
    }
  }
  const ws0 = c.weightSum[role];
  const fit = ws0 > 0 ? acc / ws0 : 1;
  // Pass 2a: chain totals (precomputed); chain modules others may list as prerequisites are stamped
  // first, so a prerequisite met later is not counted twice.
  let hours = 0;
  let cost = 0;
  let setLen = 0;
  const set = ws.set;
  const stampStart = c.stampStart;
  const stampList = c.stampList;
  for (let g = 0; g < nChains; g++) {
    const ci = gapChains[g];
    hours += chainHours[ci];
    cost += chainCost[ci];
    for (let k = stampStart[ci], e = stampStart[ci + 1]; k < e; k++) stamp[stampList[k]] = cur;
    if (collect) for (let k = chainStart[ci], e = k + chainLen[ci]; k < e; k++) set[setLen++] = chainModules[k];
  }
  // Pass 2b: prerequisites, one linear scan per chain's trees. A module seen before is skipped with
  // its subtree (its prerequisites were decided then, under the same planned levels); a
  // prerequisite already held, or reached by the planned chains, is skipped likewise.
  const expStart = c.expStart;
  const expMod = c.expMod;
  const expSize = c.expSize;
  const modSkill = c.modSkill;
  const modTo = c.modTo;
  for (let g = 0; g < nChains; g++) {
    const ci = gapChains[g];
    const e = expStart[ci + 1];
    let i = expStart[ci];
    while (i < e) {
      const m = expMod[i];
      if (stamp[m] === cur || after[modSkill[m]] >= modTo[m]) {
        i += expSize[i];
        continue;
      }
      stamp[m] = cur;
      hours += modHours[m];
      cost += modCost[m];
      if (collect) set[setLen++] = m;
      i++;
    }
  }
  for (let k = 0; k < nTouched; k++) after[touched[k]] = levels[touched[k]];
  ws.fit = fit;
  ws.hours = hours;
  ws.moduleCost = cost;
  ws.complete = complete;
  ws.gapCount = nGap;
  ws.setLen = setLen;
  return fit;
}

/**
 * Dependency order of a module set: prerequisite edges; within a skill, lower steps first; a
 * skipped prerequisite's skill modules before its dependant. Kahn's algorithm with the smallest
 * module id first among ready modules (module index order = id order); a cycle is broken the same way.
 */
function orderModules(c: CompiledReskill, set: ArrayLike<number>): number[] {
  const S = Array.from(set).sort((a, b) => a - b);
  const n = S.length;
  const pos = new Map(S.map((m, i) => [m, i] as [number, number]));
  const succ: number[][] = Array.from({ length: n }, () => []);
  const indeg = new Array<number>(n).fill(0);
  const edge = (a: number, b: number): void => {
    if (a === b || succ[a].includes(b)) return;
    succ[a].push(b);
    indeg[b]++;
  };
  for (let i = 0; i < n; i++) {
    const m = S[i];
    for (let q = c.prereqStart[m]; q < c.prereqStart[m + 1]; q++) {
      const pm = c.prereqList[q];
      const pi = pos.get(pm);
      if (pi !== undefined) edge(pi, i);
      else for (let x = 0; x < n; x++) if (c.modSkill[S[x]] === c.modSkill[pm]) edge(x, i);
    }
    for (let x = 0; x < n; x++) {
      const y = S[x];
      if (x !== i && c.modSkill[y] === c.modSkill[m] && (c.modFrom[y] < c.modFrom[m] || (c.modFrom[y] === c.modFrom[m] && c.modTo[y] < c.modTo[m]))) edge(x, i);
    }
  }
  const done = new Array<boolean>(n).fill(false);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    let pick = -1;
    for (let i = 0; i < n; i++) if (!done[i] && indeg[i] === 0) { pick = i; break; }
    if (pick < 0) for (let i = 0; i < n; i++) if (!done[i]) { pick = i; break; }
    done[pick] = true;
    out.push(S[pick]);
    for (const j of succ[pick]) indeg[j]--;
  }
  return out;
}

/**
 * Cache of paths by module set. Many people share a gap (same role, similar skills), hence the same
 * module set; it is stored once and ordered once, on first request. Keyed by an order-independent
 * hash of the set, verified member by member on hit, so a collision can never return a wrong path.
 * Ids are given in order of first appearance. The index is an open-addressing table (linear
 * probing, full hash kept per slot) so a lookup touches a stored set only when the hashes agree.
 */
export class PathCache {
  private readonly views: Int32Array[] = [];
  private count = 0;
  /** Dependency orders made so far, by path id. */
  private readonly orderedPaths = new Map<number, Int32Array>();
  /** Open-addressing index: slot k holds path id + 1 at 2k (0 = empty) and the set's hash at 2k+1. */
  private slots = new Int32Array(2048);
  /**
   * The sets' members, back to back in chunks that are filled and never moved: path id's members
   * are chunks[meta[3id]] from meta[3id+1], meta[3id+2] of them.
   */
  private readonly chunks: Int32Array[] = [];
  private chunk = new Int32Array(0);
  private fill = 0;
  private meta = new Int32Array(3 * 1024);
  private mark = new Int32Array(0);
  private markId = 0;
  hits = 0;
  misses = 0;

  /**
   * Module sets (indices into compiled.modules, unordered) by path id. Views of the stored members,
   * made on first read (a whole-workforce run stores hundreds of thousands of sets; making an
   * object for each during the run would cost more than the run's lookups).
   */
  get sets(): Int32Array[] {
    const views = this.views;
    for (let id = views.length; id < this.count; id++) views.push(this.members(id));
    return views;
  }

  /** Id of the path for the module set collected by the last evalPair(…, collect = true) in ws. */
  idFor(c: CompiledReskill, ws: Pick<PathWorkspace, 'set' | 'setLen'>): number {
    const n = ws.setLen;
    const set = ws.set;
    let h = n;
    for (let i = 0; i < n; i++) {
      let x = Math.imul(set[i] + 0x7f4a7c15, 0x85ebca6b);
      x ^= x >>> 13;
      h = (h + Math.imul(x, 0xc2b2ae35)) | 0;
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    let slots = this.slots;
    let mask = (slots.length >> 1) - 1;
    let slot = h & mask;
    let marked = false;
    const meta = this.meta;
    for (;;) {
      const e = slots[2 * slot];
      if (e === 0) break;
      if (slots[2 * slot + 1] === h) {
        const from = meta[3 * e - 2];
        if (meta[3 * e - 1] === n) {
          const pool = this.chunks[meta[3 * e - 3]];
          // Usually the same set comes in the same order: compare in place first.
          let i = 0;
          while (i < n && pool[from + i] === set[i]) i++;
          if (i === n) {
            this.hits++;
            return e - 1;
          }
          if (!marked) {
            if (this.mark.length < c.modules.length) this.mark = new Int32Array(c.modules.length);
            if (++this.markId === 0x7fffffff) {
              this.mark.fill(0);
              this.markId = 1;
            }
            for (let i = 0; i < n; i++) this.mark[set[i]] = this.markId;
            marked = true;
          }
          const mk = this.markId;
          const mark = this.mark;
          let same = true;
          for (let i = from, end = from + n; i < end && same; i++) same = mark[pool[i]] === mk;
          if (same) {
            this.hits++;
            return e - 1;
          }
        }
      }
      slot = (slot + 1) & mask;
    }
    this.misses++;
    const id = this.count++;
    // Members go to the current chunk; sets[id] is a view of them. At most set.length members are
    // kept, as set.slice(0, n) kept them.
    const len = Math.min(n, set.length);
    if (this.chunks.length === 0 || this.fill + len > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(1 << 18, len));
      this.chunks.push(this.chunk);
      this.fill = 0;
    }
    const from = this.fill;
    const dst = this.chunk;
    for (let i = 0; i < len; i++) dst[from + i] = set[i];
    this.fill = from + len;
    if (3 * id + 3 > this.meta.length) {
      const grown = new Int32Array(2 * this.meta.length);
      grown.set(this.meta);
      this.meta = grown;
    }
    this.meta[3 * id] = this.chunks.length - 1;
    this.meta[3 * id + 1] = from;
    this.meta[3 * id + 2] = len;
    if (2 * (id + 1) > slots.length >> 1) {
      this.grow();
      slots = this.slots;
      mask = (slots.length >> 1) - 1;
      slot = h & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    }
    slots[2 * slot] = id + 1;
    slots[2 * slot + 1] = h;
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] === 0) continue;
      let slot = old[k + 1] & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[k];
      slots[2 * slot + 1] = old[k + 1];
    }
    this.slots = slots;
  }

  /** The path's modules in dependency order (computed once per distinct set). */
  ordered(c: CompiledReskill, id: number): Int32Array {
    let o = this.orderedPaths.get(id);
    if (!o) {
      o = Int32Array.from(orderModules(c, this.members(id)));
      this.orderedPaths.set(id, o);
    }
    return o;
  }

  private members(id: number): Int32Array {
    const from = this.meta[3 * id + 1];
    return this.chunks[this.meta[3 * id]].subarray(from, from + this.meta[3 * id + 2]);
  }
}

/** Hourly wage in euros: annual salary (euros, incl. holiday allowance) / paid hours a year. */
export function hourlyWage(annualSalary: number, annualHoursPerFte: number): number {
  return annualHoursPerFte > 0 ? annualSalary / annualHoursPerFte : 0;
}

/** Builds the path record (with explanations) from an ordered module list. */
function pathFromModules(
  c: CompiledReskill,
  ordered: ArrayLike<number>,
  chainMods: ReadonlySet<number>,
  opts: { weeklyLearningHours: number; hourlyWage: number; complete: boolean; unclosedSkillIds: string[] },
): LearningPathResult {
  const modules: PathModule[] = [];
  let hours = 0;
  let moduleCost = 0;
  for (let i = 0; i < ordered.length; i++) {
    const m = ordered[i];
    const mod = c.modules[m];
    hours += mod.hours;
    moduleCost += mod.cost;
    modules.push({
      id: mod.id,
      skillId: mod.skillId,
      fromLevel: mod.fromLevel,
      toLevel: mod.toLevel,
      hours: mod.hours,
      cost: mod.cost,
      isPrerequisite: !chainMods.has(m),
    });
  }
  const weeks = opts.weeklyLearningHours > 0 ? hours / opts.weeklyLearningHours : Infinity;
  const wageCost = hours * opts.hourlyWage;
  const cost = moduleCost + wageCost;
  const moduleSources = [...new Set(ordered.length ? Array.from(ordered, (m) => c.modules[m].basis.sourceIds).flat() : [])];
  return {
    modules,
    hours,
    weeks,
    moduleCost,
    wageCost,
    cost,
    complete: opts.complete,
    unclosedSkillIds: opts.unclosedSkillIds,
    explain: {
      hours: explain('reskill.hours', hours, [
        { name: 'input.modules', value: modules.map((m) => m.id).join(','), sourceIds: moduleSources, isAssumption: true },
        { name: 'input.moduleCount', value: modules.length, unit: 'count' },
      ]),
      weeks: explain('reskill.weeks', weeks, [
        { name: 'input.learningHours', value: hours, unit: 'hours' },
        { name: 'input.weeklyLearningHours', value: opts.weeklyLearningHours, unit: 'hours', isAssumption: true },
      ]),
      cost: explain('reskill.cost', cost, [
        { name: 'input.moduleCost', value: moduleCost, unit: 'eur', sourceIds: moduleSources, isAssumption: true },
        { name: 'input.learningHours', value: hours, unit: 'hours' },
        { name: 'input.hourlyWage', value: opts.hourlyWage, unit: 'eur' },
        { name: 'input.wageCost', value: wageCost, unit: 'eur' },
      ]),
    },
  };
}

/**
 * The learning path of a person (levels over the skill index, 0..5) to a role: fewest-hours modules
 * closing every gap skill, prerequisites added, dependency-ordered; hours, weeks and cost
 * (modules + hours × hourlyWage euros/hour). Pass a cache to share orderings across people.
 */
export function learningPath(
  c: CompiledReskill,
  levels: Float64Array,
  roleIdx: number,
  opts: { weeklyLearningHours: number; hourlyWage: number },
  ws: PathWorkspace = createWorkspace(c),
  cache?: PathCache,
): LearningPathResult {
  loadPerson(c, ws, levels);
  evalPair(c, ws, levels, roleIdx, true);
  const ordered = cache ? cache.ordered(c, cache.idFor(c, ws)) : orderModules(c, ws.set.subarray(0, ws.setLen));
  // Chain steps (not prerequisites) and unclosed gap skills, from the role's requirements.
  const chainMods = new Set<number>();
  const unclosed: string[] = [];
  for (let j = c.reqStart[roleIdx]; j < c.reqStart[roleIdx + 1]; j++) {
    const s = c.reqSkill[j];
    if (c.reqLevel[j] <= 0 || levels[s] >= c.reqLevel[j]) continue;
    const ci = ws.hrow[s] + c.reqNeedIdx[j];
    if (c.chainLen[ci] < 0) unclosed.push(c.skillIds[s]);
    for (let k = 0; k < Math.max(0, c.chainLen[ci]); k++) chainMods.add(c.chainModules[c.chainStart[ci] + k]);
  }
  return pathFromModules(c, ordered, chainMods, { ...opts, complete: ws.complete, unclosedSkillIds: unclosed });
}
