/**
 * Table-driven pair evaluation for whole-workforce runs (rankAll). Owns: the per-requirement level
 * tables and the coded evaluator. Pure. Gives exactly the figures of evalPair (learningPath.ts) —
 * same values, same floating-point operations in the same order — only faster.
 *
 * Why it is faster. People's skill levels are integers 0..5 (the scale of the data and the import),
 * so for every requirement j and every such level p the fit contribution and the fewest-hours chain
 * are known at compile time: fitTerm[j×6+p] = w·min(1, p/req) (as evalPair computes it) and
 * chainOf[j×6+p] = the chain table entry (or MATCHED / UNCLOSED). A pair then costs one table lookup
 * per requirement plus, only when some chain of the gap has prerequisites, the prerequisite scan of
 * evalPair (same stamps, same planned levels, same order). A person with any other level (e.g. 2.5)
 * is evaluated by evalPair itself.
 */
import type { CompiledReskill } from './skillIndex';
import { haveClass } from './skillIndex';

/** Level codes: the integer levels 0..LEVEL_CODES−1. */
export const LEVEL_CODES = 6;
/** chainOf value: the requirement is met (have ≥ need, or need ≤ 0). */
const MATCHED = -2;
/** chainOf value: a gap no module chain closes. */
export const UNCLOSED = -1;

/** Bits of a term's flags (see PairTables.term). */
const TERM_UNCLOSED = 1;
const TERM_PRE = 2;

interface PairTables {
  /**
   * Per requirement j and level code p, at 4 × (j × LEVEL_CODES + p): the fit numerator term, the
   * chain's hours, the chain's module cost (both 0 when matched or unclosed) and TERM_* flags.
   * Adding 0 leaves a sum of hours or cost unchanged, so summing every requirement's term gives
   * exactly evalPair's sum over the gap chains.
   */
  term: Float64Array;
  /**
   * The hot loop's view of `term`: per requirement j, reqInfo[2j] = its skill and reqInfo[2j+1] =
   * 2 × j × LEVEL_CODES; fitHours[reqInfo[2j+1] + 2p] = the fit term and fitHours[… + 1] the chain
   * hours at level code p.
   */
  reqInfo: Int32Array;
  fitHours: Float64Array;
  /** Per role (CSR): its requirements that no chain closes at some level code (usually none). */
  unclosedReqStart: Int32Array;
  unclosedReqList: Int32Array;
  /** Per requirement j and level code p, at j × LEVEL_CODES + p: the fit numerator term. */
  fitTerm: Float64Array;
  /** Per requirement j and level code p: chain table entry (≥ 0), UNCLOSED or MATCHED. */
  chainOf: Int32Array;
  /** Per chain table entry: 1 when the chain has prerequisite trees (evalPair's pass 2b has work). */
  chainHasPre: Uint8Array;
  /**
   * Per chain table entry: the hours of its prerequisite trees counted in full (no skips), an upper
   * bound of what pass 2b can add for it; rankAll's pruning uses it to settle viability early.
   */
  chainPreHours: Float64Array;
  /** Per role (CSR): its requirements whose chain has prerequisite trees for some level code. */
  preReqStart: Int32Array;
  preReqList: Int32Array;
  /** Per role r and skill s, at r × skills + s: the role's requirement on s, or −1. */
  roleSkillReq: Int32Array;
  /** Per role: 1 when it lists a skill twice (its prerequisites then go through the general scan). */
  roleDupSkill: Uint8Array;
}

