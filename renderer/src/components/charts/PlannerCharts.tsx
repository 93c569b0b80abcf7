/**
 * Thin recharts wrappers for the planner screens (charts conventions): stacked areas for time saved, grouped bars
 * for demand vs supply, a surplus/shortfall waterfall, a Sankey of transitions, business-case bars, a tornado
 * and small multiples. Data arrives shaped; colours carry one meaning each (palette.ts) and are never alone:
 * legends, value labels and dash patterns say the same. No animation, so a dragged slider redraws at once.
 * Also the FTE bridge (today → freed by AI → growth → needed) and the attrition comparison beside it.
 */
import { useId } from 'react';
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
import { FTE_FLOW, MEANING, OKABE_ITO } from './palette';

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
          <Area dataKey="automated" name={names.automated} stackId="t" type="monotone" stroke={MEANING.automated} fill={MEANING.automated} fillOpacity={0.55} strokeWidth={2} isAnimationActive={false} />
          <Area dataKey="augmented" name={names.augmented} stackId="t" type="monotone" stroke={MEANING.augmented} fill={MEANING.augmented} fillOpacity={0.35} strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} />
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
  tickFormat = format,
}: {
  data: { name: string; demand: number; supply: number }[];
  xLabel: string;
  names: { demand: string; supply: string };
  format: Fmt;
  /** Axis ticks (e.g. whole numbers); values keep `format`. */
  tickFormat?: Fmt;
}) {
  const height = 70 + data.length * 52;
  return (
    <div className="chart" data-testid="chart-demand-supply">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 48, bottom: 28, left: 8 }} barCategoryGap="20%">
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" tick={TICK} tickFormatter={tickFormat} label={{ value: xLabel, position: 'insideBottom', offset: -16, ...AXIS_LABEL }} />
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

