/**
 * Team (manager): the signed-in manager's own people from the data (everyone who reports to them, directly
 * or through their team leads), by name, with their plans' status; one member's plan to review, edit and
 * approve or decline. Someone who is not a manager picks whose team to view. A plan is never final
 * without a person's approval.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/useLoad';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import { ManagerPicker } from '../profile/ManagerPicker';
import { useProfile } from '../profile/ProfileContext';
import { PlanReview } from './PlanReview';
import { ProposalsPanel } from './Proposals';
import { TeamExport } from './TeamExport';
import { TeamList } from './TeamList';
import '../paths/reskill.css';
import './team.css';


const STATUSES = ['draft', 'approved', 'in_progress', 'done', 'declined', 'none'] as const;

export function TeamScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const profile = useProfile().state.data?.profile ?? null;
  const language = useAppStore((s) => s.language);
  const plans = useAppStore((s) => s.plans);
  const plansState = useAppStore((s) => s.plansState);
  const loadPlans = useAppStore((s) => s.loadPlans);
  const own = profile?.role === 'manager' ? profile.employeeId : null;
  const [viewing, setViewing] = useState<string | null>(null);
  const managerId = own ?? viewing;
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const team = useLoad((api) => (managerId ? api.invoke('team.get', { managerId, lang: language }) : Promise.resolve(null)), [managerId, language]);

  useEffect(() => {
    if (selected) void loadPlans({ employeeId: selected, names: true });
  }, [selected, language, loadPlans]);
  // A decision or an edit changes a member's status in the list too.
  const planStamp = plans.map((p) => `${p.employeeId}:${p.status}:${p.updatedAt}`).join();
  useEffect(() => {
    if (planStamp) team.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload on a changed plan only
  }, [planStamp]);

  const members = useMemo(() => team.data?.members ?? [], [team.data]);
  const names = useMemo(() => new Map(members.map((m) => [m.id, m.name ?? m.id])), [members]);
  const visible = members.filter((m) => !status || (m.plan?.status ?? 'none') === status);
  const plan = plans.find((p) => p.employeeId === selected) ?? null;
  const head = team.data?.manager;

  return (
    <div className="screen" data-testid="screen-team">
      <header className="screen__header">
        <h1 className="screen__title">{head ? t('team.titleOf', { name: head.name ?? head.id }) : t('team.title')}</h1>
        <p className="screen__lead">{t('team.lead')}</p>
      </header>
      <p className="rk-note" role="note" data-testid="human-note">
        {t('team.humanNote')}
      </p>
      {!own ? (
        <section className="panel" data-testid="team-choose">
          <p className="panel__note">{profile ? t('team.notManager') : t('team.noProfile')}</p>
          <ManagerPicker value={viewing} onChange={(id) => (setViewing(id), setSelected(null))} label={t('team.whoseTeam')} testId="team-manager" />
        </section>
      ) : null}
      {!managerId ? null : team.status === 'error' && team.error && !team.data ? (
        <ErrorBanner what={t('team.error')} error={team.error} onRetry={team.reload} testId="team-error" />
      ) : !team.data ? (
        <Loading label={t('team.loading')} testId="team-loading" />
      ) : members.length === 0 ? (
        <EmptyState title={t('team.empty')} testId="team-empty" />
      ) : (
        <>
          <section className="panel" aria-labelledby="team-overview" data-testid="team-overview">
            <div className="panel__header">
              <h2 className="panel__title" id="team-overview">
                {t('team.overview', { count: members.length, n: fmt.number(members.length) })}
              </h2>
              <TeamExport managerId={team.data.manager.id} />
            </div>
            <ul className="tm-summary" data-testid="team-by-status">
              {team.data.byStatus
                .filter((s) => s.people > 0)
                .map((s) => (
                  <li key={s.status} className={`rk-status rk-status--${s.status}`} data-status={s.status}>
                    {t(s.status === 'none' ? 'team.noPlan' : `team.statusLabel.${s.status}`)}: {fmt.number(s.people)}
                  </li>
                ))}
            </ul>
            <div className="field">
              <label className="field__label" htmlFor="team-status">
                {t('team.status')}
              </label>
              <select id="team-status" className="field__control" value={status} onChange={(e) => setStatus(e.target.value)} data-testid="team-status">
                <option value="">{t('team.allStatuses')}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(s === 'none' ? 'team.noPlan' : `team.statusLabel.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </section>
          <ProposalsPanel members={names} />
          <div className="rk-split">
            <aside className="panel rk-split__side" aria-label={t('team.members')}>
              <TeamList members={visible} selectedId={selected} onSelect={setSelected} />
            </aside>
            <div className="rk-split__main">
              {!selected ? (
                <EmptyState title={t('team.pick')} testId="pick-member" />
              ) : plan ? (
                <PlanReview key={plan.employeeId} plan={plan} />
              ) : plansState.status === 'loading' ? (
                <Loading label={t('team.loadingPlan')} />
              ) : plansState.status === 'error' && plansState.error ? (
                <ErrorBanner what={t('team.error')} error={plansState.error} onRetry={() => void loadPlans({ employeeId: selected, names: true })} testId="plans-error" />
              ) : (
                <EmptyState title={t('team.none')} testId="no-plans">
                  <p>{t('team.noneHint')}</p>
                </EmptyState>
              )}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
