import type { Cited, Text } from '../../shared/domain/types';

export const round = (x: number, d: number): number => {
  const f = 10 ** d;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

export const t = (en: string, nl: string, nlSource: Text['nlSource'] = 'overstap'): Text => ({ en, nl, nlSource });

export function cited<T>(value: T, sourceIds: string[], en: string, nl: string, isAssumption: boolean): Cited<T> {
  return { value, sourceIds: [...sourceIds].sort(), note: t(en, nl), isAssumption };
}

export const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T): number => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

export function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const arr = m.get(k);
    if (arr) arr.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Keys sorted recursively so the output bytes never depend on construction order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) o[k] = sortKeys(x);
    }
    return o;
  }
  return v;
}

/** Rounds to `d` decimals and puts the rounding residue on the largest share so the sum is exactly 1 at that precision. */
export function normaliseShares<T extends { weight: number }>(items: T[], d = 6): (T & { share: number })[] {
  const total = items.reduce((s, x) => s + x.weight, 0);
  const out = items.map((x) => ({ ...x, share: round(x.weight / total, d) }));
  let largest = 0;
  out.forEach((x, i) => {
    if (x.share > out[largest].share) largest = i;
  });
  const sum = out.reduce((s, x) => s + x.share, 0);
  out[largest].share = round(out[largest].share + (1 - sum), d);
  return out;
}
