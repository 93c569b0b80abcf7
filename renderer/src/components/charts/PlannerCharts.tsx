/**
 * Thin recharts wrappers for the planner screens (UX.md, Charts): stacked areas for time saved, grouped bars
 * for demand vs supply, a surplus/shortfall waterfall, a Sankey of transitions, business-case bars, a tornado
 * and small multiples. Data arrives shaped; colours carry one meaning each (palette.ts) and are never alone:
 * legends, value labels and dash patterns say the same. No animation, so a dragged slider redraws at once.
 */
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Sankey,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { MEANING, OKABE_ITO } from './palette';

const TICK = { fontSize: 12, fill: '#44505f' };
const AXIS_LABEL = { fill: '#2b3440', fontSize: 12 };
const GRID = '#e3e7ee';

type Fmt = (v: number) => string;

export function TimeSavedArea({
  data,
  xLabel,
  yLabel,
  names,
  format,
  height = 300,
}: {
  data: { year: number; automated: number; augmented: number }[];
  xLabel: string;
  yLabel: string;
  names: { automated: string; augmented: string };
  format: Fmt;
  height?: number;
}) {
  return (
    <div className="chart" data-testid="chart-time-saved">
      <ResponsiveContainer width="100%" height={height}>
        <AreaChart data={data} margin={{ top: 8, right: 24, bottom: 28, left: 24 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="year" tick={TICK} label={{ value: xLabel, position: 'insideBottom', offset: -16, ...AXIS_LABEL }} />
          <YAxis tick={TICK} tickFormatter={format} width={72} label={{ value: yLabel, angle: -90, position: 'insideLeft', dx: -16, ...AXIS_LABEL }} />
          <Tooltip formatter={(v, k) => [format(Number(v)), names[k as 'automated' | 'augmented'] ?? String(k)]} />
          <Legend verticalAlign="top" height={30} formatter={(k) => names[k as 'automated' | 'augmented'] ?? String(k)} />
          <Area dataKey="automated" name="automated" stackId="t" type="monotone" stroke={MEANING.automated} fill={MEANING.automated} fillOpacity={0.55} strokeWidth={2} isAnimationActive={false} />
          <Area dataKey="augmented" name="augmented" stackId="t" type="monotone" stroke={MEANING.augmented} fill={MEANING.augmented} fillOpacity={0.35} strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

export function DemandSupplyBars({
  data,
  xLabel,
  names,
  format,
}: {
  data: { name: string; demand: number; supply: number }[];
  xLabel: string;
  names: { demand: string; supply: string };
  format: Fmt;
}) {
  const height = 70 + data.length * 52;
  return (
    <div className="chart" data-testid="chart-demand-supply">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 48, bottom: 28, left: 8 }} barCategoryGap="20%">
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" tick={TICK} tickFormatter={format} label={{ value: xLabel, position: 'insideBottom', offset: -16, ...AXIS_LABEL }} />
          <YAxis type="category" dataKey="name" width={230} tick={{ ...TICK, fill: '#2b3440' }} />
          <Tooltip formatter={(v, k) => [format(Number(v)), names[k as 'demand' | 'supply'] ?? String(k)]} cursor={{ fill: 'rgba(31,58,95,0.06)' }} />
          <Legend verticalAlign="top" height={30} formatter={(k) => names[k as 'demand' | 'supply'] ?? String(k)} />
          <Bar dataKey="demand" name="demand" fill={OKABE_ITO.blue} isAnimationActive={false}>
            <LabelList dataKey="demand" position="right" formatter={(v: unknown) => format(Number(v))} style={{ fontSize: 11, fill: '#2b3440' }} />
          </Bar>
          <Bar dataKey="supply" name="supply" fill={OKABE_ITO.skyBlue} stroke="#1d2733" strokeDasharray="3 2" isAnimationActive={false}>
            <LabelList dataKey="supply" position="right" formatter={(v: unknown) => format(Number(v))} style={{ fontSize: 11, fill: '#2b3440' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Waterfall: each role's surplus (up) or shortfall (down) from the running total, then the total. */
export function SurplusWaterfall({
  data,
  totalName,
  yLabel,
  names,
  format,
}: {
  data: { name: string; value: number }[];
  totalName: string;
  yLabel: string;
  names: { surplus: string; shortfall: string; total: string };
  format: Fmt;
}) {
  let run = 0;
  const rows = data.map((d) => {
    const start = run;
    run += d.value;
    return { name: d.name, base: Math.min(start, run), span: Math.abs(d.value), value: d.value, kind: d.value >= 0 ? 'surplus' : 'shortfall' };
  });
  rows.push({ name: totalName, base: Math.min(0, run), span: Math.abs(run), value: run, kind: 'total' });
  const color = (k: string) => (k === 'surplus' ? MEANING.surplus : k === 'shortfall' ? MEANING.shortfall : OKABE_ITO.black);
  const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${format(Math.abs(v))}`;
  return (
    <div className="chart" data-testid="chart-waterfall">
      <ResponsiveContainer width="100%" height={340}>
        <BarChart data={rows} margin={{ top: 24, right: 24, bottom: 90, left: 24 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="name" tick={{ ...TICK, fontSize: 11 }} interval={0} angle={-30} textAnchor="end" height={90} />
          <YAxis tick={TICK} tickFormatter={format} label={{ value: yLabel, angle: -90, position: 'insideLeft', dx: -16, ...AXIS_LABEL }} />
          <ReferenceLine y={0} stroke="#44505f" />
          <Tooltip
            formatter={(_v, _k, item) => {
              const p = (item as { payload?: { value: number; kind: string } }).payload;
              return p ? [signed(p.value), names[p.kind as 'surplus' | 'shortfall' | 'total']] : ['', ''];
            }}
            cursor={{ fill: 'rgba(31,58,95,0.06)' }}
          />
          <Legend
            verticalAlign="top"
            height={30}
            content={() => (
              <ul className="chart-legend">
                {(['surplus', 'shortfall', 'total'] as const).map((k) => (
                  <li key={k}>
                    <span className="chart-legend__swatch" style={{ backgroundColor: color(k) }} aria-hidden="true" />
                    {names[k]}
                  </li>
                ))}
              </ul>
            )}
          />
          <Bar dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} legendType="none" />
          <Bar dataKey="span" stackId="w" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.name} fill={color(r.kind)} />
            ))}
            <LabelList dataKey="value" position="top" formatter={(v: unknown) => signed(Number(v))} style={{ fontSize: 11, fill: '#2b3440' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function TransitionsSankey({
  nodes,
  links,
  format,
}: {
  nodes: { name: string }[];
  links: { source: number; target: number; value: number }[];
  format: Fmt;
}) {
  const height = Math.max(260, nodes.length * 28);
  return (
    <div className="chart" data-testid="chart-sankey">
      <ResponsiveContainer width="100%" height={height}>
        <Sankey
          data={{ nodes, links }}
          nodePadding={18}
          nodeWidth={12}
          margin={{ top: 8, right: 300, bottom: 8, left: 300 }}
          link={{ stroke: OKABE_ITO.blue, strokeOpacity: 0.25 }}
          node={SankeyNode}
        >
          <Tooltip formatter={(v) => format(Number(v))} />
        </Sankey>
      </ResponsiveContainer>
    </div>
  );
}

function SankeyNode(props: { x: number; y: number; width: number; height: number; index: number; payload: { name: string; value: number; depth?: number; targetLinks?: unknown[] } }) {
  const { x, y, width, height, payload } = props;
  const isSource = payload.depth !== undefined ? payload.depth === 0 : (payload.targetLinks?.length ?? 0) === 0;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={isSource ? OKABE_ITO.vermillion : OKABE_ITO.bluishGreen} />
      <text
        x={isSource ? x - 6 : x + width + 6}
        y={y + height / 2}
        textAnchor={isSource ? 'end' : 'start'}
        dominantBaseline="middle"
        fontSize={12}
        fill="#1d2733"
      >
        {payload.name} ({payload.value})
      </text>
    </g>
  );
}

export function CostBars({
  data,
  yLabel,
  names,
  format,
}: {
  data: { name: string; reskill: number; replace: number }[];
  yLabel: string;
  names: { reskill: string; replace: string };
  format: Fmt;
}) {
  return (
    <div className="chart" data-testid="chart-business-case">
      <ResponsiveContainer width="100%" height={380}>
        <BarChart data={data} margin={{ top: 24, right: 24, bottom: 20, left: 40 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="name" tick={{ ...TICK, fontSize: 11 }} interval={0} angle={-35} textAnchor="end" height={110} />
          <YAxis tick={TICK} tickFormatter={format} width={90} label={{ value: yLabel, angle: -90, position: 'insideLeft', dx: -30, ...AXIS_LABEL }} />
          <Tooltip formatter={(v, k) => [format(Number(v)), names[k as 'reskill' | 'replace'] ?? String(k)]} cursor={{ fill: 'rgba(31,58,95,0.06)' }} />
          <Legend verticalAlign="top" height={30} formatter={(k) => names[k as 'reskill' | 'replace'] ?? String(k)} />
          <Bar dataKey="reskill" name="reskill" fill={OKABE_ITO.bluishGreen} isAnimationActive={false} />
          <Bar dataKey="replace" name="replace" fill={OKABE_ITO.reddishPurple} stroke="#1d2733" strokeDasharray="3 2" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Tornado: per assumption, the metric at the low and the high input, around the base value. */
export function TornadoChart({
  bars,
  base,
  xLabel,
  names,
  format,
}: {
  bars: { name: string; low: number; high: number }[];
  base: number;
  xLabel: string;
  names: { low: string; high: string };
  format: Fmt;
}) {
  const data = bars.map((b) => ({ name: b.name, low: b.low - base, high: b.high - base, lowAbs: b.low, highAbs: b.high }));
  return (
    <div className="chart" data-testid="chart-tornado">
      <ResponsiveContainer width="100%" height={70 + bars.length * 30}>
        <BarChart data={data} layout="vertical" stackOffset="sign" margin={{ top: 8, right: 32, bottom: 28, left: 8 }}>
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" tick={TICK} tickFormatter={(v: number) => format(v + base)} label={{ value: xLabel, position: 'insideBottom', offset: -16, ...AXIS_LABEL }} />
          <YAxis type="category" dataKey="name" width={300} tick={{ ...TICK, fontSize: 11, fill: '#2b3440' }} />
          <ReferenceLine x={0} stroke="#1d2733" />
          <Tooltip formatter={(v, k) => [format(Number(v) + base), names[k as 'low' | 'high'] ?? String(k)]} />
          <Legend verticalAlign="top" height={30} formatter={(k) => names[k as 'low' | 'high'] ?? String(k)} />
          <Bar dataKey="low" name="low" stackId="s" fill={OKABE_ITO.skyBlue} isAnimationActive={false} />
          <Bar dataKey="high" name="high" stackId="s" fill={OKABE_ITO.orange} stroke="#1d2733" strokeDasharray="3 2" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

const SERIES = [OKABE_ITO.black, OKABE_ITO.vermillion, OKABE_ITO.blue, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple, OKABE_ITO.orange];
const DASHES = ['', '6 3', '2 2', '8 2 2 2', '4 4', '1 3'];

/** One small multiple: a metric over the years, one line per scenario (dash pattern + colour + legend). */
export function SmallMultiple({
  title,
  data,
  series,
  format,
  testId,
}: {
  title: string;
  data: Record<string, number | null>[];
  series: string[];
  format: Fmt;
  testId?: string;
}) {
  return (
    <figure className="small-multiple" data-testid={testId}>
      <figcaption className="small-multiple__title">{title}</figcaption>
      <ResponsiveContainer width="100%" height={190}>
        <LineChart data={data} margin={{ top: 6, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="year" tick={{ ...TICK, fontSize: 11 }} />
          <YAxis tick={{ ...TICK, fontSize: 11 }} tickFormatter={format} width={56} />
          <Tooltip formatter={(v, k) => [format(Number(v)), String(k)]} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {series.map((s, i) => (
            <Line key={s} dataKey={s} name={s} stroke={SERIES[i % SERIES.length]} strokeDasharray={DASHES[i % DASHES.length]} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
