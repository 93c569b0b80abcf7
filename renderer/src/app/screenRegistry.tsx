/**
 * Which component draws each screen. Each feature folder owns its screen file, so a screen is added with
 * one line here and one in screens.ts.
 */
import type { ComponentType } from 'react';
import { TasksScreen } from '../features/tasks/TasksScreen';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { ScenariosScreen } from '../features/scenarios/ScenariosScreen';
import { RolesScreen } from '../features/roles/RolesScreen';
import { RedeploymentScreen } from '../features/redeployment/RedeploymentScreen';
import { PathsScreen } from '../features/paths/PathsScreen';
import { FairnessScreen } from '../features/fairness/FairnessScreen';
import { TeamScreen } from '../features/team/TeamScreen';
import { MyPathScreen } from '../features/my-path/MyPathScreen';
import { WorkforceScreen } from '../features/workforce/WorkforceScreen';
import { ExportsScreen } from '../features/exports/ExportsScreen';
import { PrivacyScreen } from '../features/privacy/PrivacyScreen';
import { AuditLogScreen } from '../features/audit-log/AuditLogScreen';
import { MethodologyScreen } from '../features/methodology/MethodologyScreen';
import { SourcesScreen } from '../features/sources/SourcesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import type { ScreenId } from './screens';

export const SCREENS: Record<ScreenId, ComponentType> = {
  tasks: TasksScreen,
  dashboard: DashboardScreen,
  scenarios: ScenariosScreen,
  roles: RolesScreen,
  redeployment: RedeploymentScreen,
  paths: PathsScreen,
  fairness: FairnessScreen,
  team: TeamScreen,
  'my-path': MyPathScreen,
  workforce: WorkforceScreen,
  exports: ExportsScreen,
  privacy: PrivacyScreen,
  'audit-log': AuditLogScreen,
  methodology: MethodologyScreen,
  sources: SourcesScreen,
  settings: SettingsScreen,
};
