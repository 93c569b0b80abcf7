/**
 * The one typed API contract: method name → zod input schema + the output type (phantom).
 * The Electron IPC, the browser twin and the CLI all go through it. The renderer imports it as a type only.
 */
import { z } from 'zod';
import type {
  AppInfo,
  AuditEntryDto,
  DatasetStats,
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
} from './dto';
import { scenarioNameSchema, scenarioSchema } from './schemas';
import type { Source } from '../domain/types';

// zod 4 probes `new Function` to JIT parsers; under the renderer's CSP that logs an error (TOOLCHAIN G5).
z.config({ jitless: true });

const phantom = <T>() => undefined as unknown as T;

export const langSchema = z.enum(['en', 'nl']);
const roleCode = z.string().regex(/^(\d{2}-\d{4}\.\d{2}|ovs-[a-z0-9-]+)$/, 'expected a role code like 43-4051.00 or ovs-<slug>');
const reason = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);
const labelSource = z.enum(['human', 'gpt4', 'average', 'cautious']);
const empty = z.object({}).strict();
const withLang = z.object({ lang: langSchema.optional() }).strict();

export const contract = {
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

export type Contract = typeof contract;
export type ApiMethod = keyof Contract;
/** What a caller passes (before defaults). */
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ApiParsed<M extends ApiMethod> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = Contract[M]['output'];

export interface CallContext {
  /** Who acts, for the audit log: the OS user, `--user`, or the configured name. */
  actor: string;
  /** Push a progress event for long work. */
  progress?: (event: { jobId: string; label: string; done: number; total: number }) => void;
  /** Set when the caller gave up (window closed, Cancel pressed). */
  signal?: { readonly aborted: boolean };
}

export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsed<M>, ctx: CallContext) => Promise<ApiOutput<M>> | ApiOutput<M>;
};

export const API_METHODS = Object.keys(contract) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
