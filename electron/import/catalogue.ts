/**
 * Job titles → roles and skill names → skills, through the dataset's titles, alternate titles and
 * Dutch labels. Results are cached per distinct text, so 100,000 people with 300 distinct titles
 * cost 300 lookups.
 */
import { ROLE_CONFIDENCE_THRESHOLD, type MatchReason } from '../../shared/api/import-dto';
import type { Role, Skill } from '../../shared/domain/types';
import { dice, FuzzyIndex, normalise, titleVariants } from './match';
import { vocabularyMatch } from './vocabulary';

/** A title matched at or above this is taken without review; below it the guess is stored marked "to review". */
export const ROLE_ACCEPT = ROLE_CONFIDENCE_THRESHOLD;
/** A Dutch HR vocabulary rule: curated, so it is taken (at ROLE_ACCEPT or above), with the evidence shown. */
const VOCABULARY = 0.92;
/** Same for skill names; below it the skill waits for the planner's choice. */
export const SKILL_ACCEPT = 0.9;
/** An alternate title several roles share: certain of the words, not of the role. */
const AMBIGUOUS = 0.8;

interface MatchResult {
  code: string | null;
  title: string | null;
  confidence: number;
  alternatives: { code: string; title: string; confidence: number; reason?: MatchReason }[];
  reason?: MatchReason;
}

const ROLE_CODE = /^(\d{2}-\d{4})(\.\d{2})?$/;
const round = (x: number) => Math.round(x * 100) / 100;

export class RoleCatalogue {
  private readonly byCode = new Map<string, Role>();
  private readonly index = new FuzzyIndex<string>();
  /** Normalised own titles (en/nl) → code: they win over shared alternate titles. */
  private readonly own = new Map<string, string>();
  private readonly cache = new Map<string, MatchResult>();

