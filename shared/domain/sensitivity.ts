/**
 * Sensitivity (issue 4): which assumptions move a headline result most — a tornado of ± changes,
 * one assumption at a time, everything else at the scenario's values. Owns: the list of varied
 * assumptions and their steps; every run goes through `runScenario`, so the bars are exactly what
 * the planner would see after moving that slider.
 */
import { prepareScenario, runScenario, updatePrepared } from './impact';
import type { ScenarioInput } from './modelTypes';
import type { Scenario } from './scenario';
import type { ExposureLabel, TaskCategory } from './types';
import { TASK_CATEGORIES } from './types';
import { cmp } from './workforce';

/** Headline figures a tornado can be drawn for: totals at the horizon year. */
type SensitivityMetric = 'fteFreed' | 'hoursFreed' | 'demandFte' | 'supplyFte' | 'surplusFte' | 'shortfallFte' | 'hires';

interface SensitivityOptions {
  /** Default 'fteFreed' (total FTE freed at the horizon). */
  metric?: SensitivityMetric;
  /** Relative step for ceilings, steepness, augmentation, realism and attrition (default 0.2 = ±20 %). */
  relativeStep?: number;
  /** Absolute step in years for adoption midpoints (default 1). */
  midpointStep?: number;
  /** Absolute step for the reinvested shares (default 0.1). */
  reinvestStep?: number;
  /** Absolute step added to every role's annual growth rate (default 0.01 = ±1 point). */
  growthStep?: number;
  /** Leave out bars whose swing is 0 (default false: a planner may want to see what does not matter). */
  dropZero?: boolean;
}

interface TornadoBar {
  /** Assumption id, e.g. "adoption.customer_inquiries.ceiling", "exposure.augmentation.E1", "levers.reinvestAutomated", "growth.all". */
  id: string;
  group: 'adoption' | 'exposure' | 'levers' | 'growth';
  category?: TaskCategory;
  /** The assumption's value in the scenario (for growth.all: the shift, 0). */
  base: number;
  lowInput: number;
  highInput: number;
  /** The metric with the assumption at lowInput / highInput. */
  low: number;
  high: number;
  /** |high − low|. */
  swing: number;
}

export interface Tornado {
  scenario: string;
  metric: SensitivityMetric;
  year: number;
  /** The metric at the scenario's own values. */
  baseValue: number;
  /** Sorted by swing, largest first; ties by id. */
  bars: TornadoBar[];
}

