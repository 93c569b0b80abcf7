/**
 * The type of every message key: i18next checks each `t('a.b.c')` against it, so a key missing from the
 * catalogues fails the typecheck; test/renderer/i18n.test.ts fails on a key no source uses.
 *
 * Adding a key: put it in the feature's messages.ts (or en.ts + nl.ts for shared strings), English and
 * Dutch both; nothing else. Adding a feature catalogue (features/<name>/messages.ts): also add its line
 * here; the i18n test fails until you do. The app itself loads every messages.ts by glob (index.ts).
 */
import type { Catalogue } from './en';
import type auditLog from '../features/audit-log/messages';
import type dashboard from '../features/dashboard/messages';
import type explain from '../features/explain/messages';
import type exports from '../features/exports/messages';
import type fairness from '../features/fairness/messages';
import type importer from '../features/import/messages';
import type methodology from '../features/methodology/messages';
import type myPath from '../features/my-path/messages';
import type paths from '../features/paths/messages';
import type privacy from '../features/privacy/messages';
import type profile from '../features/profile/messages';
import type redeployment from '../features/redeployment/messages';
import type roles from '../features/roles/messages';
import type scenarios from '../features/scenarios/messages';
import type settings from '../features/settings/messages';
import type sources from '../features/sources/messages';
import type tasks from '../features/tasks/messages';
import type team from '../features/team/messages';
import type workforce from '../features/workforce/messages';

type AppMessages = Catalogue &
  (typeof auditLog)['en'] &
  (typeof dashboard)['en'] &
  (typeof explain)['en'] &
  (typeof exports)['en'] &
  (typeof fairness)['en'] &
  (typeof importer)['en'] &
  (typeof methodology)['en'] &
  (typeof myPath)['en'] &
  (typeof paths)['en'] &
  (typeof privacy)['en'] &
  (typeof profile)['en'] &
  (typeof redeployment)['en'] &
  (typeof roles)['en'] &
  (typeof scenarios)['en'] &
  (typeof settings)['en'] &
  (typeof sources)['en'] &
  (typeof tasks)['en'] &
  (typeof team)['en'] &
  (typeof workforce)['en'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AppMessages };
  }
}

/** The feature catalogues this file types, by folder name (the i18n test compares them with the glob). */
export const TYPED_FEATURES = ['audit-log', 'dashboard', 'explain', 'exports', 'fairness', 'import', 'methodology', 'my-path', 'paths', 'privacy', 'profile', 'redeployment', 'roles', 'scenarios', 'settings', 'sources', 'tasks', 'team', 'workforce'] as const;
