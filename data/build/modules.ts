import type { LearningFormat, LearningModule, Role, Skill } from '../../shared/domain/types';
import { S } from './sources';
import { cited, round } from './util';

/**
 * Hours to reach job-ready level 3 from 0, per skill family (EVIDENCE.md H), and the evidence for it.
 * `practice` adds the 50% on-the-job time H recommends for the longer families.
 */
interface Family {
  key: string;
  hoursToL3: number;
  practice: boolean;
  sources: string[];
  en: string;
  nl: string;
}

const FAMILIES: Record<string, Family> = {
  aiLiteracy: { key: 'ai-literacy', hoursToL3: 8, practice: false, sources: [S.aiCourses, S.aiAct], en: 'EVIDENCE.md H: AI literacy / prompting 8 h to job-ready (courses state 4–9 h)', nl: 'EVIDENCE.md H: AI-geletterdheid / prompten 8 u tot inzetbaar niveau (cursussen noemen 4–9 u)' },
  knowledge: { key: 'knowledge-management', hoursToL3: 60, practice: false, sources: [S.assumption, S.gartnerCs], en: 'EVIDENCE.md H: knowledge management 60 h to job-ready (assumption)', nl: 'EVIDENCE.md H: kennismanagement 60 u tot inzetbaar niveau (aanname)' },
  conversation: { key: 'conversation-design', hoursToL3: 120, practice: true, sources: [S.convDesign], en: 'EVIDENCE.md H: conversation design 120 h (weak source) plus 50% on-the-job practice', nl: 'EVIDENCE.md H: conversatieontwerp 120 u (zwakke bron) plus 50% oefenen in het werk' },
  automation: { key: 'marketing-automation', hoursToL3: 120, practice: true, sources: [S.hubspotAcademy, S.assumption], en: 'EVIDENCE.md H: marketing automation 120 h (one vendor certification path plus supervised practice; assumption) plus 50% on-the-job practice', nl: 'EVIDENCE.md H: marketingautomatisering 120 u (één certificeringstraject van een leverancier plus begeleide praktijk; aanname) plus 50% oefenen in het werk' },
  // The 200-h certificate covers the whole family (data literacy, analytics tools, statistics, SQL, mathematics),
  // so one skill of it takes a quarter: charging 200 h per skill would count the certificate four times over.
  data: { key: 'data-analytics', hoursToL3: 50, practice: true, sources: [S.googleData], en: 'EVIDENCE.md H: data analytics 200 h to job-ready for the whole family (Google certificate pace 180–240 h), spread over its four core skills (50 h each), plus 50% on-the-job practice', nl: 'EVIDENCE.md H: data-analyse 200 u tot inzetbaar niveau voor de hele familie (tempo Google-certificaat 180–240 u), verdeeld over de vier kernvaardigheden (50 u elk), plus 50% oefenen in het werk' },
  programming: { key: 'programming', hoursToL3: 70, practice: true, sources: [S.googleData, S.assumption], en: 'Assumption: programming and data engineering take somewhat longer per skill than the data-analytics family (70 h each to job-ready) plus 50% practice', nl: 'Aanname: programmeren en data-engineering kosten per vaardigheid iets meer dan de familie data-analyse (70 u elk tot inzetbaar niveau) plus 50% oefenen' },
  aiAdvanced: { key: 'ai-advanced', hoursToL3: 60, practice: false, sources: [S.assumption, S.aiCourses], en: 'Assumption: applied AI skills beyond literacy set at 60 h, like knowledge management', nl: 'Aanname: toegepaste AI-vaardigheden voorbij geletterdheid op 60 u gezet, net als kennismanagement' },
  tool: { key: 'tool', hoursToL3: 24, practice: false, sources: [S.assumption, S.cbsTraining], en: 'Assumption: a software tool takes 24 h to job-ready, below one average company course (35–36 h, CBS/CVTS)', nl: 'Aanname: een softwaretool kost 24 u tot inzetbaar niveau, minder dan één gemiddelde bedrijfscursus (35–36 u, CBS/CVTS)' },
  general: { key: 'general', hoursToL3: 36, practice: false, sources: [S.cbsTraining, S.assumption], en: 'One average company course per participant (35–36 h, CBS/CVTS) taken as the time to job-ready in a general skill or knowledge area (assumption)', nl: 'Eén gemiddelde bedrijfscursus per deelnemer (35–36 u, CBS/CVTS) genomen als de tijd tot inzetbaar niveau in een algemene vaardigheid of kennisgebied (aanname)' },
};

function familyOf(skill: Skill): Family {
  const id = skill.id;
  if (id === 'ovs:ai-literacy' || id === 'ovs:prompting-and-evaluating-ai-output' || id === 'ovs:responsible-ai') return FAMILIES.aiLiteracy;
  if (id === 'ovs:knowledge-management') return FAMILIES.knowledge;
  if (id === 'ovs:conversation-design') return FAMILIES.conversation;
  if (id === 'ovs:marketing-automation' || id === 'tech:sales-marketing-software') return FAMILIES.automation;
  if (['ovs:data-literacy', 'tech:analytics-bi', 'tech:statistical-software', 'tech:data-mining-ml', 'onet:2.C.4.a', 'onet:2.A.1.e'].includes(id)) return FAMILIES.data;
  if (['onet:2.B.3.e', 'tech:python', 'tech:sql-databases', 'tech:software-development', 'tech:web-development'].includes(id)) return FAMILIES.programming;
  if (skill.category === 'ai') return FAMILIES.aiAdvanced;
  if (skill.category === 'technology') return FAMILIES.tool;
  return FAMILIES.general;
}

