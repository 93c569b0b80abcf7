/**
 * Role impact and the scenario run (model points 3, 4 and 10): per role and year the
 * automated and augmented share of time, hours and FTE freed, the risk class, demand and supply;
 * totals, candidates and openings; explanations on demand.
 *
 * Speed (target: a recompute for 10,000 employees in < 16 ms): the model works on role aggregates,
 * never per employee, and precomputes per role Σ share × potential per task category, so a year's
 * figure is Σ_c sum_c × adoption_c(y) — 8 multiplications. Explanations are built only when asked
 * (`explainRoleYear`, or `runScenario(…, { explain: true })`).
 */
import { adoptionVector, CATEGORY_INDEX } from './adoption';
import { attritionFamily, leaverRates } from './attrition';
import type { Explanation, ExplainOverride } from './explain';
import { explain } from './explain';
import { exposureScores, LABEL_SOURCE_IDS, potentialCore } from './exposure';
import type {
  ModelExplainInput,
  ModelSourceIds,
  PreparedModel,
  PreparedRole,
  PreparedTask,
  RiskClass,
  RoleIndex,
  RoleResult,
  RoleYear,
  RoleYearExplanations,
  RunOptions,
  ScenarioInput,
  ScenarioResult,
  TotalsYear,
} from './modelTypes';
import type { LabelSource, RiskThresholds, RoleOverride, TaskOverride } from './scenario';
import type { Assumptions, ContractType, Task, TaskCategory, Text } from './types';
import { TASK_CATEGORIES } from './types';
import { cmp, computeOpenings, demandIndex, projectRole, selectCandidates } from './workforce';
import type { RoleProjection } from './workforce';

const NC = TASK_CATEGORIES.length;

function union(lists: readonly (readonly string[])[]): string[] {
  const s = new Set<string>();
  for (const l of lists) for (const id of l) s.add(id);
  return [...s].sort();
}

/**
 * Source ids for explanations, taken from the Cited values in the assumptions. A scenario is edited
 * freely and does not remember which preset it came from, so a category's adoption cites the
 * sources of all presets for that category (they share one evidence base, evidence A).
 */
function defaultSourceIds(assumptions: Assumptions): ModelSourceIds {
  const presets = Object.values(assumptions.adoptionPresets);
  const adoption = {} as Record<TaskCategory, string[]>;
  for (const c of TASK_CATEGORIES) adoption[c] = union(presets.map((p) => p[c]?.sourceIds ?? []));
  const d = assumptions.defaults;
  return {
    labels: [...LABEL_SOURCE_IDS],
    adoption,
    exposure: union(Object.values(assumptions.exposurePresets).map((p) => p.sourceIds)),
    reinvestAutomated: [...d.reinvestAutomated.sourceIds],
    reinvestAugmented: [...d.reinvestAugmented.sourceIds],
    attritionCustomerService: [...d.attritionCustomerService.sourceIds],
    attritionOther: [...d.attritionOther.sourceIds],
    annualHoursPerFte: [...d.annualHoursPerFte.sourceIds],
  };
}

/**
 * Prepares a scenario once: resolves every role's task mix (role overrides applied) into per-category
 * sums of automated and augmented potential, and the adoption of each category in each year.
 * Deterministic and order-independent: roles are sorted by code and each mix by task id.
 */
