/**
 * Web Worker: runs the pure impact model off the UI thread while a slider moves.
 * Latest wins: messages that arrive while one is computed are coalesced, only the newest run is computed.
 */
import { createModelCore } from './modelCore';
import type { FromWorker, ToWorker } from './protocol';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

const core = createModelCore();
let key = '';
let pending: Extract<ToWorker, { type: 'run' }> | null = null;
let scheduled = false;

function drain(): void {
  scheduled = false;
  const job = pending;
  pending = null;
  if (!job || job.key !== key) return;
  const t0 = performance.now();
  try {
    const result = core.run(job.scenario);
    scope.postMessage({ type: 'result', key: job.key, rev: job.rev, result, ms: performance.now() - t0 });
  } catch (error) {
    scope.postMessage({ type: 'error', key: job.key, rev: job.rev, message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    key = msg.key;
    pending = null;
    core.init(msg.input);
    return;
  }
  pending = msg;
  if (!scheduled) {
    scheduled = true;
    // Let queued messages arrive first, so only the latest is computed.
    setTimeout(drain, 0);
  }
};
