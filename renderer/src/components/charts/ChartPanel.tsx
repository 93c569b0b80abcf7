/**
 * A chart panel (charts conventions): a title that states the finding, a chart/table toggle, and the same data
 * as an accessible table. `rev` is written to data-rev once the chart has drawn that revision of the data,
 * so tests and the slider benchmark can wait for "every chart updated".
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartTable {
  caption: string;
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

export function ChartPanel({
  id,
  kicker,
  finding,
  children,
  table,
  note,
  rev,
  testId,
  actions,
}: {
  id: string;
  kicker: string;
  finding: string;
  children: ReactNode;
  table: ChartTable;
  note?: ReactNode;
  rev?: number;
  testId?: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const ref = useRef<HTMLElement>(null);
  // Set after React committed the new data (the DOM already shows it), not before.
  useEffect(() => {
    if (rev !== undefined) ref.current?.setAttribute('data-drawn-rev', String(rev));
  }, [rev, table]);
  return (
    <section className="panel chart-panel" aria-labelledby={`${id}-finding`} data-testid={testId ?? id} data-rev={rev} ref={ref}>
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{kicker}</p>
          <h2 className="panel__title" id={`${id}-finding`} data-testid={`${testId ?? id}-finding`}>
            {finding}
          </h2>
        </div>
        <div className="chart-panel__actions">
          {actions}
          <div className="segmented" role="group" aria-label={t('charts.viewLabel')}>
            {(['chart', 'table'] as const).map((v) => (
              <button
                key={v}
                type="button"
                className="segmented__button"
                aria-pressed={view === v}
                data-testid={`${testId ?? id}-view-${v}`}
                onClick={() => setView(v)}
              >
                {t(v === 'chart' ? 'charts.viewChart' : 'charts.viewTable')}
              </button>
            ))}
          </div>
        </div>
      </div>
      {view === 'chart' ? (
        children
      ) : (
        <div className="table-wrap">
          <table className="table table--numeric" data-testid={`${testId ?? id}-table`}>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th scope="col" key={`${c}-${i}`}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.key}>
                  {r.cells.map((c, i) => (i === 0 ? <th scope="row" key={i}>{c}</th> : <td key={i}>{c}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {note ? <p className="panel__note">{note}</p> : null}
    </section>
  );
}
