/**
 * Web-contents guards: no navigation, no new windows, no webviews, no permissions, no network.
 * isTrustedSender is pure so it can be tested without Electron.
 */
import { app, session, type WebContents } from 'electron';
import { isTrustedUrl } from './trustedUrl';

/** `packaged`: the installed app, where DevTools stay shut (16.5); development keeps them. */
export function installSecurity(rendererIndexUrl: string, options: { packaged: boolean } = { packaged: true }): void {
  // Offline by construction: the renderer may load the app's own files and nothing else.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isTrustedUrl(details.url, rendererIndexUrl) && (options.packaged || !details.url.startsWith('devtools://')) });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // devTools: false already keeps them shut; should anything open them anyway, they close again.
    if (options.packaged) contents.on('devtools-opened', () => contents.closeDevTools());
  });
}
