/**
 * Role-to-role similarity. Owns: the measure and the ranked list. Pure.
 *
 * After Nesta's Mapping Career Causeways, which averages an essential-skills, an optional-skills,
 * a work-activities and a work-context similarity. Our data has one skill list per role (with
 * importance) and task → IWA links, so we average two measures:
 *   skills     = cosine of the roles' skill vectors, entry k = required level (0..5) × importance (1..5),
 *                so a skill needed at a high level and deemed important weighs most;
 *   activities = cosine of the roles' IWA vectors, entry = Σ over the role's tasks linked to the
 *                IWA of the task's time share ÷ the task's IWA count (time spent on the activity).
 *   similarity = (skills + activities) / 2, or skills alone when either role has no IWA links.
 * All three are 0..1 (vectors are non-negative). Cosine, not Jaccard, because levels and time shares
 * carry information a set overlap would discard.
 */
import { explain, type Explanation } from './explain';
import type { CompiledReskill } from './skillIndex';

export interface SimilarRole {
  code: string;
  similarity: number;
  components: { skills: number; activities: number | null };
  explain: Explanation;
}

function cosineSparse(a: Map<string, number> | Map<number, number>, b: Map<string, number> | Map<number, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a as Map<unknown, number>) {
    na += v * v;
    const w = (b as Map<unknown, number>).get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na > 0 && nb > 0 ? Math.min(1, dot / Math.sqrt(na * nb)) : 0;
}

function skillVector(c: CompiledReskill, r: number): Map<number, number> {
  const v = new Map<number, number>();
  for (let j = c.reqStart[r]; j < c.reqStart[r + 1]; j++) v.set(c.reqSkill[j], (v.get(c.reqSkill[j]) ?? 0) + c.reqLevel[j] * c.reqWeight[j]);
  return v;
}

/** Similarity of two roles by code (null when either is unknown). */
export function roleSimilarity(c: CompiledReskill, a: string, b: string): SimilarRole | null {
  const ia = c.roleIndex.get(a);
  const ib = c.roleIndex.get(b);
  if (ia === undefined || ib === undefined) return null;
  return pair(c, ia, ib, skillVector(c, ia), c.activities.get(a)!);
}

function pair(c: CompiledReskill, ia: number, ib: number, sa: Map<number, number>, aa: Map<string, number>): SimilarRole {
  const skills = cosineSparse(sa, skillVector(c, ib));
  const ab = c.activities.get(c.roles[ib].code)!;
  const activities = aa.size > 0 && ab.size > 0 ? cosineSparse(aa, ab) : null;
  const similarity = activities === null ? skills : (skills + activities) / 2;
  return {
    code: c.roles[ib].code,
    similarity,
    components: { skills, activities },
    explain: explain('reskill.similarity', similarity, [
      { name: 'input.fromRole', value: c.roles[ia].code },
      { name: 'input.toRole', value: c.roles[ib].code },
      { name: 'input.skillSimilarity', value: skills, unit: 'share' },
      { name: 'input.activitySimilarity', value: activities, unit: 'share' },
    ]),
  };
}

/** Every other role, most similar first, ties by code; `limit` keeps the first N. Null for an unknown role. */
export function similarRoles(c: CompiledReskill, code: string, limit?: number): SimilarRole[] | null {
  const ia = c.roleIndex.get(code);
  if (ia === undefined) return null;
  const sa = skillVector(c, ia);
  const aa = c.activities.get(code)!;
  const out: SimilarRole[] = [];
  for (let ib = 0; ib < c.roles.length; ib++) if (ib !== ia) out.push(pair(c, ia, ib, sa, aa));
  out.sort((x, y) => y.similarity - x.similarity || (x.code < y.code ? -1 : 1));
  return limit !== undefined ? out.slice(0, Math.max(0, limit)) : out;
}