/** Builds the tables for a compiled dataset (microseconds; no state kept between runs). */
export function buildPairTables(c: CompiledReskill): PairTables {
  const nReq = c.reqSkill.length;
  const fitTerm = new Float64Array(nReq * LEVEL_CODES);
  const chainOf = new Int32Array(nReq * LEVEL_CODES);
  for (let j = 0; j < nReq; j++) {
    const s = c.reqSkill[j];
    const req = c.reqLevel[j];
    const w = c.reqWeight[j];
    for (let p = 0; p < LEVEL_CODES; p++) {
      const k = j * LEVEL_CODES + p;
      // The same expressions as evalPair's pass 1, with the person's level p.
      if (req <= 0 || p >= req) {
        fitTerm[k] = w;
        chainOf[k] = MATCHED;
        continue;
      }
      fitTerm[k] = (w * p) / req;
      const ci = c.chainBase[s] + haveClass(c, s, p) * c.chainStride[s] + c.reqNeedIdx[j];
      chainOf[k] = c.chainLen[ci] < 0 ? UNCLOSED : ci;
    }
  }
  const nE = c.chainLen.length;
  const chainHasPre = new Uint8Array(nE);
  const chainPreHours = new Float64Array(nE);
  for (let ci = 0; ci < nE; ci++) {
    chainHasPre[ci] = c.expStart[ci + 1] > c.expStart[ci] ? 1 : 0;
    for (let i = c.expStart[ci]; i < c.expStart[ci + 1]; i++) chainPreHours[ci] += c.modHours[c.expMod[i]];
  }
  const term = new Float64Array(nReq * LEVEL_CODES * 4);
  for (let k = 0; k < nReq * LEVEL_CODES; k++) {
    const ci = chainOf[k];
    term[4 * k] = fitTerm[k];
    term[4 * k + 1] = ci >= 0 ? c.chainHours[ci] : 0;
    term[4 * k + 2] = ci >= 0 ? c.chainCost[ci] : 0;
    term[4 * k + 3] = (ci === UNCLOSED ? TERM_UNCLOSED : 0) | (ci >= 0 && chainHasPre[ci] ? TERM_PRE : 0);
  }
  const nR = c.roles.length;
  const nS = c.skillIds.length;
  const roleSkillReq = new Int32Array(nR * nS).fill(-1);
  const roleDupSkill = new Uint8Array(nR);
  const preReqStart = new Int32Array(nR + 1);
  const pre: number[] = [];
  for (let r = 0; r < nR; r++) {
    preReqStart[r] = pre.length;
    for (let j = c.reqStart[r]; j < c.reqStart[r + 1]; j++) {
      const s = c.reqSkill[j];
      if (roleSkillReq[r * nS + s] >= 0) roleDupSkill[r] = 1;
      else roleSkillReq[r * nS + s] = j;
      let any = false;
      for (let p = 0; p < LEVEL_CODES; p++) {
        const ci = chainOf[j * LEVEL_CODES + p];
        if (ci >= 0 && chainHasPre[ci]) any = true;
      }
      if (any) pre.push(j);
    }
  }
  preReqStart[nR] = pre.length;
  const reqInfo = new Int32Array(2 * nReq);
  const fitHours = new Float64Array(2 * nReq * LEVEL_CODES);
  for (let j = 0; j < nReq; j++) {
    reqInfo[2 * j] = c.reqSkill[j];
    reqInfo[2 * j + 1] = 2 * j * LEVEL_CODES;
  }
  for (let k = 0; k < nReq * LEVEL_CODES; k++) {
    fitHours[2 * k] = term[4 * k];
    fitHours[2 * k + 1] = term[4 * k + 1];
  }
  const unclosedReqStart = new Int32Array(nR + 1);
  const unc: number[] = [];
  for (let r = 0; r < nR; r++) {
    unclosedReqStart[r] = unc.length;
    for (let j = c.reqStart[r]; j < c.reqStart[r + 1]; j++) {
      let any = false;
      for (let p = 0; p < LEVEL_CODES; p++) if (chainOf[j * LEVEL_CODES + p] === UNCLOSED) any = true;
      if (any) unc.push(j);
    }
  }
  unclosedReqStart[nR] = unc.length;
  return { term, reqInfo, fitHours, unclosedReqStart, unclosedReqList: Int32Array.from(unc), fitTerm, chainOf, chainHasPre, chainPreHours, preReqStart, preReqList: Int32Array.from(pre), roleSkillReq, roleDupSkill };
}

/** Scratch space of the coded evaluator; one per thread, reused for every person and role. */
interface CodedWorkspace {
  /** Per skill: the loaded person's level as a code 0..5, and twice that (the hot loop's offset). */
  code: Int32Array;
  code2: Int32Array;
  /** The loaded person's levels (a copy). */
  levels: Float64Array;
  /** Levels after the planned chains; equals `levels` between calls. */
  after: Float64Array;
  stamp: Int32Array;
  cur: number;
  /** Closable gap chains of the last pair, in requirement order, and their skills. */
  gapCi: Int32Array;
  gapSkill: Int32Array;
  nGap: number;
  /** Modules of the last collected path, in evalPair's discovery order. */
  set: Int32Array;
  setLen: number;
  // Results of the last pair:
  hours: number;
  moduleCost: number;
  complete: boolean;
}

