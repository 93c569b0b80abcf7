/**
 * The only ipcMain user: hr:invoke → sender check → dispatch; progress goes back on hr:event.
 */
import { ipcMain, type WebContents } from 'electron';
import { dispatch } from './api/dispatch';
import { fail } from '../shared/api/result';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/api/channels';
import { isTrustedSender } from './trustedUrl';
import type { Core } from './core';

/** `pageUrls`: the app's own pages (the window and the report page) whose frames may call. */
export function registerIpc(core: Core, actor: string, pageUrls: string[]): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!pageUrls.some((page) => isTrustedSender(event.senderFrame?.url, page))) {
      return fail('FORBIDDEN', 'Calls are accepted only from the Overstap window.');
    }
    const sender: WebContents = event.sender;
    const signal = core.jobs.signalFor(input);
    return dispatch(core.handlers, method, input, {
      actor,
      signal,
      progress: (p) => {
        if (!sender.isDestroyed()) sender.send(EVENT_CHANNEL, 'progress', p);
      },
    }, core.log).finally(() => core.jobs.done(input));
  });
}
