/**
 * Assignment of candidates to openings (model point 7). Owns: the exact optimiser. Pure.
 *
 * Maximises Σ value, value = fit − λ × weeks / 52, over viable pairs only, each person at most once,
 * each role within its capacity. Method: min-cost flow source → person → role → sink with costs
 * −value, solved by successive shortest paths. Because there are few roles (~30) and many people,
 * the residual graph is contracted onto the roles: entering role r costs −(best unassigned person's
 * value for r) and an edge r → r′ moves a person already in r to r′ at cost value(r) − value(r′);
 * Bellman–Ford on ≤ R nodes finds each shortest augmenting path. Successive shortest paths have
 * non-decreasing cost, so stopping at the first path that does not gain (cost ≥ 0) gives the
 * maximum-value assignment (mode 'maxValue', the default: a pair whose value is ≤ 0 — readiness
 * takes longer than its fit is worth — is left to external hiring). Mode 'maxCount' places as many
 * viable people as possible first and maximises value among those placements (a constant larger
 * than any value difference is added to every pair). Ties: lower employee id, then role code.
 */
import { explain, type Explanation } from './explain';

interface AssignmentOption {
  roleCode: string;
  /** 0..1. */
  fit: number;
  /** Weeks to ready, ≥ 0 (Infinity when the gap cannot be closed). */
  weeks: number;
  viable: boolean;
}

export interface AssignmentCandidate {
  employeeId: string;
  options: ReadonlyArray<AssignmentOption>;
}

interface AssignmentInput {
  candidates: ReadonlyArray<AssignmentCandidate>;
  /** Openings per target role (capacity); counts ≤ 0 are ignored, duplicates add up. */
  openings: ReadonlyArray<{ roleCode: string; count: number }>;
  /** λ ≥ 0: the value of a year of learning, in fit units (scenario default 0.5). */
  lambda: number;
  mode?: 'maxValue' | 'maxCount';
}

interface Assignment {
  employeeId: string;
  roleCode: string;
  fit: number;
  weeks: number;
  /** fit − λ × weeks / 52. */
  value: number;
  explain: Explanation;
}

export interface AssignmentResult {
  /** Ordered by employee id. */
  assignments: Assignment[];
  /** Candidate ids without an assignment, ordered. */
  unassigned: string[];
  /** Openings left for external hiring, by role code; only roles with count > 0. */
  openPositionsLeft: { roleCode: string; count: number }[];
  totalValue: number;
  explain: Explanation;
}