export function prepareScenario(input: ScenarioInput): PreparedModel {
  const s = input.scenario;
  const years: number[] = [];
  for (let y = s.startYear; y <= s.startYear + s.horizon; y++) years.push(y);
  const adoption = years.map((y) => adoptionVector(s.adoption, y));

  const taskById = new Map<string, Task>();
  for (const t of input.tasks) taskById.set(t.id, t);
  const taskOverride = new Map<string, TaskOverride>();
  for (const o of s.taskOverrides) taskOverride.set(o.taskId, o);
  const roleOverride = new Map<string, RoleOverride>();
  for (const o of s.roleOverrides) roleOverride.set(o.roleCode, o);
  const staff = new Map<string, { headcount: number; fte: number; salaryTotal: number; byContract: Partial<Record<ContractType, number>> }>();
  for (const w of input.workforce) {
    const cur = staff.get(w.roleCode) ?? { headcount: 0, fte: 0, salaryTotal: 0, byContract: {} };
    cur.headcount += w.headcount;
    cur.fte += w.fte;
    cur.salaryTotal += w.salaryTotal;
    for (const [c, v] of Object.entries(w.fteByContract ?? {}) as [ContractType, number][]) cur.byContract[c] = (cur.byContract[c] ?? 0) + v;
    staff.set(w.roleCode, cur);
  }
  const warnings: PreparedModel['warnings'] = [];
  // One potential per task per run: a task shared by several roles' mixes is resolved once.
  const potCache = new Map<string, { automated: number; augmented: number; unlabelled: boolean }>();

  const roles: PreparedRole[] = [];
  const sortedRoles = [...input.roles].sort((a, b) => cmp(a.code, b.code));
  for (const role of sortedRoles) {
    const ov = roleOverride.get(role.code) ?? null;
    const rawMix = [...(ov?.taskMix ?? role.taskMix)].sort((a, b) => cmp(a.taskId, b.taskId));
    let shareSum = 0;
    for (const m of rawMix) shareSum += m.share;
    // Shares should sum to 1 (validated at the edge); if they do not, normalise so a role can never
    // free more than its own time, and say so.
    const norm = shareSum > 0 && Math.abs(shareSum - 1) > 1e-6 ? 1 / shareSum : 1;
    if (norm !== 1) warnings.push({ code: role.code, what: 'mixNormalised' });
    const autoSum = new Float64Array(NC);
    const augSum = new Float64Array(NC);
    let unlabelledShare = 0;
    const mix: PreparedTask[] = [];
    const scoreMix: { task: Task | undefined; share: number }[] = [];
    for (const m of rawMix) {
      const share = m.share * norm;
      const task = taskById.get(m.taskId);
      scoreMix.push({ task, share });
      if (!task) {
        warnings.push({ code: role.code, what: 'missingTask' });
        unlabelledShare += share;
        mix.push({ taskId: m.taskId, share, categoryIndex: -1, automated: 0, augmented: 0 });
        continue;
      }
      let p = potCache.get(task.id);
      if (!p) {
        p = potentialCore(task, s.exposure, s.labelSource, taskOverride.get(task.id));
        potCache.set(task.id, p);
      }
      if (p.unlabelled) unlabelledShare += share;
      const ci = CATEGORY_INDEX.get(task.category) ?? -1;
      mix.push({ taskId: task.id, share, categoryIndex: ci, automated: p.automated, augmented: p.augmented });
      if (ci >= 0) {
        autoSum[ci] += share * p.automated;
        augSum[ci] += share * p.augmented;
      }
    }
    const w = staff.get(role.code);
    const categoryShare: Partial<Record<TaskCategory, number>> = {};
    for (const m of mix) if (m.categoryIndex >= 0) categoryShare[TASK_CATEGORIES[m.categoryIndex]] = (categoryShare[TASK_CATEGORIES[m.categoryIndex]] ?? 0) + m.share;
    const family = attritionFamily(role, categoryShare);
    const blended = leaverRates(s.levers.attrition, family, w?.byContract ?? {});
    const rates = ov?.attrition !== undefined ? { ...blended, attrition: ov.attrition } : blended;
    roles.push({
      code: role.code,
      role,
      staffed: !!w && (w.headcount > 0 || w.fte > 0),
      headcount: w?.headcount ?? 0,
      fte: w?.fte ?? 0,
      salaryTotal: w?.salaryTotal ?? 0,
      growth: ov?.growth ?? role.growth.value,
      rates,
      family,
      override: ov,
      mix,
      autoSum,
      augSum,
      unlabelledShare,
      scores: exposureScores(scoreMix, s.labelSource),
    });
  }
  const byCode = new Map(roles.map((r) => [r.code, r] as const));
  for (const code of [...staff.keys()].sort(cmp)) if (!byCode.has(code)) warnings.push({ code, what: 'unknownRole' });

  return {
    input,
    scenario: s,
    years,
    adoption,
    roles,
    byCode,
    annualHoursPerFte: input.assumptions.defaults.annualHoursPerFte.value,
    sourceIds: input.sourceIds ?? defaultSourceIds(input.assumptions),
    warnings,
  };
}

