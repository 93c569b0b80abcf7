import type { SkillRequirement, Task, TaskCategory, TaskShare } from '../../shared/domain/types';
import type { Row } from './csv';
import { techGroupOf } from './skills';
import { byKey, round } from './util';

/** O*NET LV 0–7 onto the Overstap 0–5 scale, linear; one decimal is finer than any survey supports. */
export const toLevel5 = (lv07: number): number => round((lv07 * 5) / 7, 1);

/** Requirement filter: importance ≥ 3.0 ("important" on the IM scale); at least 12, at most 25 per role. */
const IMPORTANCE_THRESHOLD = 3.0;
const MIN_ONET_REQS = 12;
const MAX_ONET_REQS = 25;

interface ElementRating {
  id: string;
  importance: number;
  level: number; // 0–5
}

export function onetRatingsByRole(rows: Row[]): Map<string, ElementRating[]> {
  const m = new Map<string, ElementRating[]>();
  for (const r of rows) {
    // "Level not relevant" means O*NET found the element too unimportant to rate its level: dropped.
    if (r.level_not_relevant === 'Y') continue;
    const arr = m.get(r.onetsoc_code) ?? [];
    arr.push({ id: r.element_id, importance: Number(r.importance_1to5), level: toLevel5(Number(r.level_0to7)) });
    m.set(r.onetsoc_code, arr);
  }
  return m;
}

export function selectOnetRequirements(ratings: ElementRating[]): SkillRequirement[] {
  const sorted = [...ratings].sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
  let keep = sorted.filter((x) => x.importance >= IMPORTANCE_THRESHOLD);
  if (keep.length < MIN_ONET_REQS) keep = sorted.slice(0, MIN_ONET_REQS);
  keep = keep.slice(0, MAX_ONET_REQS);
  return keep.map((x) => ({ skillId: `onet:${x.id}`, level: x.level, importance: round(x.importance, 2) }));
}

/**
 * Unrated roles: the importance-weighted blend of the three most similar rated roles.
 * Similarity = Jaccard overlap of the roles' DWA sets (what the work is), + 0.25 for the same SOC
 * minor group (first four digits).
 */
export function similarRatedRoles(code: string, dwas: Map<string, Set<string>>, rated: string[]): { code: string; sim: number }[] {
  const mine = dwas.get(code) ?? new Set<string>();
  return rated
    .map((c) => {
      const other = dwas.get(c) ?? new Set<string>();
      const inter = [...mine].filter((d) => other.has(d)).length;
      const union = new Set([...mine, ...other]).size || 1;
      const sim = inter / union + (c.slice(0, 4) === code.slice(0, 4) ? 0.25 : 0);
      return { code: c, sim: round(sim, 6) };
    })
    .sort((a, b) => b.sim - a.sim || (a.code < b.code ? -1 : 1))
    .slice(0, 3);
}

export function blendRatings(sources: { code: string; sim: number }[], byRole: Map<string, ElementRating[]>): ElementRating[] {
  const total = sources.reduce((s, x) => s + x.sim, 0) || 1;
  const acc = new Map<string, { im: number; lv: number }>();
  for (const src of sources) {
    for (const r of byRole.get(src.code) ?? []) {
      const a = acc.get(r.id) ?? { im: 0, lv: 0 };
      a.im += (r.importance * src.sim) / total;
      a.lv += (r.level * src.sim) / total;
      acc.set(r.id, a);
    }
  }
  return [...acc.entries()].map(([id, a]) => ({ id, importance: round(a.im, 2), level: round(a.lv, 1) }));
}

/** ESCO essential skills (by English label) that map onto the Overstap space; first match per rule. */
const ESCO_SKILL_RULES: readonly (readonly [RegExp, string[]])[] = [
  [/\bsql\b|database|query languages/i, ['tech:sql-databases']],
  [/python/i, ['tech:python']],
  [/programming|software development|agile development|coding|scripting/i, ['onet:2.B.3.e', 'tech:software-development']],
  [/statistic/i, ['onet:2.C.4.a', 'tech:statistical-software']],
  [/machine learning|data mining|big data|data science/i, ['tech:data-mining-ml', 'ovs:data-literacy']],
  [/data analys|analyse data|data models|visuali[sz]/i, ['ovs:data-literacy', 'tech:analytics-bi']],
  [/user interface|user experience|graphic|visual design|web design|wireframe|prototyp/i, ['onet:2.C.3.c', 'tech:design-tools']],
  [/project management|manage project|project plan/i, ['onet:2.B.1.b', 'tech:project-management-software']],
  [/public relations|media relations|communication strateg|press/i, ['onet:2.C.9.b']],
  [/marketing/i, ['onet:2.C.1.d']],
  [/fundrais|budget|financ/i, ['onet:2.B.5.b']],
  [/\bsales\b|sell|negotiat/i, ['onet:2.C.1.d', 'onet:2.B.1.d']],
  [/customer|client/i, ['onet:2.C.1.e']],
  [/\bict\b|software|web\b/i, ['onet:2.C.3.a']],
];

