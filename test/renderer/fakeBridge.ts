/**
 * A fake HrBridge for renderer tests: built from a Partial of handlers, answering with the same Result
 * envelope as the real doors. Unknown methods answer UNKNOWN_METHOD; a thrown FakeApiFailure becomes its code.
 */
import type { ApiEventName, ApiEvents, HrBridge } from '../../shared/api/bridge';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { RoleListItem, Settings, TaskListItem } from '../../shared/api/dto';
import type { ApiIssue, ErrorCode, Result } from '../../shared/api/result';
import type { Lang } from '../../shared/domain/types';

export type FakeHandlers = Partial<{ [M in ApiMethod]: (input: ApiInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> }>;

export class FakeApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
  }
}

interface FakeBridge extends HrBridge {
  calls: { method: string; input: unknown }[];
  callsOf<M extends ApiMethod>(method: M): ApiInput<M>[];
  emit<E extends ApiEventName>(name: E, payload: ApiEvents[E]): void;
}

export function createFakeBridge(handlers: FakeHandlers): FakeBridge {
  const calls: { method: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    calls,
    callsOf: <M extends ApiMethod>(method: M) => calls.filter((c) => c.method === method).map((c) => c.input as ApiInput<M>),
    async invoke(method, input): Promise<Result<unknown>> {
      calls.push({ method, input });
      const handler = (handlers as Record<string, ((i: unknown) => unknown) | undefined>)[method];
      if (!handler) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method: ${method}` } };
      try {
        return { ok: true, data: await handler(input) };
      } catch (error) {
        if (error instanceof FakeApiFailure)
          return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
        return { ok: false, error: { code: 'INTERNAL', message: 'Internal error' } };
      }
    },
    onEvent(name, callback) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const cb = callback as (payload: unknown) => void;
      set.add(cb);
      return () => set.delete(cb);
    },
    emit(name, payload) {
      for (const cb of listeners.get(name) ?? []) cb(payload);
    },
  };
}

// ---------- a tiny catalogue ----------

type Bilingual = { en: string; nl: string };
const roleTitles: Record<string, Bilingual> = {
  '43-4051.00': { en: 'Customer Service Representatives', nl: 'Klantenservicemedewerkers' },
  '11-2021.00': { en: 'Marketing Managers', nl: 'Marketingmanagers' },
  'ovs-ai-content-specialist': { en: 'AI Content Specialist', nl: 'AI-contentspecialist' },
  'ovs-prompt-ops': { en: 'Prompt Operations Lead', nl: 'Leider promptoperaties' },
};

const ROLES: Omit<RoleListItem, 'title'>[] = [
  { code: '43-4051.00', family: 'current', isTarget: false, jobZone: 2, domain: 'customer service', headcount: 1234 },
  { code: '11-2021.00', family: 'current', isTarget: false, jobZone: 4, domain: 'marketing', headcount: 14 },
  { code: 'ovs-ai-content-specialist', family: 'target', isTarget: true, jobZone: 3, domain: 'content', headcount: 0 },
  { code: 'ovs-prompt-ops', family: 'emerging', isTarget: true, jobZone: 4, domain: 'data & IT', headcount: 1 },
];

type FakeTask = Omit<TaskListItem, 'statement' | 'translated' | 'disagreement' | 'categoryRule' | 'aiUsageSignal' | 'humanCritical' | 'dwaIds' | 'source'> & { statement: Bilingual; nlTranslated: boolean };

/** The evidence fields every fake task carries (a rule, a usage signal, O*NET as the source). */
const EVIDENCE = { categoryRule: 'iwa:4.A.4.a.5.I01', aiUsageSignal: 0.31, humanCritical: false, dwaIds: ['4.A.4.a.5.I01.D01'], source: 'onet' as const };

const TASKS: Record<string, FakeTask[]> = {
  '43-4051.00': [
    { id: '3224', statement: { en: 'Answer customer questions by phone and e-mail', nl: 'Klantvragen beantwoorden per telefoon en e-mail' }, nlTranslated: true, category: 'customer_inquiries', type: 'core', humanExposure: 'E1', gpt4Exposure: 'E2', gpt4Automation: 'T2', timeShare: 0.4 },
    { id: '3225', statement: { en: 'Resolve complaints about products', nl: 'Klachten over producten afhandelen' }, nlTranslated: false, category: 'customer_inquiries', type: 'core', humanExposure: 'E0', gpt4Exposure: 'E0', gpt4Automation: 'T0', timeShare: 0.3 },
    { id: '3226', statement: { en: 'Keep records of customer interactions', nl: 'Klantcontacten vastleggen' }, nlTranslated: true, category: 'coordination_admin', type: 'supplemental', humanExposure: 'E1', gpt4Exposure: 'E1', gpt4Automation: 'T3', timeShare: 0.2 },
    { id: '3227', statement: { en: 'Refer unresolved grievances to supervisors', nl: 'Onopgeloste klachten doorverwijzen naar leidinggevenden' }, nlTranslated: true, category: 'relationship_sales', type: null, humanExposure: null, gpt4Exposure: null, gpt4Automation: null, timeShare: 0.1 },
  ],
  '11-2021.00': [
    { id: '5001', statement: { en: 'Develop pricing strategies', nl: 'Prijsstrategieën ontwikkelen' }, nlTranslated: true, category: 'analytics_research', type: 'core', humanExposure: 'E2', gpt4Exposure: 'E2', gpt4Automation: 'T1', timeShare: 0.6 },
    { id: '5002', statement: { en: 'Direct the hiring of marketing staff', nl: 'De werving van marketingpersoneel leiden' }, nlTranslated: true, category: 'people_leadership', type: 'core', humanExposure: 'E0', gpt4Exposure: 'E1', gpt4Automation: 'T1', timeShare: 0.4 },
  ],
  'ovs-ai-content-specialist': [],
  'ovs-prompt-ops': [],
};

export function listRoles(lang: Lang = 'en', family?: RoleListItem['family']): { roles: RoleListItem[] } {
  return { roles: ROLES.filter((r) => !family || r.family === family).map((r) => ({ ...r, title: roleTitles[r.code][lang] })) };
}

export function listTasks(input: { roleCode: string; lang?: Lang; search?: string }) {
  const lang = input.lang ?? 'en';
  const tasks = TASKS[input.roleCode];
  if (!tasks) throw new FakeApiFailure('NOT_FOUND', `Unknown role: ${input.roleCode}`);
  const needle = input.search?.trim().toLowerCase();
  return {
    role: { code: input.roleCode, title: roleTitles[input.roleCode][lang] },
    tasks: tasks
      .filter((t) => !needle || t.statement.en.toLowerCase().includes(needle) || t.statement.nl.toLowerCase().includes(needle))
      .map(({ statement, nlTranslated, ...t }) => ({
        ...EVIDENCE,
        ...t,
        statement: statement[lang],
        translated: lang === 'nl' && nlTranslated,
        disagreement: t.humanExposure !== null && t.gpt4Exposure !== null && t.humanExposure !== t.gpt4Exposure,
      })),
  };
}

/** Handlers for a working catalogue with persisted settings; override any of them per test. */
export function catalogueHandlers(overrides: FakeHandlers = {}): FakeHandlers & { settings: Settings } {
  const settings: Settings = { language: 'en', minGroupSize: 5, pseudonymised: false };
  return {
    settings,
    'app.info': () => ({ appVersion: '0.1.0', datasetVersion: '2026.1', schemaVersion: 1, organisation: 'Demo Zorgverzekeraar', employees: 1249, language: settings.language }),
    'settings.get': () => ({ ...settings }),
    'settings.update': (input) => {
      if (input.language !== undefined) Object.assign(settings, { language: input.language, languageChosen: true });
      if (input.minGroupSize !== undefined) settings.minGroupSize = input.minGroupSize;
      if (input.pseudonymised !== undefined) settings.pseudonymised = input.pseudonymised;
      return { ...settings };
    },
    'roles.list': (input) => listRoles(input.lang ?? settings.language, input.family),
    'tasks.list': (input) => listTasks({ ...input, lang: input.lang ?? settings.language }),
    ...overrides,
  };
}
