/**
 * Reskilling views: whose paths are open (owned by the Reskill, Team and My path screens).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { ApiClient } from '../../api/client';
import type { AppState } from '../types';

export interface ReskillSlice {
  /** The person whose paths or plan is open. */
  selectedEmployeeId: string | null;
  selectEmployee(id: string | null): void;
}

export const createReskillSlice =
  (_api: ApiClient): StateCreator<AppState, [], [], ReskillSlice> =>
  (set) => ({
    selectedEmployeeId: null,
    selectEmployee: (id) => set({ selectedEmployeeId: id }),
  });
