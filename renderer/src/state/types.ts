/**
 * The combined store type and the status shape every async action uses (docs/STYLE.md).
 */
import type { ApiError } from '../api/client';
import type { CatalogueSlice } from './slices/catalogueSlice';
import type { SettingsSlice } from './slices/settingsSlice';
import type { UiSlice } from './slices/uiSlice';
import type { ScenarioSlice } from './slices/scenarioSlice';
import type { ReskillSlice } from './slices/reskillSlice';

type Status = 'idle' | 'loading' | 'error';

export interface AsyncState {
  status: Status;
  error: ApiError | null;
}

export const IDLE: AsyncState = { status: 'idle', error: null };
export const LOADING: AsyncState = { status: 'loading', error: null };

export type AppState = SettingsSlice & CatalogueSlice & UiSlice & ScenarioSlice & ReskillSlice;
