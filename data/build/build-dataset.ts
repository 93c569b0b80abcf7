import { mkdirSync, writeFileSync } from 'node:fs';
import { rewriteTexts } from './reader-text';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Dataset, Role, SkillRequirement, Task, TaskShare } from '../../shared/domain/types';
import { buildAssumptions } from './assumptions';
import { readCsv, type Row } from './csv';
import { buildDemoOrganisation } from './demo-org';
import { EMERGING_ROLES } from './emerging-roles';
import { buildMethods } from './methods';
import { buildModules } from './modules';
import {
  aiRequirements,
  blendRatings,
  escoDerivedSkillIds,
  mergeRequirements,
  onetRatingsByRole,
  selectOnetRequirements,
  similarRatedRoles,
  taskProfile,
  techRequirements,
  UNLEVELLED_CAP,
} from './requirements';
import { annualGrowth, buildOnetRole, escoByLabel, overstapTaskFor } from './roles';
import { buildSkills } from './skills';
import { S, buildSources } from './sources';
import { roleTaskMix } from './task-mix';
import { buildTasks, readTranslations } from './tasks';
import { byKey, cited, groupBy, normaliseShares, round, stableStringify, t } from './util';

const DATASET_VERSION = '2026.11.2';
const GENERATED_FROM =
  'O*NET 29.3 (May 2025); GPTs-are-GPTs labels (openai/GPTs-are-GPTs 0471612); Microsoft Working with AI (84c4eba); Nesta Mapping Career Causeways (cb8c57a); ESCO v1.1.1 (+ NL labels); BLS EP 2024–34; BLS OEWS May 2025; EVIDENCE.md 2026-11';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
const translationsDir = path.join(here, 'translations');

export function defaultSourcesDir(): string {
  return process.env.OVERSTAP_DATA_SOURCES ?? path.resolve(repoRoot, '..', 'shared', 'data-sources');
}

interface BuildResult {
  /** Compact, key-sorted JSON: exactly the bytes written to data/dataset.json. */
  dataset: string;
  organisation: string;
  missingDutch: string[];
}

/**
 * The whole levels a person in the role typically holds: every level O*NET rates for the occupation
 * (LV × 5/7, rounded like requirements), raised to the role's requirements; zeros are left out.
 */
function roleProfile(full: { skillId: string; level: number }[], reqs: SkillRequirement[]): { skillId: string; level: number }[] {
  const m = new Map<string, number>();
  for (const p of full) m.set(p.skillId, Math.round(p.level));
  for (const r of reqs) m.set(r.skillId, Math.max(m.get(r.skillId) ?? 0, r.level));
  return [...m].filter(([, level]) => level >= 1).map(([skillId, level]) => ({ skillId, level: Math.min(5, level) })).sort(byKey((x) => x.skillId));
}

