/**
 * The browser twin of electron/preload.ts: defines window.hrApi over fetch and server-sent events.
 * Bundled to dist/web/browser-preload.js and injected by electron/web/server.ts before the app script.
 */
import type { ApiEventName, ApiEvents, HrBridge } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/result';

const token = document.querySelector('meta[name="overstap-token"]')?.getAttribute('content') ?? '';

let source: EventSource | null = null;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

function ensureEvents(name: string): void {
  source ??= new EventSource(`./api/events?token=${encodeURIComponent(token)}`);
  if (listeners.has(name)) return;
  listeners.set(name, new Set());
  source.addEventListener(name, (e) => {
    const payload = JSON.parse((e as MessageEvent<string>).data) as unknown;
    for (const cb of listeners.get(name) ?? []) cb(payload);
  });
}

const bridge: HrBridge = {
  async invoke(method, input) {
    try {
      const res = await fetch('./api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-overstap-token': token },
        body: JSON.stringify({ method, input }),
      });
      if (!res.ok) return { ok: false, error: { code: 'INTERNAL', message: `HTTP ${res.status}: ${await res.text()}` } };
      return (await res.json()) as Result<unknown>;
    } catch (error) {
      return { ok: false, error: { code: 'INTERNAL', message: `The Overstap server cannot be reached (${String(error)})` } };
    }
  },
  onEvent<E extends ApiEventName>(name: E, callback: (payload: ApiEvents[E]) => void) {
    ensureEvents(name);
    const set = listeners.get(name)!;
    const cb = callback as (payload: unknown) => void;
    set.add(cb);
    return () => set.delete(cb);
  },
};

(window as unknown as { hrApi: HrBridge }).hrApi = bridge;
