/**
 * The packaged app's menu: Electron's default one offers Reload and Toggle Developer Tools (issue 16.5).
 * Only what a user needs stays — the app menu on macOS, Edit (copy/paste and their shortcuts, which macOS
 * takes from the menu) and Window. Development keeps the default menu.
 */
/** Menu roles only (a subset of Electron's MenuItemConstructorOptions), so this file needs no 'electron'. */
type MenuRoleItem = { role: 'appMenu' | 'editMenu' | 'windowMenu' };

export function packagedMenuTemplate(platform: NodeJS.Platform): MenuRoleItem[] {
  return [...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []), { role: 'editMenu' }, { role: 'windowMenu' }];
}
