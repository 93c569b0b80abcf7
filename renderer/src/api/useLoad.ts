/**
 * useLoad: one API read as a resource (api/resource.ts) for screens that keep their data in local state:
 * loading / ready / error, the last data kept while it reloads, the latest run wins, cancelled on unmount
 * or when its inputs change.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient, ApiError } from './client';
import { createResource } from './resource';
import { useApi } from '../state/store';

export interface Loaded<T> {
  status: 'loading' | 'ready' | 'error';
  data: T | null;
  error: ApiError | null;
  reload(): void;
  cancel(): void;
}

export function useLoad<T>(load: (api: ApiClient, signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const api = useApi();
  const [state, setState] = useState<{ status: Loaded<T>['status']; data: T | null; error: ApiError | null }>({ status: 'loading', data: null, error: null });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const resource = useMemo(
    () =>
      createResource((s) => {
        if (s.status === 'loading') setState((old) => ({ ...old, status: 'loading', error: null }));
        else if (s.status === 'error') setState((old) => ({ ...old, status: 'error', error: s.error }));
        // Cancelled: what was shown stays, marked ready (there is nothing newer on its way).
        else setState((old) => (old.status === 'loading' ? { ...old, status: 'ready' } : old));
      }),
    [],
  );

  useEffect(() => {
    void resource.run(
      (signal) => loadRef.current(api, signal),
      (data) => setState({ status: 'ready', data, error: null }),
    );
    return () => resource.supersede();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the load depends on
  }, [api, tick, resource, ...deps]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const cancel = useCallback(() => resource.cancel(), [resource]);
  return { ...state, reload, cancel };
}

