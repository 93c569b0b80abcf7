/**
 * Numbers, percentages and dates through Intl for the chosen language (design principle 5).
 * nl-NL writes 1.234,5 and "€ 1.234" with a non-breaking space (TOOLCHAIN G12). Pure; no React.
 */
import type { Lang } from '../../../shared/domain/types';

export const LOCALES: Record<Lang, string> = { en: 'en-GB', nl: 'nl-NL' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/** A share 0..1 as a percentage, whole numbers by default (design principle 3). */
export function formatPercent(share: number, lang: Lang, digits = 0): string {
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Euros, rounded to hundreds for display unless `exact` (design principle 3). */
export function formatMoney(euros: number, lang: Lang, exact = false): string {
  const value = exact ? euros : Math.round(euros / 100) * 100;
  return numberFormat(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: exact ? 2 : 0 }).format(value);
}

/** A date (Date or ISO string "2027-03-03") in long form: "3 March 2027" / "3 maart 2027". */
export function formatDate(date: Date | string, lang: Lang): string {
  const d = typeof date === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date) : date;
  const key = `d|${lang}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' })));
  return f.format(d);
}

export interface Formatters {
  lang: Lang;
  percent(share: number, digits?: number): string;
  number(value: number, digits?: number): string;
  money(euros: number, exact?: boolean): string;
  date(date: Date | string): string;
}

export function formattersFor(lang: Lang): Formatters {
  return {
    lang,
    percent: (share, digits) => formatPercent(share, lang, digits),
    number: (value, digits) => formatNumber(value, lang, digits),
    money: (euros, exact) => formatMoney(euros, lang, exact),
    date: (date) => formatDate(date, lang),
  };
}
