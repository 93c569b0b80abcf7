/** The chart's data as an accessible table: the same rows, the same numbers (charts conventions). */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import type { CategoryTimeRow, ExposureBucket } from '../../state/selectors';

export function TimeByCategoryTable({ rows, buckets }: { rows: CategoryTimeRow[]; buckets: readonly ExposureBucket[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sum = (k: ExposureBucket | 'total') => rows.reduce((s, r) => s + r[k], 0);
  return (
    <div className="table-wrap">
      <table className="table table--numeric" data-testid="time-by-category-table">
        <caption>{t('tasks.chart.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tasks.chart.yAxis')}</th>
            {buckets.map((b) => (
              <th scope="col" key={b} title={t(`exposure.${b}.tip`)}>
                {t(`exposure.${b}.short`)} · {t(`exposure.${b}.label`)}
              </th>
            ))}
            <th scope="col">{t('tasks.chart.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.category}>
              <th scope="row">{t(`category.${r.category}`)}</th>
              {buckets.map((b) => (
                <td key={b}>{fmt.percent(r[b], 1)}</td>
              ))}
              <td>{fmt.percent(r.total, 1)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('tasks.chart.total')}</th>
            {buckets.map((b) => (
              <td key={b}>{fmt.percent(sum(b), 1)}</td>
            ))}
            <td>{fmt.percent(sum('total'), 1)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
