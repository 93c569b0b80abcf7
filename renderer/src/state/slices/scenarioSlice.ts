/**
 * The active scenario and its latest model result (owned by the planner screens).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { ApiClient } from '../../api/client';
import type { AppState } from '../types';

export interface ScenarioSlice {
  /** Name of the scenario the planner is looking at; shown in the top bar. */
  activeScenario: string;
  setActiveScenario(name: string): void;
}

export const createScenarioSlice =
  (_api: ApiClient): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set) => ({
    activeScenario: 'expected',
    setActiveScenario: (name) => set({ activeScenario: name }),
  });
