/**
 * Feature message catalogues. A feature keeps its strings beside its screen in `messages.ts`:
 *   export default defineMessages({ dashboard: { title: 'Dashboard' } }, { dashboard: { title: 'Overzicht' } });
 * The Dutch argument must have exactly the English shape (a compile error otherwise). The English shape is
 * kept in the returned type so i18n/resources.ts can type every key `t()` accepts.
 */

export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };

export interface FeatureMessages<T = Record<string, unknown>> {
  en: T;
  nl: MessageShape<T>;
}

export function defineMessages<T extends Record<string, unknown>>(en: T, nl: MessageShape<T>): FeatureMessages<MessageShape<T>> {
  return { en: en as MessageShape<T>, nl: nl as MessageShape<MessageShape<T>> };
}