const INK = '#1d2733';
const signedWith = (format: Fmt) => (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${format(Math.abs(v))}`;

/** Fill patterns for the FTE charts, in a hidden SVG of their own so every chart and legend swatch can use them. */
function useFlowPatterns() {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids = { freed: `fte-freed-${uid}`, growth: `fte-growth-${uid}`, redeploy: `fte-redeploy-${uid}` };
  const defs = (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        <pattern id={ids.freed} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={FTE_FLOW.freed} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
        </pattern>
        <pattern id={ids.growth} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={FTE_FLOW.growth} />
          <circle cx="3" cy="3" r="1.3" fill={INK} />
        </pattern>
        <pattern id={ids.redeploy} width="7" height="7" patternUnits="userSpaceOnUse">
          <rect width="7" height="7" fill={FTE_FLOW.redeploy} />
          <path d="M0 0L7 7M7 0L0 7" stroke={INK} strokeWidth="1" />
        </pattern>
      </defs>
    </svg>
  );
  return { ids, defs };
}

interface SwatchStyle {
  fill: string;
  stroke?: string;
  dash?: string;
}

/** An HTML legend whose swatches show the same colour and pattern as the bars. */
function PatternLegend({ items }: { items: { key: string; label: string; swatch: SwatchStyle }[] }) {
  return (
    <ul className="chart-legend chart-legend--wrap">
      {items.map((it) => (
        <li key={it.key}>
          <svg className="chart-legend__pattern" width="14" height="14" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="13" height="13" fill={it.swatch.fill} stroke={it.swatch.stroke ?? 'none'} strokeDasharray={it.swatch.dash} />
          </svg>
          {it.label}
        </li>
      ))}
    </ul>
  );
}

export type FteBridgeKey = 'today' | 'freed' | 'growth' | 'needed';

/**
 * The FTE bridge at the horizon as a waterfall: today's FTE, minus the FTE freed by AI, plus or minus growth, equals
 * the FTE needed. `steps` come shaped (base + span per bar); `names` label the bars (x axis) and the legend.
 */
export function FteBridgeChart({
  steps,
  names,
  axisNames,
  yLabel,
  format,
  tickFormat = format,
  height = 320,
}: {
  steps: { key: FteBridgeKey; value: number; base: number; span: number }[];
  names: Record<FteBridgeKey, string>;
  /** Short labels under the bars. */
  axisNames: Record<FteBridgeKey, string>;
  yLabel: string;
  format: Fmt;
  tickFormat?: Fmt;
  height?: number;
}) {
  const { ids, defs } = useFlowPatterns();
  const style: Record<FteBridgeKey, SwatchStyle> = {
    today: { fill: FTE_FLOW.today, stroke: INK, dash: '3 2' },
    freed: { fill: `url(#${ids.freed})`, stroke: INK },
    growth: { fill: `url(#${ids.growth})`, stroke: INK },
    needed: { fill: FTE_FLOW.needed, stroke: INK },
  };
  const signed = signedWith(format);
  const rows = steps.map((s) => ({ ...s, name: axisNames[s.key], label: s.key === 'today' || s.key === 'needed' ? format(s.value) : signed(s.value) }));
  return (
    <div className="chart" data-testid="chart-fte-bridge">
      {defs}
      <PatternLegend items={steps.map((s) => ({ key: s.key, label: names[s.key], swatch: style[s.key] }))} />
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} margin={{ top: 24, right: 16, bottom: 8, left: 24 }} barCategoryGap="22%">
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="name" tick={{ ...TICK, fill: '#2b3440' }} interval={0} height={40} />
          <YAxis tick={TICK} tickFormatter={tickFormat} width={64} label={{ value: yLabel, angle: -90, position: 'insideLeft', dx: -16, ...AXIS_LABEL }} />
          <ReferenceLine y={0} stroke="#44505f" />
          <Tooltip
            formatter={(_v, _k, item) => {
              const p = (item as { payload?: { key: FteBridgeKey; label: string } }).payload;
              return p ? [p.label, names[p.key]] : ['', ''];
            }}
            cursor={{ fill: 'rgba(31,58,95,0.06)' }}
          />
          <Bar dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} legendType="none" tooltipType="none" />
          <Bar dataKey="span" stackId="w" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.key} fill={style[r.key].fill} stroke={style[r.key].stroke} strokeDasharray={style[r.key].dash} />
            ))}
            <LabelList dataKey="label" position="top" style={{ fontSize: 12, fill: '#2b3440', fontWeight: 600 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Height of AttritionBars' plot, so a chart beside it can match. */
export function attritionBarsHeight(rows: number, withNeed: boolean): number {
  return 90 + rows * (withNeed ? 58 : 44);
}

/**
 * Per role: the FTE the work no longer needs by the horizon next to the FTE expected to leave, and (when any role
 * has one) the redeployment need — what attrition does not absorb.
 */
export function AttritionBars({
  data,
  xLabel,
  names,
  format,
  tickFormat = format,
}: {
  data: { name: string; noLongerNeeded: number; leavers: number; redeploy: number }[];
  xLabel: string;
  names: { noLongerNeeded: string; leavers: string; redeploy: string };
  format: Fmt;
  tickFormat?: Fmt;
}) {
  const { ids, defs } = useFlowPatterns();
  const showNeed = data.some((d) => d.redeploy > 0);
  const style = {
    noLongerNeeded: { fill: `url(#${ids.freed})`, stroke: INK },
    leavers: { fill: FTE_FLOW.leavers, stroke: INK },
    redeploy: { fill: `url(#${ids.redeploy})`, stroke: INK },
  } satisfies Record<string, SwatchStyle>;
  const keys = showNeed ? (['noLongerNeeded', 'leavers', 'redeploy'] as const) : (['noLongerNeeded', 'leavers'] as const);
  const height = attritionBarsHeight(data.length, showNeed);
  const label = (v: unknown) => format(Number(v));
  return (
    <div className="chart" data-testid="chart-attrition">
      {defs}
      <PatternLegend items={keys.map((k) => ({ key: k, label: names[k], swatch: style[k] }))} />
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 28, left: 8 }} barCategoryGap="18%">
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" tick={TICK} tickFormatter={tickFormat} label={{ value: xLabel, position: 'insideBottom', offset: -16, ...AXIS_LABEL }} />
          <YAxis type="category" dataKey="name" width={210} tick={{ ...TICK, fill: '#2b3440' }} />
          <Tooltip formatter={(v, k) => [format(Number(v)), names[k as keyof typeof names] ?? String(k)]} cursor={{ fill: 'rgba(31,58,95,0.06)' }} />
          {keys.map((k) => (
            <Bar key={k} dataKey={k} name={k} fill={style[k].fill} stroke={style[k].stroke} isAnimationActive={false}>
              <LabelList dataKey={k} position="right" formatter={label} style={{ fontSize: 11, fill: '#2b3440' }} />
            </Bar>
          ))}
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
  seriesLabel = (s) => s,
}: {
  title: string;
  data: Record<string, number | null>[];
  series: string[];
  format: Fmt;
  testId?: string;
  /** What the legend and tooltip call a series (its key is the scenario's stored name). */
  seriesLabel?: (series: string) => string;
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
            <Line key={s} dataKey={s} name={seriesLabel(s)} stroke={SERIES[i % SERIES.length]} strokeDasharray={DASHES[i % DASHES.length]} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
