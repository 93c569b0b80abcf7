/**
 * Zod schemas for the embedded dataset and an organisation, mirroring shared/domain/types.ts,
 * plus the referential checks zod cannot express. Pure TS + zod: runs in main, renderer and CLI.
 */
import { z } from 'zod';
import type { Dataset, Organisation } from '../domain/types';
import { TASK_CATEGORIES } from '../domain/types';

// The renderer runs under a CSP without 'unsafe-eval'; zod's JIT would trip it.
z.config({ jitless: true });

const text = z.object({ en: z.string().min(1), nl: z.string().min(1), nlSource: z.enum(['esco', 'overstap']) });
const cited = <T extends z.ZodTypeAny>(value: T) => z.object({ value, sourceIds: z.array(z.string()).min(1), note: text, isAssumption: z.boolean() });
const exposure = z.enum(['E0', 'E1', 'E2']);
const automation = z.enum(['T0', 'T1', 'T2', 'T3', 'T4']);
const category = z.enum(TASK_CATEGORIES);
const unit = z.number().min(0).max(1);

const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  citation: z.string().min(1),
  licence: z.string().min(1),
  url: z.string().optional(),
  strength: z.enum(['P', 'S', 'U', 'A']),
});

const taskSchema = z.object({
  id: z.string().regex(/^(\d+|ovs-t-[a-z0-9-]+)$/),
  roleCode: z.string().min(1),
  statement: text,
  type: z.enum(['core', 'supplemental']).nullable(),
  category,
  categoryRule: z.string().min(1),
  humanExposure: exposure.nullable(),
  gpt4Exposure: exposure.nullable(),
  gpt4Automation: automation.nullable(),
  dwaIds: z.array(z.string()),
  iwaIds: z.array(z.string()),
  aiUsageSignal: unit.nullable(),
  humanCritical: z.boolean(),
  source: z.enum(['onet', 'onet-emerging', 'overstap']),
});

const level = z.number().min(0).max(5);
const skillRequirementSchema = z.object({ skillId: z.string().min(1), level: level.gt(0), importance: z.number().min(1).max(5) });

const roleSchema = z.object({
  code: z.string().regex(/^(\d{2}-\d{4}\.\d{2}|ovs-[a-z0-9-]+)$/),
  title: text,
  description: text,
  family: z.enum(['current', 'target', 'emerging']),
  isTarget: z.boolean(),
  domain: z.string().min(1),
  onetCode: z.string().nullable(),
  socCode: z.string().nullable(),
  escoUris: z.array(z.string()),
  iscoCode: z.string().nullable(),
  jobZone: z.number().int().min(1).max(5),
  alternateTitles: z.object({ en: z.array(z.string()), nl: z.array(z.string()) }),
  salary: cited(z.number().positive()),
  growth: cited(z.number().min(-1).max(1)),
  taskMix: z.array(z.object({ taskId: z.string(), share: unit })).min(1),
  taskMixBasis: z.enum(['onet-ratings', 'paper-weights', 'overstap']),
  skills: z.array(skillRequirementSchema).min(1),
  skillsBasis: z.enum(['onet', 'derived', 'overstap']),
  profile: z.array(z.object({ skillId: z.string().min(1), level: z.number().int().min(1).max(5) })).optional(),
  definedBy: z.enum(['onet', 'overstap']),
  reasoning: text.nullable(),
});

const skillSchema = z.object({
  id: z.string().regex(/^(onet|tech|ovs):[A-Za-z0-9.-]+$/),
  name: text,
  description: text.nullable(),
  category: z.enum(['skill', 'knowledge', 'technology', 'ai', 'work_style']),
  externalIds: z.object({ onet: z.string().optional(), esco: z.string().optional() }),
  definedBy: z.enum(['onet', 'esco', 'overstap']),
});

