/** The member's recommended paths, and editing the plan (target role, modules, start, weekly hours) with a reason. */
import { parseWeeklyHours, WeeklyHoursInput, weeklyHoursInRange } from './weeklyHours';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathDto, PlanDto } from '../../../../shared/api/reskill-dto';
import { Loading } from '../../components/EmptyState';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';

export function PlanEdit({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const paths = useAppStore((s) => s.paths);
  const pathsState = useAppStore((s) => s.pathsState);
  const loadPaths = useAppStore((s) => s.loadPaths);
  const update = useAppStore((s) => s.updatePlan);
  const busy = useAppStore((s) => s.planSave.status === 'loading');
  const [target, setTarget] = useState(plan.targetRole.code);
  const [moduleIds, setModuleIds] = useState<string[]>(plan.modules.map((m) => m.id));
  const [startDate, setStartDate] = useState(plan.startDate ?? '');
  const [weekly, setWeekly] = useState(plan.weeklyHours === null ? '' : String(plan.weeklyHours));
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState(false);
  const language = useAppStore((s) => s.language);

  useEffect(() => {
    void loadPaths(plan.employeeId);
  }, [plan.employeeId, loadPaths, language]);

  const mine = paths && paths.employee.id === plan.employeeId ? paths : null;
  const targetPath: PathDto | undefined = mine?.paths.find((p) => p.targetRole.code === target);
  const moduleChoices = useMemo(() => {
    const m = new Map<string, { id: string; title: string; hours: number }>();
    // The path's own order is the dependency order; modules only in the plan follow.
    for (const x of targetPath?.modules ?? []) m.set(x.id, x);
    for (const x of plan.modules) if (!m.has(x.id)) m.set(x.id, x);
    return [...m.values()];
  }, [plan.modules, targetPath]);
  const adoptPath = (p: PathDto) => {
    setTarget(p.targetRole.code);
    setModuleIds(p.modules.map((m) => m.id));
  };
  const weeklyNumber = parseWeeklyHours(weekly);
  // Editing may leave the hours open; approving may not (PlanReview).
  const weeklyValid = weeklyNumber === null || weeklyHoursInRange(weeklyNumber);
  const submit = async () => {
    setSaved(false);
    const ok = await update({
      employeeId: plan.employeeId,
      targetRole: target,
      moduleIds: moduleChoices.map((m) => m.id).filter((id) => moduleIds.includes(id)),
      startDate: startDate || null,
      weeklyHours: weeklyNumber,
      reason: reason.trim(),
    });
    if (ok) {
      setReason('');
      setSaved(true);
    }
  };
  const roleOptions = mine?.paths ?? [];

  return (
    <>
      <section className="panel" aria-labelledby="recommended-heading" data-testid="recommended">
        <h2 className="panel__title" id="recommended-heading">
          {t('team.recommended')}
        </h2>
        {mine?.skipped === 'objection' ? (
          <p className="rk-note">{t('team.objection')}</p>
        ) : !mine ? (
          pathsState.status === 'error' ? null : <Loading label={t('team.loadingPaths')} />
        ) : (
          <ol className="rk-gaps">
            {mine.paths.slice(0, 3).map((p) => (
              <li key={p.targetRole.code} data-testid="recommended-path">
                <span>
                  <strong>{p.targetRole.title}</strong> — {t('team.pathLine', { fit: fmt.percent(p.fit), weeks: fmt.number(p.weeks, 1), cost: fmt.money(p.cost) })}
                </span>
                <span />
                <button type="button" className="button button--quiet" onClick={() => adoptPath(p)}>
                  {t('team.usePath')}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-labelledby="edit-heading" data-testid="edit-plan">
        <details>
          <summary className="panel__title" id="edit-heading">
            {t('team.edit')}
          </summary>
          <form
            className="rk-form"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <p className="panel__note">{t('team.editNote')}</p>
            <div className="rk-form__row">
              <div className="field">
                <label className="field__label" htmlFor="edit-target">
                  {t('team.targetRole')}
                </label>
                <select id="edit-target" className="field__control" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="edit-target">
                  {roleOptions.some((p) => p.targetRole.code === plan.targetRole.code) ? null : <option value={plan.targetRole.code}>{plan.targetRole.title}</option>}
                  {roleOptions.map((p) => (
                    <option key={p.targetRole.code} value={p.targetRole.code}>
                      {p.rank}. {p.targetRole.title} ({fmt.percent(p.fit)})
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label className="field__label" htmlFor="edit-start">
                  {t('team.start')}
                </label>
                <input id="edit-start" type="date" className="field__control" value={startDate} onChange={(e) => setStartDate(e.target.value)} data-testid="edit-start" />
              </div>
              <div className="field">
                <label className="field__label" htmlFor="edit-weekly">
                  {t('team.weekly')}
                </label>
                <WeeklyHoursInput id="edit-weekly" value={weekly} invalid={!weeklyValid} onChange={setWeekly} testId="edit-weekly" />
              </div>
            </div>
            <fieldset className="rk-modules-pick">
              <legend>{t('team.modules')}</legend>
              {moduleChoices.map((m) => (
                <label key={m.id}>
                  <input
                    type="checkbox"
                    checked={moduleIds.includes(m.id)}
                    onChange={(e) => setModuleIds(e.target.checked ? [...moduleIds, m.id] : moduleIds.filter((id) => id !== m.id))}
                  />{' '}
                  {t('team.moduleLine', { title: m.title, hours: fmt.number(m.hours) })}
                </label>
              ))}
            </fieldset>
            <label className="field__label" htmlFor="edit-reason">
              {t('team.reason')}
            </label>
            <textarea id="edit-reason" className="field__control" value={reason} onChange={(e) => setReason(e.target.value)} data-testid="edit-reason" />
            <div className="rk-form__row">
              <button type="submit" className="button button--primary" disabled={busy || reason.trim() === '' || !weeklyValid} data-testid="edit-save">
                {t('team.save')}
              </button>
              <span aria-live="polite">{saved ? t('team.saved') : ''}</span>
            </div>
          </form>
        </details>
      </section>
    </>
  );
}
