/**
 * Web-contents guards: no navigation, no new windows, no webviews, no permissions, no network.
 * isTrustedSender is pure so it can be tested without Electron.
 */
import { app, session, type WebContents } from 'electron';
import { isTrustedUrl } from './trustedUrl';

export function installSecurity(rendererIndexUrl: string): void {
  // Offline by construction: the renderer may load the app's own files and nothing else.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isTrustedUrl(details.url, rendererIndexUrl) && !details.url.startsWith('devtools://') });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
