/**
 * Picking the right language from bilingual data.
 */
import type { Lang, Text } from './types';

export const pick = (text: Text, lang: Lang): string => (lang === 'nl' ? text.nl : text.en);

/** True when the text shown is a translation Overstap wrote rather than the source's own words. */
export const isTranslated = (text: Text, lang: Lang): boolean => lang === 'nl' && text.nlSource === 'overstap';