export function escoDerivedSkillIds(labels: string[]): string[] {
  const out = new Set<string>();
  for (const l of labels) {
    for (const [re, ids] of ESCO_SKILL_RULES) {
      if (re.test(l)) {
        ids.forEach((i) => out.add(i));
        break;
      }
    }
  }
  return [...out].sort();
}

/**
 * The level required of a skill the data names without a level: O*NET Technology Skills list the
 * software an occupation uses (not how well), ESCO lists essential skills (not at what level). Level 2
 * ("working": uses it in the daily work) is what naming a tool supports; depth in the craft behind a
 * tool comes from the role's rated O*NET skills and knowledge (Programming, Computers and Electronics,
 * Design, Mathematics …), which do carry a level.
 */
export const UNLEVELLED_CAP = 2;

/** Technology requirements from the role's O*NET hot technologies, at UNLEVELLED_CAP; at most six. */
export function techRequirements(rows: Row[]): SkillRequirement[] {
  const groups = new Map<string, { n: number; inDemand: boolean }>();
  for (const r of rows) {
    if (r.hot_technology !== 'Y') continue;
    const g = techGroupOf(r);
    if (!g) continue;
    const cur = groups.get(g) ?? { n: 0, inDemand: false };
    cur.n++;
    cur.inDemand ||= r.in_demand === 'Y';
    groups.set(g, cur);
  }
  return [...groups.entries()]
    .map(([skillId, g]) => ({
      skillId,
      level: UNLEVELLED_CAP,
      // What the data does say (in demand, how many products) goes into importance, not level.
      importance: Math.min(5, 3 + (g.inDemand ? 1 : 0) + (g.n >= 3 ? 0.5 : 0)),
      n: g.n,
    }))
    .sort((a, b) => b.importance - a.importance || b.n - a.n || (a.skillId < b.skillId ? -1 : 1))
    .slice(0, 6)
    .map(({ skillId, level, importance }) => ({ skillId, level, importance }));
}

interface TaskProfile {
  exposedShare: number;
  category: Record<TaskCategory, number>;
}

export function taskProfile(mix: TaskShare[], tasksById: Map<string, Task>): TaskProfile {
  const category = {
    customer_inquiries: 0,
    content_creation: 0,
    campaign_operations: 0,
    analytics_research: 0,
    relationship_sales: 0,
    coordination_admin: 0,
    technology_data: 0,
    people_leadership: 0,
  } as Record<TaskCategory, number>;
  let exposedShare = 0;
  for (const m of mix) {
    const task = tasksById.get(m.taskId)!;
    category[task.category] += m.share;
    const ex = [task.humanExposure, task.gpt4Exposure];
    if (ex.includes('E1') || ex.includes('E2')) exposedShare += m.share;
  }
  return { exposedShare, category };
}

/** AI-era requirements for O*NET roles, from what the role's task mix shows (rules in methods "requirements"). */
export function aiRequirements(code: string, isTarget: boolean, p: TaskProfile): SkillRequirement[] {
  const up = isTarget ? 1 : 0;
  const out: SkillRequirement[] = [{ skillId: 'ovs:ai-literacy', level: 2 + up, importance: 3 }];
  if (p.exposedShare >= 0.5) out.push({ skillId: 'ovs:prompting-and-evaluating-ai-output', level: 2 + up, importance: p.exposedShare >= 0.8 ? 3.5 : 3 });
  // Analysis work needs data literacy at job-ready level; technology work reads logs and dashboards (working level).
  if (p.category.analytics_research >= 0.25) out.push({ skillId: 'ovs:data-literacy', level: 3, importance: 3.5 });
  else if (p.category.analytics_research + p.category.technology_data >= 0.25) out.push({ skillId: 'ovs:data-literacy', level: 2, importance: 3.5 });
  if (p.category.content_creation >= 0.3) out.push({ skillId: 'ovs:ai-assisted-content-workflows', level: 2 + up, importance: 3 });
  if (p.category.campaign_operations >= 0.2) out.push({ skillId: 'ovs:marketing-automation', level: 2, importance: 3 });
  if (p.category.customer_inquiries >= 0.3) out.push({ skillId: 'ovs:knowledge-management', level: 2, importance: 3 });
  if (code.startsWith('11-')) out.push({ skillId: 'ovs:responsible-ai', level: 2, importance: 3 });
  return out;
}

/** Later entries never lower an earlier requirement; they only add skills or raise level/importance. */
export function mergeRequirements(...lists: SkillRequirement[][]): SkillRequirement[] {
  const m = new Map<string, SkillRequirement>();
  for (const list of lists)
    for (const r of list) {
      const cur = m.get(r.skillId);
      m.set(r.skillId, cur ? { skillId: r.skillId, level: Math.max(cur.level, r.level), importance: Math.max(cur.importance, r.importance) } : { ...r });
    }
  // People and learning modules are rated in whole levels, so a requirement of 3.2 is "level 3": a fraction
  // would turn every near-match into a gap that only a whole advanced module could close.
  return [...m.values()].map((r) => ({ ...r, level: Math.round(r.level) })).filter((r) => r.level > 0).sort(byKey((r) => r.skillId));
}