export function assignmentValue(fit: number, weeks: number, lambda: number): number {
  return fit - (lambda * weeks) / 52;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const EPS = 1e-12;

export function assign(input: AssignmentInput): AssignmentResult {
  const capMap = new Map<string, number>();
  for (const o of input.openings) if (o.count > 0) capMap.set(o.roleCode, (capMap.get(o.roleCode) ?? 0) + Math.floor(o.count));
  const roles = [...capMap.keys()].sort(cmp);
  const R = roles.length;
  const rIdx = new Map(roles.map((r, i) => [r, i] as [string, number]));
  const cap = Int32Array.from(roles, (r) => capMap.get(r)!);
  const cands = [...input.candidates].sort((a, b) => cmp(a.employeeId, b.employeeId));
  const N = cands.length;
  // Raw value per (person, role), NaN where not viable / not offered.
  const V = new Float64Array(N * R).fill(NaN);
  const fitW = new Float64Array(N * R * 2);
  for (let c = 0; c < N; c++) {
    for (const o of cands[c].options) {
      const r = rIdx.get(o.roleCode);
      if (r === undefined || !o.viable || !Number.isFinite(o.weeks) || !Number.isFinite(o.fit)) continue;
      const v = assignmentValue(o.fit, o.weeks, input.lambda);
      const k = c * R + r;
      if (Number.isNaN(V[k]) || v > V[k]) {
        V[k] = v;
        fitW[2 * k] = o.fit;
        fitW[2 * k + 1] = o.weeks;
      }
    }
  }
  // Working values: in maxCount mode shift every pair by B, more than any achievable value spread.
  let B = 0;
  if (input.mode === 'maxCount') {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of V) if (!Number.isNaN(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    const capTotal = cap.reduce((s, x) => s + x, 0);
    // Every shifted value > 0 (so each placement gains), and one more placement outweighs any value spread.
    B = lo === Infinity ? 0 : Math.max(0, -lo) + Math.min(N, capTotal) * (hi - lo) + 1;
  }
  const W = B === 0 ? V : V.map((v) => v + B);
  // Per role: people by working value desc, then id; a pointer skips people already placed (in
  // successive shortest paths a placed person never becomes unplaced).
  const order: Int32Array[] = [];
  for (let r = 0; r < R; r++) {
    const list: number[] = [];
    for (let c = 0; c < N; c++) if (!Number.isNaN(W[c * R + r])) list.push(c);
    list.sort((a, b) => W[b * R + r] - W[a * R + r] || a - b);
    order.push(Int32Array.from(list));
  }
  const ptr = new Int32Array(R);
  const assignedTo = new Int32Array(N).fill(-1);
  const members: number[][] = Array.from({ length: R }, () => []);
  const count = new Int32Array(R);
  const dist = new Float64Array(R);
  const pred = new Int32Array(R);
  const entry = new Int32Array(R);
  const edgeW = new Float64Array(R * R);
  const edgeC = new Int32Array(R * R);
  for (;;) {
    for (let r = 0; r < R; r++) {
      while (ptr[r] < order[r].length && assignedTo[order[r][ptr[r]]] >= 0) ptr[r]++;
      if (ptr[r] < order[r].length) {
        entry[r] = order[r][ptr[r]];
        dist[r] = -W[entry[r] * R + r];
      } else {
        entry[r] = -1;
        dist[r] = Infinity;
      }
      pred[r] = -1;
    }
    edgeW.fill(Infinity);
    edgeC.fill(-1);
    for (let a = 0; a < R; a++) {
      for (const c of members[a]) {
        const va = W[c * R + a];
        for (let b = 0; b < R; b++) {
          if (b === a) continue;
          const vb = W[c * R + b];
          if (Number.isNaN(vb)) continue;
          const w = va - vb;
          const k = a * R + b;
          if (w < edgeW[k] - EPS || (Math.abs(w - edgeW[k]) <= EPS && c < edgeC[k])) {
            edgeW[k] = w;
            edgeC[k] = c;
          }
        }
      }
    }
    for (let it = 0; it < R; it++) {
      let changed = false;
      for (let a = 0; a < R; a++) {
        if (dist[a] === Infinity) continue;
        for (let b = 0; b < R; b++) {
          const w = edgeW[a * R + b];
          if (w === Infinity) continue;
          if (dist[a] + w < dist[b] - EPS) {
            dist[b] = dist[a] + w;
            pred[b] = a;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    let end = -1;
    for (let r = 0; r < R; r++) if (count[r] < cap[r] && dist[r] < Infinity && (end < 0 || dist[r] < dist[end] - EPS)) end = r;
    if (end < 0 || dist[end] >= -EPS) break;
    // Apply: walk back along pred, moving each edge's person forward, then place the entering person.
    let b = end;
    let guard = 0;
    while (pred[b] >= 0 && guard++ <= R) {
      const a = pred[b];
      const c = edgeC[a * R + b];
      members[a].splice(members[a].indexOf(c), 1);
      members[b].push(c);
      assignedTo[c] = b;
      b = a;
    }
    const c0 = entry[b];
    members[b].push(c0);
    assignedTo[c0] = b;
    count[end]++;
  }
  const assignments: Assignment[] = [];
  const unassigned: string[] = [];
  let total = 0;
  for (let c = 0; c < N; c++) {
    const r = assignedTo[c];
    if (r < 0) {
      unassigned.push(cands[c].employeeId);
      continue;
    }
    const k = c * R + r;
    const fit = fitW[2 * k];
    const weeks = fitW[2 * k + 1];
    const value = V[k];
    total += value;
    assignments.push({
      employeeId: cands[c].employeeId,
      roleCode: roles[r],
      fit,
      weeks,
      value,
      explain: explain('reskill.assignmentValue', value, [
        { name: 'input.fit', value: fit, unit: 'share' },
        { name: 'input.weeksToReady', value: weeks, unit: 'weeks' },
        { name: 'input.lambda', value: input.lambda, isAssumption: true },
      ]),
    });
  }
  const openPositionsLeft = roles.map((r, i) => ({ roleCode: r, count: cap[i] - count[i] })).filter((o) => o.count > 0);
  return {
    assignments,
    unassigned,
    openPositionsLeft,
    totalValue: total,
    explain: explain('reskill.assignment', total, [
      { name: 'input.candidates', value: N, unit: 'count' },
      { name: 'input.openings', value: cap.reduce((s, x) => s + x, 0), unit: 'count' },
      { name: 'input.assigned', value: assignments.length, unit: 'count' },
      { name: 'input.lambda', value: input.lambda, isAssumption: true },
      { name: 'input.assignmentMode', value: input.mode ?? 'maxValue' },
    ]),
  };
}
