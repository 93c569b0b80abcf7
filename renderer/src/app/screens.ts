/**
 * The screens of the app and how the navigation groups them (layout conventions).
 * Owns: ScreenId, NAV_GROUPS, START_SCREEN. Which component draws a screen is in app/screenRegistry.tsx.
 */

export const NAV_GROUPS = [
  { id: 'plan', screens: ['dashboard', 'scenarios', 'tasks', 'roles'] },
  { id: 'reskill', screens: ['redeployment', 'paths', 'fairness'] },
  { id: 'manager', screens: ['team'] },
  { id: 'employee', screens: ['my-path'] },
  { id: 'data', screens: ['workforce', 'exports', 'privacy', 'audit-log'] },
  { id: 'about', screens: ['methodology', 'sources', 'settings'] },
] as const;
export type ScreenId = (typeof NAV_GROUPS)[number]['screens'][number];

export const SCREEN_IDS: readonly ScreenId[] = NAV_GROUPS.flatMap((g) => g.screens as readonly ScreenId[]);

/** Where the app opens: the planner's headline figures first. */
export const START_SCREEN: ScreenId = 'dashboard';
