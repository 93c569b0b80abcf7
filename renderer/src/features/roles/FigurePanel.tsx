/**
 * A chart panel whose table view holds live figures (ExplainButtons), not just text: the same data the chart
 * draws, each figure able to explain itself (design principle 2, chart conventions).
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function FigurePanel({
  id,
  kicker,
  finding,
  chart,
  table,
  note,
  className,
}: {
  id: string;
  kicker: string;
  finding: string;
  chart: ReactNode;
  table: ReactNode;
  note?: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <section className={`panel chart-panel ${className ?? ''}`} aria-labelledby={`${id}-finding`} data-testid={id}>
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{kicker}</p>
          <h2 className="panel__title" id={`${id}-finding`} data-testid={`${id}-finding`}>
            {finding}
          </h2>
        </div>
        <div className="segmented" role="group" aria-label={t('charts.viewLabel')}>
          {(['chart', 'table'] as const).map((v) => (
            <button key={v} type="button" className="segmented__button" aria-pressed={view === v} data-testid={`${id}-view-${v}`} onClick={() => setView(v)}>
              {t(v === 'chart' ? 'charts.viewChart' : 'charts.viewTable')}
            </button>
          ))}
        </div>
      </div>
      {view === 'chart' ? chart : <div className="table-wrap">{table}</div>}
      {note ? <p className="panel__note">{note}</p> : null}
    </section>
  );
}