/** Share of the hours-to-level-3 each one-level step takes; advanced steps cost more (assumption). */
const STEP_FACTOR = [0.2, 0.3, 0.5, 0.8, 1.2];
/** Direct cost per hour: €1,300 per 35-h course (midpoint of CBS €1,100–1,500 per participant), by format. */
const EUR_PER_HOUR = 1300 / 35;
const FORMAT_COST: Record<LearningFormat, number> = { 'e-learning': 0.4, classroom: 1, workshop: 1, certificate: 1.2, bootcamp: 1.5, 'on-the-job': 0 };

function formatFor(fam: Family, from: number): LearningFormat {
  if (from >= 3) return 'on-the-job';
  if (from === 0) return 'e-learning';
  if (fam.key === 'tool' || fam.key === 'marketing-automation') return from === 2 ? 'certificate' : 'e-learning';
  if (fam.key === 'data-analytics' || fam.key === 'programming') return from === 2 ? 'bootcamp' : 'classroom';
  return 'workshop';
}

/** Cross-skill prerequisites at the first step: learn AI literacy before any applied AI skill, etc. Acyclic by construction (targets are basics). */
const CROSS_PREREQS: Record<string, string[]> = {
  'ovs:prompting-and-evaluating-ai-output': ['ovs:ai-literacy'],
  'ovs:conversation-design': ['ovs:prompting-and-evaluating-ai-output'],
  'ovs:ai-assisted-content-workflows': ['ovs:prompting-and-evaluating-ai-output'],
  'ovs:ai-quality-review': ['ovs:prompting-and-evaluating-ai-output'],
  'ovs:ai-workflow-automation': ['ovs:prompting-and-evaluating-ai-output', 'ovs:data-literacy'],
  'ovs:responsible-ai': ['ovs:ai-literacy'],
  'ovs:knowledge-management': ['ovs:ai-literacy'],
  'ovs:marketing-automation': ['ovs:data-literacy'],
  'tech:analytics-bi': ['ovs:data-literacy'],
  'tech:statistical-software': ['ovs:data-literacy'],
  'tech:data-mining-ml': ['ovs:data-literacy'],
  'tech:sql-databases': ['ovs:data-literacy'],
  'tech:python': ['ovs:data-literacy'],
};

const levelWord = (l: number): [string, string] =>
  [
    ['none', 'geen'],
    ['basic', 'basis'],
    ['working', 'werkend'],
    ['job-ready', 'inzetbaar'],
    ['advanced', 'gevorderd'],
    ['expert', 'expert'],
  ][l] as [string, string];

export const moduleId = (skillId: string, from: number): string => `mod:${skillId}:${from}-${from + 1}`;

export function buildModules(skills: Skill[], roles: Role[]): LearningModule[] {
  // Each skill gets one-level steps up to the highest level any role asks (rounded up), so every gap closes by a chain.
  const maxLevel = new Map<string, number>();
  for (const r of roles) for (const req of r.skills) maxLevel.set(req.skillId, Math.max(maxLevel.get(req.skillId) ?? 0, Math.ceil(req.level - 1e-9)));
  // Skills named as cross prerequisites need at least their first step.
  for (const [skillId, prereqs] of Object.entries(CROSS_PREREQS))
    if ((maxLevel.get(skillId) ?? 0) > 0) for (const p of prereqs) maxLevel.set(p, Math.max(maxLevel.get(p) ?? 0, 1));

  const modules: LearningModule[] = [];
  for (const skill of skills) {
    const top = Math.min(5, maxLevel.get(skill.id) ?? 0);
    const fam = familyOf(skill);
    for (let from = 0; from < top; from++) {
      const format = formatFor(fam, from);
      const practice = fam.practice && from >= 1 ? 1.5 : 1;
      const hours = Math.max(1, round(fam.hoursToL3 * STEP_FACTOR[from] * practice, 0));
      const cost = round((hours * EUR_PER_HOUR * FORMAT_COST[format]) / 10, 0) * 10;
      const prerequisites = from > 0 ? [moduleId(skill.id, from - 1)] : (CROSS_PREREQS[skill.id] ?? []).map((p) => moduleId(p, 0));
      const [wEn, wNl] = levelWord(from + 1);
      const vendorCert = format === 'certificate' && skill.category === 'technology';
      modules.push({
        id: moduleId(skill.id, from),
        title: { en: `${skill.name.en}: ${from} → ${from + 1} (${wEn})`, nl: `${skill.name.nl}: ${from} → ${from + 1} (${wNl})`, nlSource: 'overstap' },
        skillId: skill.id,
        fromLevel: from,
        toLevel: from + 1,
        hours,
        cost,
        format,
        language: vendorCert ? 'en' : 'nl',
        prerequisites: prerequisites.sort(),
        basis: cited(
          null,
          [...new Set([S.assumption, ...fam.sources])],
          `${fam.en}. This step takes ${Math.round(STEP_FACTOR[from] * 100)}% of that${practice > 1 ? ', ×1.5 for practice' : ''}. Cost: €1,300 per 35 h course (CBS €1,100–1,500 per participant) × ${FORMAT_COST[format]} for ${format}.`,
          `${fam.nl}. Deze stap kost ${Math.round(STEP_FACTOR[from] * 100)}% daarvan${practice > 1 ? ', ×1,5 voor oefenen' : ''}. Kosten: € 1.300 per cursus van 35 u (CBS € 1.100–1.500 per deelnemer) × ${String(FORMAT_COST[format]).replace('.', ',')} voor ${format}.`,
          true,
        ),
      });
    }
  }
  return modules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
