/**
 * zod schemas for the plain-data entities that cross the API or a file (scenarios), with the ranges
 * the model needs. A scenario file from another planner is validated with exactly these.
 */
import { z } from 'zod';
import { TASK_CATEGORIES, type TaskCategory } from '../domain/types';
import type { Scenario } from '../domain/scenario';
import { labelSourceSchema, positiveIntSchema, reasonSchema as reason, roleCodeSchema as roleCode, taskIdSchema as taskId } from './common';
import { ATTRITION_FAMILIES } from '../domain/attrition';
import { SCENARIO_BOUNDS as B, type Bound } from '../domain/scenarioBounds';
import { detectScenarioVersion, SCENARIO_VERSION, upgradeScenario } from '../domain/scenarioUpgrade';

z.config({ jitless: true });

/** A number within a declared bound (scenarioBounds.ts): the editor offers exactly this range. */
const within = (b: Bound) => (b.integer ? z.number().int() : z.number()).min(b.min).max(b.max);
const share = z.number().min(0).max(1);

export const scenarioNameSchema = z
  .string()
  .trim()
  .min(1, 'a scenario needs a name')
  .max(80)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'use letters, digits, spaces, dots, dashes or underscores');

const curve = z.object({
  midpoint: within(B.adoption.midpoint),
  steepness: within(B.adoption.steepness),
  ceiling: within(B.adoption.ceiling),
});

const rate = within(B.levers.attrition);
const byContract = z.object({ permanent: rate, temporary: rate, outsourced: rate }).strict();
const attritionTable = z
  .object({
    rates: z.object(Object.fromEntries(ATTRITION_FAMILIES.map((f) => [f, byContract])) as Record<(typeof ATTRITION_FAMILIES)[number], typeof byContract>).strict(),
    fixedTermRenewal: within(B.levers.fixedTermRenewal),
  })
  .strict();

const adoption = z.object(Object.fromEntries(TASK_CATEGORIES.map((c) => [c, curve])) as Record<TaskCategory, typeof curve>).strict();

export const scenarioSchema = z
  .object({
    name: scenarioNameSchema,
    description: z.string().max(2000),
    startYear: within(B.startYear),
    horizon: within(B.horizon),
    labelSource: labelSourceSchema,
    adoption,
    exposure: z
      .object({
        augmentationByExposure: z.object({ E0: within(B.exposure.augmentation), E1: within(B.exposure.augmentation), E2: within(B.exposure.augmentation) }).strict(),
        automationByLevel: z.object({ T0: within(B.exposure.automation), T1: within(B.exposure.automation), T2: within(B.exposure.automation), T3: within(B.exposure.automation), T4: within(B.exposure.automation) }).strict(),
        realismFactor: within(B.exposure.realismFactor),
      })
      .strict(),
    taskOverrides: z
      .array(
        z
          .object({ taskId, automation: share.optional(), augmentation: share.optional(), reason })
          .strict()
          .refine((o) => o.automation !== undefined || o.augmentation !== undefined, 'an override must set automation or augmentation'),
      )
      .max(5000),
    roleOverrides: z
      .array(
        z
          .object({
            roleCode,
            growth: within(B.roleOverride.growth).optional(),
            attrition: within(B.roleOverride.attrition).optional(),
            taskMix: z.array(z.object({ taskId, share }).strict()).min(1).optional(),
            reason,
          })
          .strict()
          .refine((o) => !o.taskMix || Math.abs(o.taskMix.reduce((s, t) => s + t.share, 0) - 1) < 1e-6, 'task shares must sum to 1'),
      )
      .max(500),
    levers: z
      .object({
        reinvestAutomated: within(B.levers.reinvestAutomated),
        reinvestAugmented: within(B.levers.reinvestAugmented),
        attrition: attritionTable,
        backfill: z.enum(['replace_to_demand', 'none']),
        weeklyLearningHours: within(B.levers.weeklyLearningHours),
        budgetCap: within(B.levers.budgetCap).nullable(),
        recruitingCost: within(B.levers.recruitingCost),
        onboardingMonths: within(B.levers.onboardingMonths),
        transitionPaymentCap: within(B.levers.transitionPaymentCap),
        extraOpenings: z.array(z.object({ roleCode, count: within(B.levers.extraOpenings) }).strict()).max(500),
        candidateRoles: z.array(roleCode).max(500),
        learningTime: z.enum(['paid', 'freed']).optional(),
      })
      .strict(),
    risk: z
      .object({ high: within(B.risk.high), medium: within(B.risk.medium) })
      .strict()
      .refine((r) => r.medium <= r.high, 'the medium threshold cannot be above the high one'),
    transitions: z
      .object({
        maxJobZoneDistance: within(B.transitions.maxJobZoneDistance),
        minFit: within(B.transitions.minFit),
        maxWeeksToReady: within(B.transitions.maxWeeksToReady),
        wageTolerance: within(B.transitions.wageTolerance),
        lambda: within(B.transitions.lambda),
      })
      .strict(),
  })
  .strict();

// A compile-time check that the schema and the domain type agree both ways.
type Parsed = z.output<typeof scenarioSchema>;
const _toDomain = (s: Parsed): Scenario => s;
const _fromDomain = (s: Scenario): Parsed => s;
void _toDomain;
void _fromDomain;

/**
 * The file another planner can import: the scenario plus a schema version. Version 1 files (attrition
 * as two rates) are upgraded on import by scenarioUpgrade.ts; the envelope is checked here first.
 */
export const SCENARIO_FILE_VERSION = SCENARIO_VERSION;
export const scenarioFileSchema = z
  .object({
    format: z.literal('overstap.scenario'),
    version: z.literal(SCENARIO_FILE_VERSION),
    exportedAt: z.string(),
    datasetVersion: z.string(),
    scenario: scenarioSchema,
  })
  .strict();
export const scenarioFileEnvelopeSchema = z
  .object({
    format: z.literal('overstap.scenario'),
    version: positiveIntSchema,
    exportedAt: z.string(),
    datasetVersion: z.string(),
    scenario: z.unknown(),
  })
  .strict();
export type ScenarioFile = z.output<typeof scenarioFileSchema>;

/** A scenario read back (a database row or an imported file), upgraded to the current version and validated. */
type ReadScenario = { ok: true; scenario: Scenario; upgradedFrom: number | null } | { ok: false; problem: string; issues: { path: string; message: string }[] };

/**
 * Upgrades then validates plain scenario JSON.
 * @param version the version it was written with; 'detect' for an unversioned database row
 */
export function readScenario(raw: unknown, version: number | 'detect'): ReadScenario {
  let upgraded: { value: unknown; upgradedFrom: number | null };
  try {
    upgraded = upgradeScenario(raw, version === 'detect' ? detectScenarioVersion(raw) : version);
  } catch (error) {
    const problem = (error as Error).message;
    return { ok: false, problem, issues: [{ path: '(scenario)', message: problem }] };
  }
  const parsed = scenarioSchema.safeParse(upgraded.value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(scenario)', message: i.message }));
    return { ok: false, problem: issues.slice(0, 8).map((i) => `${i.path}: ${i.message}`).join('; '), issues };
  }
  return { ok: true, scenario: parsed.data as Scenario, upgradedFrom: upgraded.upgradedFrom };
}