function buildDatasetObjects(src: string, opts: { translationsDir?: string } = {}) {
  const occRows = readCsv(src, 'onet/occupations.csv');
  const codes = occRows.map((r) => r.onetsoc_code).sort();
  const selected = new Set(codes);
  const translations = readTranslations(opts.translationsDir ?? translationsDir);
  const { tasks: onetTasks, missingDutch, ratings } = buildTasks(src, selected, translations);
  const tasksByRole = groupBy(onetTasks, (x) => x.roleCode);

  const ep = new Map(readCsv(src, 'bls/employment_projections.csv').map((r) => [r.onetsoc_code, r]));
  const oews = new Map(readCsv(src, 'bls/oews_wages.csv').map((r) => [r.onetsoc_code, r]));
  const titles = groupBy(readCsv(src, 'onet/alternate_titles.csv'), (r) => r.onetsoc_code);
  const esco = escoByLabel(readCsv(src, 'esco/occupations.csv'));
  const techRows = groupBy(readCsv(src, 'onet/technology_skills.csv'), (r) => r.onetsoc_code);
  const skillRows = readCsv(src, 'onet/skills.csv');
  const knowledgeRows = readCsv(src, 'onet/knowledge.csv');
  const ratingsByRole = onetRatingsByRole([...skillRows, ...knowledgeRows]);
  const elements = new Map(readCsv(src, 'onet/content_model_elements.csv').map((r) => [r.element_id, { name: r.element_name, description: r.description }]));
  const onetElementIds = [...new Set([...skillRows, ...knowledgeRows].map((r) => r.element_id))].sort();
  const skills = buildSkills(elements, onetElementIds);
  const skillIds = new Set(skills.map((s) => s.id));

  // ESCO essential skills per occupation URI, for the derived requirements of unrated roles.
  const escoSkillLabel = new Map(readCsv(src, 'esco/skills.csv').map((r) => [r.skill_uri, r.label_en]));
  const essentialByOcc = new Map<string, string[]>();
  for (const r of readCsv(src, 'esco/occupation_skill_relations.csv')) {
    if (r.relation_type !== 'essential') continue;
    const arr = essentialByOcc.get(r.esco_uri) ?? [];
    arr.push(escoSkillLabel.get(r.skill_uri) ?? '');
    essentialByOcc.set(r.esco_uri, arr);
  }

  const dwaSets = new Map<string, Set<string>>();
  for (const task of onetTasks) {
    const set = dwaSets.get(task.roleCode) ?? new Set<string>();
    task.dwaIds.forEach((d) => set.add(d));
    dwaSets.set(task.roleCode, set);
  }
  const ratedCodes = codes.filter((c) => ratingsByRole.has(c));
  const tasksById = new Map<string, Task>(onetTasks.map((x) => [x.id, x]));

  const derivation: Record<string, { from: { code: string; sim: number }[]; escoSkills: string[] }> = {};
  // The full O*NET level profile of each role (every rated skill and knowledge area, not only the selected
  // requirements): the demo organisation's people hold these levels too, as real staff do.
  const fullProfiles = new Map<string, { skillId: string; level: number }[]>();
  const roles: Role[] = occRows.map((occ) => {
    const code = occ.onetsoc_code;
    const { taskMix, basis } = roleTaskMix(tasksByRole.get(code) ?? [], ratings);
    // AI-adjacent target roles ask one level more AI literacy (roles curated as targets, like team lead, do not).
    const isTarget = occ.selection_group !== 'current_role';
    const profile = taskProfile(taskMix, tasksById);
    let onetReqs: SkillRequirement[];
    let skillsBasis: Role['skillsBasis'];
    if (ratingsByRole.has(code)) {
      onetReqs = selectOnetRequirements(ratingsByRole.get(code)!);
      fullProfiles.set(code, ratingsByRole.get(code)!.map((x) => ({ skillId: `onet:${x.id}`, level: x.level })));
      skillsBasis = 'onet';
    } else {
      const from = similarRatedRoles(code, dwaSets, ratedCodes);
      const blendedAll = blendRatings(from, ratingsByRole);
      fullProfiles.set(code, blendedAll.map((x) => ({ skillId: `onet:${x.id}`, level: x.level })));
      const blended = selectOnetRequirements(blendedAll);
      const role0 = buildOnetRole({ occ, ep: ep.get(code)!, oews: oews.get(code)!, oewsByCode: oews, titlesEn: [], esco, taskMix, taskMixBasis: basis, skills: [], skillsBasis: 'derived' });
      const labels = role0.escoUris.flatMap((u) => essentialByOcc.get(u) ?? []);
      const escoIds = escoDerivedSkillIds(labels).filter((id) => skillIds.has(id));
      derivation[code] = { from, escoSkills: escoIds };
      // ESCO names essential skills without a level: required at UNLEVELLED_CAP unless the blended O*NET rating asks more.
      onetReqs = mergeRequirements(blended, escoIds.map((id) => ({ skillId: id, level: UNLEVELLED_CAP, importance: 3.5 })));
      skillsBasis = 'derived';
    }
    const reqs = mergeRequirements(onetReqs, techRequirements(techRows.get(code) ?? []), aiRequirements(code, isTarget, profile));
    const role = buildOnetRole({
      occ,
      ep: ep.get(code)!,
      oews: oews.get(code)!,
      oewsByCode: oews,
      titlesEn: [occ.title, ...(titles.get(code) ?? []).map((r: Row) => r.alternate_title)],
      esco,
      taskMix,
      taskMixBasis: basis,
      skills: reqs,
      skillsBasis,
    });
    return { ...role, profile: roleProfile(fullProfiles.get(code) ?? [], reqs) };
  });
  const roleByCode = new Map(roles.map((r) => [r.code, r]));

  const overstapTasks: Task[] = [];
  for (const def of EMERGING_ROLES) {
    const code = `ovs-${def.slug}`;
    const parts: { id: string; weight: number }[] = [];
    for (const c of def.components) {
      const src = roleByCode.get(c.roleCode);
      if (!src) throw new Error(`${code}: component role ${c.roleCode} unknown`);
      const pickable = src.taskMix
        .filter((m) => !c.categories || c.categories.includes(tasksById.get(m.taskId)!.category))
        .sort((a, b) => b.share - a.share || (a.taskId < b.taskId ? -1 : 1))
        .slice(0, c.top);
      if (pickable.length === 0) throw new Error(`${code}: component ${c.roleCode} yields no tasks`);
      const sum = pickable.reduce((s, m) => s + m.share, 0);
      for (const m of pickable) parts.push({ id: m.taskId, weight: (c.weight * m.share) / sum });
    }
    for (const ot of def.tasks) {
      const task = overstapTaskFor(code, ot);
      overstapTasks.push(task);
      parts.push({ id: task.id, weight: ot.weight });
    }
    const merged = new Map<string, number>();
    parts.forEach((p) => merged.set(p.id, (merged.get(p.id) ?? 0) + p.weight));
    const taskMix: TaskShare[] = normaliseShares([...merged.entries()].map(([id, weight]) => ({ id, weight })).sort(byKey((x) => x.id))).map((x) => ({ taskId: x.id, share: x.share }));
    const nearest = roleByCode.get(def.nearest)!;
    roles.push({
      code,
      title: t(def.en, def.nl),
      description: t(def.descEn, def.descNl),
      family: 'emerging',
      isTarget: true,
      domain: def.domain,
      onetCode: null,
      socCode: null,
      escoUris: [],
      iscoCode: nearest.iscoCode,
      jobZone: def.jobZone,
      alternateTitles: { en: [...def.altEn].sort(), nl: [...def.altNl].sort() },
      salary: def.salaryEvidence
        ? cited(def.salary, [S.cbsWages, S.assumption], def.salaryNoteEn, def.salaryNoteNl, true)
        : cited(def.salary, [S.assumption], def.salaryNoteEn, def.salaryNoteNl, true),
      growth: cited(
        def.growth,
        [S.assumption, S.gartnerCs, S.blsEp],
        `Assumption: ${round(def.growth * 100, 1)}% a year. No statistics office counts this role yet; set above the fastest-growing related BLS occupations (data scientists +34% over 2024–34 ≈ ${round(annualGrowth(34) * 100, 1)}%/yr) only where Gartner reports firms are creating such roles.`,
        `Aanname: ${String(round(def.growth * 100, 1)).replace('.', ',')}% per jaar. Geen statistiekbureau telt deze functie nog; gezet rond de snelst groeiende verwante BLS-beroepen (data scientists +34% over 2024–34 ≈ ${String(round(annualGrowth(34) * 100, 1)).replace('.', ',')}%/jr), waar Gartner meldt dat bedrijven zulke functies creëren.`,
        true,
      ),
      taskMix,
      taskMixBasis: 'overstap',
      skills: mergeRequirements(def.skills),
      skillsBasis: 'overstap',
      definedBy: 'overstap',
      reasoning: t(
        `${def.reasonEn} Job zone ${def.jobZone}: ${def.jobZoneWhy}. Tasks marked "Overstap" carry Overstap's assumed exposure labels, not ratings from the GPTs-are-GPTs paper.`,
        `${def.reasonNl} Voorbereidingsniveau (job zone) ${def.jobZone}. Taken gemarkeerd als "Overstap" hebben door Overstap aangenomen blootstellingslabels, geen beoordelingen uit het GPTs-are-GPTs-artikel.`,
      ),
    });
  }

  for (const r of roles) for (const req of r.skills) if (!skillIds.has(req.skillId)) throw new Error(`${r.code}: requirement names unknown skill ${req.skillId}`);
  roles.sort(byKey((r) => r.code));
  const tasks = [...onetTasks, ...overstapTasks].sort((a, b) => {
    const na = /^\d+$/.test(a.id);
    const nb = /^\d+$/.test(b.id);
    if (na && nb) return Number(a.id) - Number(b.id);
    if (na !== nb) return na ? -1 : 1;
    return a.id < b.id ? -1 : 1;
  });
  const modules = buildModules(skills, roles);
  const dataset: Dataset = {
    version: DATASET_VERSION,
    generatedFrom: GENERATED_FROM,
    sources: buildSources(),
    roles,
    tasks,
    skills,
    modules,
    assumptions: buildAssumptions(),
    methods: buildMethods(derivation),
  };
  const organisation = buildDemoOrganisation(dataset, fullProfiles);
  return { dataset, organisation, missingDutch };
}

