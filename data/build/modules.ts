import type { LearningFormat, LearningModule, Role, Skill } from '../../shared/domain/types';
import { S } from './sources';
import { cited, round } from './util';

/**
 * Learning-module catalogue. Owns: the skill families, their hour budgets and the one-level steps.
 *
 * A family's budget is the hours to job-ready entry level (3) in the whole family (EVIDENCE.md H:
 * "reskilling hours per skill family"), split evenly over the family's skills, so a path that needs
 * every skill of a family pays the family's budget once, not once per skill. `practice` adds the 50%
 * on-the-job time H recommends for its three longer families.
 */
interface Family {
  key: string;
  /** Hours to job-ready (level 3) in every skill of the family together. */
  budget: number;
  practice: boolean;
  sources: string[];
  en: string;
  nl: string;
}

const FAMILIES: Record<string, Family> = {
  // Elements of AI and the Nationale AI-cursus cover what AI is, how to prompt it and its risks and rules together.
  aiLiteracy: { key: 'ai-literacy', budget: 8, practice: false, sources: [S.aiCourses, S.aiAct], en: 'EVIDENCE.md H: AI literacy / prompting 8 h to job-ready for the family (courses state 4–9 h), shared by AI literacy, prompting and responsible AI', nl: 'EVIDENCE.md H: AI-geletterdheid / prompten 8 u tot inzetbaar niveau voor de familie (cursussen noemen 4–9 u), gedeeld door AI-geletterdheid, prompten en verantwoorde AI' },
  knowledge: { key: 'knowledge-management', budget: 60, practice: false, sources: [S.assumption, S.gartnerCs], en: 'EVIDENCE.md H: knowledge management 60 h to job-ready (assumption)', nl: 'EVIDENCE.md H: kennismanagement 60 u tot inzetbaar niveau (aanname)' },
  conversation: { key: 'conversation-design', budget: 120, practice: true, sources: [S.convDesign], en: 'EVIDENCE.md H: conversation design 120 h to job-ready (weak source) plus 50% on-the-job practice', nl: 'EVIDENCE.md H: conversatieontwerp 120 u tot inzetbaar niveau (zwakke bron) plus 50% oefenen in het werk' },
  automation: { key: 'marketing-automation', budget: 120, practice: true, sources: [S.hubspotAcademy, S.assumption], en: 'EVIDENCE.md H: marketing automation 120 h to job-ready for the family (one vendor certification path plus supervised practice; assumption), shared by marketing automation and sales & marketing software, plus 50% on-the-job practice', nl: 'EVIDENCE.md H: marketingautomatisering 120 u tot inzetbaar niveau voor de familie (één certificeringstraject van een leverancier plus begeleide praktijk; aanname), gedeeld door marketingautomatisering en sales- en marketingsoftware, plus 50% oefenen in het werk' },
  data: { key: 'data-analytics', budget: 200, practice: true, sources: [S.googleData], en: 'EVIDENCE.md H: data analytics 200 h to job-ready for the family (Google certificate pace 180–240 h), shared by its four skills (data literacy, analytics and BI tools, SQL and databases, statistical software), plus 50% on-the-job practice', nl: 'EVIDENCE.md H: data-analyse 200 u tot inzetbaar niveau voor de familie (tempo Google-certificaat 180–240 u), gedeeld door haar vier vaardigheden (datageletterdheid, analyse- en BI-tools, SQL en databases, statistische software), plus 50% oefenen in het werk' },
  programming: { key: 'programming', budget: 140, practice: true, sources: [S.googleData, S.assumption], en: 'Assumption: programming (the O*NET skill Programming and the Python language) 140 h to job-ready for the family, 70 h a skill, somewhat more per skill than data analytics, plus 50% practice', nl: 'Aanname: programmeren (de O*NET-vaardigheid Programmeren en de taal Python) 140 u tot inzetbaar niveau voor de familie, 70 u per vaardigheid, iets meer per vaardigheid dan data-analyse, plus 50% oefenen' },
  aiAdvanced: { key: 'ai-applied', budget: 60, practice: false, sources: [S.assumption, S.aiCourses], en: 'Assumption: an applied AI skill beyond literacy (AI-assisted content workflows, AI quality review, AI workflow automation) is the core of one emerging role, as knowledge management is of another: 60 h to job-ready each, like knowledge management', nl: 'Aanname: een toegepaste AI-vaardigheid voorbij geletterdheid (contentproductie met AI, kwaliteitsbeoordeling van AI, werkprocessen automatiseren met AI) is de kern van één opkomende functie, zoals kennismanagement van een andere: elk 60 u tot inzetbaar niveau, net als kennismanagement' },
  tool: { key: 'tool', budget: 24, practice: false, sources: [S.assumption, S.cbsTraining], en: 'Assumption: one software tool takes 24 h to job-ready, below one average company course (35–36 h, CBS/CVTS)', nl: 'Aanname: één softwaretool kost 24 u tot inzetbaar niveau, minder dan één gemiddelde bedrijfscursus (35–36 u, CBS/CVTS)' },
  // O*NET skills and knowledge areas: one family per O*NET content-model group (see onetGroupFamily).
};

