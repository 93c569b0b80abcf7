/**
 * useAction: a write (or any call a person starts) as a resource (api/resource.ts): busy while it runs,
 * its ApiError when it fails, the latest start wins and unmounting drops an answer still on its way.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient, ApiError } from './client';
import { createResource } from './resource';
import { useApi } from '../state/store';

interface Action {
  busy: boolean;
  error: ApiError | null;
  /** Runs `fn`; resolves with its result, or undefined when it failed or a later run took over. */
  run<T>(fn: (api: ApiClient, signal: AbortSignal) => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

export function useAction(): Action {
  const api = useApi();
  const [state, setState] = useState<{ busy: boolean; error: ApiError | null }>({ busy: false, error: null });
  const resource = useMemo(() => createResource((s) => setState({ busy: s.status === 'loading', error: s.error })), []);
  useEffect(() => () => resource.supersede(), [resource]);
  const run = useCallback(
    async <T,>(fn: (api: ApiClient, signal: AbortSignal) => Promise<T>): Promise<T | undefined> => {
      let out: T | undefined;
      await resource.run((signal) => fn(api, signal), (v) => void (out = v));
      return out;
    },
    [api, resource],
  );
  const clearError = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  return { ...state, run, clearError };
}
