/**
 * Which component draws each screen. Each feature folder owns its screen file (and says whether it is built),
 * so screens are added without touching a shared switch.
 */
import type { ComponentType } from 'react';
import { TasksScreen } from '../features/tasks/TasksScreen';
import { DashboardScreen, isBuilt as DashboardScreenBuilt } from '../features/dashboard/DashboardScreen';
import { ScenariosScreen, isBuilt as ScenariosScreenBuilt } from '../features/scenarios/ScenariosScreen';
import { RolesScreen, isBuilt as RolesScreenBuilt } from '../features/roles/RolesScreen';
import { RedeploymentScreen, isBuilt as RedeploymentScreenBuilt } from '../features/redeployment/RedeploymentScreen';
import { PathsScreen, isBuilt as PathsScreenBuilt } from '../features/paths/PathsScreen';
import { FairnessScreen, isBuilt as FairnessScreenBuilt } from '../features/fairness/FairnessScreen';
import { TeamScreen, isBuilt as TeamScreenBuilt } from '../features/team/TeamScreen';
import { MyPathScreen, isBuilt as MyPathScreenBuilt } from '../features/my-path/MyPathScreen';
import { WorkforceScreen, isBuilt as WorkforceScreenBuilt } from '../features/workforce/WorkforceScreen';
import { ExportsScreen, isBuilt as ExportsScreenBuilt } from '../features/exports/ExportsScreen';
import { PrivacyScreen, isBuilt as PrivacyScreenBuilt } from '../features/privacy/PrivacyScreen';
import { AuditLogScreen, isBuilt as AuditLogScreenBuilt } from '../features/audit-log/AuditLogScreen';
import { MethodologyScreen, isBuilt as MethodologyScreenBuilt } from '../features/methodology/MethodologyScreen';
import { SourcesScreen, isBuilt as SourcesScreenBuilt } from '../features/sources/SourcesScreen';
import { SettingsScreen, isBuilt as SettingsScreenBuilt } from '../features/settings/SettingsScreen';
import type { ScreenId } from './screens';

export const SCREENS: Record<ScreenId, { Component: ComponentType; built: boolean }> = {
  tasks: { Component: TasksScreen, built: true },
  'dashboard': { Component: DashboardScreen, built: DashboardScreenBuilt },
  'scenarios': { Component: ScenariosScreen, built: ScenariosScreenBuilt },
  'roles': { Component: RolesScreen, built: RolesScreenBuilt },
  'redeployment': { Component: RedeploymentScreen, built: RedeploymentScreenBuilt },
  'paths': { Component: PathsScreen, built: PathsScreenBuilt },
  'fairness': { Component: FairnessScreen, built: FairnessScreenBuilt },
  'team': { Component: TeamScreen, built: TeamScreenBuilt },
  'my-path': { Component: MyPathScreen, built: MyPathScreenBuilt },
  'workforce': { Component: WorkforceScreen, built: WorkforceScreenBuilt },
  'exports': { Component: ExportsScreen, built: ExportsScreenBuilt },
  'privacy': { Component: PrivacyScreen, built: PrivacyScreenBuilt },
  'audit-log': { Component: AuditLogScreen, built: AuditLogScreenBuilt },
  'methodology': { Component: MethodologyScreen, built: MethodologyScreenBuilt },
  'sources': { Component: SourcesScreen, built: SourcesScreenBuilt },
  'settings': { Component: SettingsScreen, built: SettingsScreenBuilt },
};
