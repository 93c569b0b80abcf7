/**
 * The Roles screen's charts (charts conventions): stacked areas of the working time automated / done faster with AI /
 * unaffected per year, and grouped bars of FTE needed vs available per year. Okabe–Ito colours with one meaning
 * each (palette.ts), never colour alone (legend, dash patterns), no animation. A click on a year reports it, so
 * the screen can open that year's explanation.
 */
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { MEANING, OKABE_ITO } from '../../components/charts/palette';

const TICK = { fontSize: 12, fill: '#44505f' };
const AXIS_LABEL = { fill: '#2b3440', fontSize: 12 };
const GRID = '#e3e7ee';

export interface ShareRow {
  year: number;
  automated: number;
  augmented: number;
  unaffected: number;
}

type Fmt = (v: number) => string;

function yearOf(state: unknown): number | null {
  const label = (state as { activeLabel?: unknown } | null)?.activeLabel;
  const year = Number(label);
  return label !== undefined && Number.isFinite(year) ? year : null;
}

export function ShareArea({
  data,
  names,
  xLabel,
  yLabel,
  format,
  onYear,
}: {
  data: ShareRow[];
  names: Record<'automated' | 'augmented' | 'unaffected', string>;
  xLabel: string;
  yLabel: string;
  format: Fmt;
  onYear?: (year: number) => void;
}) {
  const name = (k: unknown) => names[k as keyof typeof names] ?? String(k);
  return (
    <div className="chart chart--clickable" data-testid="role-share-chart">
      <ResponsiveContainer width="100%" height={300}>
        <AreaChart
          data={data}
          margin={{ top: 8, right: 24, bottom: 28, left: 24 }}
          onClick={(state: unknown) => {
            const y = yearOf(state);
            if (y !== null) onYear?.(y);
          }}
        >
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="year" tick={TICK} label={{ value: xLabel, position: 'insideBottom', offset: -16, ...AXIS_LABEL }} />
          <YAxis
            tick={TICK}
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={format}
            width={64}
            label={{ value: yLabel, angle: -90, position: 'insideLeft', dx: -14, dy: 60, ...AXIS_LABEL }}
          />
          <Tooltip formatter={(v, k) => [format(Number(v)), name(k)]} />
          <Legend verticalAlign="top" height={30} content={() => <LegendList items={(['automated', 'augmented', 'unaffected'] as const).map((k) => ({ key: k, label: names[k], color: MEANING[k] }))} />} />
          <Area dataKey="automated" name="automated" stackId="s" type="linear" stroke={MEANING.automated} fill={MEANING.automated} fillOpacity={0.6} strokeWidth={2} isAnimationActive={false} />
          <Area
            dataKey="augmented"
            name="augmented"
            stackId="s"
            type="linear"
            stroke={MEANING.augmented}
            fill={MEANING.augmented}
            fillOpacity={0.4}
            strokeWidth={2}
            strokeDasharray="6 3"
            isAnimationActive={false}
          />
          <Area
            dataKey="unaffected"
            name="unaffected"
            stackId="s"
            type="linear"
            stroke={MEANING.unaffected}
            fill={MEANING.unaffected}
            fillOpacity={0.15}
            strokeWidth={2}
            strokeDasharray="2 3"
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

export function DemandSupplyByYear({
  data,
  names,
  xLabel,
  yLabel,
  format,
  tickFormat,
  onYear,
}: {
  data: { year: number; demand: number; supply: number }[];
  names: Record<'demand' | 'supply', string>;
  xLabel: string;
  yLabel: string;
  format: Fmt;
  tickFormat?: Fmt;
  onYear?: (year: number) => void;
}) {
  const name = (k: unknown) => names[k as keyof typeof names] ?? String(k);
  return (
    <div className="chart chart--clickable" data-testid="role-demand-chart">
      <ResponsiveContainer width="100%" height={300}>
        <BarChart
          data={data}
          margin={{ top: 8, right: 24, bottom: 28, left: 24 }}
          barCategoryGap="25%"
          onClick={(state: unknown) => {
            const y = yearOf(state);
            if (y !== null) onYear?.(y);
          }}
        >
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="year" tick={TICK} label={{ value: xLabel, position: 'insideBottom', offset: -16, ...AXIS_LABEL }} />
          <YAxis tick={TICK} tickFormatter={tickFormat ?? format} width={64} label={{ value: yLabel, angle: -90, position: 'insideLeft', dx: -10, ...AXIS_LABEL }} />
          <Tooltip formatter={(v, k) => [format(Number(v)), name(k)]} cursor={{ fill: 'rgba(31,58,95,0.06)' }} />
          <Legend
            verticalAlign="top"
            height={30}
            content={() => (
              <LegendList
                items={[
                  { key: 'demand', label: names.demand, color: OKABE_ITO.blue },
                  { key: 'supply', label: names.supply, color: OKABE_ITO.skyBlue, dashed: true },
                ]}
              />
            )}
          />
          <Bar dataKey="demand" name="demand" fill={OKABE_ITO.blue} isAnimationActive={false} />
          <Bar dataKey="supply" name="supply" fill={OKABE_ITO.skyBlue} stroke="#1d2733" strokeDasharray="3 2" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The legend in the series' own order, each swatch with its colour (and a dashed edge where the series is dashed). */
function LegendList({ items }: { items: { key: string; label: string; color: string; dashed?: boolean }[] }) {
  return (
    <ul className="chart-legend">
      {items.map((i) => (
        <li key={i.key}>
          <span className="chart-legend__swatch" style={{ backgroundColor: i.color, outline: i.dashed ? '1px dashed #1d2733' : undefined }} aria-hidden="true" />
          {i.label}
        </li>
      ))}
    </ul>
  );
}