const moduleSchema = z
  .object({
    id: z.string().min(1),
    title: text,
    skillId: z.string().min(1),
    fromLevel: z.number().int().min(0).max(4),
    toLevel: z.number().int().min(1).max(5),
    hours: z.number().positive(),
    cost: z.number().min(0),
    format: z.enum(['e-learning', 'classroom', 'workshop', 'on-the-job', 'certificate', 'bootcamp']),
    language: z.enum(['en', 'nl']),
    prerequisites: z.array(z.string()),
    basis: cited(z.null()),
  })
  .refine((m) => m.fromLevel < m.toLevel, { message: 'fromLevel must be below toLevel' });

const curve = z.object({ midpoint: z.number(), steepness: z.number().positive(), ceiling: unit });
const perCategory = z.object(Object.fromEntries(TASK_CATEGORIES.map((c) => [c, cited(curve)])) as Record<(typeof TASK_CATEGORIES)[number], ReturnType<typeof cited<typeof curve>>>);
const exposureAssumptions = z.object({
  augmentationByExposure: z.object({ E0: unit, E1: unit, E2: unit }),
  automationByLevel: z.object({ T0: unit, T1: unit, T2: unit, T3: unit, T4: unit }),
  realismFactor: unit,
});
const presets = <T extends z.ZodTypeAny>(v: T) => z.object({ conservative: v, expected: v, accelerated: v });
const num = cited(z.number());

const assumptionsSchema = z.object({
  adoptionPresets: presets(perCategory),
  exposurePresets: presets(cited(exposureAssumptions)),
  defaults: z.object({
    reinvestAutomated: num,
    reinvestAugmented: num,
    attritionCustomerService: num,
    attritionOther: num,
    attritionOutsourced: num.optional(),
    fixedTermRenewal: num.optional(),
    weeklyLearningHours: num,
    recruitingCost: num,
    agencyRecruitingShare: num,
    onboardingMonthsAgent: num,
    onboardingMonthsProfessional: num,
    onboardingProductivity: num,
    employerOnCost: num,
    transitionPaymentCap: num,
    annualHoursPerFte: num,
    openingsPerAutomatedFte: num,
  }),
  openingDrivers: z.array(z.object({ roleCode: z.string(), category, perFreedFte: z.number().min(0), note: text })),
});

const datasetSchema = z.object({
  version: z.string().min(1),
  generatedFrom: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
  roles: z.array(roleSchema).min(1),
  tasks: z.array(taskSchema).min(1),
  skills: z.array(skillSchema).min(1),
  modules: z.array(moduleSchema),
  assumptions: assumptionsSchema,
  methods: z.array(z.object({ id: z.string().min(1), title: text, body: text })),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

const employeeSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullable(),
  roleCode: z.string().min(1),
  roleToReview: z.boolean(),
  fte: z.number().gt(0).max(1.5),
  weeklyHours: z.number().min(0).max(60),
  department: z.string(),
  location: z.string(),
  managerId: z.string().nullable(),
  team: z.string().nullable().optional(),
  startDate: isoDate,
  contractType: z.enum(['permanent', 'temporary', 'outsourced']),
  salary: z.number().positive().nullable(),
  skills: z.array(z.object({ skillId: z.string().min(1), level, source: z.enum(['self', 'manager', 'learning', 'inferred']) })),
  ageBand: z.enum(['<25', '25-34', '35-44', '45-54', '55+']).nullable().optional(),
  gender: z.enum(['female', 'male', 'other']).nullable().optional(),
  consents: z.array(z.object({ field: z.enum(['ageBand', 'gender']), purpose: z.literal('fairness-audit'), givenAt: isoDateTime, recordedBy: z.string().min(1) })),
  objection: z.object({ since: isoDate, reason: z.string() }).nullable(),
});

const organisationSchema = z.object({
  name: z.string().min(1),
  isDemo: z.boolean(),
  seed: z.number().int().nullable(),
  employees: z.array(employeeSchema),
});

function formatZodError(what: string, error: z.ZodError): Error {
  const lines = error.issues.slice(0, 10).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = error.issues.length > 10 ? `\n  … and ${error.issues.length - 10} more` : '';
  return new Error(`Invalid ${what}:\n  ${lines.join('\n  ')}${more}`);
}