/**
 * Re-prepares cheaply when only adoption curves, years, reinvested shares, backfill, risk thresholds
 * or openings changed (a slider drag, a sensitivity bar): the per-role potential sums are reused and
 * only the adoption vectors are recomputed. Anything else changed → a full `prepareScenario`.
 * Inputs are compared by reference (callers build new objects for what they change).
 */
export function updatePrepared(model: PreparedModel, input: ScenarioInput): PreparedModel {
  const a = model.input;
  const s0 = a.scenario;
  const s = input.scenario;
  const reusable =
    input.roles === a.roles &&
    input.tasks === a.tasks &&
    input.workforce === a.workforce &&
    input.assumptions === a.assumptions &&
    input.sourceIds === a.sourceIds &&
    s.exposure === s0.exposure &&
    s.labelSource === s0.labelSource &&
    s.taskOverrides === s0.taskOverrides &&
    s.roleOverrides === s0.roleOverrides &&
    s.levers.attrition === s0.levers.attrition;
  if (!reusable) return prepareScenario(input);
  const years: number[] = [];
  for (let y = s.startYear; y <= s.startYear + s.horizon; y++) years.push(y);
  return { ...model, input, scenario: s, years, adoption: years.map((y) => adoptionVector(s.adoption, y)) };
}

/** A_r(y) = Σ_c autoSum_c × adoption_c(y) (share of the role's time, 0..1). */
function dot(sum: Float64Array, adopt: Float64Array): number {
  let x = 0;
  for (let c = 0; c < NC; c++) x += sum[c] * adopt[c];
  return x;
}

/**
 * Risk class from the share of time affected (A + G): high from `risk.high`, medium from `risk.medium`.
 */
function riskClass(affectedShare: number, risk: RiskThresholds): RiskClass {
  return affectedShare >= risk.high ? 'high' : affectedShare >= risk.medium ? 'medium' : 'low';
}

/** FTE freed share after reinvestment: A(1 − ra) + G(1 − rg), 0..1. */
function fteFreedShare(a: number, g: number, reinvestAutomated: number, reinvestAugmented: number): number {
  return a * (1 - reinvestAutomated) + g * (1 - reinvestAugmented);
}

interface Series extends RoleProjection {
  a: Float64Array;
  g: Float64Array;
  freed: Float64Array;
}

function series(model: PreparedModel, r: PreparedRole): Series {
  const n = model.years.length;
  const lv = model.scenario.levers;
  const a = new Float64Array(n);
  const g = new Float64Array(n);
  const freed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = dot(r.autoSum, model.adoption[i]);
    g[i] = dot(r.augSum, model.adoption[i]);
    freed[i] = fteFreedShare(a[i], g[i], lv.reinvestAutomated, lv.reinvestAugmented);
  }
  return { a, g, freed, ...projectRole(r.fte, freed, r.growth, r.rates, lv.backfill) };
}

function roleYear(model: PreparedModel, r: PreparedRole, s: Series, i: number): RoleYear {
  const a = s.a[i];
  const g = s.g[i];
  return {
    year: model.years[i],
    automatedShare: a,
    augmentedShare: g,
    hoursFreed: (a + g) * r.fte * model.annualHoursPerFte,
    fteFreed: r.fte * s.freed[i],
    demandFte: s.demand[i],
    supplyFte: s.supply[i],
    surplusFte: s.supply[i] - s.demand[i],
    shortfallFte: Math.max(0, s.demand[i] - s.supply[i]),
    hires: s.hires[i],
    leavers: s.attritionLeavers[i] + s.contractEndings[i],
    attritionLeavers: s.attritionLeavers[i],
    contractEndings: s.contractEndings[i],
    riskClass: riskClass(a + g, model.scenario.risk),
  };
}

