/**
 * Team (manager): filter by department, each member's plan and recommended paths; edit a plan (target role,
 * modules, start date, weekly hours, with a reason) and approve or decline it with a comment.
 * Draft → approved → in progress → done; a plan is never final without a person's approval.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillProposalDto } from '../../../../shared/api/dto';
import type { PathDto, PlanDto } from '../../../../shared/api/reskill-dto';
import { toApiError, type ApiError } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useApi, useAppStore } from '../../state/store';
import { PersonPicker } from '../paths/common';
import '../paths/reskill.css';
import './team.css';


const STEPS = ['draft', 'approved', 'in_progress', 'done'] as const;

function StatusBadge({ status }: { status: PlanDto['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`rk-status rk-status--${status}`} data-testid="plan-status" data-status={status}>
      {t(`team.statusLabel.${status}`)}
    </span>
  );
}

export function StatusSteps({ status }: { status: PlanDto['status'] }) {
  const { t } = useTranslation();
  if (status === 'declined') return <StatusBadge status={status} />;
  return (
    <ol className="rk-steps" aria-label={t('team.status')}>
      {STEPS.map((s) => (
        <li key={s} aria-current={s === status ? 'step' : undefined}>
          {t(`team.statusLabel.${s}`)}
        </li>
      ))}
    </ol>
  );
}

export function TeamScreen() {
  const { t } = useTranslation();
  const people = useAppStore((s) => s.people);
  const loadPeople = useAppStore((s) => s.loadPeople);
  const plans = useAppStore((s) => s.plans);
  const plansState = useAppStore((s) => s.plansState);
  const loadPlans = useAppStore((s) => s.loadPlans);
  const language = useAppStore((s) => s.language);
  const [department, setDepartment] = useState('');
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    if (people.length === 0) void loadPeople();
  }, [people.length, loadPeople]);
  useEffect(() => {
    void loadPlans(department ? { department } : {});
  }, [department, language, loadPlans]);

  const departments = useMemo(() => [...new Set(people.map((p) => p.department))].sort(), [people]);
  const visible = useMemo(() => plans.filter((p) => !status || p.status === status), [plans, status]);
  const items = useMemo(
    () => visible.map((p) => ({ id: p.employeeId, meta: `${t(`team.statusLabel.${p.status}`)} · → ${p.targetRole.title}` })),
    [visible, t],
  );
  const plan = plans.find((p) => p.employeeId === selected) ?? null;

  return (
    <div className="screen" data-testid="screen-team">
      <header className="screen__header">
        <h1 className="screen__title">{t('team.title')}</h1>
        <p className="screen__lead">{t('team.lead')}</p>
      </header>
      <p className="rk-note" role="note" data-testid="human-note">
        {t('team.humanNote')}
      </p>
      <div className="toolbar">
        <div className="field">
          <label className="field__label" htmlFor="team-department">
            {t('team.department')}
          </label>
          <select id="team-department" className="field__control" value={department} onChange={(e) => setDepartment(e.target.value)} data-testid="team-department">
            <option value="">{t('team.allDepartments')}</option>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="team-status">
            {t('team.status')}
          </label>
          <select id="team-status" className="field__control" value={status} onChange={(e) => setStatus(e.target.value)} data-testid="team-status">
            <option value="">{t('team.allStatuses')}</option>
            {(['draft', 'approved', 'in_progress', 'done', 'declined'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`team.statusLabel.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ProposalsPanel department={department} />
      {plansState.status === 'error' && plansState.error ? (
        <ErrorBanner what={t('team.error')} error={plansState.error} onRetry={() => void loadPlans()} testId="plans-error" />
      ) : plansState.status === 'loading' && plans.length === 0 ? (
        <Loading label={t('team.loading')} testId="plans-loading" />
      ) : plans.length === 0 ? (
        <EmptyState title={t('team.none')} testId="no-plans">
          <p>{t('team.noneHint')}</p>
        </EmptyState>
      ) : (
        <div className="rk-split">
          <aside className="panel rk-split__side">
            <PersonPicker people={items} selectedId={selected} onSelect={setSelected} label={t('team.members')} testId="member-picker" />
          </aside>
          <div className="rk-split__main">{plan ? <PlanReview key={plan.employeeId} plan={plan} /> : <EmptyState title={t('team.pick')} testId="pick-member" />}</div>
        </div>
      )}
    </div>
  );
}

/** Self-assessed levels waiting for the manager: confirm (recorded with source "manager") or reject, with a comment. */
function ProposalsPanel({ department }: { department: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useAppStore((s) => s.language);
  const people = useAppStore((s) => s.people);
  const proposals = useLoad(
    (api) => api.invoke('skills.proposals', { status: 'pending', lang: language, ...(department ? { department } : {}) }).then((r) => r.proposals),
    [department, language],
  );
  const [decided, setDecided] = useState<{ key: string; text: string; status: SkillProposalDto['status'] }[]>([]);
  const departmentOf = useMemo(() => new Map(people.map((p) => [p.id, p.department])), [people]);
  const list = proposals.data ?? [];
  const onDecided = (p: SkillProposalDto) => {
    const key = `${p.employeeId}|${p.skillId}`;
    const text =
      p.status === 'confirmed'
        ? t('team.proposals.confirmed', { id: p.employeeId, skill: p.skillName, level: p.level })
        : t('team.proposals.rejected', { id: p.employeeId, skill: p.skillName, from: p.currentLevel });
    setDecided((d) => [{ key, text, status: p.status }, ...d.filter((x) => x.key !== key)]);
    proposals.reload();
  };
  return (
    <section className="panel tm-proposals" aria-labelledby="tm-proposals-heading" data-testid="team-proposals" aria-busy={proposals.status === 'loading'}>
      <div className="panel__header">
        <h2 className="panel__title" id="tm-proposals-heading">
          {t('team.proposals.heading')}
        </h2>
        {proposals.data ? (
          <span className={list.length > 0 ? 'tm-count tm-count--waiting' : 'tm-count'} data-testid="proposals-count">
            {t('team.proposals.count', { count: list.length, n: fmt.number(list.length) })}
          </span>
        ) : null}
      </div>
      <p className="panel__note">{t('team.proposals.intro')}</p>
      {proposals.status === 'error' && proposals.error ? <ErrorBanner what={t('team.proposals.error')} error={proposals.error} onRetry={proposals.reload} testId="proposals-error" /> : null}
      {decided.length > 0 ? (
        <ul className="tm-decided" aria-label={t('team.proposals.decided')} data-testid="proposals-decided">
          {decided.map((d) => (
            <li key={d.key} className={`tm-decided__item tm-decided__item--${d.status}`} data-status={d.status}>
              <span aria-hidden="true">{d.status === 'confirmed' ? '✓ ' : '✕ '}</span>
              {d.text}
            </li>
          ))}
        </ul>
      ) : null}
      {proposals.data === null ? (
        proposals.status === 'loading' ? <Loading label={t('team.proposals.loading')} testId="proposals-loading" /> : null
      ) : list.length === 0 ? (
        <p className="tm-none" data-testid="proposals-none">
          {t('team.proposals.none')}
        </p>
      ) : (
        <ul className="tm-proposals__list">
          {list.map((p) => (
            <ProposalItem key={`${p.employeeId}|${p.skillId}|${p.proposedAt}`} p={p} department={departmentOf.get(p.employeeId) ?? ''} onDecided={onDecided} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProposalItem({ p, department, onDecided }: { p: SkillProposalDto; department: string; onDecided(p: SkillProposalDto): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const api = useApi();
  const language = useAppStore((s) => s.language);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const base = `tm-p-${p.employeeId}-${p.skillId}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const ok = comment.trim().length >= 3;
  const decide = async (decision: 'confirm' | 'reject') => {
    setBusy(true);
    setError(null);
    try {
      const out = await api.invoke('skills.decide', { employeeId: p.employeeId, skillId: p.skillId, decision, comment: comment.trim(), lang: language });
      onDecided(out);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  };
  return (
    <li className="tm-proposal" data-testid="proposal" data-employee-id={p.employeeId} data-skill={p.skillId}>
      <div className="tm-proposal__head">
        <strong>{department ? t('team.proposals.who', { id: p.employeeId, department }) : p.employeeId}</strong>
        <span className="panel__meta">{t('team.proposals.proposedAt', { date: fmt.date(p.proposedAt.slice(0, 10)) })}</span>
      </div>
      <p className="tm-proposal__change" data-testid="proposal-change">
        {t('team.proposals.change', { skill: p.skillName, from: p.currentLevel, level: p.level })}
      </p>
      {p.note ? <p className="panel__meta tm-proposal__note">{t('team.proposals.note', { note: p.note })}</p> : null}
      <label className="field__label" htmlFor={`${base}-comment`}>
        {t('team.proposals.comment', { id: p.employeeId, skill: p.skillName })}
      </label>
      <textarea
        id={`${base}-comment`}
        className="field__control tm-proposal__comment"
        value={comment}
        maxLength={2000}
        aria-describedby={`${base}-hint`}
        onChange={(e) => setComment(e.target.value)}
        data-testid="proposal-comment"
      />
      <span className="panel__meta" id={`${base}-hint`}>
        {t('team.proposals.commentHint')}
      </span>
      {error ? <ErrorBanner what={t('team.proposals.saveError')} error={error} onDismiss={() => setError(null)} testId="proposal-error" /> : null}
      <div className="rk-form__row">
        <button type="button" className="button button--primary" disabled={!ok || busy} onClick={() => void decide('confirm')} data-testid="proposal-confirm">
          {t('team.proposals.confirm', { level: p.level })}
        </button>
        <button type="button" className="button button--quiet" disabled={!ok || busy} onClick={() => void decide('reject')} data-testid="proposal-reject">
          {t('team.proposals.reject')}
        </button>
      </div>
    </li>
  );
}

function PlanReview({ plan }: { plan: PlanDto }) {
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
              {t('team.planOf', { id: plan.employeeId })}
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
      <RecommendedAndEdit plan={plan} />
    </>
  );
}

function DecidePanel({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const decide = useAppStore((s) => s.decidePlan);
  const busy = useAppStore((s) => s.planSave.status === 'loading');
  const [comment, setComment] = useState('');
  const locked = plan.status === 'in_progress' || plan.status === 'done';
  const submit = async (d: 'approve' | 'decline') => {
    if (await decide(plan.employeeId, d, comment.trim())) setComment('');
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
          <label className="field__label" htmlFor="decide-comment">
            {t('team.decideComment')}
          </label>
          <textarea id="decide-comment" className="field__control" value={comment} onChange={(e) => setComment(e.target.value)} data-testid="decide-comment" />
          <div className="rk-form__row">
            <button type="button" className="button button--primary" disabled={busy || comment.trim() === ''} onClick={() => void submit('approve')} data-testid="approve">
              {t('team.approve')}
            </button>
            <button type="button" className="button" disabled={busy || comment.trim() === ''} onClick={() => void submit('decline')} data-testid="decline">
              {t('team.decline')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function RecommendedAndEdit({ plan }: { plan: PlanDto }) {
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
  const weeklyNumber = weekly.trim() === '' ? null : Number(weekly.replace(',', '.'));
  const weeklyValid = weeklyNumber === null || (Number.isFinite(weeklyNumber) && weeklyNumber >= 0.5 && weeklyNumber <= 40);
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
                <input
                  id="edit-weekly"
                  type="number"
                  min={0.5}
                  max={40}
                  step={0.5}
                  className="field__control"
                  value={weekly}
                  aria-invalid={!weeklyValid}
                  onChange={(e) => setWeekly(e.target.value)}
                  data-testid="edit-weekly"
                />
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
