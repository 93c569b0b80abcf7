/**
 * Providers around the shell: the store and the i18n instance (both passed in, so tests build their own).
 */
import { StrictMode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { StoreProvider, type AppStore } from '../state/store';
import { Shell } from './Shell';

export function Root({ store, i18n, strict = true }: { store: AppStore; i18n: I18n; strict?: boolean }) {
  const tree = (
    <StoreProvider store={store}>
      <I18nextProvider i18n={i18n}>
        <Shell />
      </I18nextProvider>
    </StoreProvider>
  );
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}
