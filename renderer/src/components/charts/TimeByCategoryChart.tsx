/**
 * Horizontal stacked bars: share of the role's working time per task category, split by exposure E0/E1/E2.
 * A thin recharts wrapper: the data comes shaped from state/selectors (timeByCategory).
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../../i18n';
import type { CategoryTimeRow, ExposureBucket } from '../../state/selectors';
import { EXPOSURE } from './palette';

export function TimeByCategoryChart({ rows, buckets }: { rows: CategoryTimeRow[]; buckets: readonly ExposureBucket[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const data = rows.map((r) => ({ ...r, name: t(`category.${r.category}`) }));
  // Round ticks: every 10 % up to half the week, every 20 % beyond.
  const max = Math.max(0.05, ...rows.map((r) => r.total));
  const step = max > 0.5 ? 0.2 : 0.1;
  const domainMax = Math.min(1, Math.ceil(max / step - 1e-9) * step);
  const ticks = Array.from({ length: Math.round(domainMax / step) + 1 }, (_, i) => Math.min(1, i * step));
  const height = 90 + rows.length * 46;
  const name = (b: ExposureBucket) => `${t(`exposure.${b}.short`)} · ${t(`exposure.${b}.label`)}`;

  return (
    <div className="chart" data-testid="time-by-category-chart">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 28, left: 8 }} barCategoryGap="22%">
          <CartesianGrid horizontal={false} stroke="#e3e7ee" />
          <XAxis
            type="number"
            domain={[0, domainMax]}
            ticks={ticks}
            tickFormatter={(v: number) => fmt.percent(v)}
            tick={{ fontSize: 12, fill: '#44505f' }}
            label={{ value: t('tasks.chart.xAxis'), position: 'insideBottom', offset: -16, fill: '#2b3440', fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={210}
            tick={{ fontSize: 12, fill: '#2b3440' }}
            label={{ value: t('tasks.chart.yAxis'), angle: -90, position: 'insideLeft', fill: '#2b3440', fontSize: 12, dx: -2 }}
          />
          <Tooltip
            formatter={(value, key) => [fmt.percent(Number(value), 1), name(String(key) as ExposureBucket)]}
            cursor={{ fill: 'rgba(31, 58, 95, 0.06)' }}
          />
          <Legend verticalAlign="top" height={32} formatter={(key) => name(String(key) as ExposureBucket)} />
          {buckets.map((b) => (
            <Bar key={b} dataKey={b} stackId="time" fill={EXPOSURE[b]} isAnimationActive={false} name={b} stroke="#ffffff" strokeWidth={1} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
