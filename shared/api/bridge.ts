/**
 * The bridge the renderer sees as `window.hrApi`: the Electron preload and the browser twin both
 * implement it. Owns: HrBridge and the event map.
 */
import type { Result } from './result';

interface ProgressEvent {
  jobId: string;
  /** Message key of what is running, e.g. "job.reskillAll". */
  label: string;
  done: number;
  total: number;
}

export interface ApiEvents {
  progress: ProgressEvent;
  /** Something changed in the database (another window, the CLI, an import): reload what you show. */
  changed: { entity: string };
}
export type ApiEventName = keyof ApiEvents;

export interface HrBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent<E extends ApiEventName>(name: E, callback: (payload: ApiEvents[E]) => void): () => void;
}
