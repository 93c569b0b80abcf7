/** Progress: tick a module done once the plan is approved (a planner's tick raises the skill; an employee's is a proposal). */
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../shared/api/reskill-dto';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import { StatusSteps } from '../team/StatusSteps';

export function ProgressPanel({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mark = useAppStore((s) => s.markModule);
  const save = useAppStore((s) => s.planSave);
  const dismiss = useAppStore((s) => s.dismissPlanError);
  const canLearn = plan.status === 'approved' || plan.status === 'in_progress' || plan.status === 'done';
  const done = plan.modules.filter((m) => m.done).length;
  return (
    <section className="panel" aria-labelledby="progress-heading" data-testid="progress">
      <div className="panel__header">
        <h3 className="panel__title" id="progress-heading">
          {t('myPath.progress.heading')}
        </h3>
        <p className="panel__meta">{t('myPath.progress.count', { done: fmt.number(done), total: fmt.number(plan.modules.length) })}</p>
      </div>
      <StatusSteps status={plan.status} />
      <p className="panel__note">{canLearn ? t('myPath.progress.raised') : t('myPath.progress.notStarted')}</p>
      {save.status === 'error' && save.error ? <ErrorBanner what={t('myPath.progress.error')} error={save.error} onDismiss={dismiss} testId="progress-error" /> : null}
      <ul className="rk-modules-pick" style={{ maxHeight: 'none' }}>
        {plan.modules.map((m) => (
          <li key={m.id} style={{ listStyle: 'none' }}>
            <label>
              <input
                type="checkbox"
                checked={m.done}
                disabled={!canLearn || save.status === 'loading'}
                onChange={(e) => void mark(plan.employeeId, m.id, e.target.checked)}
                data-testid="module-done"
                data-module-id={m.id}
                data-skill={m.skill}
              />{' '}
              {t('team.moduleLine', { title: m.title, hours: fmt.number(m.hours) })}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
