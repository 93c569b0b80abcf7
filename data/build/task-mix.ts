import type { Task, TaskShare } from '../../shared/domain/types';
import { byKey, normaliseShares } from './util';

/** Weight of the GPTs-are-GPTs paper: Core 2, any other or missing type 1. */
const paperWeight = (task: Task): number => (task.type === 'core' ? 2 : 1);

/**
 * Rated task weight: √(times per workday) × RT/100 × IM.
 * Frequency alone would let an "hourly or more" task (12 a day) outweigh a weekly one 60-fold,
 * though frequent tasks are short; the square root damps that. RT/100 is the share of incumbents
 * doing the task, IM its importance (1–5).
 */
const ratedWeight = (r: { im: number; rt: number; freq: number }): number => Math.sqrt(Math.max(r.freq, 0)) * (r.rt / 100) * r.im;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function roleTaskMix(
  roleTasks: Task[],
  ratings: Map<string, { im: number; rt: number; freq: number }>,
): { taskMix: TaskShare[]; basis: 'onet-ratings' | 'paper-weights' } {
  const rated = roleTasks.filter((x) => ratings.has(x.id));
  let weighted: { id: string; weight: number }[];
  let basis: 'onet-ratings' | 'paper-weights';
  if (rated.length > 0) {
    // Unrated tasks in a rated role (new in 29.3, type empty) get half the role's median rated weight,
    // the paper's 1:2 ratio between a non-core and a core task.
    const med = median(rated.map((x) => ratedWeight(ratings.get(x.id)!)));
    weighted = roleTasks.map((x) => ({ id: x.id, weight: ratings.has(x.id) ? ratedWeight(ratings.get(x.id)!) : (med * paperWeight(x)) / 2 }));
    basis = 'onet-ratings';
  } else {
    weighted = roleTasks.map((x) => ({ id: x.id, weight: paperWeight(x) }));
    basis = 'paper-weights';
  }
  weighted.sort(byKey((x) => x.id));
  const taskMix = normaliseShares(weighted).map((x) => ({ taskId: x.id, share: x.share }));
  return { taskMix, basis };
}
