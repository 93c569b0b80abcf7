import type { AutomationLabel, ExposureLabel, SkillRequirement, TaskCategory } from '../../shared/domain/types';

/** A slice of an existing O*NET role's tasks: its `top` largest-share tasks, optionally only some categories. */
interface Component {
  roleCode: string;
  weight: number;
  top: number;
  categories?: TaskCategory[];
}

interface OverstapTask {
  slug: string;
  en: string;
  nl: string;
  category: TaskCategory;
  /** Overstap's assumed label, not a paper rating (see methods "emerging-roles"). */
  exposure: ExposureLabel;
  automation: AutomationLabel;
  humanCritical: boolean;
  weight: number;
}

interface EmergingRoleDef {
  slug: string;
  en: string;
  nl: string;
  descEn: string;
  descNl: string;
  reasonEn: string;
  reasonNl: string;
  domain: string;
  jobZone: number;
  jobZoneWhy: string;
  altEn: string[];
  altNl: string[];
  /** Nearest O*NET role, whose ESCO links and ISCO code describe it best. */
  nearest: string;
  salary: number;
  salaryEvidence: boolean;
  salaryNoteEn: string;
  salaryNoteNl: string;
  growth: number;
  components: Component[];
  tasks: OverstapTask[];
  /**
   * Entry-level requirements (assumptions): the role's core Overstap skills at job-ready 3, the level
   * EVIDENCE.md H budgets its families to; supporting Overstap skills (knowledge management, AI quality
   * review, data literacy, AI content workflows where they are not the core) at working level 2;
   * technology groups at 2 like every tool without a level in the data (requirements.ts UNLEVELLED_CAP);
   * O*NET descriptors at the levels O*NET rates the nearest occupations.
   */
  skills: SkillRequirement[];
}

const r = (skillId: string, level: number, importance: number): SkillRequirement => ({ skillId, level, importance });