/**
 * Runs a scenario: the one entry point the API and CLI call (docs/CLI.md `scenario run`).
 * @param input scenario, roles, tasks, role aggregates and assumptions (or a prepared model)
 * @param options `{ explain: true }` attaches every role-year's explanations (else numbers only)
 * @returns per staffed role and year the figures, totals, candidates, openings and a demand index
 *          for every role; deterministic, independent of the order of roles and tasks
 */
export function runScenario(input: ScenarioInput | PreparedModel, options: RunOptions = {}): ScenarioResult {
  const model = 'byCode' in input ? input : prepareScenario(input);
  const s = model.scenario;
  const lv = s.levers;
  const n = model.years.length;
  const h = n - 1;
  const totals: TotalsYear[] = model.years.map((year) => ({
    year,
    hoursFreed: 0,
    fteFreed: 0,
    demandFte: 0,
    supplyFte: 0,
    surplusFte: 0,
    shortfallFte: 0,
    hires: 0,
    leavers: 0,
    attritionLeavers: 0,
    contractEndings: 0,
  }));
  const rolesAtRisk: Record<RiskClass, number> = { low: 0, medium: 0, high: 0 };
  const roleResults: RoleResult[] = [];
  const roleIndex: RoleIndex[] = [];
  const freedByCat = new Float64Array(NC);
  const adoptH = model.adoption[h];
  const adopt0 = model.adoption[0];

  for (const r of model.roles) {
    if (!r.staffed) {
      // Unstaffed (e.g. target) roles still need a demand index for "safer" (model point 6).
      const a = dot(r.autoSum, adoptH);
      const g = dot(r.augSum, adoptH);
      const f0 = fteFreedShare(dot(r.autoSum, adopt0), dot(r.augSum, adopt0), lv.reinvestAutomated, lv.reinvestAugmented);
      const idx = demandIndex(fteFreedShare(a, g, lv.reinvestAutomated, lv.reinvestAugmented), f0, r.growth, s.horizon);
      roleIndex.push({ code: r.code, isTarget: r.role.isTarget, automatedShareAtHorizon: a, augmentedShareAtHorizon: g, demandIndexAtHorizon: idx });
      continue;
    }
    const ser = series(model, r);
    const byYear: RoleYear[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const ry = roleYear(model, r, ser, i);
      if (options.explain) ry.explain = explainFromSeries(model, r, ser, i);
      byYear[i] = ry;
      const t = totals[i];
      t.hoursFreed += ry.hoursFreed;
      t.fteFreed += ry.fteFreed;
      t.demandFte += ry.demandFte;
      t.supplyFte += ry.supplyFte;
      t.surplusFte += ry.surplusFte;
      t.shortfallFte += ry.shortfallFte;
      t.hires += ry.hires;
      t.leavers += ry.leavers;
      t.attritionLeavers += ry.attritionLeavers;
      t.contractEndings += ry.contractEndings;
    }
    rolesAtRisk[byYear[h].riskClass]++;
    const idx = demandIndex(ser.freed[h], ser.freed[0], r.growth, s.horizon);
    roleIndex.push({
      code: r.code,
      isTarget: r.role.isTarget,
      automatedShareAtHorizon: ser.a[h],
      augmentedShareAtHorizon: ser.g[h],
      demandIndexAtHorizon: idx,
    });
    for (let c = 0; c < NC; c++) {
      freedByCat[c] += r.fte * (r.autoSum[c] * (1 - lv.reinvestAutomated) + r.augSum[c] * (1 - lv.reinvestAugmented)) * adoptH[c];
    }
    roleResults.push({
      code: r.code,
      title: r.role.title,
      headcount: r.headcount,
      fte: r.fte,
      salaryTotal: r.salaryTotal,
      growth: r.growth,
      attrition: r.rates.attrition,
      contractEndingRate: r.rates.contractEndings,
      attritionFamily: r.family,
      byYear,
      demandIndexAtHorizon: idx,
      unlabelledShare: r.unlabelledShare,
      ...r.scores,
    });
  }

  const freedFteByCategory = {} as Record<TaskCategory, number>;
  for (let c = 0; c < NC; c++) freedFteByCategory[TASK_CATEGORIES[c]] = freedByCat[c];
  const candidateRoles = selectCandidates(roleResults, lv.candidateRoles, s.horizon);
  const openings = computeOpenings(
    model.input.assumptions.openingDrivers,
    freedFteByCategory,
    lv.extraOpenings,
    model.input.assumptions.defaults.openingsPerAutomatedFte.sourceIds,
  );

  return {
    scenario: s.name,
    startYear: s.startYear,
    horizon: s.horizon,
    horizonYear: s.startYear + s.horizon,
    labelSource: s.labelSource,
    backfill: lv.backfill,
    years: [...model.years],
    roles: roleResults,
    roleIndex,
    totals: { byYear: totals, rolesAtRisk },
    candidates: { people: candidateRoles.reduce((x, c) => x + c.candidatePeople, 0), roles: candidateRoles },
    openings,
    warnings: [...model.warnings],
  };
}

