/**
 * The preload: exposes window.hrApi (invoke + onEvent) and nothing else. No logic lives here.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiEventName, ApiEvents, HrBridge } from '../shared/api/bridge';
import type { Result } from '../shared/api/result';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/api/channels';

const bridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<Result<unknown>>,
  onEvent<E extends ApiEventName>(name: E, callback: (payload: ApiEvents[E]) => void) {
    // The renderer gets the payload only, never the IPC event (it carries the sender).
    const listener = (_event: IpcRendererEvent, eventName: string, payload: ApiEvents[E]) => {
      if (eventName === name) callback(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  },
} satisfies HrBridge;

contextBridge.exposeInMainWorld('hrApi', bridge);
