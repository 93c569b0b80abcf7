/** The week-by-week learning timeline of the plan (or of the best path while there is no plan), as a chart or a table. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PathDto, PlanDto } from '../../../../shared/api/reskill-dto';
import { OKABE_ITO } from '../../components/charts/palette';
import { useFormat } from '../../i18n';
import { ViewToggle } from '../paths/common';

const DEFAULT_WEEKLY = 4;

interface TimelineRow {
  moduleId: string;
  name: string;
  offset: number;
  weeks: number;
  hours: number;
  done: boolean;
}

function timelineRows(modules: { id: string; title: string; hours: number; done?: boolean }[], weekly: number): TimelineRow[] {
  let at = 0;
  return modules.map((m) => {
    const weeks = m.hours / weekly;
    const row = { moduleId: m.id, name: m.title, offset: at, weeks, hours: m.hours, done: m.done === true };
    at += weeks;
    return row;
  });
}

export function Timeline({ plan, path }: { plan: PlanDto | null; path: PathDto | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const weekly = plan?.weeklyHours ?? (path && path.weeks > 0 ? path.hours / path.weeks : DEFAULT_WEEKLY);
  const modules = useMemo(() => (plan ? plan.modules : (path?.modules ?? [])), [plan, path]);
  const rows = useMemo(() => timelineRows(modules, weekly), [modules, weekly]);
  const role = plan?.targetRole.title ?? path?.targetRole.title ?? '';
  const total = rows.reduce((s, r) => s + r.weeks, 0);
  const data = rows.map((r) => ({ ...r, learning: r.done ? 0 : r.weeks, finished: r.done ? r.weeks : 0 }));
  const name = (k: string) => (k === 'finished' ? t('myPath.timeline.done') : t('myPath.timeline.duration'));

  return (
    <section className="panel" aria-labelledby="timeline-title" data-testid="timeline">
      <div className="panel__header">
        <div>
          <p className="panel__kicker">{t('myPath.timeline.kicker')}</p>
          <h3 className="panel__title" id="timeline-title">
            {t('myPath.timeline.title', { role, weeks: fmt.number(Math.ceil(total)), hours: fmt.number(weekly, 1) })}
          </h3>
        </div>
        <ViewToggle view={view} onChange={setView} label={t('myPath.timeline.kicker')} testId="timeline-view" />
      </div>
      {!plan ? <p className="rk-note">{t('myPath.timeline.noPlan')}</p> : null}
      {view === 'chart' ? (
        <div className="chart" data-testid="timeline-chart">
          <ResponsiveContainer width="100%" height={90 + rows.length * 30}>
            <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 28, left: 8 }} barCategoryGap="25%">
              <CartesianGrid horizontal={false} stroke="#e3e7ee" />
              <XAxis
                type="number"
                domain={[0, Math.max(1, Math.ceil(total))]}
                allowDecimals={false}
                tick={{ fontSize: 12, fill: '#44505f' }}
                label={{ value: t('myPath.timeline.xAxis'), position: 'insideBottom', offset: -16, fill: '#2b3440', fontSize: 12 }}
              />
              <YAxis type="category" dataKey="name" width={280} tick={{ fontSize: 11, fill: '#2b3440' }} interval={0} />
              <Tooltip
                formatter={(v, k) => (k === 'offset' ? [null, null] : [`${fmt.number(Number(v), 1)} ${t('myPath.timeline.xAxis').toLowerCase()}`, name(String(k))])}
              />
              <Legend verticalAlign="top" height={30} formatter={(k) => name(String(k))} />
              <Bar dataKey="offset" stackId="w" fill="transparent" isAnimationActive={false} legendType="none" />
              <Bar dataKey="finished" stackId="w" fill={OKABE_ITO.bluishGreen} isAnimationActive={false} />
              <Bar dataKey="learning" stackId="w" fill={OKABE_ITO.blue} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table table--numeric" data-testid="timeline-table">
            <caption>{t('myPath.timeline.caption', { hours: fmt.number(weekly, 1) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('myPath.timeline.module')}</th>
                <th scope="col">{t('myPath.timeline.hours')}</th>
                <th scope="col">{t('myPath.timeline.from')}</th>
                <th scope="col">{t('myPath.timeline.to')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.moduleId}>
                  <th scope="row">
                    {r.done ? '✓ ' : ''}
                    {r.name}
                  </th>
                  <td>{fmt.number(r.hours)}</td>
                  <td>{fmt.number(r.offset, 1)}</td>
                  <td>{fmt.number(r.offset + r.weeks, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
