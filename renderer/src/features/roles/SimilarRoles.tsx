/**
 * Roles related to this one (roles.similar): similarity with its skills and work-activities components.
 * Only related roles are listed — similar enough and at most one job zone apart (Nesta's thresholds) —
 * so a list never pairs unrelated roles because they share generic skills.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimilarRolesDto } from '../../../../shared/api/reskill-dto';
import { useFormat } from '../../i18n';

export function SimilarRoles({ similar, onOpen, known }: { similar: SimilarRolesDto; onOpen: (code: string) => void; known: (code: string) => boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const uid = useId();
  // Answers without the flag (older servers) count every entry as related.
  const related = similar.similar.filter((s) => s.related !== false);
  const top = related[0];
  const pct = (v: number | null) => (v === null ? '–' : fmt.percent(v));
  return (
    <section className="panel" aria-labelledby={`${uid}-finding`} data-testid="role-similar">
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('roles.similar.kicker')}</p>
          <h2 className="panel__title" id={`${uid}-finding`}>
            {top ? t('roles.similar.finding', { role: top.title, share: pct(top.similarity) }) : t('roles.similar.findingNone')}
          </h2>
        </div>
      </div>
      {related.length > 0 ? (
        <div className="table-wrap">
          <table className="table table--numeric" data-testid="role-similar-table">
            <caption className="visually-hidden">{t('roles.similar.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roles.similar.role')}</th>
                <th scope="col" className="num">
                  {t('roles.similar.similarity')}
                </th>
                <th scope="col" className="num">
                  {t('roles.similar.skills')}
                </th>
                <th scope="col" className="num">
                  {t('roles.similar.activities')}
                </th>
              </tr>
            </thead>
            <tbody>
              {related.map((s) => (
                <tr key={s.code} data-testid="similar-row">
                  <th scope="row">
                    {known(s.code) ? (
                      <button type="button" className="link-button" onClick={() => onOpen(s.code)} aria-label={t('roles.similar.open', { role: s.title })}>
                        {s.title}
                      </button>
                    ) : (
                      s.title
                    )}
                  </th>
                  <td className="num">
                    <span className="pair">
                      <span className="pair__bar pair__bar--similar" style={{ width: `${Math.round(s.similarity * 60)}px` }} aria-hidden="true" />
                      {pct(s.similarity)}
                    </span>
                  </td>
                  <td className="num">{pct(s.components.skills)}</td>
                  <td className="num">{pct(s.components.activities)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="panel__note">{t('roles.similar.note')}</p>
    </section>
  );
}
