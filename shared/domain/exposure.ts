/**
 * Task exposure (model point 2): from the dataset's labels, through the scenario's
 * assumption table, to a task's automated and augmented share before adoption; plus the
 * paper-comparable alpha/beta/gamma per role (Eloundou et al. 2023, "GPTs are GPTs").
 * Owns: label resolution per label source, task potential, exposure scores.
 */
import type { Explanation, ExplainOverride } from './explain';
import { explain } from './explain';
import type { ExposureScores, ModelExplainInput, SourcePotential, TaskFlag, TaskPotential } from './modelTypes';
import type { LabelSource, Scenario, TaskOverride } from './scenario';
import type { ExposureAssumptions, ExposureLabel, Task } from './types';

/** Source ids behind the labels when the caller gives none: O*NET tasks and the paper's labels. */
export const LABEL_SOURCE_IDS: readonly string[] = ['gpts-are-gpts', 'onet-29-3'];

/** Order for `cautious`: E0 < E2 < E1 (E2 needs extra software, so it counts as less exposed than E1). */
const CAUTION_RANK: Record<ExposureLabel, number> = { E0: 0, E2: 1, E1: 2 };

/**
 * The exposure labels a task's resolved exposure is made of, per label source:
 * - human / gpt4: that rater's label only (none when it is missing: the task is unlabelled for that
 *   source, rather than silently borrowing the other rater's view);
 * - average: both labels when both exist (values are averaged), else the one present;
 * - cautious: the lower of the two (E0 < E2 < E1), else the one present.
 * @returns zero, one or two labels
 */
export function resolveExposureLabels(task: Task, source: LabelSource): ExposureLabel[] {
  const h = task.humanExposure;
  const g = task.gpt4Exposure;
  switch (source) {
    case 'human':
      return h ? [h] : [];
    case 'gpt4':
      return g ? [g] : [];
    case 'average':
      if (h && g) return [h, g];
      return h ? [h] : g ? [g] : [];
    case 'cautious':
      if (h && g) return [CAUTION_RANK[h] <= CAUTION_RANK[g] ? h : g];
      return h ? [h] : g ? [g] : [];
  }
}

/** Mean of a per-label value over the resolved labels (the 'average' source interpolates this way). */
function meanOver(labels: ExposureLabel[], f: (l: ExposureLabel) => number): number {
  if (labels.length === 0) return 0;
  if (labels.length === 1) return f(labels[0]);
  return (f(labels[0]) + f(labels[1])) / 2;
}

/** Automated share a_t = automationByLevel[T] × realismFactor, from GPT-4's T label (0 when missing). */
function automatedPotential(task: Task, exposure: ExposureAssumptions): number {
  const t = task.gpt4Automation;
  return t ? exposure.automationByLevel[t] * exposure.realismFactor : 0;
}

/**
 * Numbers-only potential, the hot path of `prepareScenario`: no explanation, no allocation beyond
 * the result. Overrides replace the model values; the augmented part is always on the time that
 * is not automated, so automated + augmented ≤ 1 holds even after overrides (clamped, flagged).
 */
