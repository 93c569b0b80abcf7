/**
 * Who uses this installation (profile.get), shared by the top bar, the first-start card, Settings, Team
 * and the approval form; `reload` after a change. Also carries the employee-mode refresh, so the
 * "Open as employee" dialog can lock the app without a page reload.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ProfileState } from '../../../../shared/api/team-dto';
import { useLoad, type Loaded } from '../../api/useLoad';

interface ProfileContextValue {
  state: Loaded<ProfileState>;
  /** Bumped when employee mode was entered or left: the gate reads privacy.status again. */
  modeKey: number;
  modeChanged(): void;
}

const Ctx = createContext<ProfileContextValue | null>(null);

export function ProfileProvider({ children }: { children: ReactNode }) {
  const [modeKey, setModeKey] = useState(0);
  const state = useLoad((api) => api.invoke('profile.get', {}), [modeKey]);
  const value = useMemo(() => ({ state, modeKey, modeChanged: () => setModeKey((n) => n + 1) }), [state, modeKey]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useProfile(): ProfileContextValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useProfile outside ProfileProvider');
  return v;
}
