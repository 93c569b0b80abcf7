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

import {
  departmentSchema,
  emptyInput as empty,
  employeeIdSchema,
  labelSourceSchema as labelSource,
  langSchema,
  MAX_SCENARIO_FILE_CHARS,
  pageLimitSchema,
  phantom,
  reasonSchema as reason,
  roleCodeSchema as roleCode,
  searchSchema,
  withLang,
  positiveIntSchema,
} from '../common';
import { EMPLOYEE_MODE_NONE, employeeModeAny, employeeModeSelf } from '../employeeMode';

export const coreContract = {
  'app.info': { input: empty, output: phantom<AppInfo>(), employeeMode: employeeModeAny(['employees']) },
  'dataset.stats': { input: empty, output: phantom<DatasetStats>(), employeeMode: EMPLOYEE_MODE_NONE },
  'roles.list': {
    input: withLang.extend({ family: z.enum(['current', 'target', 'emerging']).optional() }).strict(),
    output: phantom<{ roles: RoleListItem[] }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'tasks.list': {
    input: z.object({ roleCode, lang: langSchema.optional(), search: searchSchema.optional() }).strict(),
    output: phantom<TaskList>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'dataset.sources': { input: empty, output: phantom<{ sources: Source[]; methods: { id: string; title: { en: string; nl: string }; body: { en: string; nl: string } }[] }>(), employeeMode: employeeModeAny() },
  'roles.exposure': {
    input: withLang.extend({ source: labelSource.optional(), scenario: scenarioNameSchema.optional() }).strict(),
    output: phantom<RoleExposureDto>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'scenario.list': { input: empty, output: phantom<{ scenarios: ScenarioSummary[] }>(), employeeMode: EMPLOYEE_MODE_NONE },
  'scenario.get': { input: z.object({ name: scenarioNameSchema }).strict(), output: phantom<Scenario>(), employeeMode: EMPLOYEE_MODE_NONE },
  'scenario.save': {
    input: z.object({ scenario: scenarioSchema, previousName: scenarioNameSchema.optional(), reason: reason.optional() }).strict(),
    output: phantom<ScenarioSummary>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'scenario.copy': { input: z.object({ from: scenarioNameSchema, to: scenarioNameSchema }).strict(), output: phantom<ScenarioSummary>(), employeeMode: EMPLOYEE_MODE_NONE },
  'scenario.delete': { input: z.object({ name: scenarioNameSchema, reason: reason.optional() }).strict(), output: phantom<{ deleted: string }>(), employeeMode: EMPLOYEE_MODE_NONE },
  'scenario.run': { input: withLang.extend({ name: scenarioNameSchema }).strict(), output: phantom<ScenarioRun>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** Runs an unsaved scenario (the planner's draft) without storing it. */
  'scenario.preview': { input: withLang.extend({ scenario: scenarioSchema }).strict(), output: phantom<ScenarioRun>(), employeeMode: EMPLOYEE_MODE_NONE },
  /** The model's inputs, so the renderer's worker can recompute while a slider moves. */
  'scenario.inputs': { input: z.object({ name: scenarioNameSchema }).strict(), output: phantom<ScenarioInput>(), employeeMode: EMPLOYEE_MODE_NONE },
  'scenario.compare': { input: withLang.extend({ names: z.array(scenarioNameSchema).min(2).max(6) }).strict(), output: phantom<ScenarioComparison>(), employeeMode: EMPLOYEE_MODE_NONE },
  'scenario.explain': {
    input: z.object({ name: scenarioNameSchema, roleCode, year: z.number().int().min(2000).max(2200) }).strict(),
    output: phantom<RoleYearExplanations>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'scenario.sensitivity': { input: z.object({ name: scenarioNameSchema }).strict(), output: phantom<Tornado>(), employeeMode: EMPLOYEE_MODE_NONE },
  'scenario.export': { input: z.object({ name: scenarioNameSchema }).strict(), output: phantom<ScenarioFileDto>(), employeeMode: EMPLOYEE_MODE_NONE },
  'scenario.import': {
    input: z.object({ content: z.string().max(MAX_SCENARIO_FILE_CHARS), as: scenarioNameSchema.optional() }).strict(),
    output: phantom<{ scenario: string }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'employees.list': {
    input: withLang.extend({ department: departmentSchema.optional(), roleCode: roleCode.optional(), names: z.boolean().optional() }).strict(),
    output: phantom<{ employees: EmployeeListItem[] }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'employees.get': {
    input: withLang.extend({ id: employeeIdSchema, names: z.boolean().optional() }).strict(),
    output: phantom<{ employee: EmployeeDetail }>(),
    employeeMode: employeeModeSelf('id', { withhold: ['employee.managerId'] }),
  },
  /** Loads the Demo BV organisation: into an empty workforce, or over the current one with replace: true. */
  'workforce.loadDemo': {
    input: z.object({ replace: z.boolean().optional() }).strict(),
    output: phantom<{ organisation: string; employees: number }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'audit.list': {
    input: z
      .object({ entity: z.string().max(100).optional(), entityId: z.string().max(200).optional(), limit: pageLimitSchema.optional(), beforeId: positiveIntSchema.optional() })
      .strict(),
    output: phantom<{ entries: AuditEntryDto[] }>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
  'settings.get': { input: empty, output: phantom<Settings>(), employeeMode: employeeModeAny() },
  'settings.update': {
    input: z
      .object({
        language: langSchema.optional(),
        minGroupSize: z.number().int().min(3).max(50).optional(),
        pseudonymised: z.boolean().optional(),
      })
      .strict(),
    output: phantom<Settings>(),
    employeeMode: EMPLOYEE_MODE_NONE,
  },
} as const;
