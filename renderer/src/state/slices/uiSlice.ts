/**
 * UI choices that are not business data: which screen is open.
 */
import type { StateCreator } from 'zustand/vanilla';
import { START_SCREEN, type ScreenId } from '../../app/screens';
import type { AppState } from '../types';

export interface UiSlice {
  screen: ScreenId;
  setScreen(screen: ScreenId): void;
}

export const createUiSlice = (): StateCreator<AppState, [], [], UiSlice> => (set) => ({
  screen: START_SCREEN,
  setScreen: (screen) => set({ screen }),
});
