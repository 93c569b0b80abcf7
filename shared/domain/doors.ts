/**
 * "One skill that opens the most doors": for a person or a role, the single skill whose acquisition
 * adds the most transitions that are viable AND safer AND desirable. Owns: that search. Pure.
 *
 * For each skill some target role needs above the current level, the skill is raised to the level
 * most of those roles need (ties: the higher level, which opens at least as many), every target is
 * re-evaluated, and the newly qualifying roles are counted. Best: most added, then fewest hours to
 * acquire (via the catalogue; Infinity when no module chain reaches it), then skill id.
 */
import { explain, type Explanation } from './explain';
import type { Employee } from './types';
import { encodePerson, haveClass, needIndex, type CompiledReskill } from './skillIndex';
import { createWorkspace, evalPair, loadPerson, updateLevel, type PathWorkspace } from './learningPath';
import { isDesirable, isSafer, isViable } from './transitions';
import { isSkipped, toScoringInput, type RankableEmployee, type ReskillOptions, type Skipped } from './reskillTypes';

export interface DoorOption {
  skillId: string;
  fromLevel: number;
  toLevel: number;
  /** Transitions added (viable ∧ safer ∧ desirable, not so before). */
  added: number;
  /** Role codes opened, in code order. */
  opens: string[];
  /** Learning hours to raise the skill (Infinity when the catalogue cannot). */
  hours: number;
}

interface DoorsResult {
  /** Role codes already viable ∧ safer ∧ desirable. */
  open: string[];
  best: DoorOption | null;
  /** The best options, up to `limit`, in the same order. */
  options: DoorOption[];
  explain: Explanation;
}

function qualifying(c: CompiledReskill, ws: PathWorkspace, levels: Float64Array, cur: number, fromSalary: number, o: ReskillOptions, out: Uint8Array): void {
  const fromJz = c.roles[cur].jobZone;
  const fromD = o.demandIndex[c.roles[cur].code];
  for (const t of c.targetRoles) {
    out[t] = 0;
    if (t === cur) continue;
    const r = c.roles[t];
    const fit = evalPair(c, ws, levels, t);
    const weeks = o.weeklyLearningHours > 0 ? ws.hours / o.weeklyLearningHours : Infinity;
    if (
      isViable(fromJz, r.jobZone, fit, weeks, ws.complete, o.rules) &&
      isDesirable(fromJz, r.jobZone, fromSalary, r.salary, o.rules) &&
      isSafer(fromD, o.demandIndex[r.code])
    )
      out[t] = 1;
  }
}

/** Core search from a level vector (0..5 over the skill index) in role `cur` at `fromSalary` euros. */
function oneSkillDoors(
  c: CompiledReskill,
  levels: Float64Array,
  cur: number,
  fromSalary: number,
  o: ReskillOptions,
  limit = 5,
  ws: PathWorkspace = createWorkspace(c),
): DoorsResult {
  const lv = Float64Array.from(levels);
  loadPerson(c, ws, lv);
  const base = new Uint8Array(c.roles.length);
  const now = new Uint8Array(c.roles.length);
  qualifying(c, ws, lv, cur, fromSalary, o, base);
  // Candidate levels per skill: count target roles needing each level above the current one.
  const want = new Map<number, Map<number, number>>();
  for (const t of c.targetRoles) {
    if (t === cur) continue;
    for (let j = c.reqStart[t]; j < c.reqStart[t + 1]; j++) {
      const s = c.reqSkill[j];
      if (c.reqLevel[j] <= lv[s]) continue;
      const m = want.get(s) ?? new Map<number, number>();
      m.set(c.reqLevel[j], (m.get(c.reqLevel[j]) ?? 0) + 1);
      want.set(s, m);
    }
  }
  const options: DoorOption[] = [];
  for (const [s, m] of want) {
    let level = -1;
    let most = -1;
    for (const [l, n] of m) if (n > most || (n === most && l > level)) { level = l; most = n; }
    const old = lv[s];
    lv[s] = level;
    updateLevel(c, ws, lv, s);
    qualifying(c, ws, lv, cur, fromSalary, o, now);
    lv[s] = old;
    updateLevel(c, ws, lv, s);
    const opens: string[] = [];
    for (const t of c.targetRoles) if (now[t] && !base[t]) opens.push(c.roles[t].code);
    const nb = c.breakStart[s + 1] - c.breakStart[s];
    const ci = c.chainBase[s] + haveClass(c, s, old) * (nb + 1) + needIndex(c, s, level);
    options.push({ skillId: c.skillIds[s], fromLevel: old, toLevel: level, added: opens.length, opens, hours: c.chainLen[ci] < 0 ? Infinity : c.chainHours[ci] });
  }
  options.sort((a, b) => b.added - a.added || a.hours - b.hours || (a.skillId < b.skillId ? -1 : 1));
  const best = options.length && options[0].added > 0 ? options[0] : null;
  return {
    open: [...c.targetRoles].filter((t) => base[t]).map((t) => c.roles[t].code),
    best,
    options: options.filter((x) => x.added > 0).slice(0, limit),
    explain: explain('reskill.doors', best ? best.added : 0, [
      { name: 'input.skill', value: best?.skillId ?? null },
      { name: 'input.toLevel', value: best?.toLevel ?? null },
      { name: 'input.openNow', value: [...base].filter(Boolean).length, unit: 'count' },
      { name: 'input.skillsTried', value: options.length, unit: 'count' },
    ]),
  };
}

/** For a person; objectors are skipped. */
export function doorsForEmployee(c: CompiledReskill, e: RankableEmployee | Employee, o: ReskillOptions, limit = 5): DoorsResult | Skipped {
  const input = toScoringInput(e);
  if (isSkipped(input)) return input;
  const cur = c.roleIndex.get(input.roleCode);
  if (cur === undefined) return { employeeId: input.id, skipped: 'unknownRole' };
  return oneSkillDoors(c, encodePerson(c, cur, input.skills), cur, input.salary ?? c.roles[cur].salary, o, limit);
}

/** For a role: the "person" holds the role's typical levels (its profile, inferred) and earns its default salary. */
export function doorsForRole(c: CompiledReskill, roleCode: string, o: ReskillOptions, limit = 5): DoorsResult | null {
  const cur = c.roleIndex.get(roleCode);
  if (cur === undefined) return null;
  return oneSkillDoors(c, encodePerson(c, cur, []), cur, c.roles[cur].salary, o, limit);
}
