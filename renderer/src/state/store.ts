/**
 * The app store: one vanilla zustand store built from slices, handed down through context so every test
 * gets a fresh store over a fake API. The only module (with its slices) that imports zustand.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../api/client';
import { createCatalogueSlice } from './slices/catalogueSlice';
import { createSettingsSlice } from './slices/settingsSlice';
import { createUiSlice } from './slices/uiSlice';
import { createScenarioSlice } from './slices/scenarioSlice';
import { createReskillSlice } from './slices/reskillSlice';
import type { AppState } from './types';

export type AppStore = StoreApi<AppState>;

// The client each store was made with, so components reach the same API as the store (useApi).
const clients = new WeakMap<AppStore, ApiClient>();

export function createAppStore(api: ApiClient): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createSettingsSlice(api)(...a),
    ...createCatalogueSlice(api)(...a),
    ...createUiSlice()(...a),
    ...createScenarioSlice(api)(...a),
    ...createReskillSlice(api)(...a),
  }));
  clients.set(store, api);
  return store;
}

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children?: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreProvider>');
  return store;
}

/** The typed API client of the app (the one the store uses): for screens that keep their data in local state. */
export function useApi(): ApiClient {
  const client = clients.get(useAppStoreApi());
  if (!client) throw new Error('useApi must be used inside <StoreProvider> with a store from createAppStore');
  return client;
}

/** Read a narrow slice of the state; the component re-renders only when it changes (Object.is). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** For selectors that build a new array or object each time: compared shallowly. */
export function useAppStoreShallow<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), useShallow(selector));
}

export type { AppState } from './types';
