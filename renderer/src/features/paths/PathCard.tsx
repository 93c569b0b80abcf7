/**
 * One ranked target role: every component of its score, why it ranks above the next (or why it is not
 * viable), whether the scenario has openings in it, then skills held, gaps (levels inferred from the
 * current role marked as such, never as confirmed) and modules.
 */
import { useTranslation } from 'react-i18next';
import type { PathDto } from '../../../../shared/api/reskill-dto';
import { useFormat } from '../../i18n';
import { GradeBadge } from './common';
import { ExplainButton } from './Explain';

const COMPONENTS = ['fit', 'readiness', 'desirable', 'safer', 'demand'] as const;

export function PathCard({ path, open }: { path: PathDto; open?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const x = path.explain;
  const comps = path.components;
  const flag = (v: boolean) => t(v ? 'paths.flag.yes' : 'paths.flag.no');
  let cumulative = 0;
  const weekly = path.weeks > 0 ? path.hours / path.weeks : 0;

  return (
    <article className="rk-path" data-testid="path-card" data-role={path.targetRole.code} aria-labelledby={`path-${path.targetRole.code}`}>
      <header className="rk-path__header">
        <span className="rk-path__rank">{t('paths.rank', { n: path.rank })}</span>
        <h3 className="rk-path__title" id={`path-${path.targetRole.code}`}>
          {path.targetRole.title}
        </h3>
        <span className="rk-path__score" data-testid="path-score">
          <ExplainButton explanation={x?.score} label={t('paths.scoreLabel')}>
            {t('paths.score', { value: fmt.number(path.score, 2) })}
          </ExplainButton>
        </span>
      </header>

      <ul className="rk-flags" aria-label={t('paths.components')}>
        {(['viable', 'desirable', 'safer'] as const).map((k) => (
          <li key={k} className={path[k] ? 'rk-flag rk-flag--yes' : 'rk-flag rk-flag--no'} data-testid={`flag-${k}`}>
            <span aria-hidden="true">{path[k] ? '✓' : '✗'}</span>
            <ExplainButton explanation={x?.[k]} label={t(`paths.${k}`)}>
              {t(`paths.${k}`)}: {flag(path[k])}
            </ExplainButton>
          </li>
        ))}
        {path.openings != null ? (
          <li className={path.openings > 0 ? 'rk-flag rk-flag--yes' : 'rk-flag rk-flag--no'} data-testid="flag-openings" data-openings={path.openings}>
            <span aria-hidden="true">{path.openings > 0 ? '✓' : '✗'}</span>
            {path.openings > 0 ? t('paths.openings', { n: fmt.number(path.openings) }) : t('paths.noOpenings')}
          </li>
        ) : null}
        {path.noOpeningLeft ? (
          <li className="rk-flag rk-flag--no" data-testid="flag-no-opening-left">
            <span aria-hidden="true">✗</span>
            {t('paths.noOpeningLeft')}
          </li>
        ) : null}
      </ul>
      {!path.viable && path.blocks && path.blocks.length > 0 ? (
        <p className="rk-path__blocked" data-testid="path-blocks">
          {t('paths.blocked')} {path.blocks.map((b) => t(`paths.block.${b}`)).join('; ')}.
        </p>
      ) : null}

      {comps ? (
        <table className="table rk-components" data-testid="path-components">
          <caption className="visually-hidden">{t('paths.components')}</caption>
          <tbody>
            {COMPONENTS.map((k) => (
              <tr key={k} data-component={k}>
                <th scope="row">{t(`paths.component.${k}`)}</th>
                <td className="rk-components__bar">
                  <span className="share" aria-hidden="true">
                    <span className="share__bar">
                      <span className="share__fill" style={{ width: `${Math.round(comps[k] * 100)}%` }} />
                    </span>
                  </span>
                </td>
                <td className="rk-components__value">
                  {k === 'fit' ? (
                    <ExplainButton explanation={x?.fit} label={t('paths.component.fit')}>
                      {fmt.percent(comps[k])}
                    </ExplainButton>
                  ) : k === 'readiness' ? (
                    <ExplainButton explanation={x?.weeks} label={t('paths.component.readiness')}>
                      {fmt.percent(comps[k])}
                    </ExplainButton>
                  ) : (
                    fmt.percent(comps[k])
                  )}
                </td>
                <td className="rk-components__hint">{t(`paths.componentHint.${k}`, { index: path.demandIndex == null ? '–' : fmt.number(path.demandIndex, 2) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <p className="rk-path__above" data-testid="above-next">
        {path.aboveNext
          ? path.aboveNext.decidedBy === 'viable'
            ? t('paths.aboveNextViable', { role: path.aboveNext.targetRole.title })
            : path.aboveNext.decidedBy === 'openings'
              ? t('paths.aboveNextOpenings', { role: path.aboveNext.targetRole.title })
              : path.aboveNext.decidedBy === 'code'
              ? t('paths.aboveNextTie', { role: path.aboveNext.targetRole.title })
              : t('paths.aboveNext', {
                  role: path.aboveNext.targetRole.title,
                  component: t(`paths.component.${path.aboveNext.decidedBy}`).toLowerCase(),
                  margin: fmt.number(path.aboveNext.margin, 3),
                })
          : t('paths.last')}
      </p>

      <details className="rk-path__detail" open={open ?? path.rank === 1}>
        <summary>
          {t('paths.totals', { hours: fmt.number(path.hours), weeks: fmt.number(path.weeks, 1), cost: fmt.money(path.cost) })}
        </summary>
        <div className="rk-path__columns">
          <section data-testid="matched">
            <h4>{t('paths.matched', { n: path.matched?.length ?? 0 })}</h4>
            {path.matched && path.matched.length > 0 ? (
              <ul className="rk-chips">
                {path.matched.map((m) => (
                  <li key={m.skill} className="rk-chip" data-source={m.source ?? 'none'}>
                    <GradeBadge grade="matched" /> {m.skillName}
                    {m.source === 'inferred' ? <InferredTag /> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="panel__note">{t('paths.noneMatched')}</p>
            )}
          </section>
          <section data-testid="gaps">
            <h4>{t('paths.gaps', { n: path.gap.length })}</h4>
            {path.gap.length === 0 ? (
              <p className="panel__note">{t('paths.noGaps')}</p>
            ) : (
              <ul className="rk-gaps">
                {[...path.gap]
                  .sort((a, b) => b.need - b.have - (a.need - a.have) || a.skillName.localeCompare(b.skillName))
                  .map((g) => (
                    <li key={g.skill} data-testid="gap-row" data-source={g.source ?? 'none'}>
                      <span className="rk-gaps__name">{g.skillName}</span>
                      <span className="rk-gaps__levels" title={g.source === 'inferred' ? t('paths.inferredHint') : undefined}>
                        {t(g.source === 'inferred' ? 'paths.gapRowInferred' : 'paths.gapRow', { have: g.have, need: g.need })}
                      </span>
                      <GradeBadge grade={g.grade} />
                    </li>
                  ))}
              </ul>
            )}
          </section>
        </div>
        {[...path.gap, ...(path.matched ?? [])].some((g) => g.source === 'inferred') ? (
          <p className="panel__note" data-testid="inferred-note">
            {t('paths.inferredNote')}
          </p>
        ) : null}
        <section data-testid="modules">
          <h4>{t('paths.modules')}</h4>
          {!path.complete ? <p className="panel__note">{t('paths.incomplete')}</p> : null}
          {path.modules.length === 0 ? (
            <p className="panel__note">{t('paths.noModules')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table table--numeric">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('paths.moduleCol')}</th>
                    <th scope="col">{t('paths.hoursCol')}</th>
                    <th scope="col">{t('paths.weekCol')}</th>
                    <th scope="col">{t('paths.costCol')}</th>
                  </tr>
                </thead>
                <tbody>
                  {path.modules.map((m, i) => {
                    cumulative += m.hours;
                    return (
                      <tr key={m.id} data-testid="module-row">
                        <td>{i + 1}</td>
                        <th scope="row">
                          {m.title}
                          {m.isPrerequisite ? <span className="tag"> {t('paths.prerequisite')}</span> : null}
                        </th>
                        <td>{fmt.number(m.hours)}</td>
                        <td>{weekly > 0 ? fmt.number(cumulative / weekly, 1) : '–'}</td>
                        <td>{m.cost === undefined ? '–' : fmt.money(m.cost, true)}</td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <td />
                    <th scope="row">{t('paths.total')}</th>
                    <td>{fmt.number(path.hours)}</td>
                    <td>
                      <ExplainButton explanation={x?.weeks} label={t('paths.cards.weeks')}>
                        {fmt.number(path.weeks, 1)}
                      </ExplainButton>
                    </td>
                    <td>
                      <ExplainButton explanation={x?.cost} label={t('paths.cards.cost')}>
                        {fmt.money(path.cost)}
                      </ExplainButton>
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
        </section>
      </details>
    </article>
  );
}

/** Marks a level that has no record: assumed from the current role, never shown as confirmed. */
function InferredTag() {
  const { t } = useTranslation();
  return (
    <span className="tag" title={t('paths.inferredHint')} data-testid="inferred-tag">
      {' '}
      {t('paths.inferred')}
    </span>
  );
}
