/**
 * useLoad: one API read with loading / ready / error that keeps the last data while it reloads,
 * for screens that keep their data in local state rather than a store slice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiClient, type ApiError } from './client';
import { useApi } from '../state/store';

interface Loaded<T> {
  status: 'loading' | 'ready' | 'error';
  data: T | null;
  error: ApiError | null;
  reload(): void;
}

export function useLoad<T>(load: (api: ApiClient) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const api = useApi();
  const [state, setState] = useState<{ status: Loaded<T>['status']; data: T | null; error: ApiError | null }>({ status: 'loading', data: null, error: null });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, status: 'loading', error: null }));
    loadRef.current(api).then(
      (data) => live && setState({ status: 'ready', data, error: null }),
      (error: unknown) => live && setState((s) => ({ status: 'error', data: s.data, error: toApiError(error) })),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the load depends on
  }, [api, tick, ...deps]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}
