/**
 * One person's details in a side panel beside the list (layout conventions): role, hours, contract, skills with
 * their level and source, and whether they objected to being scored. Esc or the close button closes it and
 * focus returns to the person's row.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetail } from '../../../../shared/api/dto';
import { Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { LOCALES } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { StatusTags } from './PeopleTable';
import { useLoad } from '../../api/useLoad';
import { RoleConfirm } from '../import/RoleConfirm';

const SOURCES = ['self', 'manager', 'learning', 'inferred'] as const;

export function EmployeePanel({ id, names, onClose }: { id: string; names: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const detail = useLoad<EmployeeDetail>((api) => api.invoke('employees.get', { id, lang: language, ...(names ? { names: true } : {}) }).then((r) => r.employee), [id, language, names]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onClose();
      // Back to the person's row, if it is still in view.
      requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-person-id="${CSS.escape(id)}"] .wf-open`)?.focus());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [id, onClose]);

  const e = detail.data && detail.data.id === id ? detail.data : null;
  const title = e ? (names && e.name ? `${e.name} · ${e.id}` : e.id) : id;

  return (
    <aside className="panel wf-panel" id="wf-panel" aria-labelledby="wf-panel-title" data-testid="employee-panel">
      <div className="wf-panel__head">
        <div>
          <p className="panel__kicker">{t('workforce.detail.label')}</p>
          <h2 className="panel__title" id="wf-panel-title" ref={heading} tabIndex={-1} data-testid="employee-title">
            {title}
          </h2>
        </div>
        <button
          type="button"
          className="button button--quiet"
          data-testid="employee-close"
          title={t('workforce.detail.closeHint')}
          onClick={() => {
            onClose();
            requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-person-id="${CSS.escape(id)}"] .wf-open`)?.focus());
          }}
        >
          {t('workforce.detail.close')}
          <kbd className="wf-kbd" aria-hidden="true">
            Esc
          </kbd>
        </button>
      </div>
      {detail.status === 'error' && detail.error ? <ErrorBanner what={t('workforce.detail.error')} error={detail.error} onRetry={detail.reload} testId="employee-error" /> : null}
      {e ? <Detail e={e} onRoleConfirmed={detail.reload} /> : detail.status === 'loading' ? <Loading label={t('workforce.detail.loading')} testId="employee-loading" /> : null}
    </aside>
  );
}

function Detail({ e, onRoleConfirmed }: { e: EmployeeDetail; onRoleConfirmed(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const years = tenureYears(e.startDate);
  const collator = new Intl.Collator(LOCALES[fmt.lang]);
  const skills = e.skills.slice().sort((a, b) => b.level - a.level || collator.compare(a.skillName, b.skillName));
  return (
    <div className="wf-detail" aria-live="polite">
      <dl className="wf-facts">
        <div className="wf-fact wf-fact--wide">
          <dt>{t('workforce.detail.role')}</dt>
          <dd data-testid="employee-role">
            {e.roleTitle} <span className="wf-muted wf-code">({e.role})</span>{' '}
            {e.roleToReview || e.objection ? <StatusTags person={{ roleToReview: e.roleToReview, objection: e.objection !== null }} /> : null}
          </dd>
        </div>
        <div className="wf-fact">
          <dt>{t('workforce.detail.department')}</dt>
          <dd>{e.department}</dd>
        </div>
        <div className="wf-fact">
          <dt>{t('workforce.detail.location')}</dt>
          <dd>{e.location}</dd>
        </div>
        <div className="wf-fact">
          <dt>{t('workforce.detail.fte')}</dt>
          <dd data-testid="employee-fte">{fmt.number(e.fte, 1)}</dd>
        </div>
        <div className="wf-fact">
          <dt>{t('workforce.detail.hours')}</dt>
          <dd>{t('workforce.detail.hoursValue', { hours: fmt.number(e.weeklyHours, e.weeklyHours % 1 ? 1 : 0) })}</dd>
        </div>
        <div className="wf-fact">
          <dt>{t('workforce.detail.contract')}</dt>
          <dd>{t(`workforce.contract.${e.contractType}`, { defaultValue: e.contractType })}</dd>
        </div>
        <div className="wf-fact">
          <dt>{t('workforce.detail.startDate')}</dt>
          <dd data-testid="employee-start">
            {fmt.date(e.startDate)}
            {years !== null && years >= 1 ? <span className="wf-muted"> ({t('workforce.detail.tenure', { count: years, n: fmt.number(years) })})</span> : null}
          </dd>
        </div>
        <div className="wf-fact">
          <dt>{t('workforce.detail.manager')}</dt>
          <dd>{e.managerId ?? <span className="wf-muted">{t('workforce.detail.noManager')}</span>}</dd>
        </div>
      </dl>
      {e.roleToReview ? <RoleConfirm employeeId={e.id} roleCode={e.role} onConfirmed={onRoleConfirmed} /> : null}
      {e.objection ? (
        <div className="wf-note wf-note--objection" data-testid="employee-objection">
          <p className="wf-note__title">{t('workforce.detail.objectionTitle')}</p>
          <p>{t('workforce.detail.objectionText', { since: fmt.date(e.objection.since.slice(0, 10)), reason: e.objection.reason })}</p>
        </div>
      ) : (
        <p className="wf-muted" data-testid="employee-no-objection">
          {t('workforce.detail.noObjection')}
        </p>
      )}
      <section aria-labelledby="wf-skills-heading" className="wf-skills">
        <div className="wf-skills__head">
          <h3 id="wf-skills-heading">{t('workforce.detail.skills')}</h3>
          <span className="wf-muted">{t('workforce.detail.skillsCount', { count: skills.length, n: fmt.number(skills.length) })}</span>
        </div>
        {skills.length === 0 ? (
          <p className="wf-muted">{t('workforce.detail.noSkills')}</p>
        ) : (
          <>
            <ul className="wf-legend" aria-label={t('workforce.detail.source')}>
              {SOURCES.map((s) => (
                <li key={s}>
                  <span className={`wf-source wf-source--${s}`}>{t(`workforce.detail.sources.${s}`)}</span> {t(`workforce.detail.sourceTips.${s}`)}
                </li>
              ))}
            </ul>
            <div className="wf-skill-wrap">
              <table className="table wf-skill-table" data-testid="skills-table">
                <caption className="visually-hidden">{t('workforce.detail.skillsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('workforce.detail.skill')}</th>
                    <th scope="col" className="wf-col-level">
                      {t('workforce.detail.level')}
                    </th>
                    <th scope="col" className="wf-col-source">
                      {t('workforce.detail.source')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {skills.map((s) => (
                    <tr key={s.skillId} data-testid="skill-row">
                      <th scope="row">{s.skillName}</th>
                      <td>
                        <span className="wf-level">
                          <span className="meter" aria-hidden="true">
                            {[1, 2, 3, 4, 5].map((i) => (
                              <span key={i} className={i <= s.level ? 'meter__pip meter__pip--on' : 'meter__pip'} />
                            ))}
                          </span>
                          {t('workforce.detail.levelValue', { level: fmt.number(s.level), label: t(`workforce.detail.levels.${Math.round(s.level)}`, { defaultValue: '' }) })}
                        </span>
                      </td>
                      <td>
                        <span className={`wf-source wf-source--${s.source}`} title={t(`workforce.detail.sourceTips.${s.source}`, { defaultValue: '' })}>
                          {t(`workforce.detail.sources.${s.source}`, { defaultValue: s.source })}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

function tenureYears(startDate: string): number | null {
  const start = Date.parse(`${startDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(start)) return null;
  const years = Math.floor((Date.now() - start) / (365.25 * 24 * 3600 * 1000));
  return years >= 0 ? years : null;
}
