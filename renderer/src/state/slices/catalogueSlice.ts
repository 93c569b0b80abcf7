/**
 * The catalogue read through the API: roles, the selected role's tasks, and the task search.
 * `tasks` always holds the whole role (headline cards and chart describe the role); `searchIds` narrows the table.
 * Late answers to superseded requests are dropped (a counter per request kind).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { RoleListItem, RoleRef, TaskListItem } from '../../../../shared/api/dto';
import { toApiError, type ApiClient } from '../../api/client';
import { IDLE, LOADING, type AppState, type AsyncState } from '../types';

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

export const createCatalogueSlice = (api: ApiClient): StateCreator<AppState, [], [], CatalogueSlice> => {
  const seq = { roles: 0, tasks: 0, search: 0 };
  return (set, get) => ({
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
      const n = ++seq.roles;
      set({ rolesState: LOADING });
      try {
        const { roles } = await api.invoke('roles.list', { lang: get().language });
        if (n !== seq.roles) return;
        set({ roles, rolesState: IDLE });
        const selected = get().selectedRoleCode;
        if (selected && roles.some((r) => r.code === selected)) return;
        const first = defaultRole(roles);
        if (first) await get().selectRole(first.code);
        else set({ selectedRoleCode: null, taskRole: null, tasks: [], searchIds: null });
      } catch (error) {
        if (n === seq.roles) set({ rolesState: { status: 'error', error: toApiError(error) } });
      }
    },

    async selectRole(code) {
      const n = ++seq.tasks;
      seq.search++; // a search for the previous role is void
      set({ selectedRoleCode: code, tasksState: LOADING, searchIds: null, searchQuery: '', searchState: IDLE });
      try {
        const list = await api.invoke('tasks.list', { roleCode: code, lang: get().language });
        if (n !== seq.tasks) return;
        set({ tasks: list.tasks, taskRole: list.role, tasksState: IDLE });
      } catch (error) {
        if (n === seq.tasks) set({ tasks: [], taskRole: null, tasksState: { status: 'error', error: toApiError(error) } });
        return;
      }
      const pending = get().search.trim();
      if (pending) await get().runSearch(pending);
    },

    setSearch(text) {
      if (text.trim() === '') {
        // Clearing shows the whole role at once; no need to wait for the debounce.
        seq.search++;
        set({ search: text, searchIds: null, searchQuery: '', searchState: IDLE });
      } else set({ search: text });
    },

    async runSearch(text) {
      const n = ++seq.search;
      const query = text.trim();
      const roleCode = get().selectedRoleCode;
      if (!query || !roleCode) {
        set({ searchIds: null, searchQuery: '', searchState: IDLE });
        return;
      }
      set({ searchState: LOADING });
      try {
        const list = await api.invoke('tasks.list', { roleCode, lang: get().language, search: query.slice(0, 200) });
        if (n !== seq.search) return;
        set({ searchIds: list.tasks.map((t) => t.id), searchQuery: query, searchState: IDLE });
      } catch (error) {
        if (n === seq.search) set({ searchState: { status: 'error', error: toApiError(error) } });
      }
    },

    async reloadCatalogue() {
      const selected = get().selectedRoleCode;
      if (!selected) return get().loadRoles();
      const n = ++seq.roles;
      const roles = (async () => {
        try {
          const { roles } = await api.invoke('roles.list', { lang: get().language });
          if (n === seq.roles) set({ roles, rolesState: IDLE });
        } catch (error) {
          if (n === seq.roles) set({ rolesState: { status: 'error', error: toApiError(error) } });
        }
      })();
      await Promise.all([roles, get().selectRole(selected)]);
    },
  });
};
