/** The primary chart with a title that states the finding, and a toggle to the same data as a table. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TimeByCategoryChart } from '../../components/charts/TimeByCategoryChart';
import { TimeByCategoryTable } from '../../components/charts/TimeByCategoryTable';
import { useFormat } from '../../i18n';
import { EXPOSURE_BUCKETS, hasUnlabelled, selectTimeByCategory, topExposedCategory } from '../../state/selectors';
import { useAppStore } from '../../state/store';

export function CategorySection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows = useAppStore(selectTimeByCategory);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const top = topExposedCategory(rows);
  const buckets = hasUnlabelled(rows) ? EXPOSURE_BUCKETS : EXPOSURE_BUCKETS.filter((b) => b !== 'none');
  const finding = top
    ? t('tasks.chart.findingTop', { category: t(`category.${top.category}`), share: fmt.percent(top.exposed) })
    : t('tasks.chart.findingNone');

  return (
    <section className="panel" aria-labelledby="category-finding">
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('tasks.chart.heading')}</p>
          <h2 className="panel__title" id="category-finding" data-testid="chart-finding">
            {finding}
          </h2>
        </div>
        <div className="segmented" role="group" aria-label={t('tasks.chart.viewLabel')}>
          {(['chart', 'table'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="segmented__button"
              aria-pressed={view === v}
              data-testid={`view-${v}`}
              onClick={() => setView(v)}
            >
              {t(v === 'chart' ? 'tasks.chart.viewChart' : 'tasks.chart.viewTable')}
            </button>
          ))}
        </div>
      </div>
      {view === 'chart' ? <TimeByCategoryChart rows={rows} buckets={buckets} /> : <TimeByCategoryTable rows={rows} buckets={buckets} />}
      <p className="panel__note">{t('tasks.chart.method')}</p>
    </section>
  );
}
