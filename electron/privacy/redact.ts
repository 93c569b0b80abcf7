/**
 * What an erasure replaces in audit-log text (issue 16.6): the person's id (by their tombstone), their
 * name and its usual variants, and — in any text that mentions them — phone numbers and e-mail addresses.
 *
 * Name variants of "Anouk de Vries": the full name; "A. de Vries", "A de Vries"; "Vries, Anouk" and
 * "de Vries, A."; "Anouk V." and "Anouk d.V."; and, in texts that are about the person or name them
 * otherwise, the surname alone ("De Vries", "Vries"). The surname alone is not replaced in texts about
 * others, where it more likely names someone else with the same surname.
 */

/** Dutch, German and French surname particles (tussenvoegsels and the like). */
const PARTICLES = new Set(['de', 'den', 'der', 'het', "'t", 't', 'te', 'ten', 'ter', 'van', 'von', 'vander', 'op', 'in', 'la', 'le', 'du', 'da', 'di', 'del', 'des', 'dos', 'el', 'al', 'zu', 'uit', 'aan', 'bij', 'onder', 'over', 'voor']);

const ERASED = '[erased]';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words only, spaces flexible. */
const words = (parts: string[]) => parts.map(escape).join('\\s+');
const bounded = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');

interface NameParts {
  given: string[];
  particles: string[];
  surname: string[];
}

function splitName(name: string): NameParts | null {
  const tokens = name.trim().split(/\s+/).filter(Boolean);
  if (tokens.length < 2) return null;
  // Given names, then the first particle (if any) starts the surname; else the last word is the surname.
  const firstParticle = tokens.findIndex((t, i) => i > 0 && PARTICLES.has(t.toLowerCase()));
  const surnameStart = firstParticle > 0 && firstParticle < tokens.length - 1 ? firstParticle : tokens.length - 1;
  const given = tokens.slice(0, surnameStart);
  const rest = tokens.slice(surnameStart);
  const particles = rest.filter((t, i) => i < rest.length - 1 && PARTICLES.has(t.toLowerCase()));
  return { given, particles, surname: rest.slice(particles.length) };
}

interface Redactor {
  /** Replaces the id and name variants; phones and e-mails too when the text mentions the person. */
  text(s: string, aboutPerson: boolean): string;
  /** The same inside a stored JSON text (keys and string values), or as plain text when it is not JSON. */
  stored(s: string | null, aboutPerson: boolean): string | null;
  /** True when the text mentions the person by id or a name variant. */
  mentions(s: string | null): boolean;
  /** A lower-case fragment every mention contains one of, for a first filter in SQL. */
  fragments: string[];
}

export function redactorFor(id: string, name: string | null, tombstone: string): Redactor {
  const idRe = new RegExp(`(?<![A-Za-z0-9_-])${escape(id)}(?![A-Za-z0-9_-])`, 'g');
  const strong: RegExp[] = [];
  let surnameOnly: RegExp | null = null;
  const fragments = [id.toLowerCase()];
  const full = name?.trim() ?? '';
  if (full.length >= 2) {
    strong.push(new RegExp(escape(full), 'gi'));
    fragments.push(full.toLowerCase());
    const parts = splitName(full);
    if (parts && parts.surname.join(' ').length >= 2) {
      const sur = [...parts.particles, ...parts.surname];
      const initial = `${escape(parts.given[0]![0]!)}\\.?`;
      const particleInitials = parts.particles.map((p) => `${escape(p[0]!)}\\.?\\s*`).join('');
      const variants = [
        words([...parts.given, ...sur]),
        words([parts.given[0]!, ...sur]),
        `${initial}\\s*${words(sur)}`,
        `${words(parts.surname)},\\s*${words(parts.given)}(?:\\s+${words(parts.particles)})?`,
        `${words(sur)},\\s*${initial}`,
        `${words(parts.surname)},\\s*${initial}(?:\\s+${words(parts.particles)})?`,
        `${escape(parts.given[0]!)}\\s+(?:${particleInitials})?${escape(parts.surname[0]![0]!)}\\.`,
      ];
      strong.push(bounded(variants.join('|')));
      surnameOnly = bounded(`${words(sur)}|${words(parts.surname)}`);
      fragments.push(parts.surname.join(' ').toLowerCase());
    }
  }
  // E-mail addresses; phone numbers: 9 or more digits with the usual separators, optionally +country.
  const mail = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
  const phone = /(?<![\p{L}\p{N}])(?:\+|00)?\d(?:[\s().-]*\d){8,}(?![\p{L}\p{N}])/gu;

  const mentions = (s: string | null): boolean => {
    if (!s) return false;
    idRe.lastIndex = 0;
    if (idRe.test(s)) return true;
    return strong.some((re) => {
      re.lastIndex = 0;
      return re.test(s);
    });
  };
  const text = (s: string, aboutPerson: boolean): string => {
    const about = aboutPerson || mentions(s);
    let out = s.replace(idRe, tombstone);
    for (const re of strong) out = out.replace(re, ERASED);
    if (about) {
      if (surnameOnly) out = out.replace(surnameOnly, ERASED);
      out = out.replace(mail, ERASED).replace(phone, ERASED);
    }
    return out;
  };
  const json = (v: unknown, about: boolean): unknown => {
    if (typeof v === 'string') return v === id ? tombstone : text(v, about);
    if (Array.isArray(v)) return v.map((x) => json(x, about));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k === id ? tombstone : text(k, about), json(x, about)]));
    return v;
  };
  const stored = (s: string | null, aboutPerson: boolean): string | null => {
    if (s === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(s);
    } catch {
      return text(s, aboutPerson);
    }
    return JSON.stringify(json(parsed, aboutPerson));
  };
  return { text, stored, mentions, fragments };
}
