import type { Skill } from '../../shared/domain/types';
import type { Row } from './csv';
import { byKey, t } from './util';

/** Dutch names for the O*NET skills (2.A/2.B) and knowledge areas (2.C), written for Overstap. */
const ONET_NL: Record<string, string> = {
  '2.A.1.a': 'Begrijpend lezen',
  '2.A.1.b': 'Actief luisteren',
  '2.A.1.c': 'Schrijven',
  '2.A.1.d': 'Spreken',
  '2.A.1.e': 'Rekenen en wiskunde',
  '2.A.1.f': 'Wetenschappelijk werken',
  '2.A.2.a': 'Kritisch denken',
  '2.A.2.b': 'Actief leren',
  '2.A.2.c': 'Leerstrategieën',
  '2.A.2.d': 'Monitoren',
  '2.B.1.a': 'Sociale sensitiviteit',
  '2.B.1.b': 'Coördineren',
  '2.B.1.c': 'Overtuigen',
  '2.B.1.d': 'Onderhandelen',
  '2.B.1.e': 'Instrueren',
  '2.B.1.f': 'Klantgerichtheid',
  '2.B.2.i': 'Complexe problemen oplossen',
  '2.B.3.a': 'Behoeften- en procesanalyse',
  '2.B.3.b': 'Technologieontwerp',
  '2.B.3.c': 'Apparatuur selecteren',
  '2.B.3.d': 'Installeren',
  '2.B.3.e': 'Programmeren',
  '2.B.3.g': 'Bewaken van de werking',
  '2.B.3.h': 'Bedienen en besturen',
  '2.B.3.j': 'Apparatuur onderhouden',
  '2.B.3.k': 'Storingen opsporen',
  '2.B.3.l': 'Repareren',
  '2.B.3.m': 'Kwaliteitscontrole',
  '2.B.4.e': 'Oordeelsvorming en besluitvorming',
  '2.B.4.g': 'Systeemanalyse',
  '2.B.4.h': 'Systeemevaluatie',
  '2.B.5.a': 'Timemanagement',
  '2.B.5.b': 'Beheer van financiële middelen',
  '2.B.5.c': 'Beheer van materiële middelen',
  '2.B.5.d': 'Personeelsmanagement',
  '2.C.1.a': 'Bestuur en management',
  '2.C.1.b': 'Administratie',
  '2.C.1.c': 'Economie en boekhouding',
  '2.C.1.d': 'Verkoop en marketing',
  '2.C.1.e': 'Klant- en persoonlijke dienstverlening',
  '2.C.1.f': 'Personeel en HR',
  '2.C.2.a': 'Productie en verwerking',
  '2.C.2.b': 'Voedselproductie',
  '2.C.3.a': 'Computers en elektronica',
  '2.C.3.b': 'Techniek en technologie',
  '2.C.3.c': 'Ontwerp',
  '2.C.3.d': 'Bouw',
  '2.C.3.e': 'Werktuigbouw',
  '2.C.4.a': 'Wiskunde',
  '2.C.4.b': 'Natuurkunde',
  '2.C.4.c': 'Scheikunde',
  '2.C.4.d': 'Biologie',
  '2.C.4.e': 'Psychologie',
  '2.C.4.f': 'Sociologie en antropologie',
  '2.C.4.g': 'Aardrijkskunde',
  '2.C.5.a': 'Geneeskunde en tandheelkunde',
  '2.C.5.b': 'Therapie en begeleiding',
  '2.C.6': 'Onderwijs en training',
  '2.C.7.a': 'Moedertaal (in O*NET: Engels)',
  '2.C.7.b': 'Vreemde talen',
  '2.C.7.c': 'Beeldende kunst',
  '2.C.7.d': 'Geschiedenis en archeologie',
  '2.C.7.e': 'Filosofie en theologie',
  '2.C.8.a': 'Openbare veiligheid',
  '2.C.8.b': 'Recht en overheid',
  '2.C.9.a': 'Telecommunicatie',
  '2.C.9.b': 'Communicatie en media',
  '2.C.10': 'Transport',
};

/**
 * Curated technology groups (hot technologies). A technology-skills row belongs to the first group
 * whose example or commodity pattern matches, so "Python" lands in tech:python, not in the generic
 * development-environment group.
 */
