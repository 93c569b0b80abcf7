/**
 * A small, fast fuzzy matcher for job titles, skill names and header names: exact match on a
 * normalised form first (confidence 1), else the Dice coefficient of character trigrams (0..1),
 * found through an inverted trigram index so a lookup touches only candidates that share a trigram.
 */

/** Lower case, accents off, anything but letters and digits becomes one space. */
export function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function trigrams(norm: string): Set<string> {
  const padded = `  ${norm} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Dice coefficient of the character trigrams of two texts, 0..1. */
export function dice(a: string, b: string): number {
  const x = trigrams(normalise(a));
  const y = trigrams(normalise(b));
  if (x.size === 0 || y.size === 0) return 0;
  let n = 0;
  for (const g of x) if (y.has(g)) n++;
  return (2 * n) / (x.size + y.size);
}

interface FuzzyHit<T> {
  value: T;
  score: number;
  /** The text (as added) that scored best for this value: the reason it was found. */
  text: string;
}

export class FuzzyIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly entries: { value: T; size: number; text: string }[] = [];
  private readonly grams = new Map<string, number[]>();

  /** Adds a text under which `value` can be found (the same value may have many texts). */
  add(text: string, value: T): void {
    const norm = normalise(text);
    if (!norm) return;
    const list = this.exact.get(norm);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.exact.set(norm, [value]);
    const set = trigrams(norm);
    const idx = this.entries.length;
    this.entries.push({ value, size: set.size, text });
    for (const g of set) {
      const l = this.grams.get(g);
      if (l) l.push(idx);
      else this.grams.set(g, [idx]);
    }
  }

  /** Values whose normalised text equals the query's, in insertion order. */
  exactMatches(text: string): T[] {
    return this.exact.get(normalise(text)) ?? [];
  }

  /** Best values by trigram Dice coefficient, one score per value (its best text), highest first. */
  fuzzy(text: string, limit = 5): FuzzyHit<T>[] {
    const norm = normalise(text);
    if (!norm) return [];
    const q = trigrams(norm);
    const shared = new Map<number, number>();
    for (const g of q) {
      const l = this.grams.get(g);
      if (!l) continue;
      for (const idx of l) shared.set(idx, (shared.get(idx) ?? 0) + 1);
    }
    const best = new Map<T, { score: number; text: string }>();
    for (const [idx, n] of shared) {
      const e = this.entries[idx]!;
      const score = (2 * n) / (q.size + e.size);
      if (score > (best.get(e.value)?.score ?? 0)) best.set(e.value, { score, text: e.text });
    }
    return [...best.entries()]
      .map(([value, b]) => ({ value, score: b.score, text: b.text }))
      .sort((a, b) => b.score - a.score || String(a.value).localeCompare(String(b.value)))
      .slice(0, limit);
  }
}

/** Parenthesised short forms in O*NET titles ("Advertising Manager (Ad Manager)") count as titles too. */
export function titleVariants(title: string): string[] {
  const out = [title];
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(title);
  if (m) out.push(m[1]!, m[2]!);
  return out;
}
