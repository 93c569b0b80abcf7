/**
 * Role-to-role similarity. Owns: the measure, the "related" rule and the ranked list. Pure.
 *
 * After Nesta's Mapping Career Causeways, which averages an essential-skills, an optional-skills,
 * a work-activities and a work-context similarity. Our data has one skill list per role (with
 * importance) and task → IWA links, so we average two measures:
 *   skills     = cosine of the roles' skill vectors, entry k = required level (0..5) × importance (1..5)
 *                × idf_k, so a skill needed at a high level and deemed important weighs most;
 *   activities = cosine of the roles' IWA vectors, entry = (Σ over the role's tasks linked to the IWA of
 *                the task's time share ÷ the task's IWA count) × idf of the IWA;
 *   similarity = (skills + activities) / 2, or skills alone when either role has no IWA links.
 * idf = ln(number of roles ÷ number of roles with the skill or IWA) (inverse document frequency):
 * what nearly every role needs (reading, English, AI literacy, "compile records") says nothing about
 * whether two roles are alike, so it weighs (almost) nothing; without it every pair of roles scored
 * 0.6–0.9 on skills and interpreters came out most similar to data-entry keyers.
 * Related (shown as a similar role): similarity ≥ RELATED_MIN_SIMILARITY and job zones at most
 * RELATED_MAX_JOB_ZONE_GAP apart — Nesta's thresholds for a viable transition (MIN_VIABLE 0.3,
 * MAX_JOB_ZONE_DIF 1, in its default_transition_params), here on this measure.
 * All values are 0..1 (vectors are non-negative). Cosine, not Jaccard, because levels and time
 * shares carry information a set overlap would discard.
 */
import { explain, type Explanation } from './explain';
import type { CompiledReskill } from './skillIndex';

const RELATED_MIN_SIMILARITY = 0.3;
const RELATED_MAX_JOB_ZONE_GAP = 1;

interface SimilarRole {
  code: string;
  similarity: number;
  components: { skills: number; activities: number | null };
  /** Similar enough, and close enough in job zone, to be listed as a related role. */
  related: boolean;
  explain: Explanation;
}

interface Vectors {
  skills: Map<number, number>[];
  activities: Map<string, number>[];
}

const cache = new WeakMap<CompiledReskill, Vectors>();

/** The idf-weighted skill and activity vector of every role, built once per compiled dataset. */
function vectors(c: CompiledReskill): Vectors {
  const hit = cache.get(c);
  if (hit) return hit;
  const n = c.roles.length;
  const skillDf = new Map<number, number>();
  for (let r = 0; r < n; r++) {
    const seen = new Set<number>();
    for (let j = c.reqStart[r]; j < c.reqStart[r + 1]; j++) seen.add(c.reqSkill[j]);
    for (const s of seen) skillDf.set(s, (skillDf.get(s) ?? 0) + 1);
  }
  const actDf = new Map<string, number>();
  for (const r of c.roles) for (const k of (c.activities.get(r.code) ?? new Map<string, number>()).keys()) actDf.set(k, (actDf.get(k) ?? 0) + 1);
  const skills: Map<number, number>[] = [];
  const activities: Map<string, number>[] = [];
  for (let r = 0; r < n; r++) {
    const v = new Map<number, number>();
    for (let j = c.reqStart[r]; j < c.reqStart[r + 1]; j++) {
      const s = c.reqSkill[j];
      v.set(s, (v.get(s) ?? 0) + c.reqLevel[j] * c.reqWeight[j] * Math.log(n / skillDf.get(s)!));
    }
    skills.push(v);
    const a = new Map<string, number>();
    for (const [k, x] of c.activities.get(c.roles[r].code) ?? new Map<string, number>()) a.set(k, x * Math.log(n / actDf.get(k)!));
    activities.push(a);
  }
  const out = { skills, activities };
  cache.set(c, out);
  return out;
}

function cosineSparse<K>(a: Map<K, number>, b: Map<K, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na > 0 && nb > 0 ? Math.min(1, dot / Math.sqrt(na * nb)) : 0;
}

/** Similarity of two roles by code (null when either is unknown). */
export function roleSimilarity(c: CompiledReskill, a: string, b: string): SimilarRole | null {
  const ia = c.roleIndex.get(a);
  const ib = c.roleIndex.get(b);
  if (ia === undefined || ib === undefined) return null;
  return pair(c, vectors(c), ia, ib);
}

function pair(c: CompiledReskill, v: Vectors, ia: number, ib: number): SimilarRole {
  const skills = cosineSparse(v.skills[ia], v.skills[ib]);
  // A role whose activities carry no weight (no IWA links, or only ones every role has) has no activity measure.
  const activities = v.activities[ia].size > 0 && v.activities[ib].size > 0 ? cosineSparse(v.activities[ia], v.activities[ib]) : null;
  const similarity = activities === null ? skills : (skills + activities) / 2;
  const jzGap = Math.abs(c.roles[ia].jobZone - c.roles[ib].jobZone);
  const related = similarity >= RELATED_MIN_SIMILARITY && jzGap <= RELATED_MAX_JOB_ZONE_GAP;
  return {
    code: c.roles[ib].code,
    similarity,
    components: { skills, activities },
    related,
    explain: explain('reskill.similarity', similarity, [
      { name: 'input.fromRole', value: c.roles[ia].code },
      { name: 'input.toRole', value: c.roles[ib].code },
      { name: 'input.skillSimilarity', value: skills, unit: 'share' },
      { name: 'input.activitySimilarity', value: activities, unit: 'share' },
      { name: 'input.jobZoneDistance', value: jzGap, unit: 'count' },
      { name: 'input.relatedMinSimilarity', value: RELATED_MIN_SIMILARITY, unit: 'share', sourceIds: ['nesta-career-causeways'], isAssumption: true },
    ]),
  };
}

/** Every other role, most similar first, ties by code; `limit` keeps the first N. Null for an unknown role. */
export function similarRoles(c: CompiledReskill, code: string, limit?: number): SimilarRole[] | null {
  const ia = c.roleIndex.get(code);
  if (ia === undefined) return null;
  const v = vectors(c);
  const out: SimilarRole[] = [];
  for (let ib = 0; ib < c.roles.length; ib++) if (ib !== ia) out.push(pair(c, v, ia, ib));
  out.sort((x, y) => y.similarity - x.similarity || (x.code < y.code ? -1 : 1));
  return limit !== undefined ? out.slice(0, Math.max(0, limit)) : out;
}