const TECH_GROUPS: { slug: string; en: string; nl: string; example?: RegExp; commodity?: RegExp }[] = [
  { slug: 'python', en: 'Python', nl: 'Python', example: /^Python$/ },
  { slug: 'sql-databases', en: 'SQL and databases', nl: 'SQL en databases', commodity: /^Data base (user interface and query|management system)|Object oriented data base/ },
  { slug: 'crm', en: 'CRM software', nl: 'CRM-software', commodity: /Customer relationship management/ },
  { slug: 'spreadsheets', en: 'Spreadsheets', nl: 'Spreadsheets', commodity: /^Spreadsheet software/ },
  { slug: 'office-suite', en: 'Office and presentation software', nl: 'Office- en presentatiesoftware', commodity: /^(Office suite|Word processing|Presentation) software/ },
  { slug: 'email-collaboration', en: 'E-mail and video collaboration', nl: 'E-mail en videosamenwerking', commodity: /^(Electronic mail|Video conferencing) software/ },
  { slug: 'analytics-bi', en: 'Analytics and BI tools', nl: 'Analyse- en BI-tools', commodity: /^(Business intelligence and data analysis|Data base reporting) software/ },
  { slug: 'statistical-software', en: 'Statistical software', nl: 'Statistische software', commodity: /^Analytical or scientific software/ },
  { slug: 'data-mining-ml', en: 'Data mining and machine learning tools', nl: 'Dataminingtools en machine learning', commodity: /^Data mining software|^Expert system software/ },
  { slug: 'sales-marketing-software', en: 'Sales and marketing software', nl: 'Sales- en marketingsoftware', commodity: /^Sales and marketing software/ },
  { slug: 'web-cms', en: 'Web content management (CMS)', nl: 'Webcontentbeheer (CMS)', commodity: /^(Web page creation and editing|Content workflow) software/ },
  { slug: 'web-development', en: 'Web platform development', nl: 'Webontwikkeling', commodity: /^Web platform development software/ },
  { slug: 'design-tools', en: 'Design and desktop publishing tools', nl: 'Ontwerp- en dtp-software', commodity: /^(Graphics or photo imaging|Desktop publishing|Graphical user interface development) software/ },
  { slug: 'video-editing', en: 'Video editing software', nl: 'Videobewerkingssoftware', commodity: /^Video creation and editing software/ },
  { slug: 'project-management-software', en: 'Project management software', nl: 'Projectmanagementsoftware', commodity: /^Project management software/ },
  { slug: 'erp', en: 'ERP software', nl: 'ERP-software', commodity: /^Enterprise resource planning/ },
  { slug: 'document-management', en: 'Document management software', nl: 'Documentbeheersoftware', commodity: /^(Document management|Metadata management) software/ },
  { slug: 'software-development', en: 'Software development tools', nl: 'Softwareontwikkeltools', commodity: /^(Development environment|Object or component oriented development|File versioning|Program testing|Configuration management) software/ },
  { slug: 'cloud-platforms', en: 'Cloud platforms', nl: 'Cloudplatforms', commodity: /^Cloud-based (management|data access and sharing) software/ },
  { slug: 'process-mapping', en: 'Process mapping tools', nl: 'Procesmodelleringstools', commodity: /^Process mapping and design software/ },
];

export function techGroupOf(row: Row): string | null {
  for (const g of TECH_GROUPS) {
    if (g.example && g.example.test(row.example)) return `tech:${g.slug}`;
    if (g.commodity && g.commodity.test(row.commodity_title)) return `tech:${g.slug}`;
  }
  return null;
}

