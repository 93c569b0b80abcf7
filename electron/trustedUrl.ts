/**
 * Pure URL checks for the Electron shell (tested without Electron).
 */

/** True when a URL is one of the app's own files: same file:// folder as the renderer's index.html. */
export function isTrustedUrl(candidate: string, rendererIndexUrl: string): boolean {
  let url: URL;
  let index: URL;
  try {
    url = new URL(candidate);
    index = new URL(rendererIndexUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'file:' || index.protocol !== 'file:') return false;
  const base = index.pathname.slice(0, index.pathname.lastIndexOf('/') + 1);
  const normalised = decodeURIComponent(url.pathname);
  return normalised.startsWith(decodeURIComponent(base)) && !normalised.includes('/../');
}

/** IPC is answered only for the app's own page, never for a frame that got elsewhere (GHSA-mq8j-3h7h-p8g7). */
export function isTrustedSender(frameUrl: string | undefined, rendererIndexUrl: string): boolean {
  if (!frameUrl) return false;
  // The page itself, with any hash or query (the report page takes its request in the query).
  const page = frameUrl.split('#')[0]!.split('?')[0]!;
  return page === rendererIndexUrl;
}
