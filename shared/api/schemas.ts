/**
 * zod schemas for the plain-data entities that cross the API or a file (scenarios), with the ranges
 * the model needs. A scenario file from another planner is validated with exactly these.
 */
import { z } from 'zod';
import { TASK_CATEGORIES, type TaskCategory } from '../domain/types';
import type { Scenario } from '../domain/scenario';
import { euroAmountSchema, labelSourceSchema, reasonSchema as reason, roleCodeSchema as roleCode, taskIdSchema as taskId, weeklyLearningHoursSchema } from './common';

const share = z.number().min(0).max(1);

export const scenarioNameSchema = z
  .string()
  .trim()
  .min(1, 'a scenario needs a name')
  .max(80)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'use letters, digits, spaces, dots, dashes or underscores');

const curve = z.object({
  midpoint: z.number().min(2000).max(2100),
  steepness: z.number().min(0.01).max(10),
  ceiling: share,
});

const adoption = z.object(Object.fromEntries(TASK_CATEGORIES.map((c) => [c, curve])) as Record<TaskCategory, typeof curve>).strict();

export const scenarioSchema = z
  .object({
    name: scenarioNameSchema,
    description: z.string().max(2000),
    startYear: z.number().int().min(2000).max(2100),
    horizon: z.number().int().min(1).max(20),
    labelSource: labelSourceSchema,
    adoption,
    exposure: z
      .object({
        augmentationByExposure: z.object({ E0: share, E1: share, E2: share }).strict(),
        automationByLevel: z.object({ T0: share, T1: share, T2: share, T3: share, T4: share }).strict(),
        realismFactor: share,
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
            growth: z.number().min(-0.5).max(0.5).optional(),
            attrition: share.optional(),
            taskMix: z.array(z.object({ taskId, share }).strict()).min(1).optional(),
            reason,
          })
          .strict()
          .refine((o) => !o.taskMix || Math.abs(o.taskMix.reduce((s, t) => s + t.share, 0) - 1) < 1e-6, 'task shares must sum to 1'),
      )
      .max(500),
    levers: z
      .object({
        reinvestAutomated: share,
        reinvestAugmented: share,
        attritionCustomerService: share,
        attritionOther: share,
        backfill: z.enum(['replace_to_demand', 'none']),
        weeklyLearningHours: weeklyLearningHoursSchema,
        budgetCap: z.number().min(0).nullable(),
        recruitingCost: z.number().min(0).max(1_000_000),
        onboardingMonths: z.number().min(0).max(36),
        transitionPaymentCap: euroAmountSchema,
        extraOpenings: z.array(z.object({ roleCode, count: z.number().int().min(0).max(100_000) }).strict()).max(500),
        candidateRoles: z.array(roleCode).max(500),
        learningTime: z.enum(['paid', 'freed']).optional(),
      })
      .strict(),
    risk: z
      .object({ high: share, medium: share })
      .strict()
      .refine((r) => r.medium <= r.high, 'the medium threshold cannot be above the high one'),
    transitions: z
      .object({
        maxJobZoneDistance: z.number().int().min(0).max(4),
        minFit: share,
        maxWeeksToReady: z.number().min(1).max(520),
        wageTolerance: share,
        lambda: z.number().min(0).max(10),
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

/** The file another planner can import: the scenario plus a schema version. */
export const SCENARIO_FILE_VERSION = 1;
export const scenarioFileSchema = z
  .object({
    format: z.literal('overstap.scenario'),
    version: z.literal(SCENARIO_FILE_VERSION),
    exportedAt: z.string(),
    datasetVersion: z.string(),
    scenario: scenarioSchema,
  })
  .strict();
export type ScenarioFile = z.output<typeof scenarioFileSchema>;
