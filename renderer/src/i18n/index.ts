/**
 * i18next set-up: one instance per app (and per test), both catalogues bundled, synchronous init.
 * Owns: createI18n, useFormat, flattenKeys.
 */
import i18next, { type i18n as I18n, type ParseKeys, type TFunction } from 'i18next';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/domain/types';
import en from './en';
import nl from './nl';
import { formattersFor, type Formatters } from './format';
import type { FeatureMessages } from './define';
import './resources';

// Every feature's messages.ts (see define.ts), merged under its own top-level keys.
const featureModules = import.meta.glob<{ default: FeatureMessages }>('../features/*/messages.ts', { eager: true });
const features = Object.keys(featureModules)
  .sort()
  .map((path) => featureModules[path]!.default);

function merge(base: object, lang: 'en' | 'nl'): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const f of features) {
    for (const [key, value] of Object.entries(f[lang])) {
      if (key in out) throw new Error(`message namespace "${key}" is defined twice`);
      out[key] = value;
    }
  }
  return out;
}

export const catalogues = { en: merge(en, 'en'), nl: merge(nl, 'nl') } as const;

export function createI18n(lang: Lang = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: catalogues.en }, nl: { translation: catalogues.nl } },
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'nl'],
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Any key of the app's catalogues. A key built at run time is cast to it: the i18n test checks those keys are used and exist. */
export type MessageKey = ParseKeys<'translation'>;
/** The app's typed `t`, for helpers that get it from a component. */
export type Translate = TFunction<'translation'>;

export function asLang(value: string | undefined): Lang {
  return value === 'nl' ? 'nl' : 'en';
}

/** Intl formatters for the language the UI currently shows. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const lang = asLang(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => formattersFor(lang), [lang]);
}

/** All leaf keys of a catalogue as dotted paths ("tasks.cards.count"), sorted. */
export function flattenKeys(obj: object, prefix = ''): string[] {
  return Object.entries(obj)
    .flatMap(([key, value]) =>
      value !== null && typeof value === 'object' ? flattenKeys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
    )
    .sort();
}
