/**
 * Named pure selectors: shape store data for display (cards, chart series, tables). Cheap, memoised on
 * their input array, tested without React. Shares are 0..1 of the role's working time.
 */
import type { RoleListItem, TaskListItem } from '../../../shared/api/dto';
import type { ExposureLabel, RoleFamily, TaskCategory } from '../../../shared/domain/types';
import { TASK_CATEGORIES } from '../../../shared/domain/types';
import type { AppState } from './types';

/** Remember the last result for the last input (by identity). */
function memoOne<A, R>(fn: (a: A) => R): (a: A) => R {
  let lastArg: A | undefined;
  let lastResult: R | undefined;
  let has = false;
  return (a) => {
    if (!has || a !== lastArg) {
      lastResult = fn(a);
      lastArg = a;
      has = true;
    }
    return lastResult as R;
  };
}

const isExposed = (label: ExposureLabel | null): boolean | null => (label === null ? null : label !== 'E0');

// ---------- roles ----------

const ROLE_FAMILIES: readonly RoleFamily[] = ['current', 'target', 'emerging'];

interface RoleGroup {
  family: RoleFamily;
  roles: RoleListItem[];
}

/** Roles grouped by family (current, target, emerging), each group by title; empty groups left out. */
export function groupRolesByFamily(roles: RoleListItem[]): RoleGroup[] {
  return ROLE_FAMILIES.map((family) => ({
    family,
    roles: roles.filter((r) => r.family === family).sort((a, b) => a.title.localeCompare(b.title)),
  })).filter((g) => g.roles.length > 0);
}

// ---------- exposure summary (headline cards) ----------

interface ExposureSummary {
  taskCount: number;
  coreCount: number;
  /** Share of the role's time in E1/E2 tasks by human labels, over the time that has a human label; null if none. */
  humanExposedShare: number | null;
  gpt4ExposedShare: number | null;
  /** The average of the two sources (or the one that exists); null when no task is labelled. */
  exposedShare: number | null;
  /** Share of the time in tasks with neither label. */
  unlabelledShare: number;
  disagreementCount: number;
  /** Share of the time in tasks where the sources disagree. */
  disagreementShare: number;
}

function exposedShareBy(tasks: TaskListItem[], label: (t: TaskListItem) => ExposureLabel | null): number | null {
  let labelled = 0;
  let exposed = 0;
  for (const t of tasks) {
    const e = isExposed(label(t));
    if (e === null) continue;
    labelled += t.timeShare;
    if (e) exposed += t.timeShare;
  }
  return labelled > 0 ? exposed / labelled : null;
}

export function summariseExposure(tasks: TaskListItem[]): ExposureSummary {
  const human = exposedShareBy(tasks, (t) => t.humanExposure);
  const gpt4 = exposedShareBy(tasks, (t) => t.gpt4Exposure);
  const total = tasks.reduce((s, t) => s + t.timeShare, 0);
  const disagreeing = tasks.filter((t) => t.disagreement);
  const unlabelled = tasks.filter((t) => t.humanExposure === null && t.gpt4Exposure === null).reduce((s, t) => s + t.timeShare, 0);
  return {
    taskCount: tasks.length,
    coreCount: tasks.filter((t) => t.type === 'core').length,
    humanExposedShare: human,
    gpt4ExposedShare: gpt4,
    exposedShare: human !== null && gpt4 !== null ? (human + gpt4) / 2 : (human ?? gpt4),
    unlabelledShare: total > 0 ? unlabelled / total : 0,
    disagreementCount: disagreeing.length,
    disagreementShare: total > 0 ? disagreeing.reduce((s, t) => s + t.timeShare, 0) / total : 0,
  };
}

// ---------- time by category (chart + its table) ----------

export type ExposureBucket = ExposureLabel | 'none';
export const EXPOSURE_BUCKETS: readonly ExposureBucket[] = ['E0', 'E1', 'E2', 'none'];

export interface CategoryTimeRow {
  category: TaskCategory;
  E0: number;
  E1: number;
  E2: number;
  none: number;
  total: number;
  /** E1 + E2. */
  exposed: number;
}

/**
 * Time share per task category, split by exposure: a task's time counts half under the human label and
 * half under the GPT-4 label (the average of the two raters); with one label it counts fully under it.
 * Categories without time are left out; the largest category comes first.
 */
export function timeByCategory(tasks: TaskListItem[]): CategoryTimeRow[] {
  const rows = new Map<TaskCategory, CategoryTimeRow>();
  for (const t of tasks) {
    const row = rows.get(t.category) ?? { category: t.category, E0: 0, E1: 0, E2: 0, none: 0, total: 0, exposed: 0 };
    const labels = [t.humanExposure, t.gpt4Exposure].filter((l): l is ExposureLabel => l !== null);
    if (labels.length === 0) row.none += t.timeShare;
    for (const l of labels) row[l] += t.timeShare / labels.length;
    row.total += t.timeShare;
    row.exposed = row.E1 + row.E2;
    rows.set(t.category, row);
  }
  const order = (c: TaskCategory) => TASK_CATEGORIES.indexOf(c);
  return [...rows.values()].filter((r) => r.total > 0).sort((a, b) => b.total - a.total || order(a.category) - order(b.category));
}

/** The category with the most exposed time, for the chart's title; null when nothing is exposed. */
export function topExposedCategory(rows: CategoryTimeRow[]): CategoryTimeRow | null {
  const best = rows.reduce<CategoryTimeRow | null>((b, r) => (!b || r.exposed > b.exposed ? r : b), null);
  return best && best.exposed > 0 ? best : null;
}

/** Whether any task lacks both labels (the chart then draws a "not labelled" segment). */
export function hasUnlabelled(rows: CategoryTimeRow[]): boolean {
  return rows.some((r) => r.none > 0);
}

// ---------- visible tasks (table) ----------

export function filterByIds(tasks: TaskListItem[], ids: string[] | null): TaskListItem[] {
  if (ids === null) return tasks;
  const keep = new Set(ids);
  return tasks.filter((t) => keep.has(t.id));
}

// ---------- state selectors ----------

export const selectRoleGroups: (s: AppState) => RoleGroup[] = (() => {
  const m = memoOne(groupRolesByFamily);
  return (s: AppState) => m(s.roles);
})();

export const selectExposureSummary: (s: AppState) => ExposureSummary = (() => {
  const m = memoOne(summariseExposure);
  return (s: AppState) => m(s.tasks);
})();

export const selectTimeByCategory: (s: AppState) => CategoryTimeRow[] = (() => {
  const m = memoOne(timeByCategory);
  return (s: AppState) => m(s.tasks);
})();

/** The table's rows: the role's tasks narrowed to the last search's matches. Use with useAppStoreShallow. */
export const selectVisibleTasks = (s: AppState): TaskListItem[] => filterByIds(s.tasks, s.searchIds);
