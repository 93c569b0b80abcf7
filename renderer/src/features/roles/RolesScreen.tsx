/**
 * Roles: one role in the active scenario — headline figures at the horizon, the share of time automated /
 * done faster / unaffected per year and FTE needed vs available (every figure explains itself), the editable
 * task mix (saved as a role override with a reason), exposure as in the research (human vs GPT-4) and similar roles.
 * The role picker is the Tasks screen's: both screens look at the same role.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import { RolePicker } from '../tasks/RolePicker';
import { ExposureSection } from './ExposureSection';
import { ImpactSection } from './ImpactSection';
import { SimilarRoles } from './SimilarRoles';
import { TaskMixEditor } from './TaskMixEditor';
import './roles.css';
import { scenarioLabel } from '../../i18n/scenarioText';

export function RolesScreen() {
  const { t } = useTranslation();
  const active = useAppStore((s) => s.activeScenario);
  const loadScenarios = useAppStore((s) => s.loadScenarios);
  const loadActiveDoc = useAppStore((s) => s.loadActiveDoc);

  useEffect(() => {
    void loadScenarios();
  }, [loadScenarios]);
  useEffect(() => {
    void loadActiveDoc();
  }, [active, loadActiveDoc]);

  return (
    <div className="screen roles-screen" data-testid="screen-roles">
      <header className="screen__header screen__header--row">
        <div>
          <h1 className="screen__title">{t('roles.title')}</h1>
          <p className="screen__lead">{t('roles.lead')}</p>
        </div>
        <div className="toolbar roles-toolbar">
          <RolePicker />
        </div>
      </header>
      <RolesBody />
    </div>
  );
}

function RolesBody() {
  const { t } = useTranslation();
  const roles = useAppStore((s) => s.roles);
  const rolesState = useAppStore((s) => s.rolesState);
  const loadRoles = useAppStore((s) => s.loadRoles);
  const selected = useAppStore((s) => s.selectedRoleCode);

  if (rolesState.status === 'error' && rolesState.error && roles.length === 0)
    return <ErrorBanner what={t('error.roles')} error={rolesState.error} onRetry={() => void loadRoles()} testId="roles-error" />;
  if (rolesState.status === 'loading' && roles.length === 0) return <Loading label={t('tasks.state.loadingRoles')} testId="roles-loading" />;
  if (roles.length === 0)
    return (
      <EmptyState title={t('tasks.state.noRoles')} testId="no-roles">
        <p>{t('tasks.state.noRolesHint')}</p>
      </EmptyState>
    );
  if (!selected) return <EmptyState title={t('roles.state.pickRole')} testId="pick-role" />;
  return <RoleDetail roleCode={selected} />;
}

function RoleDetail({ roleCode }: { roleCode: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const active = useAppStore((s) => s.activeScenario);
  const lang = useAppStore((s) => s.language);
  const rev = useAppStore((s) => s.overrideRev);
  const role = useAppStore((s) => s.roles.find((r) => r.code === roleCode));
  const known = useAppStore((s) => s.roles);
  const selectRole = useAppStore((s) => s.selectRole);

  const impact = useAppStore((s) => s.roleImpact);
  const impactState = useAppStore((s) => s.roleImpactState);
  const loadImpact = useAppStore((s) => s.loadRoleImpact);
  const exposure = useAppStore((s) => s.roleExposure);
  const exposureState = useAppStore((s) => s.roleExposureState);
  const loadExposure = useAppStore((s) => s.loadRoleExposure);
  const similar = useAppStore((s) => s.roleSimilar);
  const similarState = useAppStore((s) => s.roleSimilarState);
  const loadSimilar = useAppStore((s) => s.loadRoleSimilar);

  const tasks = useAppStore((s) => s.tasks);
  const taskRole = useAppStore((s) => s.taskRole);
  const tasksState = useAppStore((s) => s.tasksState);

  useEffect(() => {
    void loadImpact(roleCode);
    void loadExposure(roleCode);
  }, [roleCode, active, lang, rev, loadImpact, loadExposure]);
  useEffect(() => {
    void loadSimilar(roleCode);
  }, [roleCode, lang, loadSimilar]);

  const impactHere = impact && impact.roleCode === roleCode && impact.scenario === active ? impact : null;
  const exposureHere = exposure && exposure.roleCode === roleCode && exposure.scenario === active ? exposure : null;
  const similarHere = similar && similar.role.code === roleCode ? similar : null;
  const tasksHere = taskRole?.code === roleCode ? tasks : null;
  const headcount = role?.headcount ?? 0;

  return (
    <div className="roles-body" aria-busy={impactState.status === 'loading'}>
      <p className="roles-meta" data-testid="role-meta">
        {role ? <span className="tag">{t(`roles.family.${role.family}`)}</span> : null}{' '}
        {headcount > 0 ? t('roles.headcount', { count: headcount, n: fmt.number(headcount) }) : t('roles.nobody')} · {t('roles.scenario', { name: scenarioLabel(t, active) })}
      </p>

      {impactState.status === 'error' && impactState.error ? (
        <ErrorBanner what={t('roles.impactError')} error={impactState.error} onRetry={() => void loadImpact(roleCode)} testId="role-impact-error" />
      ) : impactHere ? (
        <ImpactSection impact={impactHere} staffed={headcount > 0} />
      ) : (
        <Loading label={t('roles.loading')} testId="role-impact-loading" />
      )}

      {tasksState.status === 'error' && tasksState.error ? (
          <ErrorBanner what={t('error.tasks')} error={tasksState.error} onRetry={() => void selectRole(roleCode)} testId="role-tasks-error" />
        ) : !tasksHere ? (
          <Loading label={t('tasks.state.loadingTasks')} testId="role-tasks-loading" />
        ) : tasksHere.length === 0 ? (
          <section className="panel" data-testid="task-mix-empty">
            <EmptyState title={t('roles.mix.noTasks')} />
          </section>
        ) : (
          <TaskMixEditor roleCode={roleCode} tasks={tasksHere} />
        )}
      <div className="roles-pair">
          {exposureState.status === 'error' && exposureState.error ? (
            <ErrorBanner what={t('roles.exposure.error')} error={exposureState.error} onRetry={() => void loadExposure(roleCode)} testId="role-exposure-error" />
          ) : exposureHere ? (
            <ExposureSection exposure={exposureHere} />
          ) : (
            <Loading label={t('common.loading')} testId="role-exposure-loading" />
          )}
          {similarState.status === 'error' && similarState.error ? (
            <ErrorBanner what={t('roles.similar.error')} error={similarState.error} onRetry={() => void loadSimilar(roleCode)} testId="role-similar-error" />
          ) : similarHere ? (
            <SimilarRoles similar={similarHere} known={(code) => known.some((r) => r.code === code)} onOpen={(code) => void selectRole(code)} />
          ) : (
            <Loading label={t('common.loading')} testId="role-similar-loading" />
          )}
      </div>
    </div>
  );
}

