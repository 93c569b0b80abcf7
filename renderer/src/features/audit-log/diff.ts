/**
 * A compact before → after diff of two recorded values (plain JSON): the paths whose value differs,
 * objects walked to a small depth so "settings.minGroupSize: 5 → 7" reads at a glance. Pure.
 */
interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

type DiffKind = 'created' | 'removed' | 'changed' | 'same';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function diffValues(before: unknown, after: unknown, maxDepth = 3): { kind: DiffKind; changes: Change[] } {
  if (before == null && after == null) return { kind: 'same', changes: [] };
  if (before == null) return { kind: 'created', changes: flatten(after, '', maxDepth).map(([path, v]) => ({ path, before: undefined, after: v })) };
  if (after == null) return { kind: 'removed', changes: [] };
  const changes: Change[] = [];
  walk(before, after, '', maxDepth, changes);
  return { kind: changes.length ? 'changed' : 'same', changes };
}

function walk(a: unknown, b: unknown, path: string, depth: number, out: Change[]): void {
  if (depth > 0 && isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) walk(a[k], b[k], path ? `${path}.${k}` : k, depth - 1, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, before: a, after: b });
}

function flatten(v: unknown, path: string, depth: number): [string, unknown][] {
  if (depth > 0 && isObject(v)) return Object.entries(v).flatMap(([k, x]) => flatten(x, path ? `${path}.${k}` : k, depth - 1));
  return [[path, v]];
}

/** A value as short text for the compact diff; the full JSON is one click away. */
export function shortValue(v: unknown, max = 48): string {
  if (v === undefined) return '∅';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
