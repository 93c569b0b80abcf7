/**
 * Where the desktop app keeps its database: the same file for Electron and the CLI's default.
 */
import os from 'node:os';
import path from 'node:path';

const APP_DIR_NAME = 'Overstap';
const DB_FILE_NAME = 'overstap.db';

/** The user-data folder as Electron's app.getPath('userData') gives it for productName "Overstap". */
function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

export const defaultDbPath = (): string => path.join(userDataDir(), DB_FILE_NAME);

export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