/** AI-era skills no taxonomy holds yet (defined by Overstap). */
const AI_SKILLS: { slug: string; en: string; nl: string; descEn: string; descNl: string }[] = [
  { slug: 'ai-literacy', en: 'AI literacy', nl: 'AI-geletterdheid', descEn: 'Knows what generative AI can and cannot do, its risks and the rules that apply (EU AI Act Art. 4).', descNl: 'Weet wat generatieve AI wel en niet kan, kent de risico’s en de regels die gelden (AI-verordening art. 4).' },
  { slug: 'prompting-and-evaluating-ai-output', en: 'Prompting and evaluating AI output', nl: 'Prompten en AI-uitvoer beoordelen', descEn: 'Writes effective instructions for AI assistants and checks their output for accuracy, tone and completeness.', descNl: 'Schrijft doeltreffende opdrachten voor AI-assistenten en controleert de uitvoer op juistheid, toon en volledigheid.' },
  { slug: 'conversation-design', en: 'Conversation design', nl: 'Conversatieontwerp', descEn: 'Designs chatbot and voice-assistant dialogues: intents, flows, fallbacks and hand-over to people.', descNl: 'Ontwerpt dialogen voor chatbots en spraakassistenten: intenties, gespreksstromen, terugvalopties en overdracht aan mensen.' },
  { slug: 'ai-assisted-content-workflows', en: 'AI-assisted content workflows', nl: 'Contentproductie met AI', descEn: 'Plans, drafts, edits and publishes content with AI tools inside a review process.', descNl: 'Plant, schrijft, redigeert en publiceert content met AI-tools binnen een reviewproces.' },
  { slug: 'marketing-automation', en: 'Marketing automation', nl: 'Marketingautomatisering', descEn: 'Builds and runs automated campaigns, segments, journeys and lead scoring in a marketing-automation platform.', descNl: 'Bouwt en beheert geautomatiseerde campagnes, segmenten, klantreizen en leadscoring in een marketingautomatiseringsplatform.' },
  { slug: 'data-literacy', en: 'Data literacy', nl: 'Datageletterdheid', descEn: 'Reads, questions and explains data, dashboards and simple statistics.', descNl: 'Leest, bevraagt en legt data, dashboards en eenvoudige statistiek uit.' },
  { slug: 'knowledge-management', en: 'Knowledge management', nl: 'Kennismanagement', descEn: 'Writes, structures and maintains knowledge articles that people and AI assistants answer from.', descNl: 'Schrijft, structureert en onderhoudt kennisartikelen waaruit mensen en AI-assistenten antwoorden.' },
  { slug: 'ai-quality-review', en: 'AI quality review', nl: 'Kwaliteitsbeoordeling van AI', descEn: 'Samples and scores AI answers and content, finds error patterns and feeds them back.', descNl: 'Beoordeelt steekproeven van AI-antwoorden en -content, vindt foutpatronen en koppelt die terug.' },
  { slug: 'ai-workflow-automation', en: 'AI workflow automation', nl: 'Werkprocessen automatiseren met AI', descEn: 'Connects AI models and business tools into low-code workflows and agents, with monitoring.', descNl: 'Verbindt AI-modellen en bedrijfssoftware tot low-code werkstromen en agents, met monitoring.' },
  { slug: 'responsible-ai', en: 'Responsible AI and privacy', nl: 'Verantwoorde AI en privacy', descEn: 'Applies privacy (AVG/GDPR), fairness and transparency rules when AI is used with customer or employee data.', descNl: 'Past privacyregels (AVG), eerlijkheid en transparantie toe bij AI-gebruik met klant- of medewerkersgegevens.' },
];

export function buildSkills(elements: Map<string, { name: string; description: string }>, onetIds: string[]): Skill[] {
  const skills: Skill[] = [];
  for (const id of onetIds) {
    const el = elements.get(id);
    const nl = ONET_NL[id];
    if (!el) throw new Error(`O*NET element ${id} missing from content_model_elements.csv`);
    if (!nl) throw new Error(`no Dutch name written for O*NET element ${id} (${el.name})`);
    skills.push({
      id: `onet:${id}`,
      name: t(el.name, nl),
      description: el.description ? t(el.description, `${nl} (O*NET-omschrijving, Engels: ${el.description})`) : null,
      category: id.startsWith('2.C') ? 'knowledge' : 'skill',
      externalIds: { onet: id },
      definedBy: 'onet',
    });
  }
  for (const g of TECH_GROUPS)
    skills.push({ id: `tech:${g.slug}`, name: t(g.en, g.nl), description: null, category: 'technology', externalIds: {}, definedBy: 'onet' });
  for (const a of AI_SKILLS)
    skills.push({ id: `ovs:${a.slug}`, name: t(a.en, a.nl), description: t(a.descEn, a.descNl), category: 'ai', externalIds: {}, definedBy: 'overstap' });
  return skills.sort(byKey((s) => s.id));
}
