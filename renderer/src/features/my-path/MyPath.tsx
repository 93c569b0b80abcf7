/**
 * One person's own path: greeting by name, skills, roles with why they fit, the plan and its status (with
 * the manager's reason when declined), the timeline, progress and their own export. Shows no other person's data.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathDto } from '../../../../shared/api/reskill-dto';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAppStore } from '../../state/store';
import { PlanPanel } from './PlanPanel';
import { ProgressPanel } from './ProgressPanel';
import { RolesPanel } from './RolesPanel';
import { SkillsPanel } from './SkillsPanel';
import { Timeline } from './Timeline';
import '../paths/reskill.css';
import './my-path.css';

export function MyPath({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const loadEmployee = useAppStore((s) => s.loadEmployee);
  const loadPaths = useAppStore((s) => s.loadPaths);
  const loadPlans = useAppStore((s) => s.loadPlans);
  const employee = useAppStore((s) => (s.employee?.id === id ? s.employee : null));
  const employeeState = useAppStore((s) => s.employeeState);
  const paths = useAppStore((s) => (s.paths?.employee.id === id ? s.paths : null));
  const plan = useAppStore((s) => s.plans.find((p) => p.employeeId === id) ?? null);
  const plansLoaded = useAppStore((s) => s.plansFilter.employeeId === id && s.plansState.status !== 'loading');

  useEffect(() => {
    void loadEmployee(id, true);
    void loadPaths(id);
    void loadPlans({ employeeId: id });
  }, [id, language, loadEmployee, loadPaths, loadPlans]);

  if (employeeState.status === 'error' && employeeState.error && !employee)
    return <ErrorBanner what={t('myPath.error')} error={employeeState.error} onRetry={() => void loadEmployee(id, true)} testId="mypath-error" />;
  if (!employee) return <Loading label={t('myPath.loading')} testId="mypath-loading" />;

  const best = paths?.paths[0];
  const planPath = plan ? paths?.paths.find((p) => p.targetRole.code === plan.targetRole.code) : undefined;
  const focus = planPath ?? best;
  return (
    <div className="rk-stack" data-testid="mypath" data-employee-id={id}>
      <h2 className="panel__title" data-testid="mypath-hello">
        {employee.name ? t('myPath.helloName', { name: employee.name, role: employee.roleTitle }) : t('myPath.helloRole', { role: employee.roleTitle })}
      </h2>
      <PlanPanel plan={plan} loaded={plansLoaded} employeeId={id} />
      <div className="rk-path__columns">
        <SkillsPanel id={id} gap={objectionOrGap(paths?.skipped === 'objection' || employee.objection !== null, focus)} />
        <RolesPanel paths={paths?.paths ?? null} objection={paths?.skipped === 'objection' || employee.objection !== null} focus={focus} />
      </div>
      {plansLoaded && (plan || focus) ? <Timeline plan={plan} path={focus} /> : null}
      {plan ? <ProgressPanel plan={plan} /> : null}
    </div>
  );
}

function objectionOrGap(objection: boolean, focus: PathDto | undefined): { skill: string; skillName: string; have: number }[] {
  return objection || !focus ? [] : focus.gap.map((g) => ({ skill: g.skill, skillName: g.skillName, have: g.have }));
}