/** Skills of the named families; every other skill is a family of its own (tool, applied AI) or an O*NET group. */
const MEMBERS: Record<string, string[]> = {
  aiLiteracy: ['ovs:ai-literacy', 'ovs:prompting-and-evaluating-ai-output', 'ovs:responsible-ai'],
  knowledge: ['ovs:knowledge-management'],
  conversation: ['ovs:conversation-design'],
  automation: ['ovs:marketing-automation', 'tech:sales-marketing-software'],
  data: ['ovs:data-literacy', 'tech:analytics-bi', 'tech:sql-databases', 'tech:statistical-software'],
  // Development, web-platform and data-mining software are tools (24 h each); the craft is the rated skill Programming.
  programming: ['onet:2.B.3.e', 'tech:python'],
};
const FAMILY_OF = new Map(Object.entries(MEMBERS).flatMap(([k, ids]) => ids.map((id) => [id, k] as [string, string])));

/** One average company course per participant: 35 h (CBS 2010), 36 h (Eurostat CVTS, NL). */
const COURSE_HOURS = 36;

/**
 * O*NET descriptors are facets of a field, not course subjects: a course on, say, business and
 * management knowledge teaches several of them at once. So the budget of one average company course
 * (36 h) brings a whole O*NET content-model group (e.g. 2.B.1 Social Skills, 2.C.1 Business and
 * Management) to job-ready, split evenly over the group's descriptors.
 */
function onetGroupFamily(group: string, size: number): Family {
  return {
    key: `onet-group:${group}`,
    budget: COURSE_HOURS,
    practice: false,
    sources: [S.cbsTraining, S.onet],
    en: `One average company course (36 h, CBS/CVTS) brings the whole O*NET content-model group ${group} (${size} descriptors) to job-ready, so ${round(COURSE_HOURS / size, 1)} h a descriptor (assumption)`,
    nl: `Eén gemiddelde bedrijfscursus (36 u, CBS/CVTS) brengt de hele O*NET-groep ${group} (${size} descriptoren) naar inzetbaar niveau, dus ${String(round(COURSE_HOURS / size, 1)).replace('.', ',')} u per descriptor (aanname)`,
  };
}

/** The O*NET content-model group of a descriptor id: 2.A.1.a → 2.A.1, 2.C.6 → 2.C.6. */
const onetGroupOf = (elementId: string): string => elementId.split('.').slice(0, 3).join('.');

/** A skill's family and how many skills share its budget. */
function familyOf(skill: Skill, onetGroupSizes: Map<string, number>): { fam: Family; size: number } {
  const named = FAMILY_OF.get(skill.id);
  if (named) return { fam: FAMILIES[named], size: MEMBERS[named].length };
  if (skill.category === 'ai') return { fam: FAMILIES.aiAdvanced, size: 1 };
  if (skill.category === 'technology') return { fam: FAMILIES.tool, size: 1 };
  const group = onetGroupOf(skill.id.replace(/^onet:/, ''));
  const size = onetGroupSizes.get(group) ?? 1;
  return { fam: onetGroupFamily(group, size), size };
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

const moduleId = (skillId: string, from: number): string => `mod:${skillId}:${from}-${from + 1}`;

export function buildModules(skills: Skill[], roles: Role[]): LearningModule[] {
  // Each skill gets one-level steps up to the highest level any role asks (rounded up), so every gap closes by a chain.
  const maxLevel = new Map<string, number>();
  for (const r of roles) for (const req of r.skills) maxLevel.set(req.skillId, Math.max(maxLevel.get(req.skillId) ?? 0, Math.ceil(req.level - 1e-9)));
  // Skills named as cross prerequisites need at least their first step.
  for (const [skillId, prereqs] of Object.entries(CROSS_PREREQS))
    if ((maxLevel.get(skillId) ?? 0) > 0) for (const p of prereqs) maxLevel.set(p, Math.max(maxLevel.get(p) ?? 0, 1));

  // Group sizes count the O*NET descriptors that learn by group (Programming belongs to the programming family).
  const onetGroupSizes = new Map<string, number>();
  for (const skill of skills)
    if (skill.id.startsWith('onet:') && !FAMILY_OF.has(skill.id)) {
      const g = onetGroupOf(skill.id.slice(5));
      onetGroupSizes.set(g, (onetGroupSizes.get(g) ?? 0) + 1);
    }
  const modules: LearningModule[] = [];
  for (const skill of skills) {
    const top = Math.min(5, maxLevel.get(skill.id) ?? 0);
    const { fam, size } = familyOf(skill, onetGroupSizes);
    const hoursToL3 = fam.budget / size;
    for (let from = 0; from < top; from++) {
      const format = formatFor(fam, from);
      const practice = fam.practice && from >= 1 ? 1.5 : 1;
      const hours = Math.max(1, round(hoursToL3 * STEP_FACTOR[from] * practice, 0));
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
          `${fam.en}. This skill's share is ${round(hoursToL3, 1)} h to job-ready; this step takes ${Math.round(STEP_FACTOR[from] * 100)}% of that${practice > 1 ? ', ×1.5 for practice' : ''}. Cost: €1,300 per 35 h course (CBS €1,100–1,500 per participant) × ${FORMAT_COST[format]} for ${format}.`,
          `${fam.nl}. Het aandeel van deze vaardigheid is ${String(round(hoursToL3, 1)).replace('.', ',')} u tot inzetbaar niveau; deze stap kost ${Math.round(STEP_FACTOR[from] * 100)}% daarvan${practice > 1 ? ', ×1,5 voor oefenen' : ''}. Kosten: € 1.300 per cursus van 35 u (CBS € 1.100–1.500 per deelnemer) × ${String(FORMAT_COST[format]).replace('.', ',')} voor ${format}.`,
          true,
        ),
      });
    }
  }
  return modules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
