/**
 * The renderer's side of the model worker: one run in flight, the newest change waiting (latest wins),
 * results for superseded inputs dropped. Falls back to computing in-thread (on a later task) where no
 * module Worker exists — jsdom in tests; the app itself always has one.
 */
import type { ScenarioInput, ScenarioResult } from '../../../shared/domain/modelTypes';
import type { Scenario } from '../../../shared/domain/scenario';
import { createModelCore } from './modelCore';
import type { FromWorker, ToWorker } from './protocol';

interface ModelRunResult {
  key: string;
  rev: number;
  result: ScenarioResult;
  /** Time the model took inside the worker (ms). */
  ms: number;
}

export interface ModelRunner {
  init(key: string, input: ScenarioInput): void;
  run(key: string, rev: number, scenario: Scenario): void;
  onResult(callback: (r: ModelRunResult) => void): void;
  onError(callback: (e: { key: string; rev: number; message: string }) => void): void;
  dispose(): void;
}

interface Port {
  post(message: ToWorker): void;
  listen(cb: (m: FromWorker) => void): void;
  close(): void;
}

function workerPort(): Port {
  const worker = new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (m) => worker.postMessage(m),
    listen: (cb) => {
      worker.onmessage = (e: MessageEvent<FromWorker>) => cb(e.data);
    },
    close: () => worker.terminate(),
  };
}

/** Same protocol, computed on the page (tests, fallback). */
function inThreadPort(): Port {
  const core = createModelCore();
  let listener: (m: FromWorker) => void = () => {};
  let pending: Extract<ToWorker, { type: 'run' }> | null = null;
  let key = '';
  return {
    post(m) {
      if (m.type === 'init') {
        key = m.key;
        core.init(m.input);
        return;
      }
      const first = pending === null;
      pending = m;
      if (!first) return;
      setTimeout(() => {
        const job = pending!;
        pending = null;
        if (job.key !== key) return;
        const t0 = performance.now();
        try {
          listener({ type: 'result', key: job.key, rev: job.rev, result: core.run(job.scenario), ms: performance.now() - t0 });
        } catch (error) {
          listener({ type: 'error', key: job.key, rev: job.rev, message: error instanceof Error ? error.message : String(error) });
        }
      }, 0);
    },
    listen(cb) {
      listener = cb;
    },
    close() {},
  };
}

export function createModelRunner(port: Port = typeof Worker === 'undefined' ? inThreadPort() : workerPort()): ModelRunner {
  let resultCb: (r: ModelRunResult) => void = () => {};
  let errorCb: (e: { key: string; rev: number; message: string }) => void = () => {};
  let currentKey = '';
  let inFlight = false;
  let waiting: { key: string; rev: number; scenario: Scenario } | null = null;

  function send(job: { key: string; rev: number; scenario: Scenario }) {
    inFlight = true;
    port.post({ type: 'run', ...job });
  }

  port.listen((m) => {
    inFlight = false;
    const next = waiting;
    waiting = null;
    if (next) send(next);
    if (m.key !== currentKey) return;
    // A newer change is already on its way: this result is still shown (the chart keeps moving), unless stale.
    if (m.type === 'result') resultCb({ key: m.key, rev: m.rev, result: m.result, ms: m.ms });
    else errorCb({ key: m.key, rev: m.rev, message: m.message });
  });

  return {
    init(key, input) {
      currentKey = key;
      waiting = null;
      inFlight = false;
      port.post({ type: 'init', key, input });
    },
    run(key, rev, scenario) {
      if (key !== currentKey) return;
      if (inFlight) waiting = { key, rev, scenario };
      else send({ key, rev, scenario });
    },
    onResult(cb) {
      resultCb = cb;
    },
    onError(cb) {
      errorCb = cb;
    },
    dispose() {
      port.close();
    },
  };
}