export function potentialCore(
  task: Task,
  exposure: ExposureAssumptions,
  source: LabelSource,
  override: TaskOverride | undefined | null,
): { automated: number; augmented: number; unlabelled: boolean; clamped: boolean } {
  const labels = resolveExposureLabels(task, source);
  const unlabelled = labels.length === 0;
  const modelAuto = unlabelled ? 0 : automatedPotential(task, exposure);
  const g = meanOver(labels, (l) => exposure.augmentationByExposure[l]);
  let automated = modelAuto;
  let clamped = false;
  if (override && override.automation !== undefined) automated = clamp01(override.automation);
  let augmented: number;
  if (override && override.augmentation !== undefined) {
    augmented = clamp01(override.augmentation);
    if (automated + augmented > 1) {
      augmented = 1 - automated;
      clamped = true;
    }
  } else {
    augmented = (1 - automated) * g;
  }
  return { automated, augmented, unlabelled, clamped };
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function sourcePotential(task: Task, label: ExposureLabel | null, exposure: ExposureAssumptions): SourcePotential {
  if (!label) return { label: null, g: 0, automated: 0, augmented: 0 };
  const a = automatedPotential(task, exposure);
  const g = exposure.augmentationByExposure[label];
  return { label, g, automated: a, augmented: (1 - a) * g };
}

/**
 * A task's automated and augmented share before adoption, with both raters' values (so the UI can
 * show disagreement) and explanations whose inputs reproduce the figures.
 * @param task the dataset task
 * @param scenario gives the label source, the exposure assumption table and any TaskOverride
 * @param labelSourceIds source ids cited for the labels (default LABEL_SOURCE_IDS)
 * @param exposureSourceIds source ids cited for the assumption table (default none)
 * @returns shares in [0,1] with automated + augmented ≤ 1
 */
export function taskPotential(
  task: Task,
  scenario: Scenario,
  labelSourceIds: readonly string[] = LABEL_SOURCE_IDS,
  exposureSourceIds: readonly string[] = [],
): TaskPotential {
  const exposure = scenario.exposure;
  const source = scenario.labelSource;
  const override = scenario.taskOverrides.find((o) => o.taskId === task.id) ?? null;
  const labels = resolveExposureLabels(task, source);
  const core = potentialCore(task, exposure, source, override);
  const model = potentialCore(task, exposure, source, null);
  const g = meanOver(labels, (l) => exposure.augmentationByExposure[l]);
  const flags: TaskFlag[] = [];
  if (core.unlabelled) flags.push('unlabelled');
  if (!task.gpt4Automation) flags.push('noAutomationLabel');
  if (task.humanExposure && task.gpt4Exposure && task.humanExposure !== task.gpt4Exposure) flags.push('sourcesDisagree');
  if (core.clamped) flags.push('overrideClamped');

  const labelIds = [...labelSourceIds];
  const assumptionIds = [...exposureSourceIds];
  const t = task.gpt4Automation;
  const autoInputs: ModelExplainInput[] = [
    { name: 'input.automationLabel', value: core.unlabelled ? null : t, sourceIds: labelIds, taskId: task.id },
    {
      name: 'input.automationLevelShare',
      value: t && !core.unlabelled ? exposure.automationByLevel[t] : 0,
      unit: 'share',
      sourceIds: labelIds,
      taskId: task.id,
    },
    { name: 'input.realismFactor', value: exposure.realismFactor, unit: 'share', sourceIds: assumptionIds, isAssumption: true },
  ];
  const autoOverrides: ExplainOverride[] = [];
  if (override && override.automation !== undefined) {
    autoOverrides.push({ what: `task:${task.id}.automation`, from: model.automated, to: core.automated, reason: override.reason });
    autoInputs.push({ name: 'input.override', value: core.automated, unit: 'share', taskId: task.id });
  }
  const automatedExp = explain(
    autoOverrides.length ? 'task.automated.override' : 'task.automated',
    core.automated,
    autoInputs,
    autoOverrides,
  );

  const augInputs: ModelExplainInput[] = [
    { name: 'input.labelSource', value: source },
    { name: 'input.exposureLabels', value: labels.join('+') || null, sourceIds: labelIds, taskId: task.id },
    { name: 'input.augmentationValue', value: g, unit: 'share', sourceIds: assumptionIds, isAssumption: true },
    { name: 'input.automatedShare', value: core.automated, unit: 'share', taskId: task.id },
  ];
  const augOverrides: ExplainOverride[] = [];
  if (override && override.augmentation !== undefined) {
    augOverrides.push({ what: `task:${task.id}.augmentation`, from: model.augmented, to: core.augmented, reason: override.reason });
    augInputs.push({ name: 'input.override', value: core.augmented, unit: 'share', taskId: task.id });
  }
  const augmentedExp: Explanation = explain(
    augOverrides.length ? 'task.augmented.override' : 'task.augmented',
    core.augmented,
    augInputs,
    augOverrides,
  );

  return {
    taskId: task.id,
    category: task.category,
    automated: core.automated,
    augmented: core.augmented,
    modelAutomated: model.automated,
    modelAugmented: model.augmented,
    labelSource: source,
    exposureLabels: labels,
    g,
    automationLabel: t,
    bySource: {
      human: sourcePotential(task, task.humanExposure, exposure),
      gpt4: sourcePotential(task, task.gpt4Exposure, exposure),
    },
    flags,
    override,
    explanations: { automated: automatedExp, augmented: augmentedExp },
  };
}

/** Paper task values: alpha = E1; beta = E1 + 0.5·E2; gamma = E1 + E2 (per label, 0/0.5/1). */
const ALPHA: Record<ExposureLabel, number> = { E0: 0, E1: 1, E2: 0 };
const BETA: Record<ExposureLabel, number> = { E0: 0, E1: 1, E2: 0.5 };
const GAMMA: Record<ExposureLabel, number> = { E0: 0, E1: 1, E2: 1 };

/**
 * alpha, beta, gamma of a role as GPTs-are-GPTs computes them (task weights core 2,
 * supplemental or untyped 1; unlabelled tasks left out), and a time-share-weighted variant.
 * With the 'average' source a task's value is the mean of its two labels' values.
 * @param mix the role's tasks with their time shares (missing tasks count as unlabelled)
 * @returns scores in [0,1], null when no task of the mix is labelled
 */
export function exposureScores(
  mix: readonly { task: Task | undefined; share: number }[],
  source: LabelSource,
): ExposureScores {
  let w = 0;
  let a = 0;
  let b = 0;
  let c = 0;
  let wt = 0;
  let at = 0;
  let bt = 0;
  let ct = 0;
  let labelled = 0;
  for (const { task, share } of mix) {
    if (!task) continue;
    const labels = resolveExposureLabels(task, source);
    if (labels.length === 0) continue;
    labelled++;
    const ta = meanOver(labels, (l) => ALPHA[l]);
    const tb = meanOver(labels, (l) => BETA[l]);
    const tc = meanOver(labels, (l) => GAMMA[l]);
    const weight = task.type === 'core' ? 2 : 1;
    w += weight;
    a += weight * ta;
    b += weight * tb;
    c += weight * tc;
    wt += share;
    at += share * ta;
    bt += share * tb;
    ct += share * tc;
  }
  return {
    alpha: w > 0 ? a / w : null,
    beta: w > 0 ? b / w : null,
    gamma: w > 0 ? c / w : null,
    alphaTime: wt > 0 ? at / wt : null,
    betaTime: wt > 0 ? bt / wt : null,
    gammaTime: wt > 0 ? ct / wt : null,
    labelledTasks: labelled,
    tasks: mix.length,
  };
}