/**
 * Explanations of one role's figures in one year; their inputs reproduce the figures (formula ids
 * are message keys "formula.<id>"). Computed on demand so the run itself stays numbers-only.
 * @param input a scenario input or a model from `prepareScenario` (cheaper for repeated calls)
 * @param roleCode the role; a role without staff is explained with FTE 0
 * @param year a year in [startYear .. startYear + horizon]
 * @returns null when the role is unknown or the year outside the projection
 */
export function explainRoleYear(
  input: ScenarioInput | PreparedModel,
  roleCode: string,
  year: number,
): RoleYearExplanations | null {
  const model = 'byCode' in input ? input : prepareScenario(input);
  const r = model.byCode.get(roleCode);
  const i = model.years.indexOf(year);
  if (!r || i < 0) return null;
  return explainFromSeries(model, r, series(model, r), i);
}

function explainFromSeries(model: PreparedModel, r: PreparedRole, ser: Series, i: number): RoleYearExplanations {
  const s = model.scenario;
  const lv = s.levers;
  const ids = model.sourceIds;
  const fig = roleYear(model, r, ser, i);
  const year = model.years[i];
  const code = r.code;

  // Overrides that touch this role: its own (task mix, growth, attrition) and those of its tasks.
  const taskOverrides: ExplainOverride[] = [];
  const ovByTask = new Map(s.taskOverrides.map((o) => [o.taskId, o] as const));
  for (const m of r.mix) {
    const o = ovByTask.get(m.taskId);
    if (!o) continue;
    // The model value before the override, for "from"; only overridden tasks are looked up.
    const task = model.input.tasks.find((t) => t.id === m.taskId);
    const before = task ? potentialCore(task, s.exposure, s.labelSource, null) : null;
    if (o.automation !== undefined)
      taskOverrides.push({ what: `task:${m.taskId}.automation`, from: before?.automated ?? null, to: m.automated, reason: o.reason });
    if (o.augmentation !== undefined)
      taskOverrides.push({ what: `task:${m.taskId}.augmentation`, from: before?.augmented ?? null, to: m.augmented, reason: o.reason });
  }
  const ro = r.override;
  const mixOverride: ExplainOverride[] = ro?.taskMix ? [{ what: `role:${code}.taskMix`, from: 'dataset', to: 'override', reason: ro.reason }] : [];
  const growthOverride: ExplainOverride[] =
    ro?.growth !== undefined ? [{ what: `role:${code}.growth`, from: r.role.growth.value, to: ro.growth, reason: ro.reason }] : [];
  const attritionOverride: ExplainOverride[] =
    ro?.attrition !== undefined ? [{ what: `role:${code}.attrition`, from: null, to: ro.attrition, reason: ro.reason }] : [];

  const shareExplanation = (kind: 'automated' | 'augmented'): Explanation => {
    const inputs: ModelExplainInput[] = [];
    const used = new Set<number>();
    for (const m of r.mix) {
      const category = m.categoryIndex >= 0 ? TASK_CATEGORIES[m.categoryIndex] : undefined;
      if (m.categoryIndex >= 0) used.add(m.categoryIndex);
      inputs.push({ name: 'input.taskShare', value: m.share, unit: 'share', taskId: m.taskId, category });
      inputs.push({
        name: kind === 'automated' ? 'input.taskAutomated' : 'input.taskAugmented',
        value: kind === 'automated' ? m.automated : m.augmented,
        unit: 'share',
        taskId: m.taskId,
        category,
        sourceIds: [...ids.labels, ...ids.exposure],
      });
    }
    for (const c of [...used].sort((x, y) => x - y)) {
      const cat = TASK_CATEGORIES[c];
      inputs.push({
        name: 'input.adoption',
        value: model.adoption[i][c],
        unit: 'share',
        category: cat,
        year,
        sourceIds: ids.adoption[cat] ?? [],
        isAssumption: true,
      });
    }
    return explain(
      kind === 'automated' ? 'role.automatedShare' : 'role.augmentedShare',
      kind === 'automated' ? fig.automatedShare : fig.augmentedShare,
      inputs,
      [...mixOverride, ...taskOverrides],
    );
  };

  const aIn: ModelExplainInput = { name: 'input.automatedShare', value: fig.automatedShare, unit: 'share', roleCode: code, year };
  const gIn: ModelExplainInput = { name: 'input.augmentedShare', value: fig.augmentedShare, unit: 'share', roleCode: code, year };
  const fteIn: ModelExplainInput = { name: 'input.fte', value: r.fte, unit: 'fte', roleCode: code };
  const freedShare = ser.freed[i];
  const attritionIds = ro?.attrition !== undefined ? [] : r.family === 'customerContact' ? ids.attritionCustomerService : ids.attritionOther;
  const demandIn: ModelExplainInput = { name: 'input.demandFte', value: fig.demandFte, unit: 'fte', roleCode: code, year };
  const supplyIn: ModelExplainInput = { name: 'input.supplyFte', value: fig.supplyFte, unit: 'fte', roleCode: code, year };
  const prevIn = (): ModelExplainInput => ({ name: 'input.previousSupply', value: ser.supply[i - 1], unit: 'fte', roleCode: code, year: year - 1 });
  const leaversIn: ModelExplainInput = { name: 'input.leavers', value: fig.leavers, unit: 'fte', roleCode: code, year };
  const hiresIn: ModelExplainInput = { name: 'input.hires', value: fig.hires, unit: 'fte', roleCode: code, year };

  // The start year is today: supply is today's FTE and nothing has flowed yet.
  const supply = i === 0 ? explain('workforce.supply.start', fig.supplyFte, [fteIn]) : explain('workforce.supply', fig.supplyFte, [prevIn(), leaversIn, hiresIn]);
  const leavers =
    i === 0
      ? explain('workforce.flows.start', 0, [])
      : explain(
          'workforce.leavers',
          fig.leavers,
          [
            prevIn(),
            { name: 'input.attrition', value: r.rates.attrition, unit: 'rate', sourceIds: attritionIds, isAssumption: true },
            { name: 'input.contractEndingRate', value: r.rates.contractEndings, unit: 'rate', isAssumption: true },
            { name: 'input.attritionFamily', value: r.family },
          ],
          attritionOverride,
        );
  const hires =
    i === 0
      ? explain('workforce.flows.start', 0, [])
      : explain('workforce.hires', fig.hires, [demandIn, prevIn(), leaversIn, { name: 'input.backfill', value: lv.backfill }]);

  return {
    automatedShare: shareExplanation('automated'),
    augmentedShare: shareExplanation('augmented'),
    hoursFreed: explain('role.hoursFreed', fig.hoursFreed, [
      aIn,
      gIn,
      fteIn,
      { name: 'input.annualHoursPerFte', value: model.annualHoursPerFte, unit: 'hours', sourceIds: ids.annualHoursPerFte },
    ]),
    fteFreed: explain('role.fteFreed', fig.fteFreed, [
      aIn,
      gIn,
      fteIn,
      { name: 'input.reinvestAutomated', value: lv.reinvestAutomated, unit: 'share', sourceIds: ids.reinvestAutomated, isAssumption: true },
      { name: 'input.reinvestAugmented', value: lv.reinvestAugmented, unit: 'share', sourceIds: ids.reinvestAugmented, isAssumption: true },
    ]),
    demandFte: explain(
      'workforce.demand',
      fig.demandFte,
      [
        fteIn,
        { name: 'input.fteFreedShare', value: freedShare, unit: 'share', roleCode: code, year } as ModelExplainInput,
        { name: 'input.fteFreedShareStart', value: ser.freed[0], unit: 'share', roleCode: code, year: model.years[0] } as ModelExplainInput,
        { name: 'input.growth', value: r.growth, unit: 'rate', sourceIds: ro?.growth !== undefined ? [] : [...r.role.growth.sourceIds], isAssumption: ro?.growth !== undefined || r.role.growth.isAssumption },
        { name: 'input.yearsFromStart', value: i, unit: 'year' },
      ],
      growthOverride,
    ),
    supplyFte: supply,
    surplusFte: explain('workforce.surplus', fig.surplusFte, [supplyIn, demandIn]),
    shortfallFte: explain('workforce.shortfall', fig.shortfallFte, [demandIn, supplyIn]),
    hires,
    leavers,
    riskClass: explain('role.riskClass', fig.riskClass, [
      aIn,
      gIn,
      { name: 'input.riskHigh', value: s.risk.high, unit: 'share', isAssumption: true },
      { name: 'input.riskMedium', value: s.risk.medium, unit: 'share', isAssumption: true },
    ]),
  };
}

