/**
 * Self-assessed skill levels from the manager's own people, waiting for them: confirm or reject with a comment.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillProposalDto } from '../../../../shared/api/dto';
import { toApiError, type ApiError } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useApi, useAppStore } from '../../state/store';

/** Self-assessed levels waiting for the manager: confirm (recorded with source "manager") or reject, with a comment. */
export function ProposalsPanel({ members }: { members: Map<string, string> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const language = useAppStore((s) => s.language);
  // Only the manager's own people: the list is asked for once and narrowed to the team here.
  const proposals = useLoad((api) => api.invoke('skills.proposals', { status: 'pending', lang: language }).then((r) => r.proposals.filter((p) => members.has(p.employeeId))), [members, language]);
  const [decided, setDecided] = useState<{ key: string; text: string; status: SkillProposalDto['status'] }[]>([]);
  const list = proposals.data ?? [];
  const onDecided = (p: SkillProposalDto) => {
    const key = `${p.employeeId}|${p.skillId}`;
    const text =
      p.status === 'confirmed'
        ? t('team.proposals.confirmed', { id: members.get(p.employeeId) ?? p.employeeId, skill: p.skillName, level: p.level })
        : t('team.proposals.rejected', { id: members.get(p.employeeId) ?? p.employeeId, skill: p.skillName, from: p.currentLevel });
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
            <ProposalItem key={`${p.employeeId}|${p.skillId}|${p.proposedAt}`} p={p} who={members.get(p.employeeId) ?? p.employeeId} onDecided={onDecided} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProposalItem({ p, who, onDecided }: { p: SkillProposalDto; who: string; onDecided(p: SkillProposalDto): void }) {
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
        <strong>{who}</strong>
        <span className="panel__meta">{t('team.proposals.proposedAt', { date: fmt.date(p.proposedAt.slice(0, 10)) })}</span>
      </div>
      <p className="tm-proposal__change" data-testid="proposal-change">
        {t('team.proposals.change', { skill: p.skillName, from: p.currentLevel, level: p.level })}
      </p>
      {p.note ? <p className="panel__meta tm-proposal__note">{t('team.proposals.note', { note: p.note })}</p> : null}
      <label className="field__label" htmlFor={`${base}-comment`}>
        {t('team.proposals.comment', { id: who, skill: p.skillName })}
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