export function createCodedWorkspace(c: CompiledReskill): CodedWorkspace {
  const nS = c.skillIds.length;
  const nm = c.modules.length;
  return {
    code: new Int32Array(nS),
    code2: new Int32Array(nS),
    levels: new Float64Array(nS),
    after: new Float64Array(nS),
    stamp: new Int32Array(nm),
    cur: 0,
    gapCi: new Int32Array(c.reqSkill.length + 1),
    gapSkill: new Int32Array(c.reqSkill.length + 1),
    nGap: 0,
    set: new Int32Array(nm + 1),
    setLen: 0,
    hours: 0,
    moduleCost: 0,
    complete: true,
  };
}

/**
 * Loads a person's levels (over the skill index). Returns false — and loads nothing usable — when
 * some level is not an integer 0..5; evaluate that person with evalPair instead.
 */
export function loadCoded(cw: CodedWorkspace, levels: Float64Array): boolean {
  const code = cw.code;
  const code2 = cw.code2;
  for (let s = 0; s < levels.length; s++) {
    const x = levels[s];
    const p = x | 0;
    if (p !== x || p < 0 || p >= LEVEL_CODES) return false;
    code[s] = p;
    code2[s] = 2 * p;
  }
  cw.levels.set(levels);
  cw.after.set(levels);
  return true;
}

/**
 * Fit and path totals of the loaded person for one role: evalPair(c, ws, levels, role) in figures.
 * Writes cw.hours, cw.moduleCost, cw.complete; returns the fit. With `collect`, cw.set / cw.setLen
 * hold the module set in evalPair's order (chains in requirement order, then prerequisites).
 */
export function evalCoded(c: CompiledReskill, t: PairTables, cw: CodedWorkspace, role: number, collect = false): number {
  const code = cw.code;
  const reqSkill = c.reqSkill;
  const term = t.term;
  let acc = 0;
  let hours = 0;
  let cost = 0;
  let flags = 0;
  const end = c.reqStart[role + 1];
  for (let j = c.reqStart[role]; j < end; j++) {
    const k = 4 * (j * LEVEL_CODES + code[reqSkill[j]]);
    acc += term[k];
    hours += term[k + 1];
    cost += term[k + 2];
    flags |= term[k + 3];
  }
  const w0 = c.weightSum[role];
  cw.hours = hours;
  cw.moduleCost = cost;
  cw.complete = (flags & TERM_UNCLOSED) === 0;
  cw.setLen = 0;
  if (collect) {
    const set = cw.set;
    let len = 0;
    for (let j = c.reqStart[role]; j < end; j++) {
      const ci = t.chainOf[j * LEVEL_CODES + code[reqSkill[j]]];
      if (ci < 0) continue;
      for (let q = c.chainStart[ci], e = q + c.chainLen[ci]; q < e; q++) set[len++] = c.chainModules[q];
    }
    cw.setLen = len;
  }
  if ((flags & TERM_PRE) !== 0) scanPrerequisites(c, t, cw, role, collect);
  return w0 > 0 ? acc / w0 : 1;
}

/**
 * evalPair's passes 2a (stamps) and 2b (prerequisite trees) for the gap chains in cw, adding to
 * cw.hours / cw.moduleCost (and cw.set when collecting), then restoring the planned levels.
 */