/** One row of docs/CLI.md `roles exposure`. */
interface RoleExposureRow {
  code: string;
  title: Text;
  alpha: number | null;
  beta: number | null;
  gamma: number | null;
  alphaTime: number | null;
  betaTime: number | null;
  gammaTime: number | null;
  /** Model shares at the horizon year, with the role's time shares. */
  automatedShare: number;
  augmentedShare: number;
  unlabelledShare: number;
}

/**
 * docs/CLI.md `roles exposure`: per role (every role given, ordered by code) alpha/beta/gamma as the
 * paper computes them from the chosen labels, and the model's shares at the horizon year.
 * @param source label source; default the scenario's own
 */
export function roleExposure(
  input: ScenarioInput,
  source?: LabelSource,
): { source: LabelSource; scenario: string; horizonYear: number; roles: RoleExposureRow[] } {
  const scenario = source && source !== input.scenario.labelSource ? { ...input.scenario, labelSource: source } : input.scenario;
  const model = prepareScenario({ ...input, scenario });
  const adoptH = model.adoption[model.years.length - 1];
  return {
    source: scenario.labelSource,
    scenario: scenario.name,
    horizonYear: scenario.startYear + scenario.horizon,
    roles: model.roles.map((r) => ({
      code: r.code,
      title: r.role.title,
      alpha: r.scores.alpha,
      beta: r.scores.beta,
      gamma: r.scores.gamma,
      alphaTime: r.scores.alphaTime,
      betaTime: r.scores.betaTime,
      gammaTime: r.scores.gammaTime,
      automatedShare: dot(r.autoSum, adoptH),
      augmentedShare: dot(r.augSum, adoptH),
      unlabelledShare: r.unlabelledShare,
    })),
  };
}

/** Re-exported so callers of the model need one import for the demand formula. */