export function buildDataset(sourcesDir: string = defaultSourcesDir(), opts: { translationsDir?: string } = {}): BuildResult {
  const { dataset, organisation, missingDutch } = buildDatasetObjects(sourcesDir, opts);
  return { dataset: stableStringify(rewriteTexts(dataset)) + '\n', organisation: stableStringify(organisation) + '\n', missingDutch };
}

function main(): void {
  const src = defaultSourcesDir();
  const out = process.env.OVERSTAP_DATA_OUT ?? path.join(repoRoot, 'data');
  const result = buildDataset(src);
  if (result.missingDutch.length) {
    const msg = `${result.missingDutch.length} task(s) have no Dutch translation yet (English used): ${result.missingDutch.join(', ')}`;
    if (process.env.OVERSTAP_REQUIRE_NL === '1') {
      process.stderr.write(`error: ${msg}\n`);
      process.exit(1);
    }
    process.stderr.write(`missingDutch: ${msg}\n`);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'dataset.json'), result.dataset);
  writeFileSync(path.join(out, 'demo-organisation.json'), result.organisation);
  process.stderr.write(`wrote ${path.join(out, 'dataset.json')} (${Buffer.byteLength(result.dataset)} bytes) and demo-organisation.json (${Buffer.byteLength(result.organisation)} bytes)\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
