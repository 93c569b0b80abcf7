/**
 * Skill fit of a person to a role and the graded gap. Owns: the fit formula and gap grades. Pure.
 *
 * fit = Σ_k w_rk × min(1, p_ek / req_rk) / Σ_k w_rk, with w the requirement's importance (1..5),
 * p the person's level and req the required level (0..5); a requirement of 0 counts as matched,
 * and a role without requirements has fit 1. Partial credit (p / req) because a person halfway
 * to a level needs roughly half the learning, not all of it.
 */
import { explain, type Explanation } from './explain';
import type { SkillRequirement } from './types';
import { sourceName, SRC_SELF, type CompiledReskill } from './skillIndex';
import type { GapGrade, GapItem } from './reskillTypes';

/**
 * Grade of one requirement: matched (have ≥ need), small (gap ≤ 1 level), medium (≤ 2), large (> 2).
 * Levels on the 0..5 scale; one level is roughly one module step in the catalogue.
 */
export function gradeGap(have: number, need: number): GapGrade {
  const gap = need - have;
  if (gap <= 0) return 'matched';
  if (gap <= 1) return 'small';
  if (gap <= 2) return 'medium';
  return 'large';
}

/** The fit formula over plain requirements; `have` gives the person's level (0..5) of a skill id. */
export function computeFit(reqs: ReadonlyArray<SkillRequirement>, have: (skillId: string) => number): number {
  let num = 0;
  let den = 0;
  for (const r of reqs) {
    den += r.importance;
    num += r.level <= 0 ? r.importance : r.importance * Math.min(1, have(r.skillId) / r.level);
  }
  return den > 0 ? num / den : 1;
}

interface FitDetail {
  /** 0..1. */
  fit: number;
  /** Every requirement with its grade, in skill-id order. */
  requirements: GapItem[];
  /** Requirements with have < need (the gap), in skill-id order. */
  gap: GapItem[];
  explain: Explanation;
}

/**
 * Fit, graded requirements and gap of a person (levels over the skill index) to a compiled role.
 * `src` (SRC_* codes from encodePerson) labels where each level comes from; without it every level
 * counts as a confirmed record.
 */
export function fitDetail(c: CompiledReskill, levels: Float64Array, roleIdx: number, src?: Uint8Array): FitDetail {
  const requirements: GapItem[] = [];
  let num = 0;
  let den = 0;
  for (let j = c.reqStart[roleIdx]; j < c.reqStart[roleIdx + 1]; j++) {
    const s = c.reqSkill[j];
    const need = c.reqLevel[j];
    const w = c.reqWeight[j];
    const have = levels[s];
    den += w;
    num += need <= 0 || have >= need ? w : (w * have) / need;
    requirements.push({ skillId: c.skillIds[s], have, need, importance: w, grade: need <= 0 ? 'matched' : gradeGap(have, need), source: sourceName(src ? src[s] : SRC_SELF) });
  }
  const fit = den > 0 ? num / den : 1;
  const gap = requirements.filter((r) => r.grade !== 'matched');
  const matched = requirements.length - gap.length;
  return {
    fit,
    requirements,
    gap,
    explain: explain('reskill.fit', fit, [
      { name: 'input.role', value: c.roles[roleIdx].code },
      { name: 'input.requirements', value: requirements.length, unit: 'count' },
      { name: 'input.matchedRequirements', value: matched, unit: 'count' },
      { name: 'input.inferredLevels', value: requirements.filter((r) => r.source === 'inferred').length, unit: 'count' },
      { name: 'input.weightedMatch', value: num },
      { name: 'input.totalImportance', value: den },
    ]),
  };
}
