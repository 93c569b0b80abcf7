/** window.hrApi, provided by the Electron preload or the browser twin's injected script. */
import type { HrBridge } from '../../shared/api/bridge';

declare global {
  interface Window {
    hrApi: HrBridge;
  }
}

export {};
