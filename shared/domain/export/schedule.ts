/**
 * Dates of a learning plan: modules one after another from the start date, at the weekly learning hours.
 * Pure date arithmetic on YYYY-MM-DD strings (UTC), no clock.
 */

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = Date.UTC(y, m - 1, d) + Math.round(days) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

interface ScheduledModule {
  start: string;
  end: string;
}

/**
 * Each module starts where the previous one ended (or on its own start date, if the plan set one);
 * a module of h hours takes ceil(h / weeklyHours × 7) days, at least one.
 */
export function scheduleModules(startDate: string, weeklyHours: number, modules: { hours: number; start?: string | null }[]): { modules: ScheduledModule[]; end: string; weeks: number } {
  const perDay = Math.max(weeklyHours, 0.5) / 7;
  let cursor = startDate;
  const out: ScheduledModule[] = [];
  for (const m of modules) {
    const start = m.start && m.start > cursor ? m.start : cursor;
    const days = Math.max(1, Math.ceil(m.hours / perDay));
    const end = addDays(start, days - 1);
    out.push({ start, end });
    cursor = addDays(end, 1);
  }
  const end = out.length ? out[out.length - 1]!.end : startDate;
  const hours = modules.reduce((s, m) => s + m.hours, 0);
  return { modules: out, end, weeks: hours / Math.max(weeklyHours, 0.5) };
}
