/** The roles the person could move into, each with why it fits (skills already held first), and what is still to learn. */
import { useTranslation } from 'react-i18next';
import type { PathDto } from '../../../../shared/api/reskill-dto';
import { Loading } from '../../components/EmptyState';
import { useFormat } from '../../i18n';
import { GradeBadge } from '../paths/common';

export function RolesPanel({ paths, objection, focus }: { paths: PathDto[] | null; objection: boolean; focus: PathDto | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="panel" aria-labelledby="roles-heading" data-testid="my-roles">
      <h3 className="panel__title" id="roles-heading">
        {t('myPath.roles.heading')}
      </h3>
      {objection ? (
        <p className="rk-note" data-testid="objection">
          {t('myPath.roles.objection')}
        </p>
      ) : !paths ? (
        <Loading label={t('paths.loadingPaths')} />
      ) : (
        <>
          <ol className="rk-gaps">
            {paths.slice(0, 5).map((p) => (
              <li key={p.targetRole.code} data-testid="my-role">
                <span>
                  <strong>{p.targetRole.title}</strong> · {t('myPath.roles.fit', { fit: fmt.percent(p.fit) })}
                  <br />
                  {p.matched && p.matched.length > 0 ? (
                    <span className="mp-have" data-testid="my-role-have">
                      {t('myPath.roles.have', { skills: p.matched.slice(0, 4).map((m) => m.skillName).join(', '), count: p.matched.length })}
                    </span>
                  ) : null}
                  <br />
                  <span className="panel__meta">
                    {[p.viable ? t('myPath.roles.reasons.viable') : t('myPath.roles.reasons.notViable'), p.desirable ? t('myPath.roles.reasons.desirable') : null, p.safer ? t('myPath.roles.reasons.safer') : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
              </li>
            ))}
          </ol>
          {focus ? (
            <>
              <h4>{t('myPath.roles.missing', { role: focus.targetRole.title })}</h4>
              {focus.gap.length === 0 ? (
                <p className="panel__note">{t('myPath.roles.noMissing', { role: focus.targetRole.title })}</p>
              ) : (
                <ul className="rk-gaps" data-testid="my-gaps">
                  {focus.gap.map((g) => (
                    <li key={g.skill} data-source={g.source ?? 'none'}>
                      <span>{g.skillName}</span>
                      {/* A level assumed from the current role is shown as such, never as confirmed. */}
                      <span className="rk-gaps__levels" title={g.source === 'inferred' ? t('paths.inferredHint') : undefined}>
                        {t(g.source === 'inferred' ? 'paths.gapRowInferred' : 'paths.gapRow', { have: g.have, need: g.need })}
                      </span>
                      <GradeBadge grade={g.grade} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
