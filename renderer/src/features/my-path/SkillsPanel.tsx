/** The person's own skills with their source, proposing a level of their own, and their proposals' outcome. */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillProposalDto } from '../../../../shared/api/dto';
import { toApiError, type ApiError } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat, type MessageKey } from '../../i18n';
import { useApi, useAppStore } from '../../state/store';

export function SkillsPanel({ id, gap }: { id: string; gap: { skill: string; skillName: string; have: number }[] }) {
  const { t } = useTranslation();
  const employee = useAppStore((s) => s.employee)!;
  const language = useAppStore((s) => s.language);
  const skills = [...employee.skills].sort((a, b) => b.level - a.level || a.skillName.localeCompare(b.skillName));
  const proposals = useLoad((api) => api.invoke('skills.proposals', { employeeId: id, lang: language }).then((r) => r.proposals), [id, language]);
  const pending = useMemo(() => new Map((proposals.data ?? []).filter((p) => p.status === 'pending').map((p) => [p.skillId, p])), [proposals.data]);
  const [chosen, setChosen] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const proposeFor = (skillId: string) => {
    setChosen(skillId);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLSelectElement>('#propose-level-select')?.focus());
  };
  return (
    <section className="panel" aria-labelledby="skills-heading" data-testid="my-skills">
      <h3 className="panel__title" id="skills-heading">
        {t('myPath.skills.heading')}
      </h3>
      {skills.length === 0 ? (
        <p className="panel__note">{t('myPath.skills.none')}</p>
      ) : (
        <div className="table-wrap rk-table-scroll" tabIndex={0} role="region" aria-labelledby="skills-heading">
          <table className="table mp-skills">
            <thead>
              <tr>
                <th scope="col">{t('myPath.skills.skill')}</th>
                <th scope="col">{t('myPath.skills.level')}</th>
                <th scope="col">{t('myPath.skills.source')}</th>
              </tr>
            </thead>
            <tbody>
              {skills.map((s) => {
                const p = pending.get(s.skillId);
                return (
                  <tr key={s.skillId} data-testid="skill-row" data-skill={s.skillId} data-level={s.level} data-source={s.source} data-pending={p ? p.level : undefined}>
                    <th scope="row">
                      <span className="mp-skill">{s.skillName}</span>
                      {p ? (
                        <span className="mp-pending" data-testid="skill-pending" title={t('myPath.skills.proposals.status.pending')}>
                          {t('myPath.skills.pending', { level: p.level })}
                        </span>
                      ) : (
                        <button type="button" className="mp-propose" onClick={() => proposeFor(s.skillId)} aria-label={t('myPath.skills.proposeFor', { skill: s.skillName })} data-testid="skill-propose">
                          {t('myPath.skills.propose')}
                        </button>
                      )}
                    </th>
                    <td>
                      <span className="meter" aria-hidden="true">
                        {[1, 2, 3, 4, 5].map((i) => (
                          <span key={i} className={i <= s.level ? 'meter__pip meter__pip--on' : 'meter__pip'} />
                        ))}
                      </span>{' '}
                      {s.level}
                    </td>
                    <td>{t(`myPath.skills.sourceValue.${s.source}`, { defaultValue: s.source })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ProposeForm
        id={id}
        formRef={formRef}
        chosen={chosen}
        onChoose={setChosen}
        own={skills.map((s) => ({ skill: s.skillId, skillName: s.skillName, have: s.level }))}
        gap={gap.filter((g) => !skills.some((s) => s.skillId === g.skill))}
        pending={pending}
        onSent={proposals.reload}
      />
      <ProposalsList proposals={proposals.data} status={proposals.status} error={proposals.error} onRetry={proposals.reload} />
    </section>
  );
}

function ProposeForm({
  id,
  formRef,
  chosen,
  onChoose,
  own,
  gap,
  pending,
  onSent,
}: {
  id: string;
  formRef: React.RefObject<HTMLFormElement | null>;
  chosen: string;
  onChoose(skillId: string): void;
  own: { skill: string; skillName: string; have: number }[];
  gap: { skill: string; skillName: string; have: number }[];
  pending: Map<string, SkillProposalDto>;
  onSent(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useAppStore((s) => s.language);
  const all = [...own, ...gap];
  const current = all.find((s) => s.skill === chosen);
  const [level, setLevel] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const shownLevel = level ?? (current ? Math.min(5, Math.round(current.have) + 1) : 3);
  const submit = async () => {
    if (!current) return;
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      const p = await api.invoke('skills.propose', { employeeId: id, skillId: current.skill, level: shownLevel, lang: language, ...(note.trim() ? { note: note.trim() } : {}) });
      setSent(t('myPath.skills.form.sent', { skill: p.skillName, level: p.level }));
      setNote('');
      setLevel(null);
      onChoose('');
      onSent();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const already = current ? pending.get(current.skill) : undefined;
  return (
    <form
      ref={formRef}
      className="rk-form mp-propose-form"
      aria-labelledby="propose-heading"
      data-testid="propose-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4 id="propose-heading" className="mp-propose-form__title">
        {t('myPath.skills.form.heading')}
      </h4>
      <p className="panel__note" id="propose-note">
        {t('myPath.skills.form.intro')}
      </p>
      <div className="rk-form__row">
        <div className="field">
          <label className="field__label" htmlFor="propose-skill">
            {t('myPath.skills.form.skill')}
          </label>
          <select
            id="propose-skill"
            className="field__control"
            value={chosen}
            onChange={(e) => {
              onChoose(e.target.value);
              setLevel(null);
              setSent(null);
            }}
            data-testid="propose-skill"
          >
            <option value="">{t('myPath.skills.form.choose')}</option>
            {own.length > 0 ? (
              <optgroup label={t('myPath.skills.form.yours')}>
                {own.map((s) => (
                  <option key={s.skill} value={s.skill}>
                    {t('myPath.skills.form.current', { skill: s.skillName, level: s.have })}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {gap.length > 0 ? (
              <optgroup label={t('myPath.skills.form.toLearn')}>
                {gap.map((s) => (
                  <option key={s.skill} value={s.skill}>
                    {t('myPath.skills.form.current', { skill: s.skillName, level: s.have })}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="propose-level-select">
            {t('myPath.skills.form.level')}
          </label>
          <select id="propose-level-select" className="field__control" value={shownLevel} disabled={!current} onChange={(e) => setLevel(Number(e.target.value))} data-testid="propose-level-select">
            {[0, 1, 2, 3, 4, 5].map((l) => (
              <option key={l} value={l}>
                {t(`myPath.skills.levels.${l}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="field__label" htmlFor="propose-note-text">
        {t('myPath.skills.form.note')}
      </label>
      <textarea
        id="propose-note-text"
        className="field__control"
        value={note}
        maxLength={1000}
        placeholder={t('myPath.skills.form.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
        data-testid="propose-note"
      />
      {already ? <p className="panel__meta">{t('myPath.skills.form.replaces', { level: already.level })}</p> : null}
      {error ? <ErrorBanner what={t('myPath.skills.form.error')} error={error} onDismiss={() => setError(null)} testId="propose-error" /> : null}
      <div className="rk-form__row mp-propose-form__actions">
        <button type="submit" className="button button--primary" disabled={!current || busy} aria-describedby="propose-note" data-testid="propose-level">
          {busy ? t('myPath.skills.form.sending') : t('myPath.skills.form.submit')}
        </button>
        <span role="status" className="mp-sent" data-testid="propose-sent">
          {sent ?? ''}
        </span>
      </div>
    </form>
  );
}

function ProposalsList({ proposals, status, error, onRetry }: { proposals: SkillProposalDto[] | null; status: string; error: ApiError | null; onRetry(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (status === 'error' && error && !proposals) return <ErrorBanner what={t('myPath.skills.proposals.error')} error={error} onRetry={onRetry} testId="proposals-error" />;
  if (!proposals || proposals.length === 0) return null;
  const sorted = proposals.slice().sort((a, b) => (a.status === 'pending' ? 0 : 1) - (b.status === 'pending' ? 0 : 1) || b.proposedAt.localeCompare(a.proposedAt));
  return (
    <div className="mp-proposals" data-testid="my-proposals">
      <h4 className="mp-propose-form__title">{t('myPath.skills.proposals.heading')}</h4>
      <ul className="mp-proposals__list">
        {sorted.map((p) => (
          <li key={p.skillId} data-testid="my-proposal" data-skill={p.skillId} data-status={p.status}>
            <span>
              {p.status === 'pending'
                ? t('myPath.skills.proposals.line', { skill: p.skillName, from: p.currentLevel, level: p.level })
                : t('myPath.skills.proposals.lineDecided', { skill: p.skillName, level: p.level })}
            </span>{' '}
            <span className={`mp-status mp-status--${p.status}`}>{t(`myPath.skills.proposals.status.${p.status}`)}</span>
            {p.status !== 'pending' && p.decidedBy && p.decidedAt ? (
              <span className="panel__meta mp-decided">{t('myPath.skills.proposals.decided', { who: p.decidedBy, date: fmt.date(p.decidedAt.slice(0, 10)), comment: p.comment ?? '' })}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
