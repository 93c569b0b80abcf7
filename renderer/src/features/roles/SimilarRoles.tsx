/** Roles closest to this one (roles.similar): similarity with its skills and work-activities components. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimilarRolesDto } from '../../../../shared/api/reskill-dto';
import { useFormat } from '../../i18n';

export function SimilarRoles({ similar, onOpen, known }: { similar: SimilarRolesDto; onOpen: (code: string) => void; known: (code: string) => boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const uid = useId();
  const top = similar.similar[0];
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
      {similar.similar.length > 0 ? (
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
              {similar.similar.map((s) => (
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