function fail(what: string, problems: string[]): never {
  const shown = problems.slice(0, 10);
  throw new Error(`Invalid ${what}:\n  ${shown.join('\n  ')}${problems.length > 10 ? `\n  … and ${problems.length - 10} more` : ''}`);
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Walks `next` from every node; returns one cycle as a list of ids, or null. */
function findCycle(nodes: string[], next: (id: string) => string[]): string[] | null {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    const s = state.get(id);
    if (s === 2) return null;
    if (s === 1) return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 1);
    stack.push(id);
    for (const n of next(id)) {
      const c = visit(n);
      if (c) return c;
    }
    stack.pop();
    state.set(id, 2);
    return null;
  };
  for (const id of nodes) {
    const c = visit(id);
    if (c) return c;
  }
  return null;
}

/** Every skill a target role requires at level L must be reachable from 0 to ≥ L through modules of that skill. */
function reachableLevel(modulesBySkill: Map<string, { fromLevel: number; toLevel: number }[]>, skillId: string): number {
  const mods = modulesBySkill.get(skillId) ?? [];
  let reach = 0;
  let grew = true;
  while (grew) {
    grew = false;
    for (const m of mods)
      if (m.fromLevel <= reach && m.toLevel > reach) {
        reach = m.toLevel;
        grew = true;
      }
  }
  return reach;
}

export function validateDataset(data: unknown): Dataset {
  const parsed = datasetSchema.safeParse(data);
  if (!parsed.success) throw formatZodError('dataset', parsed.error);
  const d = parsed.data as Dataset;
  const problems: string[] = [];
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const taskIds = new Set(d.tasks.map((x) => x.id));
  const skillIds = new Set(d.skills.map((s) => s.id));
  const roleCodes = new Set(d.roles.map((r) => r.code));
  const moduleIds = new Set(d.modules.map((m) => m.id));

  for (const [what, ids] of [['source', d.sources.map((s) => s.id)], ['role', d.roles.map((r) => r.code)], ['task', d.tasks.map((x) => x.id)], ['skill', d.skills.map((s) => s.id)], ['module', d.modules.map((m) => m.id)]] as const)
    for (const dup of duplicates([...ids])) problems.push(`duplicate ${what} id "${dup}"`);

  const checkCited = (where: string, c: { sourceIds: string[] }) => {
    for (const id of c.sourceIds) if (!sourceIds.has(id)) problems.push(`${where}: cites unknown source "${id}"`);
  };

  for (const r of d.roles) {
    const where = `role ${r.code}`;
    checkCited(`${where}.salary`, r.salary);
    checkCited(`${where}.growth`, r.growth);
    let sum = 0;
    for (const m of r.taskMix) {
      if (!taskIds.has(m.taskId)) problems.push(`${where}: taskMix names unknown task "${m.taskId}"`);
      sum += m.share;
    }
    if (Math.abs(sum - 1) > 1e-6) problems.push(`${where}: taskMix shares sum to ${sum}, not 1`);
    if (r.skills.length === 0) problems.push(`${where}: has no skill requirements`);
    for (const s of r.skills) if (!skillIds.has(s.skillId)) problems.push(`${where}: requires unknown skill "${s.skillId}"`);
    for (const s of r.profile ?? []) if (!skillIds.has(s.skillId)) problems.push(`${where}: profile names unknown skill "${s.skillId}"`);
    if (r.family === 'emerging' && !r.isTarget) problems.push(`${where}: emerging roles must be targets`);
    if (r.definedBy === 'overstap' && !r.reasoning) problems.push(`${where}: roles defined by Overstap need reasoning`);
  }
  for (const task of d.tasks) if (!roleCodes.has(task.roleCode)) problems.push(`task ${task.id}: roleCode "${task.roleCode}" is not a role`);

  const modulesBySkill = new Map<string, LearningModuleLite[]>();
  for (const m of d.modules) {
    if (!skillIds.has(m.skillId)) problems.push(`module ${m.id}: unknown skill "${m.skillId}"`);
    for (const p of m.prerequisites) if (!moduleIds.has(p)) problems.push(`module ${m.id}: unknown prerequisite "${p}"`);
    checkCited(`module ${m.id}.basis`, m.basis);
    const arr = modulesBySkill.get(m.skillId) ?? [];
    arr.push(m);
    modulesBySkill.set(m.skillId, arr);
  }
  const prereqs = new Map(d.modules.map((m) => [m.id, m.prerequisites.filter((p) => moduleIds.has(p))]));
  const cycle = findCycle(
    d.modules.map((m) => m.id),
    (id) => prereqs.get(id) ?? [],
  );
  if (cycle) problems.push(`module prerequisites form a cycle: ${cycle.join(' → ')}`);

  // Gap closability: every level a target role asks must be reachable from 0, for any current role.
  for (const r of d.roles) {
    if (!r.isTarget) continue;
    for (const s of r.skills) {
      const reach = reachableLevel(modulesBySkill, s.skillId);
      if (reach + 1e-9 < s.level) problems.push(`gap not closable: role ${r.code} requires ${s.skillId} at ${s.level}, modules reach only ${reach}`);
    }
  }

  const a = d.assumptions;
  for (const p of ['conservative', 'expected', 'accelerated'] as const) {
    for (const c of TASK_CATEGORIES) checkCited(`assumptions.adoptionPresets.${p}.${c}`, a.adoptionPresets[p][c]);
    checkCited(`assumptions.exposurePresets.${p}`, a.exposurePresets[p]);
  }
  for (const [k, v] of Object.entries(a.defaults)) if (v) checkCited(`assumptions.defaults.${k}`, v);
  for (const o of a.openingDrivers) if (!roleCodes.has(o.roleCode)) problems.push(`assumptions.openingDrivers: unknown role "${o.roleCode}"`);

  if (problems.length) fail('dataset', problems);
  return d;
}