export const EMERGING_ROLES: EmergingRoleDef[] = [
  {
    slug: 'conversation-designer',
    en: 'Conversation Designer',
    nl: 'Conversatieontwerper',
    descEn: 'Designs, writes and improves the dialogues of chatbots and voice assistants in customer service, including hand-over to human agents.',
    descNl: 'Ontwerpt, schrijft en verbetert de dialogen van chatbots en spraakassistenten in de klantenservice, inclusief de overdracht aan medewerkers.',
    reasonEn:
      'Gartner (Oct 2025) reports 42% of customer-service leaders are creating AI roles such as conversational AI designers. O*NET has no such occupation yet, so Overstap composes it from customer-service inquiry tasks, copywriting, interface design and software testing tasks, plus two Overstap tasks for designing and improving bot dialogues.',
    reasonNl:
      'Gartner (okt. 2025) meldt dat 42% van de klantenserviceleiders AI-functies creëert, zoals conversational AI designers. O*NET kent dit beroep nog niet; Overstap stelt het samen uit klantvragentaken van klantenservicemedewerkers, copywriting, interfaceontwerp en softwaretesten, plus twee eigen taken voor het ontwerpen en verbeteren van botdialogen.',
    domain: 'customer service',
    jobZone: 3,
    jobZoneWhy:
      'entry level, reached with about 180 h of learning (EVIDENCE.md H: 120 h plus 50% practice), which is vocational-scale preparation (O*NET job zone 3, "medium preparation"), and Gartner reports service leaders moving agents into such roles; senior conversation designers sit at job zone 4 like Web and Digital Interface Designers',
    altEn: ['Conversational AI Designer', 'Chatbot Designer', 'Conversational Designer', 'Voice UX Designer', 'Chatbot Builder'],
    altNl: ['chatbotontwerper', 'conversational designer', 'chatbotbouwer', 'conversational AI designer'],
    nearest: '15-1255.00',
    salary: 55000,
    salaryEvidence: true,
    salaryNoteEn: 'EVIDENCE.md F: €55,000 for a conversation designer, itself an assumption (no Dutch source found).',
    salaryNoteNl: 'EVIDENCE.md F: € 55.000 voor een conversatieontwerper, zelf een aanname (geen Nederlandse bron gevonden).',
    growth: 0.06,
    components: [
      { roleCode: '43-4051.00', weight: 0.25, top: 4, categories: ['customer_inquiries'] },
      { roleCode: '27-3043.00', weight: 0.2, top: 3, categories: ['content_creation'] },
      { roleCode: '15-1255.00', weight: 0.2, top: 3 },
      { roleCode: '15-1253.00', weight: 0.1, top: 2, categories: ['technology_data'] },
    ],
    tasks: [
      { slug: 'design-bot-dialogues', en: 'Design and script conversation flows, intents and fallbacks for chatbots and voice assistants, including hand-over to human agents.', nl: 'Gespreksstromen, intenties en terugvalopties ontwerpen en uitschrijven voor chatbots en spraakassistenten, inclusief de overdracht aan medewerkers.', category: 'content_creation', exposure: 'E1', automation: 'T2', humanCritical: false, weight: 0.15 },
      { slug: 'improve-bot-from-transcripts', en: 'Analyse bot transcripts and containment data to find failed conversations and improve the dialogues.', nl: 'Bottranscripten en afhandelcijfers analyseren om mislukte gesprekken te vinden en de dialogen te verbeteren.', category: 'analytics_research', exposure: 'E2', automation: 'T2', humanCritical: false, weight: 0.1 },
    ],
    skills: [
      r('ovs:conversation-design', 3, 5), r('ovs:prompting-and-evaluating-ai-output', 3, 4.5), r('ovs:ai-literacy', 3, 4), r('ovs:ai-quality-review', 2, 4),
      r('ovs:knowledge-management', 2, 3.5), r('ovs:data-literacy', 2, 3), r('ovs:responsible-ai', 2, 3), r('onet:2.A.1.c', 4, 4.5), r('onet:2.A.1.b', 3.5, 4),
      r('onet:2.B.1.a', 3, 3.5), r('onet:2.A.2.a', 3.5, 4), r('onet:2.B.3.a', 3, 3.5), r('onet:2.C.1.e', 3.5, 4), r('onet:2.C.3.c', 2.5, 3),
      r('onet:2.C.7.a', 3.5, 4), r('tech:crm', 2, 3),
    ],
  },
  {
    slug: 'ai-content-editor',
    en: 'AI Content Editor',
    nl: 'AI-contentredacteur',
    descEn: 'Edits, fact-checks and approves AI-generated marketing and service content, and maintains the prompts and style guides behind it.',
    descNl: 'Redigeert, controleert en keurt AI-gegenereerde marketing- en servicecontent goed en beheert de prompts en stijlgidsen erachter.',
    reasonEn:
      'Content creation is the most common generative-AI use in marketing (McKinsey; HubSpot 2026: 86% of marketing teams use AI). The human work shifts from first drafts to review, fact-checking and brand voice. Overstap composes the role from O*NET editor and writer tasks plus two Overstap tasks for reviewing AI drafts and maintaining prompt templates.',
    reasonNl:
      'Content maken is het meest voorkomende gebruik van generatieve AI in marketing (McKinsey; HubSpot 2026: 86% van de marketingteams gebruikt AI). Het menselijke werk verschuift van eerste versies naar redactie, feitencontrole en merkstem. Overstap stelt de functie samen uit O*NET-taken van redacteuren en schrijvers plus twee eigen taken: AI-concepten beoordelen en prompttemplates onderhouden.',
    domain: 'content',
    jobZone: 4,
    jobZoneWhy: 'the same as Editors and Writers and Authors (job zone 4)',
    altEn: ['AI Content Reviewer', 'AI Editor', 'Content Quality Editor', 'Prompt Editor', 'AI Quality Reviewer'],
    altNl: ['AI-redacteur', 'contentreviewer', 'eindredacteur AI-content'],
    nearest: '27-3041.00',
    salary: 47000,
    salaryEvidence: false,
    salaryNoteEn: 'Assumption: between the EVIDENCE.md F figures for a content creator/copywriter (€45,000) and a marketing specialist (€52,000), nearer the former.',
    salaryNoteNl: 'Aanname: tussen de EVIDENCE.md F-bedragen voor een contentmaker/copywriter (€ 45.000) en een marketingspecialist (€ 52.000), dichter bij de eerste.',
    growth: 0.04,
    components: [
      { roleCode: '27-3041.00', weight: 0.35, top: 4 },
      { roleCode: '27-3043.00', weight: 0.2, top: 3 },
      { roleCode: '13-1161.01', weight: 0.1, top: 2, categories: ['content_creation', 'campaign_operations'] },
    ],
    tasks: [
      { slug: 'review-ai-drafts', en: 'Review, fact-check and edit AI-generated drafts for accuracy, brand voice, accessibility and legal compliance before publication.', nl: 'AI-gegenereerde concepten vóór publicatie beoordelen, op feiten controleren en redigeren op juistheid, merkstem, toegankelijkheid en wettelijke eisen.', category: 'content_creation', exposure: 'E1', automation: 'T2', humanCritical: false, weight: 0.22 },
      { slug: 'maintain-prompt-templates', en: 'Write and maintain prompt templates, tone-of-voice rules and style guides for AI content tools.', nl: 'Prompttemplates, tone-of-voiceregels en stijlgidsen voor AI-contenttools schrijven en onderhouden.', category: 'content_creation', exposure: 'E1', automation: 'T2', humanCritical: false, weight: 0.13 },
    ],
    skills: [
      r('ovs:ai-assisted-content-workflows', 3, 5), r('ovs:prompting-and-evaluating-ai-output', 3, 4.5), r('ovs:ai-quality-review', 3, 4.5), r('ovs:ai-literacy', 3, 4),
      r('ovs:responsible-ai', 2.5, 3.5), r('onet:2.A.1.c', 4.5, 5), r('onet:2.A.1.a', 4, 4.5), r('onet:2.A.2.a', 3.5, 4), r('onet:2.C.7.a', 4.5, 4.5),
      r('onet:2.C.9.b', 3.5, 4), r('onet:2.C.1.d', 3, 3.5), r('onet:2.B.3.m', 3, 3.5), r('onet:2.A.2.d', 3, 3.5), r('tech:web-cms', 2, 3.5), r('tech:office-suite', 2, 3),
    ],
  },
  {
    slug: 'marketing-automation-specialist',
    en: 'Marketing Automation Specialist',
    nl: 'Specialist marketingautomatisering',
    descEn: 'Builds, runs and tests automated campaigns, customer journeys, segments and lead scoring, increasingly with AI-generated variants.',
    descNl: 'Bouwt, beheert en test geautomatiseerde campagnes, klantreizen, segmenten en leadscoring, steeds vaker met AI-gegenereerde varianten.',
    reasonEn:
      'Campaign execution is moving into marketing-automation platforms with built-in generative AI. O*NET folds this work into Search Marketing Strategists and Market Research Analysts and Marketing Specialists; Overstap separates it from their campaign and analytics tasks, a few BI-analyst tasks and two Overstap tasks for building journeys and testing AI variants.',
    reasonNl:
      'Campagne-uitvoering verhuist naar marketingautomatiseringsplatforms met ingebouwde generatieve AI. O*NET rekent dit werk tot zoekmachinemarketingstrategen en marktonderzoekers/marketingspecialisten; Overstap maakt er een eigen functie van uit hun campagne- en analysetaken, enkele taken van BI-analisten en twee eigen taken: klantreizen bouwen en AI-varianten testen.',
    domain: 'marketing',
    jobZone: 4,
    jobZoneWhy: 'the same as Search Marketing Strategists (job zone 4)',
    altEn: ['Marketing Automation Manager', 'Marketing Operations Specialist', 'CRM Marketing Specialist', 'Email Marketing Specialist', 'Marketing Technologist'],
    altNl: ['marketing automation specialist', 'marketing operations specialist', 'CRM-marketeer', 'e-mailmarketeer'],
    nearest: '13-1161.01',
    salary: 55000,
    salaryEvidence: true,
    salaryNoteEn: 'EVIDENCE.md F: €55,000 for a marketing automation specialist, itself an assumption (no Dutch source found).',
    salaryNoteNl: 'EVIDENCE.md F: € 55.000 voor een specialist marketingautomatisering, zelf een aanname (geen Nederlandse bron gevonden).',
    growth: 0.05,
    components: [
      { roleCode: '13-1161.01', weight: 0.3, top: 4 },
      { roleCode: '13-1161.00', weight: 0.25, top: 4, categories: ['campaign_operations', 'analytics_research', 'content_creation'] },
      { roleCode: '15-2051.01', weight: 0.1, top: 2 },
    ],
    tasks: [
      { slug: 'build-automated-journeys', en: 'Build and maintain automated campaign journeys, audience segments and lead-scoring rules in the marketing-automation platform.', nl: 'Geautomatiseerde campagnestromen, doelgroepsegmenten en leadscoringsregels bouwen en onderhouden in het marketingautomatiseringsplatform.', category: 'campaign_operations', exposure: 'E2', automation: 'T2', humanCritical: false, weight: 0.22 },
      { slug: 'test-ai-variants', en: 'Set up and evaluate A/B tests of AI-generated campaign variants and report the results.', nl: 'A/B-tests van AI-gegenereerde campagnevarianten opzetten, evalueren en rapporteren.', category: 'analytics_research', exposure: 'E2', automation: 'T2', humanCritical: false, weight: 0.13 },
    ],
    skills: [
      r('ovs:marketing-automation', 3, 5), r('tech:sales-marketing-software', 2, 4.5), r('tech:crm', 2, 4), r('ovs:data-literacy', 2, 4), r('ovs:prompting-and-evaluating-ai-output', 3, 4),
      r('ovs:ai-assisted-content-workflows', 2, 3.5), r('ovs:ai-literacy', 3, 3.5), r('ovs:responsible-ai', 2.5, 3.5), r('tech:analytics-bi', 2, 3.5), r('tech:spreadsheets', 2, 3.5),
      r('onet:2.C.1.d', 4, 4.5), r('onet:2.A.2.a', 3.5, 4), r('onet:2.B.3.a', 3, 3.5), r('onet:2.A.1.e', 2.5, 3), r('onet:2.C.3.a', 3, 3.5), r('onet:2.A.1.c', 3, 3.5),
    ],
  },
  {
    slug: 'customer-insights-analyst',
    en: 'Customer Insights Analyst',
    nl: 'Klantinzichtanalist',
    descEn: 'Turns customer conversations, survey and behaviour data into insights for service and marketing, using AI to classify contact reasons and sentiment.',
    descNl: 'Maakt van klantgesprekken, enquêtes en gedragsdata inzichten voor service en marketing, met AI die contactredenen en sentiment indeelt.',
    reasonEn:
      'AI makes every customer conversation analysable (contact reasons, sentiment, failure demand), and Gartner expects service teams to add analytics roles. Overstap composes the role from market-research and BI-analyst tasks, statistical-assistant tasks and one Overstap task on conversation analytics.',
    reasonNl:
      'AI maakt elk klantgesprek analyseerbaar (contactredenen, sentiment, vermijdbare contacten), en Gartner verwacht dat serviceteams analysefuncties toevoegen. Overstap stelt de functie samen uit taken van marktonderzoekers, BI-analisten en statistisch assistenten, plus één eigen taak voor gespreksanalyse.',
    domain: 'data & IT',
    jobZone: 4,
    jobZoneWhy: 'the same as Business Intelligence Analysts and Market Research Analysts (job zone 4)',
    altEn: ['Customer Insight Analyst', 'CX Analyst', 'Voice of the Customer Analyst', 'Contact Centre Analyst', 'Customer Analytics Specialist'],
    altNl: ['klantinzichtspecialist', 'customer insights analist', 'CX-analist', 'analist klantcontact'],
    nearest: '15-2051.01',
    salary: 55000,
    salaryEvidence: true,
    salaryNoteEn: 'EVIDENCE.md F: €55,000 for a data analyst (CBS ICT occupations €29.30/h ≈ €59k; starting analysts about €41k).',
    salaryNoteNl: 'EVIDENCE.md F: € 55.000 voor een data-analist (CBS ICT-beroepen € 29,30/u ≈ € 59k; startende analisten ca. € 41k).',
    growth: 0.04,
    components: [
      { roleCode: '13-1161.00', weight: 0.3, top: 4, categories: ['analytics_research'] },
      { roleCode: '15-2051.01', weight: 0.3, top: 4 },
      { roleCode: '43-9111.00', weight: 0.15, top: 2 },
    ],
    tasks: [
      { slug: 'analyse-conversation-data', en: 'Analyse contact reasons, sentiment and survey data from customer conversations with AI classification tools and recommend service and marketing improvements.', nl: 'Contactredenen, sentiment en enquêtedata uit klantgesprekken analyseren met AI-classificatietools en verbeteringen voor service en marketing voorstellen.', category: 'analytics_research', exposure: 'E2', automation: 'T2', humanCritical: false, weight: 0.25 },
    ],
    skills: [
      r('ovs:data-literacy', 3, 5), r('tech:analytics-bi', 2, 4.5), r('tech:sql-databases', 2, 4), r('tech:spreadsheets', 2, 4), r('onet:2.A.1.e', 3.5, 4), r('onet:2.C.4.a', 3, 3.5),
      r('onet:2.A.2.a', 4, 4.5), r('onet:2.B.3.a', 3.5, 4), r('onet:2.C.1.e', 3, 3.5), r('onet:2.C.1.d', 3, 3.5), r('ovs:prompting-and-evaluating-ai-output', 3, 3.5),
      r('ovs:ai-literacy', 3, 3.5), r('ovs:responsible-ai', 3, 3.5), r('onet:2.A.1.c', 3, 3.5), r('onet:2.A.1.d', 3, 3.5), r('tech:statistical-software', 2, 3),
    ],
  },
  {
    slug: 'knowledge-base-manager',
    en: 'Knowledge Base Manager',
    nl: 'Kennisbankbeheerder',
    descEn: 'Writes, structures and keeps current the knowledge that agents and AI assistants answer from, and closes the gaps the assistant reveals.',
    descNl: 'Schrijft, structureert en actualiseert de kennis waaruit medewerkers en AI-assistenten antwoorden, en dicht de hiaten die de assistent blootlegt.',
    reasonEn:
      'AI assistants answer only as well as the knowledge base behind them. Gartner (Oct 2025): 58% of service leaders will upskill agents into knowledge-management specialists. Overstap composes the role from customer-service, technical-writer and web-administrator tasks plus two Overstap tasks for writing articles and closing answer gaps.',
    reasonNl:
      'AI-assistenten antwoorden zo goed als de kennisbank erachter. Gartner (okt. 2025): 58% van de serviceleiders schoolt medewerkers om tot kennismanagementspecialist. Overstap stelt de functie samen uit taken van klantenservicemedewerkers, technisch schrijvers en webbeheerders, plus twee eigen taken: artikelen schrijven en antwoordhiaten dichten.',
    domain: 'customer service',
    jobZone: 3,
    jobZoneWhy: 'between Customer Service Representatives (2) and Technical Writers (4): agents move into it with the knowledge-management training of EVIDENCE.md H (60 h) and shorter AI and data steps',
    altEn: ['Knowledge Manager', 'Knowledge Management Specialist', 'Knowledge Base Editor', 'Help Centre Content Specialist'],
    altNl: ['kennismanager', 'kennisbankredacteur', 'kennismanagementspecialist', 'contentbeheerder helpcentrum'],
    nearest: '27-3042.00',
    salary: 45000,
    salaryEvidence: false,
    salaryNoteEn: 'Assumption: between the EVIDENCE.md F figures for an in-house customer-service representative (€37,000) and a marketing specialist (€52,000).',
    salaryNoteNl: 'Aanname: tussen de EVIDENCE.md F-bedragen voor een klantenservicemedewerker in loondienst (€ 37.000) en een marketingspecialist (€ 52.000).',
    growth: 0.04,
    components: [
      { roleCode: '43-4051.00', weight: 0.2, top: 3 },
      { roleCode: '27-3042.00', weight: 0.3, top: 4 },
      { roleCode: '15-1299.01', weight: 0.1, top: 2 },
    ],
    tasks: [
      { slug: 'write-knowledge-articles', en: 'Write, structure and update knowledge articles and answer snippets that agents and AI assistants answer customers from.', nl: 'Kennisartikelen en antwoordfragmenten schrijven, structureren en bijwerken waaruit medewerkers en AI-assistenten klanten antwoorden.', category: 'content_creation', exposure: 'E1', automation: 'T2', humanCritical: false, weight: 0.25 },
      { slug: 'close-answer-gaps', en: 'Monitor which questions the AI assistant answers wrongly or cannot answer, and close the knowledge gaps with the product and service teams.', nl: 'Bijhouden welke vragen de AI-assistent fout of niet beantwoordt en de kennishiaten dichten met de product- en serviceteams.', category: 'customer_inquiries', exposure: 'E2', automation: 'T1', humanCritical: false, weight: 0.15 },
    ],
    skills: [
      r('ovs:knowledge-management', 3, 5), r('ovs:prompting-and-evaluating-ai-output', 3, 4), r('ovs:ai-quality-review', 2, 4), r('ovs:ai-literacy', 3, 4), r('ovs:data-literacy', 2, 3),
      r('onet:2.A.1.c', 4, 4.5), r('onet:2.A.1.a', 4, 4.5), r('onet:2.C.1.e', 4, 4.5), r('onet:2.C.7.a', 4, 4), r('onet:2.B.1.b', 3, 3.5), r('onet:2.A.2.a', 3.5, 4),
      r('onet:2.B.3.m', 3, 3.5), r('onet:2.A.1.b', 3, 3.5), r('tech:web-cms', 2, 4), r('tech:document-management', 2, 3.5),
    ],
  },
  {
    slug: 'ai-operations-specialist',
    en: 'AI Operations Specialist',
    nl: 'Specialist AI-operations',
    descEn: 'Runs AI assistants and agents in production: monitors quality, cost and failures, curates training and evaluation examples, and supports colleagues.',
    descNl: 'Beheert AI-assistenten en -agents in productie: bewaakt kwaliteit, kosten en fouten, verzamelt trainings- en evaluatievoorbeelden en ondersteunt collega’s.',
    reasonEn:
      'Service organisations running AI agents (39% in 2025, 66% expected in 2026 per Salesforce) need people who operate, evaluate and train them; Gartner mentions automation analysts. Overstap composes the role from IT-support, software-QA, systems-analyst and training-specialist tasks plus two Overstap tasks for monitoring AI in production and curating evaluation data.',
    reasonNl:
      'Serviceorganisaties met AI-agents (39% in 2025, 66% verwacht in 2026 volgens Salesforce) hebben mensen nodig die ze beheren, beoordelen en trainen; Gartner noemt automation analysts. Overstap stelt de functie samen uit taken van ICT-support, softwaretesters, systeemanalisten en trainers, plus twee eigen taken: AI in productie bewaken en evaluatiedata samenstellen.',
    domain: 'data & IT',
    jobZone: 4,
    jobZoneWhy: 'the same as Software Quality Assurance Analysts and Computer Systems Analysts (job zone 3–4)',
    altEn: ['AI Operations Analyst', 'AI Trainer', 'Bot Operations Specialist', 'AI Automation Analyst', 'AI Support Specialist'],
    altNl: ['AI-trainer', 'AI-beheerder', 'botbeheerder', 'automation analist'],
    nearest: '15-1253.00',
    salary: 55000,
    salaryEvidence: false,
    salaryNoteEn: 'Assumption: set equal to the EVIDENCE.md F figures for a conversation designer and a data analyst (€55,000).',
    salaryNoteNl: 'Aanname: gelijk aan de EVIDENCE.md F-bedragen voor een conversatieontwerper en een data-analist (€ 55.000).',
    growth: 0.06,
    components: [
      { roleCode: '15-1232.00', weight: 0.2, top: 3 },
      { roleCode: '15-1253.00', weight: 0.2, top: 3 },
      { roleCode: '15-1211.00', weight: 0.15, top: 2 },
      { roleCode: '13-1151.00', weight: 0.1, top: 2 },
    ],
    tasks: [
      { slug: 'monitor-ai-in-production', en: 'Monitor the answer quality, cost and failure rates of AI assistants and agents in production, and escalate and follow up incidents.', nl: 'De antwoordkwaliteit, kosten en foutpercentages van AI-assistenten en -agents in productie bewaken en incidenten escaleren en opvolgen.', category: 'technology_data', exposure: 'E2', automation: 'T2', humanCritical: false, weight: 0.2 },
      { slug: 'curate-evaluation-data', en: 'Label and curate example conversations and feedback to evaluate, tune and retrain AI models.', nl: 'Voorbeeldgesprekken en feedback labelen en samenstellen om AI-modellen te evalueren, bij te stellen en opnieuw te trainen.', category: 'technology_data', exposure: 'E1', automation: 'T3', humanCritical: false, weight: 0.15 },
    ],
    skills: [
      r('ovs:ai-workflow-automation', 3, 5), r('ovs:ai-quality-review', 3, 4.5), r('ovs:prompting-and-evaluating-ai-output', 3, 4.5), r('ovs:ai-literacy', 3, 4.5), r('ovs:responsible-ai', 3, 4),
      r('ovs:data-literacy', 2, 4), r('onet:2.B.3.k', 3.5, 4), r('onet:2.B.3.m', 3.5, 4), r('onet:2.B.4.h', 3, 3.5), r('onet:2.A.2.a', 3.5, 4), r('onet:2.C.3.a', 3.5, 4),
      r('onet:2.B.1.e', 3, 3.5), r('tech:cloud-platforms', 2, 3), r('tech:python', 2, 3), r('tech:sql-databases', 2, 3),
    ],
  },
];
