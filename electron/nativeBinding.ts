/**
 * Which better-sqlite3 binary the Electron main process loads. The Node build in node_modules serves
 * the tests, the CLI and the twin; Electron needs one built for its own ABI, kept beside it in
 * .electron-sqlite/ by `npm start`'s prestart step, so starting the app never breaks the tests.
 */
import path from 'node:path';

const ELECTRON_SQLITE_DIR = '.electron-sqlite';
export const ELECTRON_BINDING_RELATIVE = path.join(ELECTRON_SQLITE_DIR, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/**
 * @returns the path to pass as better-sqlite3's `nativeBinding`, or undefined to use the default
 * (a packaged app, whose electron-builder rebuild already targets Electron's ABI).
 */
export function pickNativeBinding(appRoot: string, isPackaged: boolean, exists: (file: string) => boolean): string | undefined {
  if (isPackaged) return undefined;
  const candidate = path.join(appRoot, ELECTRON_BINDING_RELATIVE);
  return exists(candidate) ? candidate : undefined;
}
