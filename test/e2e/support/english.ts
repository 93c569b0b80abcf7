/**
 * What "English in Dutch mode" means for the Dutch walk (issue 13): every text of the English catalogue
 * whose Dutch differs, and every dataset text (role titles, task statements, skill names, module titles,
 * assumption notes) that has a different Dutch version. Placeholders split a message into fragments;
 * fragments too short to mean anything on their own are left out (see SHORT).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogues, flattenKeys } from '../../../renderer/src/i18n';
import { repoRoot } from '../../helpers/cli';

export interface EnglishPhrase {
  phrase: string;
  from: string;
}

/**
 * Words that are the same in Dutch text (loanwords and product terms used as such in Dutch HR writing),
 * so a Dutch page may contain them: each is also the Dutch catalogue's own word somewhere.
 */
const SAME_IN_DUTCH = new Set(['dashboard', 'team', 'scenario', 'scenarios', 'workforce', 'privacy', 'export', 'exports', 'data', 'manager', 'planner', 'status', 'demo', 'module', 'modules', 'sankey', 'business case', 'online', 'offline', 'backup']);

// One-word fragments shorter than this are common to both languages or part of Dutch words ("in", "of", "Fit").
const SHORT = 5;

const get = (obj: unknown, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);

function fragments(text: string): string[] {
  return text
    .split(/\{\{[^}]*\}\}|\n/)
    .map((f) => f.trim().replace(/^[\s,.:;·–—()“”"'’/+-]+|[\s,.:;·–—()“”"'’/+-]+$/g, ''))
    .filter((f) => /\p{L}/u.test(f) && (f.includes(' ') ? f.length >= 4 : f.length >= SHORT) && !SAME_IN_DUTCH.has(f.toLowerCase()));
}

interface Text {
  en: string;
  nl?: string;
}

export function englishPhrases(): EnglishPhrase[] {
  const out = new Map<string, string>();
  const nlTexts = new Set<string>();
  for (const key of flattenKeys(catalogues.en)) {
    const en = String(get(catalogues.en, key));
    const nl = String(get(catalogues.nl, key));
    nlTexts.add(nl);
    if (en !== nl) for (const f of fragments(en)) out.set(f, `catalogue ${key}`);
  }
  const ds = JSON.parse(readFileSync(path.join(repoRoot, 'data', 'dataset.json'), 'utf8')) as {
    roles: { code: string; title: Text }[];
    tasks: { id: string; statement: Text }[];
    skills: { id: string; name: Text }[];
    modules: { id: string; title: Text }[];
  };
  const add = (t: Text | undefined, from: string) => {
    if (t?.nl && t.nl !== t.en) {
      nlTexts.add(t.nl);
      out.set(t.en, from);
    }
  };
  for (const r of ds.roles) add(r.title, `dataset role ${r.code}`);
  for (const t of ds.tasks) add(t.statement, `dataset task ${t.id}`);
  for (const s of ds.skills) add(s.name, `dataset skill ${s.id}`);
  for (const m of ds.modules) add(m.title, `dataset module ${m.id}`);
  // A fragment that is itself a whole Dutch text (a loanword the Dutch catalogue uses too) is not English.
  return [...out].filter(([p]) => !nlTexts.has(p)).map(([phrase, from]) => ({ phrase, from }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrases found in `text` as whole words (case-sensitive), with where each comes from. */
export function findEnglish(text: string, phrases: readonly EnglishPhrase[]): string[] {
  const found: string[] = [];
  for (const { phrase, from } of phrases) {
    if (!text.includes(phrase)) continue;
    // A hyphen joins a word into a Dutch compound ("ICT-manager") or an id ("inferred-skills"): not a match.
    if (new RegExp(`(?<![\\p{L}\\p{N}-])${escape(phrase)}(?![\\p{L}\\p{N}-])`, 'u').test(text)) found.push(`"${phrase}" (${from})`);
  }
  return found;
}
