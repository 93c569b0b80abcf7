/**
 * The task-mix editor's arithmetic, pure: fields hold percent text in the user's language; untouched fields keep
 * the full-precision value so a mix that sums to 1 still sums to 100% after rounding for display.
 */

export interface MixRow {
  taskId: string;
  /** Dataset share, 0..1. */
  dataset: number;
  /** The share the scenario uses now (its override, else the dataset), 0..1. */
  current: number;
  /** What the field shows. */
  text: string;
  /** Percent value of the field (full precision until edited), null when the text is not a valid percentage. */
  value: number | null;
}

/** Half of the display precision (0.1 point): a sum within this of 100 counts as 100%. */
const SUM_TOLERANCE_POINTS = 0.05;

/** Parses "12,5", "12.5", " 12 " (either decimal mark) into a percentage 0..100, else null. */
export function parsePercent(text: string): number | null {
  const t = text.trim().replace(/\s|%/g, '').replace(',', '.');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) && v >= 0 && v <= 100 ? v : null;
}

function sumOf(rows: readonly MixRow[]): number {
  return rows.reduce((s, r) => s + (r.value ?? 0), 0);
}

export function mixStatus(rows: readonly MixRow[]): { sum: number; ok: boolean; invalid: string[]; diff: number } {
  const sum = sumOf(rows);
  const invalid = rows.filter((r) => r.value === null).map((r) => r.taskId);
  const diff = sum - 100;
  return { sum, ok: invalid.length === 0 && Math.abs(diff) <= SUM_TOLERANCE_POINTS, invalid, diff };
}

/** Shares 0..1 for the store; the store rescales the last rounding so they sum to exactly 1. */
export function toShares(rows: readonly MixRow[]): { taskId: string; share: number }[] {
  return rows.map((r) => ({ taskId: r.taskId, share: (r.value ?? 0) / 100 }));
}

/** Every field scaled so the total is 100% (keeps the proportions the planner typed). */
export function scaleTo100(rows: readonly MixRow[], format: (percent: number) => string): MixRow[] {
  const sum = sumOf(rows);
  if (sum <= 0) return [...rows];
  return rows.map((r) => {
    const value = ((r.value ?? 0) * 100) / sum;
    return { ...r, value, text: format(value) };
  });
}

export function isChanged(rows: readonly MixRow[]): boolean {
  return rows.some((r) => r.value === null || Math.abs(r.value - r.current * 100) > 1e-9);
}
