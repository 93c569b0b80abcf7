/**
 * One async resource per kind of call, for store slices and screens alike (issue 14.3): a new run
 * supersedes the one before it (latest wins: an older answer is dropped, its AbortSignal fires), cancel()
 * drops the running one, and a failure becomes an ApiError in the status. Framework-free; useResource is
 * the React face of it.
 */
import { toApiError, type ApiError } from './client';

export type ResourceStatus = { status: 'idle'; error: null } | { status: 'loading'; error: null } | { status: 'error'; error: ApiError };

const IDLE_STATUS: ResourceStatus = { status: 'idle', error: null };
const LOADING_STATUS: ResourceStatus = { status: 'loading', error: null };

interface Resource {
  /**
   * Starts `load` and reports loading, then idle or the error, through the resource's status callback;
   * `apply` gets the value only while this run is still the latest. Resolves true when it applied.
   */
  run<T>(load: (signal: AbortSignal) => Promise<T>, apply?: (value: T) => void | Promise<void>): Promise<boolean>;
  /** Drops the running call (its answer is ignored, its signal aborts) and reports idle. */
  cancel(): void;
  /** Makes the running call stale without reporting anything (another action took over its state). */
  supersede(): void;
  /** True while `token` (from current()) is the latest run. */
  isCurrent(token: number): boolean;
  current(): number;
}

export function createResource(onStatus: (status: ResourceStatus) => void = () => {}): Resource {
  let token = 0;
  let controller: AbortController | null = null;
  const stop = () => {
    token++;
    controller?.abort();
    controller = null;
  };
  return {
    async run(load, apply) {
      stop();
      const mine = token;
      const own = (controller = new AbortController());
      onStatus(LOADING_STATUS);
      let value;
      try {
        value = await load(own.signal);
      } catch (error) {
        if (mine !== token) return false;
        controller = null;
        onStatus({ status: 'error', error: toApiError(error) });
        return false;
      }
      if (mine !== token) return false;
      controller = null;
      onStatus(IDLE_STATUS);
      await apply?.(value);
      return true;
    },
    cancel() {
      const running = controller !== null;
      stop();
      if (running) onStatus(IDLE_STATUS);
    },
    supersede: stop,
    isCurrent: (t) => t === token,
    current: () => token,
  };
}
