/**
 * The catalogue read through the API: roles, the selected role's tasks, and the task search.
 * `tasks` always holds the whole role (headline cards and chart describe the role); `searchIds` narrows the table.
 * Late answers to superseded requests are dropped (a counter per request kind).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { RoleListItem, RoleRef, TaskListItem } from '../../../../shared/api/dto';
import type { ApiClient } from '../../api/client';
import { createResource } from '../../api/resource';
import { IDLE, type AppState, type AsyncState } from '../types';

export interface CatalogueSlice {
  roles: RoleListItem[];
  rolesState: AsyncState;
  selectedRoleCode: string | null;
  /** The role the loaded tasks belong to, titled in the current language. */
  taskRole: RoleRef | null;
  tasks: TaskListItem[];
  tasksState: AsyncState;
  /** What the user typed (updated on every key). */
  search: string;
  /** Ids of the tasks matching the last search sent to the API; null when there is no search. */
  searchIds: string[] | null;
  /** The query searchIds answer. */
  searchQuery: string;
  searchState: AsyncState;

  loadRoles(): Promise<void>;
  selectRole(code: string): Promise<void>;
  setSearch(text: string): void;
  /** Ask the API for the tasks matching `text` (the screen debounces this). */
  runSearch(text: string): Promise<void>;
  /** Reload roles, tasks and search, e.g. after a language switch. */
  reloadCatalogue(): Promise<void>;
}

/** The role to open first: the current role with the most people, else the first role. */
function defaultRole(roles: RoleListItem[]): RoleListItem | undefined {
  const current = roles.filter((r) => r.family === 'current');
  const pool = current.length > 0 ? current : roles;
  return pool.reduce<RoleListItem | undefined>((best, r) => (!best || r.headcount > best.headcount ? r : best), undefined);
}

export const createCatalogueSlice = (api: ApiClient): StateCreator<AppState, [], [], CatalogueSlice> => (set, get) => {
  // One resource per kind of call (api/resource.ts): a newer call wins over an older one still on its way.
  const rolesCall = createResource((rolesState) => set({ rolesState }));
  const tasksCall = createResource((tasksState) => set(tasksState.status === 'error' ? { tasks: [], taskRole: null, tasksState } : { tasksState }));
  const searchCall = createResource((searchState) => set({ searchState }));
  return {
    roles: [],
    rolesState: IDLE,
    selectedRoleCode: null,
    taskRole: null,
    tasks: [],
    tasksState: IDLE,
    search: '',
    searchIds: null,
    searchQuery: '',
    searchState: IDLE,

    async loadRoles() {
      await rolesCall.run(
        () => api.invoke('roles.list', { lang: get().language }),
        async ({ roles }) => {
          set({ roles });
          const selected = get().selectedRoleCode;
          if (selected && roles.some((r) => r.code === selected)) return;
          const first = defaultRole(roles);
          if (first) await get().selectRole(first.code);
          else set({ selectedRoleCode: null, taskRole: null, tasks: [], searchIds: null });
        },
      );
    },

    async selectRole(code) {
      // A search for the previous role is void.
      searchCall.supersede();
      set({ selectedRoleCode: code, searchIds: null, searchQuery: '', searchState: IDLE });
      const loaded = await tasksCall.run(
        () => api.invoke('tasks.list', { roleCode: code, lang: get().language }),
        (list) => set({ tasks: list.tasks, taskRole: list.role }),
      );
      const pending = get().search.trim();
      if (loaded && pending) await get().runSearch(pending);
    },

    setSearch(text) {
      if (text.trim() === '') {
        // Clearing shows the whole role at once; no need to wait for the debounce.
        searchCall.supersede();
        set({ search: text, searchIds: null, searchQuery: '', searchState: IDLE });
      } else set({ search: text });
    },

    async runSearch(text) {
      const query = text.trim();
      const roleCode = get().selectedRoleCode;
      if (!query || !roleCode) {
        searchCall.supersede();
        set({ searchIds: null, searchQuery: '', searchState: IDLE });
        return;
      }
      await searchCall.run(
        () => api.invoke('tasks.list', { roleCode, lang: get().language, search: query.slice(0, 200) }),
        (list) => set({ searchIds: list.tasks.map((t) => t.id), searchQuery: query }),
      );
    },

    async reloadCatalogue() {
      const selected = get().selectedRoleCode;
      if (!selected) return get().loadRoles();
      const roles = rolesCall.run(
        () => api.invoke('roles.list', { lang: get().language }),
        ({ roles }) => set({ roles }),
      );
      await Promise.all([roles, get().selectRole(selected)]);
    },
  };
};
