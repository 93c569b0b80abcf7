/**
 * Settings and app info: the language (the system's until one is chosen; a choice is persisted through
 * settings.update), the organisation for the top bar.
 * init() is the app's start-up: settings + app info, then the catalogue in the saved language.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppInfo, Settings } from '../../../../shared/api/dto';
import type { Lang } from '../../../../shared/domain/types';
import { toApiError, type ApiClient } from '../../api/client';
import { detectLanguage, systemLanguages } from '../../i18n/detect';
import { IDLE, LOADING, type AppState, type AsyncState } from '../types';

export interface SettingsSlice {
  language: Lang;
  settings: Settings | null;
  info: AppInfo | null;
  /** Start-up (settings.get + app.info). */
  startup: AsyncState;
  /** Saving a settings change; an error here means the change holds for this session only. */
  settingsSave: AsyncState;
  init(): Promise<void>;
  setLanguage(lang: Lang): Promise<void>;
  /** Takes settings saved elsewhere (the Settings screen), so every screen reads the same values. */
  applySettings(settings: Settings): void;
  /** Re-reads app.info (organisation, headcount) after the workforce changed. */
  refreshInfo(): Promise<void>;
  dismissSettingsError(): void;
}

export const createSettingsSlice =
  (api: ApiClient): StateCreator<AppState, [], [], SettingsSlice> =>
  (set, get) => ({
    // The system's language until the settings say someone chose one (13: Dutch on a Dutch system).
    language: detectLanguage(systemLanguages()),
    settings: null,
    info: null,
    startup: IDLE,
    applySettings: (settings) => set({ settings }),
    async refreshInfo() {
      try {
        set({ info: await api.invoke('app.info', {}) });
      } catch {
        // The top bar keeps the last known organisation; the screen that changed it reports its own errors.
      }
    },
    settingsSave: IDLE,

    async init() {
      set({ startup: LOADING });
      try {
        const [settings, info] = await Promise.all([api.invoke('settings.get', {}), api.invoke('app.info', {})]);
        // A language someone chose wins; otherwise the one detected at start stays.
        set({ settings, info, language: settings.languageChosen === false ? get().language : settings.language, startup: IDLE });
      } catch (error) {
        // The catalogue still loads in the default language; the shell shows why settings are missing.
        set({ startup: { status: 'error', error: toApiError(error) } });
      }
      await get().loadRoles();
    },

    async setLanguage(lang) {
      // Choosing the language already shown still records the choice, so the system's no longer decides.
      if (lang === get().language && get().settings?.languageChosen !== false) return;
      // Switch at once; the catalogue reloads with titles and statements in the new language.
      set({ language: lang, settingsSave: LOADING });
      const reload = get().reloadCatalogue();
      try {
        const settings = await api.invoke('settings.update', { language: lang });
        set({ settings, settingsSave: IDLE });
      } catch (error) {
        set({ settingsSave: { status: 'error', error: toApiError(error) } });
      }
      await reload;
    },

    dismissSettingsError: () => set({ settingsSave: IDLE }),
  });