function addPrerequisites(c: CompiledReskill, cw: CodedWorkspace, collect: boolean): void {
  let cur = ++cw.cur;
  if (cur === 0x7fffffff) {
    cw.stamp.fill(0);
    cw.cur = cur = 1;
  }
  const n = cw.nGap;
  const gapCi = cw.gapCi;
  const gapSkill = cw.gapSkill;
  const after = cw.after;
  const stamp = cw.stamp;
  const chainEnd = c.chainEnd;
  for (let g = 0; g < n; g++) {
    const s = gapSkill[g];
    const e = chainEnd[gapCi[g]];
    if (e > after[s]) after[s] = e;
  }
  const stampStart = c.stampStart;
  const stampList = c.stampList;
  for (let g = 0; g < n; g++) {
    const ci = gapCi[g];
    for (let k = stampStart[ci], e = stampStart[ci + 1]; k < e; k++) stamp[stampList[k]] = cur;
  }
  const expStart = c.expStart;
  const expMod = c.expMod;
  const expSize = c.expSize;
  const modSkill = c.modSkill;
  const modTo = c.modTo;
  const modHours = c.modHours;
  const modCost = c.modCost;
  const set = cw.set;
  let setLen = cw.setLen;
  let hours = cw.hours;
  let cost = cw.moduleCost;
  for (let g = 0; g < n; g++) {
    const ci = gapCi[g];
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
  const levels = cw.levels;
  for (let g = 0; g < n; g++) after[gapSkill[g]] = levels[gapSkill[g]];
  cw.hours = hours;
  cw.moduleCost = cost;
  cw.setLen = setLen;
}

/**
 * Adds the prerequisites of the loaded person's path to `role` to cw.hours / cw.moduleCost (and
 * cw.set when collecting): evalPair's pass 2b without its set-up. evalPair plans every gap chain's
 * end level and stamps every chain module before scanning; here both are looked up only for the
 * prerequisites met in the scan: a prerequisite on skill X is reached by the planned chains only
 * through the role's own requirement on X, and is a planned chain module only if it is in that
 * requirement's chain (chains hold modules of their own skill). A prerequisite the person already
 * holds is skipped first (the planned level is never below the held one). Same scan order, same
 * skips, same sums. Roles listing a skill twice use the general scan (addPrerequisites).
 */
export function scanPrerequisites(c: CompiledReskill, t: PairTables, cw: CodedWorkspace, role: number, collect: boolean): void {
  if (t.roleDupSkill[role] !== 0) {
    collectGap(c, t, cw, role);
    addPrerequisites(c, cw, collect);
    return;
  }
  let cur = ++cw.cur;
  if (cur === 0x7fffffff) {
    cw.stamp.fill(0);
    cw.cur = cur = 1;
  }
  const stamp = cw.stamp;
  const code = cw.code;
  const levels = cw.levels;
  const chainOf = t.chainOf;
  const chainHasPre = t.chainHasPre;
  const roleSkillReq = t.roleSkillReq;
  const rowBase = role * c.skillIds.length;
  const reqSkill = c.reqSkill;
  const expStart = c.expStart;
  const expMod = c.expMod;
  const expSize = c.expSize;
  const modSkill = c.modSkill;
  const modTo = c.modTo;
  const modHours = c.modHours;
  const modCost = c.modCost;
  const chainEnd = c.chainEnd;
  const chainStart = c.chainStart;
  const chainLen = c.chainLen;
  const chainModules = c.chainModules;
  const set = cw.set;
  let setLen = cw.setLen;
  let hours = cw.hours;
  let cost = cw.moduleCost;
  for (let q = t.preReqStart[role], qe = t.preReqStart[role + 1]; q < qe; q++) {
    const j = t.preReqList[q];
    const ci = chainOf[j * LEVEL_CODES + code[reqSkill[j]]];
    if (ci < 0 || chainHasPre[ci] === 0) continue;
    const e = expStart[ci + 1];
    let i = expStart[ci];
    while (i < e) {
      const m = expMod[i];
      const x = modSkill[m];
      const to = modTo[m];
      let skip = levels[x] >= to || stamp[m] === cur;
      if (!skip) {
        const jx = roleSkillReq[rowBase + x];
        if (jx >= 0) {
          const cx = chainOf[jx * LEVEL_CODES + code[x]];
          if (cx >= 0) {
            if (chainEnd[cx] >= to) skip = true;
            else for (let z = chainStart[cx], ze = z + chainLen[cx]; z < ze; z++) if (chainModules[z] === m) skip = true;
          }
        }
      }
      if (skip) {
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
  cw.hours = hours;
  cw.moduleCost = cost;
  cw.setLen = setLen;
}

/** Fills cw.gapCi / cw.gapSkill / cw.nGap with the closable gap chains of the loaded person to `role`. */
function collectGap(c: CompiledReskill, t: PairTables, cw: CodedWorkspace, role: number): void {
  let n = 0;
  for (let j = c.reqStart[role]; j < c.reqStart[role + 1]; j++) {
    const s = c.reqSkill[j];
    const ci = t.chainOf[j * LEVEL_CODES + cw.code[s]];
    if (ci < 0) continue;
    cw.gapCi[n] = ci;
    cw.gapSkill[n] = s;
    n++;
  }
  cw.nGap = n;
}