interface Variation {
  id: string;
  group: TornadoBar['group'];
  category?: TaskCategory;
  base: number;
  low: number;
  high: number;
  apply: (input: ScenarioInput, value: number) => ScenarioInput;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const nonNeg = (x: number) => (x < 0 ? 0 : x);

function withScenario(input: ScenarioInput, f: (s: Scenario) => Scenario): ScenarioInput {
  return { ...input, scenario: f(input.scenario) };
}

function variations(input: ScenarioInput, o: Required<Omit<SensitivityOptions, 'metric' | 'dropZero'>>): Variation[] {
  const s = input.scenario;
  const rel = o.relativeStep;
  const out: Variation[] = [];
  for (const c of TASK_CATEGORIES) {
    const curve = s.adoption[c];
    const setCurve = (key: 'ceiling' | 'midpoint' | 'steepness') => (inp: ScenarioInput, v: number) =>
      withScenario(inp, (sc) => ({ ...sc, adoption: { ...sc.adoption, [c]: { ...sc.adoption[c], [key]: v } } }));
    out.push({
      id: `adoption.${c}.ceiling`, group: 'adoption', category: c, base: curve.ceiling,
      low: clamp01(curve.ceiling * (1 - rel)), high: clamp01(curve.ceiling * (1 + rel)), apply: setCurve('ceiling'),
    });
    // A later midpoint means slower adoption: lowInput is the earlier year.
    out.push({
      id: `adoption.${c}.midpoint`, group: 'adoption', category: c, base: curve.midpoint,
      low: curve.midpoint - o.midpointStep, high: curve.midpoint + o.midpointStep, apply: setCurve('midpoint'),
    });
    out.push({
      id: `adoption.${c}.steepness`, group: 'adoption', category: c, base: curve.steepness,
      low: nonNeg(curve.steepness * (1 - rel)), high: curve.steepness * (1 + rel), apply: setCurve('steepness'),
    });
  }
  for (const e of ['E1', 'E2'] as ExposureLabel[]) {
    const base = s.exposure.augmentationByExposure[e];
    out.push({
      id: `exposure.augmentation.${e}`, group: 'exposure', base,
      low: clamp01(base * (1 - rel)), high: clamp01(base * (1 + rel)),
      apply: (inp, v) => withScenario(inp, (sc) => ({
        ...sc,
        exposure: { ...sc.exposure, augmentationByExposure: { ...sc.exposure.augmentationByExposure, [e]: v } },
      })),
    });
  }
  const r = s.exposure.realismFactor;
  out.push({
    id: 'exposure.realismFactor', group: 'exposure', base: r, low: clamp01(r * (1 - rel)), high: clamp01(r * (1 + rel)),
    apply: (inp, v) => withScenario(inp, (sc) => ({ ...sc, exposure: { ...sc.exposure, realismFactor: v } })),
  });
  const lever = (key: 'reinvestAutomated' | 'reinvestAugmented', low: number, high: number) =>
    out.push({
      id: `levers.${key}`, group: 'levers', base: s.levers[key], low, high,
      apply: (inp, v) => withScenario(inp, (sc) => ({ ...sc, levers: { ...sc.levers, [key]: v } })),
    });
  lever('reinvestAutomated', clamp01(s.levers.reinvestAutomated - o.reinvestStep), clamp01(s.levers.reinvestAutomated + o.reinvestStep));
  lever('reinvestAugmented', clamp01(s.levers.reinvestAugmented - o.reinvestStep), clamp01(s.levers.reinvestAugmented + o.reinvestStep));
  // The whole attrition table moves by the same factor; the bar shows the contact-centre permanent rate.
  const scaleAttrition = (t: Scenario['levers']['attrition'], f: number): Scenario['levers']['attrition'] => ({
    ...t,
    rates: Object.fromEntries(Object.entries(t.rates).map(([fam, r]) => [fam, { permanent: clamp01(r.permanent * f), temporary: clamp01(r.temporary * f), outsourced: clamp01(r.outsourced * f) }])) as Scenario['levers']['attrition']['rates'],
  });
  const att = s.levers.attrition.rates.customerContact.permanent;
  out.push({
    id: 'levers.attrition', group: 'levers', base: att, low: clamp01(att * (1 - rel)), high: clamp01(att * (1 + rel)),
    apply: (inp, v) => withScenario(inp, (sc) => ({ ...sc, levers: { ...sc.levers, attrition: scaleAttrition(sc.levers.attrition, att > 0 ? v / att : 1) } })),
  });
  // Growth differs per role, so the bar shifts every role's rate (dataset and overrides alike) by ± step.
  out.push({
    id: 'growth.all', group: 'growth', base: 0, low: -o.growthStep, high: o.growthStep,
    apply: (inp, v) => ({
      ...inp,
      roles: inp.roles.map((role) => ({ ...role, growth: { ...role.growth, value: role.growth.value + v } })),
      scenario: {
        ...inp.scenario,
        roleOverrides: inp.scenario.roleOverrides.map((ro) => (ro.growth === undefined ? ro : { ...ro, growth: ro.growth + v })),
      },
    }),
  });
  return out;
}

/**
 * Tornado of the headline result: each assumption varied to its low and its high input, one at a time.
 * @returns bars sorted by swing (largest first), each with the assumption id, inputs and results
 */
export function sensitivity(input: ScenarioInput, options: SensitivityOptions = {}): Tornado {
  const metric = options.metric ?? 'fteFreed';
  const steps = {
    relativeStep: options.relativeStep ?? 0.2,
    midpointStep: options.midpointStep ?? 1,
    reinvestStep: options.reinvestStep ?? 0.1,
    growthStep: options.growthStep ?? 0.01,
  };
  // Prepared once; bars that only touch adoption or levers reuse the per-role sums (updatePrepared).
  const model = prepareScenario(input);
  const headline = (inp: ScenarioInput) => {
    const res = runScenario(inp === input ? model : updatePrepared(model, inp));
    return res.totals.byYear[res.totals.byYear.length - 1][metric];
  };
  const baseValue = headline(input);
  const bars: TornadoBar[] = [];
  for (const v of variations(input, steps)) {
    const low = headline(v.apply(input, v.low));
    const high = headline(v.apply(input, v.high));
    const swing = Math.abs(high - low);
    if (options.dropZero && swing === 0) continue;
    const bar: TornadoBar = { id: v.id, group: v.group, base: v.base, lowInput: v.low, highInput: v.high, low, high, swing };
    if (v.category) bar.category = v.category;
    bars.push(bar);
  }
  bars.sort((a, b) => b.swing - a.swing || cmp(a.id, b.id));
  return {
    scenario: input.scenario.name,
    metric,
    year: input.scenario.startYear + input.scenario.horizon,
    baseValue,
    bars,
  };
}
