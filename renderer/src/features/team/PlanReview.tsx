/**
 * One member's plan: status, move, hours, approver, modules; and the decision. Approving needs a start
 * date and weekly learning hours (prefilled from the plan) and a named profile person.
 */
import { parseWeeklyHours, WeeklyHoursInput, weeklyHoursInRange } from './weeklyHours';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../shared/api/reskill-dto';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import { useProfile } from '../profile/ProfileContext';
import { PlanEdit } from './PlanEdit';
import { StatusBadge, StatusSteps } from './StatusSteps';

export function PlanReview({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const save = useAppStore((s) => s.planSave);
  const dismiss = useAppStore((s) => s.dismissPlanError);
  const done = plan.modules.filter((m) => m.done).length;
  return (
    <>
      <section className="panel" aria-labelledby="plan-heading" data-testid="plan-review" data-employee-id={plan.employeeId}>
        <div className="panel__header">
          <div>
            <p className="panel__kicker">{plan.department}</p>
            <h2 className="panel__title" id="plan-heading">
              {t('team.planOf', { id: plan.name ? `${plan.name} (${plan.employeeId})` : plan.employeeId })}
            </h2>
          </div>
          <StatusBadge status={plan.status} />
        </div>
        <StatusSteps status={plan.status} />
        <p data-testid="plan-move">{t('team.move', { from: plan.currentRole.title, to: plan.targetRole.title })}</p>
        <p className="panel__meta">
          {t('team.hours', { n: fmt.number(plan.hours) })} · {t('team.modulesDone', { done, total: plan.modules.length })} · {t('team.start')}:{' '}
          {plan.startDate ? fmt.date(plan.startDate) : t('team.notSet')} · {t('team.weekly')}: {plan.weeklyHours === null ? t('team.notSet') : fmt.number(plan.weeklyHours, 1)}
        </p>
        {plan.approvedBy && plan.approvedAt ? <p className="panel__meta">{t('team.approvedBy', { who: plan.approvedBy, date: fmt.date(plan.approvedAt.slice(0, 10)) })}</p> : null}
        {plan.comment ? <p className="panel__meta">{t('team.comment', { text: plan.comment })}</p> : null}
        <ol className="rk-gaps">
          {plan.modules.map((m) => (
            <li key={m.id}>
              <span>
                {m.done ? '✓ ' : ''}
                {t('team.moduleLine', { title: m.title, hours: fmt.number(m.hours) })}
              </span>
            </li>
          ))}
        </ol>
      </section>
      {save.status === 'error' && save.error ? <ErrorBanner what={t('team.saveError')} error={save.error} onDismiss={dismiss} testId="plan-save-error" /> : null}
      <DecidePanel plan={plan} />
      <PlanEdit plan={plan} />
    </>
  );
}

function DecidePanel({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const decide = useAppStore((s) => s.decidePlan);
  const busy = useAppStore((s) => s.planSave.status === 'loading');
  const profile = useProfile().state.data?.profile ?? null;
  const setScreen = useAppStore((s) => s.setScreen);
  const [comment, setComment] = useState('');
  const [startDate, setStartDate] = useState(plan.startDate ?? '');
  const [weekly, setWeekly] = useState(plan.weeklyHours === null ? '' : String(plan.weeklyHours));
  const locked = plan.status === 'in_progress' || plan.status === 'done';
  const weeklyNumber = parseWeeklyHours(weekly);
  const weeklyValid = weeklyHoursInRange(weeklyNumber);
  const dateValid = /^\d{4}-\d{2}-\d{2}$/.test(startDate);
  const canApprove = !!profile && dateValid && weeklyValid && comment.trim().length >= 3;
  const submit = async (d: 'approve' | 'decline') => {
    const when = d === 'approve' && weeklyNumber !== null ? { startDate, weeklyHours: weeklyNumber } : undefined;
    if (await decide(plan.employeeId, d, comment.trim(), when)) setComment('');
  };
  return (
    <section className="panel rk-form" aria-labelledby="decide-heading" data-testid="decide">
      <h2 className="panel__title" id="decide-heading">
        {t('team.decide')}
      </h2>
      {locked ? (
        <p className="panel__note">{t('team.locked', { status: t(`team.statusLabel.${plan.status}`) })}</p>
      ) : (
        <>
          {profile ? (
            <p className="panel__meta" data-testid="decide-as">
              {t('team.decideAs', { name: profile.name })}
            </p>
          ) : (
            <p className="rk-note" data-testid="decide-no-profile">
              {t('team.decideNoProfile')}{' '}
              <button type="button" className="button button--quiet" onClick={() => setScreen('settings')}>
                {t('team.toSettings')}
              </button>
            </p>
          )}
          <div className="rk-form__row">
            <div className="field">
              <label className="field__label" htmlFor="decide-start">
                {t('team.startRequired')}
              </label>
              <input id="decide-start" type="date" className="field__control" value={startDate} aria-invalid={startDate !== '' && !dateValid} onChange={(e) => setStartDate(e.target.value)} data-testid="decide-start" />
            </div>
            <div className="field">
              <label className="field__label" htmlFor="decide-weekly">
                {t('team.weeklyRequired')}
              </label>
              <WeeklyHoursInput id="decide-weekly" value={weekly} invalid={weekly !== '' && !weeklyValid} onChange={setWeekly} testId="decide-weekly" />
            </div>
          </div>
          <label className="field__label" htmlFor="decide-comment">
            {t('team.decideComment')}
          </label>
          <textarea id="decide-comment" className="field__control" value={comment} onChange={(e) => setComment(e.target.value)} data-testid="decide-comment" />
          <p className="panel__meta" id="decide-needs">
            {t('team.approveNeeds')}
          </p>
          <div className="rk-form__row">
            <button type="button" className="button button--primary" disabled={busy || !canApprove} aria-describedby="decide-needs" onClick={() => void submit('approve')} data-testid="approve">
              {t('team.approve')}
            </button>
            <button type="button" className="button" disabled={busy || !profile || comment.trim().length < 3} onClick={() => void submit('decline')} data-testid="decline">
              {t('team.decline')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
