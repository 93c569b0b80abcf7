/**
 * Fairness: the audit per consented attribute and group (size, viable share, mean fit, assigned share),
 * four-fifths flags, hidden small groups counted, the minimum group size, and that protected attributes never score.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairnessDto } from '../../../../shared/api/reskill-dto';
import { EmptyState, Loading } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormat } from '../../i18n';
import { useAppStore } from '../../state/store';
import '../paths/reskill.css';

const ATTRIBUTES = ['ageBand', 'gender'] as const;
const METRICS = ['viableShare', 'meanFit', 'assignedShare'] as const;

export function FairnessScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const scenario = useAppStore((s) => s.activeScenario);
  const data = useAppStore((s) => s.fairness);
  const state = useAppStore((s) => s.fairnessState);
  const load = useAppStore((s) => s.loadFairness);
  const settingsMin = useAppStore((s) => s.settings?.minGroupSize ?? null);
  useEffect(() => {
    void load();
  }, [load, scenario]);

  const minGroup = data?.minGroupSize ?? settingsMin;
  return (
    <div className="screen" data-testid="screen-fairness">
      <header className="screen__header">
        <h1 className="screen__title">{t('fairness.title')}</h1>
        <p className="screen__lead">{t('fairness.lead')}</p>
      </header>
      <p className="rk-note" data-testid="fairness-note" role="note">
        {t('fairness.note')}
        {minGroup !== null ? ` ${t('fairness.minGroup', { n: minGroup })}` : ''}
        {data ? ` ${t('fairness.minDecisions', { n: data.minDecisions })}` : ''}
      </p>
      {state.status === 'error' && state.error ? (
        <ErrorBanner what={t('fairness.error')} error={state.error} onRetry={() => void load()} testId="fairness-error" />
      ) : !data ? (
        <Loading label={t('fairness.loading')} testId="fairness-loading" />
      ) : (
        <div aria-busy={state.status === 'loading'} className="rk-stack">
          <h2 className="panel__title" data-testid="fairness-finding">
            {data.flags.length > 0 ? t('fairness.finding', { n: fmt.number(data.flags.length) }) : t('fairness.findingNone')}
          </h2>
          {data.groups.length === 0 && data.hiddenGroups.every((h) => h.count === 0) ? <EmptyState title={t('fairness.none')} testId="fairness-empty" /> : null}
          {ATTRIBUTES.map((a) => (
            <AttributeTable key={a} attribute={a} data={data} />
          ))}
        </div>
      )}
    </div>
  );
}

function AttributeTable({ attribute, data }: { attribute: (typeof ATTRIBUTES)[number]; data: FairnessDto }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const groups = data.groups.filter((g) => g.attribute === attribute);
  const hidden = data.hiddenGroups.find((h) => h.attribute === attribute)?.count ?? 0;
  const notConsented = data.notConsented.find((h) => h.attribute === attribute)?.count ?? 0;
  const flagsOf = (group: string) => data.flags.filter((f) => f.attribute === attribute && f.group === group);
  const groupName = (g: string) => t(`fairness.groupValue.${g}`, { defaultValue: g });
  return (
    <section className="panel" aria-labelledby={`fair-${attribute}`} data-testid={`fairness-${attribute}`}>
      <div className="panel__header">
        <h2 className="panel__title" id={`fair-${attribute}`}>
          {t(`fairness.attribute.${attribute}`)}
        </h2>
        <p className="panel__meta">
          <span data-testid={`hidden-${attribute}`}>{t('fairness.hidden', { n: fmt.number(hidden), min: data.minGroupSize })}</span> ·{' '}
          {t('fairness.notConsented', { n: fmt.number(notConsented) })}
        </p>
      </div>
      {groups.length > 0 ? (
        <div className="table-wrap">
          <table className="table table--numeric">
            <thead>
              <tr>
                <th scope="col">{t('fairness.group')}</th>
                <th scope="col">{t('fairness.size')}</th>
                {METRICS.map((m) => (
                  <th scope="col" key={m}>
                    {t(`fairness.${m}`)}
                  </th>
                ))}
                <th scope="col">{t('fairness.flagCol')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => {
                const flags = flagsOf(g.group);
                return (
                  <tr key={g.group} data-testid="fairness-row" data-flagged={flags.length > 0}>
                    <th scope="row">{groupName(g.group)}</th>
                    <td>{fmt.number(g.size)}</td>
                    {METRICS.map((m) => {
                      const flagged = flags.some((f) => f.metric === m);
                      return (
                        <td key={m} className={flagged ? 'rk-flag-cell' : undefined}>
                          {flagged ? '⚑ ' : ''}
                          {fmt.percent(g[m], m === 'assignedShare' ? 1 : 0)}
                          {m === 'viableShare' ? <span className="panel__meta"> ({fmt.number(g.viable)})</span> : null}
                          {m === 'assignedShare' ? <span className="panel__meta"> ({t('fairness.assignedCount', { n: fmt.number(g.assigned), expected: fmt.number(g.expectedAssigned, 1) })})</span> : null}
                        </td>
                      );
                    })}
                    <td className={flags.length ? 'rk-flag-cell' : undefined} data-testid="fairness-status">
                      {[
                        ...flags.map((f) => t('fairness.flagged', { metric: t(`fairness.metric.${f.metric}`, { defaultValue: f.metric }), ratio: fmt.number(f.ratio, 2) })),
                        ...METRICS.filter((m) => g.status[m] === 'tooFew').map((m) => t('fairness.tooFew', { metric: t(`fairness.metric.${m}`) })),
                      ].join('; ') || t('fairness.ok')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
