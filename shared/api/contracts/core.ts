/**
 * Contract of the catalogue, scenarios, people list, audit log and settings.
 */
import { z } from 'zod';
import type {
  AppInfo,
  AuditEntryDto,
  DatasetStats,
  EmployeeDetail,
  EmployeeListItem,
  RoleExposureDto,
  RoleListItem,
  RoleYearExplanations,
  Scenario,
  ScenarioComparison,
  ScenarioFileDto,
  ScenarioInput,
  ScenarioRun,
  ScenarioSummary,
  Settings,
  TaskList,
  Tornado,
} from '../dto';
import { scenarioNameSchema, scenarioSchema } from '../schemas';
import type { Source } from '../../domain/types';

import { emptyInput as empty, labelSourceSchema as labelSource, langSchema, phantom, reasonSchema as reason, roleCodeSchema as roleCode, withLang } from '../common';

export const coreContract = {
  'app.info': { input: empty, output: phantom<AppInfo>() },
  'dataset.stats': { input: empty, output: phantom<DatasetStats>() },
  'roles.list': {
    input: withLang.extend({ family: z.enum(['current', 'target', 'emerging']).optional() }).strict(),
    output: phantom<{ roles: RoleListItem[] }>(),
  },
  'tasks.list': {
    input: z.object({ roleCode, lang: langSchema.optional(), search: z.string().max(200).optional() }).strict(),
    output: phantom<TaskList>(),
  },
  'dataset.sources': { input: empty, output: phantom<{ sources: Source[]; methods: { id: string; title: { en: string; nl: string }; body: { en: string; nl: string } }[] }>() },
  'roles.exposure': {
    input: withLang.extend({ source: labelSource.optional(), scenario: scenarioNameSchema.optional() }).strict(),
    output: phantom<RoleExposureDto>(),
  },
  'scenario.list': { input: empty, output: phantom<{ scenarios: ScenarioSummary[] }>() },
  'scenario.get': { input: z.object({ name: scenarioNameSchema }).strict(), output: phantom<Scenario>() },
  'scenario.save': {
    input: z.object({ scenario: scenarioSchema, previousName: scenarioNameSchema.optional(), reason: reason.optional() }).strict(),
    output: phantom<ScenarioSummary>(),
  },
  'scenario.copy': { input: z.object({ from: scenarioNameSchema, to: scenarioNameSchema }).strict(), output: phantom<ScenarioSummary>() },
  'scenario.delete': { input: z.object({ name: scenarioNameSchema, reason: reason.optional() }).strict(), output: phantom<{ deleted: string }>() },
  'scenario.run': { input: withLang.extend({ name: scenarioNameSchema }).strict(), output: phantom<ScenarioRun>() },
  /** Runs an unsaved scenario (the planner's draft) without storing it. */
  'scenario.preview': { input: withLang.extend({ scenario: scenarioSchema }).strict(), output: phantom<ScenarioRun>() },
  /** The model's inputs, so the renderer's worker can recompute while a slider moves. */
  'scenario.inputs': { input: z.object({ name: scenarioNameSchema }).strict(), output: phantom<ScenarioInput>() },
  'scenario.compare': { input: withLang.extend({ names: z.array(scenarioNameSchema).min(2).max(6) }).strict(), output: phantom<ScenarioComparison>() },
  'scenario.explain': {
    input: z.object({ name: scenarioNameSchema, roleCode, year: z.number().int().min(2000).max(2200) }).strict(),
    output: phantom<RoleYearExplanations>(),
  },
  'scenario.sensitivity': { input: z.object({ name: scenarioNameSchema }).strict(), output: phantom<Tornado>() },
  'scenario.export': { input: z.object({ name: scenarioNameSchema }).strict(), output: phantom<ScenarioFileDto>() },
  'scenario.import': {
    input: z.object({ content: z.string().max(20_000_000), as: scenarioNameSchema.optional() }).strict(),
    output: phantom<{ scenario: string }>(),
  },
  'employees.list': {
    input: withLang.extend({ department: z.string().max(200).optional(), roleCode: roleCode.optional(), names: z.boolean().optional() }).strict(),
    output: phantom<{ employees: EmployeeListItem[] }>(),
  },
  'employees.get': {
    input: withLang.extend({ id: z.string().trim().min(1).max(64), names: z.boolean().optional() }).strict(),
    output: phantom<{ employee: EmployeeDetail }>(),
  },
  /** Loads the Demo BV organisation: into an empty workforce, or over the current one with replace: true. */
  'workforce.loadDemo': {
    input: z.object({ replace: z.boolean().optional() }).strict(),
    output: phantom<{ organisation: string; employees: number }>(),
  },
  'audit.list': {
    input: z
      .object({ entity: z.string().max(100).optional(), entityId: z.string().max(200).optional(), limit: z.number().int().min(1).max(5000).optional(), beforeId: z.number().int().min(1).optional() })
      .strict(),
    output: phantom<{ entries: AuditEntryDto[] }>(),
  },
  'settings.get': { input: empty, output: phantom<Settings>() },
  'settings.update': {
    input: z
      .object({
        language: langSchema.optional(),
        minGroupSize: z.number().int().min(3).max(50).optional(),
        pseudonymised: z.boolean().optional(),
      })
      .strict(),
    output: phantom<Settings>(),
  },
} as const;
