/**
 * Workforce flows per year (issue 12.3): people leaving (attrition and fixed-term endings, drawn below
 * zero) and people hired (above zero), so the hires that keep supply at demand are never hidden.
 * Colour is never alone: the legend, value labels and a dashed outline on endings say the same.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { OKABE_ITO } from './palette';

type Fmt = (v: number) => string;
type FlowKey = 'hires' | 'attritionLeavers' | 'contractEndings';

export function FlowsChart({
  data,
  names,
  xLabel,
  yLabel,
  format,
  tickFormat = format,
  height = 280,
}: {
  data: { year: string; hires: number; attritionLeavers: number; contractEndings: number }[];
  names: Record<FlowKey, string>;
  xLabel: string;
  yLabel: string;
  format: Fmt;
  tickFormat?: Fmt;
  height?: number;
}) {
  // Leavers are drawn downwards; labels and tooltips show the magnitude.
  const shown = data.map((d) => ({ year: d.year, hires: d.hires, attritionLeavers: -d.attritionLeavers, contractEndings: -d.contractEndings }));
  const label = (v: unknown) => (Math.abs(Number(v)) < 0.05 ? '' : format(Math.abs(Number(v))));
  return (
    <div className="chart" data-testid="chart-flows">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={shown} margin={{ top: 8, right: 24, bottom: 28, left: 16 }} stackOffset="sign">
          <CartesianGrid stroke="#e3e7ee" vertical={false} />
          <XAxis dataKey="year" tick={{ fontSize: 12, fill: '#44505f' }} label={{ value: xLabel, position: 'insideBottom', offset: -16, fill: '#2b3440', fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12, fill: '#44505f' }} tickFormatter={(v: number) => tickFormat(Math.abs(v))} label={{ value: yLabel, angle: -90, position: 'insideLeft', fill: '#2b3440', fontSize: 12 }} />
          <ReferenceLine y={0} stroke="#1d2733" />
          <Tooltip formatter={(v, k) => [format(Math.abs(Number(v))), names[k as FlowKey] ?? String(k)]} cursor={{ fill: 'rgba(31,58,95,0.06)' }} />
          <Legend verticalAlign="top" height={30} formatter={(k) => names[k as FlowKey] ?? String(k)} />
          <Bar dataKey="hires" name="hires" stackId="flow" fill={OKABE_ITO.bluishGreen} isAnimationActive={false}>
            <LabelList dataKey="hires" position="top" formatter={label} style={{ fontSize: 11, fill: '#2b3440' }} />
          </Bar>
          <Bar dataKey="attritionLeavers" name="attritionLeavers" stackId="flow" fill={OKABE_ITO.vermillion} isAnimationActive={false} />
          <Bar dataKey="contractEndings" name="contractEndings" stackId="flow" fill={OKABE_ITO.orange} stroke="#1d2733" strokeDasharray="3 2" isAnimationActive={false}>
            <LabelList dataKey="contractEndings" position="bottom" formatter={label} style={{ fontSize: 11, fill: '#2b3440' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