  constructor(roles: Role[]) {
    for (const r of roles) {
      this.byCode.set(r.code, r);
      for (const t of [r.title.en, r.title.nl]) {
        if (!t) continue;
        this.index.add(t, r.code);
        if (!this.own.has(normalise(t))) this.own.set(normalise(t), r.code);
      }
      for (const t of [...r.alternateTitles.en, ...r.alternateTitles.nl]) for (const v of titleVariants(t)) this.index.add(v, r.code);
    }
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** The lowest current-role code: the last resort when nothing in an import matched at all. */
  firstCurrent(): string {
    const codes = [...this.byCode.values()].filter((r) => r.family === 'current').map((r) => r.code).sort();
    return codes[0] ?? [...this.byCode.keys()].sort()[0]!;
  }

  title(code: string): string {
    return this.byCode.get(code)?.title.en ?? code;
  }

  /** A role code as written ("43-4051.00", "43-4051", "ovs-…"), or null. */
  byCodeText(text: string): string | null {
    const s = text.trim();
    if (this.byCode.has(s)) return s;
    const m = ROLE_CODE.exec(s);
    if (m && !m[2] && this.byCode.has(`${m[1]}.00`)) return `${m[1]}.00`;
    const lower = s.toLowerCase();
    return this.byCode.has(lower) ? lower : null;
  }

  match(text: string): MatchResult {
    const key = normalise(text);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.compute(text, key);
    this.cache.set(key, result);
    return result;
  }

  private ref(code: string, confidence: number, reason: MatchReason) {
    return { code, title: this.title(code), confidence: round(confidence), reason };
  }

  private compute(text: string, key: string): MatchResult {
    const code = this.byCodeText(text);
    if (code) return { code, title: this.title(code), confidence: 1, alternatives: [], reason: { kind: 'roleCode', matched: code } };
    const own = this.own.get(key);
    if (own) return { code: own, title: this.title(own), confidence: 1, alternatives: [], reason: { kind: 'ownTitle', matched: text.trim() } };
    const rule = vocabularyMatch(text);
    if (rule && this.byCode.has(rule.code)) {
      const others = this.index
        .fuzzy(text, 6)
        .filter((h) => h.value !== rule.code)
        .slice(0, 4)
        .map((h) => this.ref(h.value, Math.min(h.score, VOCABULARY - 0.01), { kind: 'similar', matched: h.text }));
      return { code: rule.code, title: this.title(rule.code), confidence: VOCABULARY, alternatives: others, reason: { kind: 'vocabulary', matched: rule.label } };
    }
    const exact = this.index.exactMatches(text);
    if (exact.length === 1) return { code: exact[0]!, title: this.title(exact[0]!), confidence: 1, alternatives: [], reason: { kind: 'alternateTitle', matched: text.trim() } };
    if (exact.length > 1) {
      // Shared alternate title: the role whose own title is closest, then a current role (people are
      // imported into today's roles), then the lowest code. Nearly the role's own title is certain enough.
      const own = (c: string) => {
        const r = this.byCode.get(c)!;
        return Math.max(dice(text, r.title.en), r.title.nl ? dice(text, r.title.nl) : 0);
      };
      const scored = exact.map((c) => ({ c, own: own(c), current: this.byCode.get(c)!.family === 'current' ? 1 : 0 }));
      scored.sort((a, b) => b.own - a.own || b.current - a.current || a.c.localeCompare(b.c));
      const best = scored[0]!;
      const confidence = best.own >= 0.9 ? 0.95 : AMBIGUOUS;
      const reason: MatchReason = { kind: 'alternateTitle', matched: text.trim() };
      return { code: best.c, title: this.title(best.c), confidence, alternatives: scored.slice(1, 6).map((x) => this.ref(x.c, AMBIGUOUS, reason)), reason };
    }
    const hits = this.index.fuzzy(text, 6);
    if (hits.length === 0) return { code: null, title: null, confidence: 0, alternatives: [] };
    const [best, ...rest] = hits;
    // Fuzzy never reaches certainty: an exact-looking near-miss still scores below 1.
    const conf = Math.min(0.99, best!.score);
    return { code: best!.value, title: this.title(best!.value), confidence: round(conf), alternatives: rest.slice(0, 5).map((h) => this.ref(h.value, h.score, { kind: 'similar', matched: h.text })), reason: { kind: 'similar', matched: best!.text } };
  }
}

export class SkillCatalogue {
  private readonly byId = new Map<string, Skill>();
  private readonly byIdLower = new Map<string, string>();
  private readonly index = new FuzzyIndex<string>();
  private readonly cache = new Map<string, MatchResult>();
  /** Skill ids in code-unit order (SQLite's text order), so sorting indices sorts ids. */
  readonly ids: string[];
  private readonly indexOfId = new Map<string, number>();

  constructor(skills: Skill[]) {
    this.ids = skills.map((s) => s.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.ids.forEach((id, i) => this.indexOfId.set(id, i));
    for (const s of skills) {
      this.byId.set(s.id, s);
      this.byIdLower.set(s.id.toLowerCase(), s.id);
      if (s.name.en) this.index.add(s.name.en, s.id);
      if (s.name.nl) this.index.add(s.name.nl, s.id);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  name(id: string): string {
    return this.byId.get(id)?.name.en ?? id;
  }

  indexOf(id: string): number {
    return this.indexOfId.get(id)!;
  }

  match(text: string): MatchResult {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const result = this.compute(text);
    this.cache.set(text, result);
    return result;
  }

  private compute(text: string): MatchResult {
    const id = this.byIdLower.get(text.trim().toLowerCase());
    if (id) return { code: id, title: this.name(id), confidence: 1, alternatives: [] };
    const exact = this.index.exactMatches(text);
    if (exact.length >= 1) {
      // "Mathematics" is both an O*NET skill and a knowledge area: the first (lowest id) is taken, the other offered.
      const sorted = [...exact].sort();
      return { code: sorted[0]!, title: this.name(sorted[0]!), confidence: 1, alternatives: sorted.slice(1).map((c) => ({ code: c, title: this.name(c), confidence: 1 })) };
    }
    const hits = this.index.fuzzy(text, 6);
    if (hits.length === 0) return { code: null, title: null, confidence: 0, alternatives: [] };
    const [best, ...rest] = hits;
    return { code: best!.value, title: this.name(best!.value), confidence: round(Math.min(0.99, best!.score)), alternatives: rest.slice(0, 5).map((h) => ({ code: h.value, title: this.name(h.value), confidence: round(h.score) })) };
  }
}
