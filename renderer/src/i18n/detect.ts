/**
 * The language the app starts in before anyone chose one: the first of the reader's languages the app
 * has (nl for nl, nl-NL, nl-BE…, en for en-*), English when it has none. In Electron navigator.languages
 * follows the system locale (app.getLocale), in the browser twin the browser's preference list.
 */
import type { Lang } from '../../../shared/domain/types';

export function detectLanguage(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'en';
}

/** The reader's languages as the platform reports them (none outside a browser). */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
