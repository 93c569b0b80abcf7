/**
 * Feature message catalogues. A feature keeps its strings beside its screen in `messages.ts`:
 *   export default defineMessages({ dashboard: { title: 'Dashboard' } }, { dashboard: { title: 'Overzicht' } });
 * The Dutch argument must have exactly the English shape (a compile error otherwise); i18n/index.ts merges
 * every feature's catalogue into the app's, so features never edit a shared file.
 */

export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };

export interface FeatureMessages {
  en: Record<string, unknown>;
  nl: Record<string, unknown>;
}

export function defineMessages<const T extends Record<string, unknown>>(en: T, nl: MessageShape<T>): FeatureMessages {
  return { en, nl: nl as Record<string, unknown> };
}