type LearningModuleLite = { fromLevel: number; toLevel: number };

export function validateOrganisation(data: unknown, dataset: Dataset): Organisation {
  const parsed = organisationSchema.safeParse(data);
  if (!parsed.success) throw formatZodError('organisation', parsed.error);
  const org = parsed.data as Organisation;
  const problems: string[] = [];
  const roleCodes = new Set(dataset.roles.map((r) => r.code));
  const skillIds = new Set(dataset.skills.map((s) => s.id));
  const ids = new Set(org.employees.map((e) => e.id));
  for (const dup of duplicates(org.employees.map((e) => e.id))) problems.push(`duplicate employee id "${dup}"`);
  const manager = new Map<string, string | null>();
  for (const e of org.employees) {
    const where = `employee ${e.id}`;
    if (!roleCodes.has(e.roleCode)) problems.push(`${where}: unknown role "${e.roleCode}"`);
    for (const s of e.skills) if (!skillIds.has(s.skillId)) problems.push(`${where}: unknown skill "${s.skillId}"`);
    if (e.managerId !== null && !ids.has(e.managerId)) problems.push(`${where}: manager "${e.managerId}" does not exist`);
    if (e.managerId === e.id) problems.push(`${where}: is their own manager`);
    manager.set(e.id, e.managerId);
    const consented = new Set(e.consents.map((c) => c.field));
    if (e.ageBand != null && !consented.has('ageBand')) problems.push(`${where}: has ageBand without a consent record`);
    if (e.gender != null && !consented.has('gender')) problems.push(`${where}: has gender without a consent record`);
  }
  const cycle = findCycle(
    org.employees.map((e) => e.id),
    (id) => {
      const m = manager.get(id);
      return m && ids.has(m) ? [m] : [];
    },
  );
  if (cycle) problems.push(`managers form a cycle: ${cycle.join(' → ')}`);
  if (problems.length) fail('organisation', problems);
  return org;
}
