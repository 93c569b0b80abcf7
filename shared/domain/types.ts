/**
 * Domain types shared by the dataset, the model and every door.
 * Owns: plain data shapes only. Must not import anything outside shared/.
 */

export type Lang = 'en' | 'nl';

/**
 * Text in both languages. `nlSource` says where the Dutch comes from: ESCO's own Dutch label,
 * or a translation written for Overstap (shown as such in the app).
 */
export interface Text {
  en: string;
  nl: string;
  nlSource: 'esco' | 'overstap';
}

/** A citable source; every figure that is data or an assumption points at one or more of these by id. */
export interface Source {
  id: string;
  title: string;
  /** Full citation as it appears on the Sources page. */
  citation: string;
  licence: string;
  url?: string;
  /** Evidence strength as the evidence review labels it: P primary, S secondary, U unverified, A assumption (a modelling choice). */
  strength: 'P' | 'S' | 'U' | 'A';
}

/** A value that is an assumption or taken from evidence: always carries its reason and source ids. */
export interface Cited<T = number> {
  value: T;
  sourceIds: string[];
  /** Why this value, in both languages (message text, not a key: it is data). */
  note: Text;
  isAssumption: boolean;
}

export type ExposureLabel = 'E0' | 'E1' | 'E2';
export type AutomationLabel = 'T0' | 'T1' | 'T2' | 'T3' | 'T4';
type TaskType = 'core' | 'supplemental';

/** Task categories: adoption curves are set per category. */
export const TASK_CATEGORIES = [
  'customer_inquiries',
  'content_creation',
  'campaign_operations',
  'analytics_research',
  'relationship_sales',
  'coordination_admin',
  'technology_data',
  'people_leadership',
] as const;
export type TaskCategory = (typeof TASK_CATEGORIES)[number];

export interface Task {
  /** O*NET task id as a string ("3224"), or "ovs-t-<slug>" for a task Overstap defines for an emerging role. */
  id: string;
  /** Role code of the occupation the task belongs to in its source. */
  roleCode: string;
  statement: Text;
  type: TaskType | null;
  category: TaskCategory;
  /** Which documented rule assigned the category (e.g. "iwa:4.A.4.a.5.I01" or "keyword:answer"). */
  categoryRule: string;
  humanExposure: ExposureLabel | null;
  gpt4Exposure: ExposureLabel | null;
  gpt4Automation: AutomationLabel | null;
  /** Work activities this task links to (O*NET Tasks to DWAs). */
  dwaIds: string[];
  iwaIds: string[];
  /** Microsoft "Working with AI" usage signal over the task's IWAs (mean completion × scope × coverage); null if none. */
  aiUsageSignal: number | null;
  /** Work where a person must stay in the loop (e.g. de-escalation, negotiation, care); informs the UI, not a multiplier. */
  humanCritical: boolean;
  source: 'onet' | 'onet-emerging' | 'overstap';
}

export type RoleFamily = 'current' | 'target' | 'emerging';

export interface TaskShare {
  taskId: string;
  /** Share of the role's working time, 0..1; the shares of a role sum to 1. */
  share: number;
}

export interface SkillRequirement {
  skillId: string;
  /** Required proficiency on the Overstap scale 0..5. */
  level: number;
  /** Importance 1..5 (O*NET IM scale); the weight in the fit formula. */
  importance: number;
}

export interface Role {
  /** O*NET-SOC code ("43-4051.00") or "ovs-<slug>". */
  code: string;
  title: Text;
  description: Text;
  family: RoleFamily;
  /** Whether people may move into this role. */
  isTarget: boolean;
  /** marketing, customer service, sales, data & IT, content, … (English key). */
  domain: string;
  onetCode: string | null;
  socCode: string | null;
  escoUris: string[];
  iscoCode: string | null;
  /** O*NET job zone 1..5 (preparation level). */
  jobZone: number;
  alternateTitles: { en: string[]; nl: string[] };
  /** Default gross annual salary in euros, incl. holiday allowance. */
  salary: Cited<number>;
  /** Default annual employment growth rate (e.g. 0.006 = +0.6 % a year). */
  growth: Cited<number>;
  /** Time shares over the role's tasks, summing to 1 (assumption, documented). */
  taskMix: TaskShare[];
  taskMixBasis: 'onet-ratings' | 'paper-weights' | 'overstap';
  skills: SkillRequirement[];
  skillsBasis: 'onet' | 'derived' | 'overstap';
  /**
   * The whole levels a person in this role typically holds (O*NET rates every skill and knowledge area
   * of the occupation, not only the required ones), raised to the requirements. A person's skill with
   * no record is inferred from their current role's profile (source "inferred"). Absent in datasets
   * built before 2026.11.2: the requirements stand in for it.
   */
  profile?: { skillId: string; level: number }[];
  /** Who defines the role: O*NET, or Overstap for emerging roles (with the reasoning). */
  definedBy: 'onet' | 'overstap';
  reasoning: Text | null;
}

type SkillCategory = 'skill' | 'knowledge' | 'technology' | 'ai' | 'work_style';

export interface Skill {
  /** "onet:2.A.1.a", "tech:<slug>", "ovs:<slug>" */
  id: string;
  name: Text;
  description: Text | null;
  category: SkillCategory;
  externalIds: { onet?: string; esco?: string };
  definedBy: 'onet' | 'esco' | 'overstap';
}

export type LearningFormat = 'e-learning' | 'classroom' | 'workshop' | 'on-the-job' | 'certificate' | 'bootcamp';

export interface LearningModule {
  id: string;
  title: Text;
  skillId: string;
  /** The module raises the skill from fromLevel to toLevel (0..5, fromLevel < toLevel). */
  fromLevel: number;
  toLevel: number;
  hours: number;
  /** Direct cost in euros (fees, licences), excluding the learner's wage. */
  cost: number;
  format: LearningFormat;
  language: Lang;
  /** Module ids that must be done first. */
  prerequisites: string[];
  /** Why these hours and this cost (labelled assumption). */
  basis: Cited<null>;
}

export interface AdoptionCurve {
  /** Year at which adoption reaches half its ceiling (may be fractional, e.g. 2026.5). */
  midpoint: number;
  /** Logistic steepness k per year. */
  steepness: number;
  /** Long-run share of exposed task volume done with AI, 0..1. */
  ceiling: number;
}

export type PresetName = 'conservative' | 'expected' | 'accelerated';

/** The editable assumption table: how labels turn into automated and augmented time. */
export interface ExposureAssumptions {
  /** Time saved by assistance per exposure level (s_E), 0..1. */
  augmentationByExposure: Record<ExposureLabel, number>;
  /** T-level to automatable share before realism: T/4. */
  automationByLevel: Record<AutomationLabel, number>;
  /** Realism factor r applied to automationByLevel, 0..1. */
  realismFactor: number;
}

export interface Assumptions {
  /** Per preset, per category, with citations. */
  adoptionPresets: Record<PresetName, Record<TaskCategory, Cited<AdoptionCurve>>>;
  exposurePresets: Record<PresetName, Cited<ExposureAssumptions>>;
  /** Scalar defaults used by scenarios and the reskilling engine, each cited. */
  defaults: {
    reinvestAutomated: Cited;
    reinvestAugmented: Cited;
    attritionCustomerService: Cited;
    attritionOther: Cited;
    /** Outsourced contact-centre staff (EVIDENCE J); absent in datasets built before 2026.12. */
    attritionOutsourced?: Cited;
    /** Share of ending fixed-term contracts that are renewed (assumption); absent before 2026.12. */
    fixedTermRenewal?: Cited;
    weeklyLearningHours: Cited;
    recruitingCost: Cited;
    agencyRecruitingShare: Cited;
    onboardingMonthsAgent: Cited;
    onboardingMonthsProfessional: Cited;
    onboardingProductivity: Cited;
    employerOnCost: Cited;
    transitionPaymentCap: Cited;
    annualHoursPerFte: Cited;
    /** Openings per automated customer-service FTE in AI-adjacent roles (labelled assumption). */
    openingsPerAutomatedFte: Cited;
  };
  /** Which roles an automated FTE in a category drives openings for, and how many (labelled assumption). */
  openingDrivers: { roleCode: string; category: TaskCategory; perFreedFte: number; note: Text }[];
}

export type ContractType = 'permanent' | 'temporary' | 'outsourced';
export type SkillSource = 'self' | 'manager' | 'learning' | 'inferred';
export type AgeBand = '<25' | '25-34' | '35-44' | '45-54' | '55+';
export type Gender = 'female' | 'male' | 'other';

export interface EmployeeSkill {
  skillId: string;
  level: number;
  source: SkillSource;
}

export interface ConsentRecord {
  field: 'ageBand' | 'gender';
  purpose: 'fairness-audit';
  givenAt: string; // ISO date-time
  recordedBy: string;
}

export interface Employee {
  id: string;
  name: string | null;
  roleCode: string;
  /** True when the role was matched uncertainly on import and needs a person to confirm it. */
  roleToReview: boolean;
  fte: number;
  weeklyHours: number;
  department: string;
  location: string;
  managerId: string | null;
  /** The team the person works in (from the HR export or the demo organisation); null or absent when unknown. */
  team?: string | null;
  startDate: string; // ISO date
  contractType: ContractType;
  /** Gross annual salary in euros; null means the role's default. */
  salary: number | null;
  skills: EmployeeSkill[];
  /** Only present with a consent record for the field; read only by the fairness audit. */
  ageBand?: AgeBand | null;
  gender?: Gender | null;
  consents: ConsentRecord[];
  /** AVG art. 21 objection to being scored. */
  objection: { since: string; reason: string } | null;
}

export interface Organisation {
  name: string;
  /** Generated demo data or a real import. */
  isDemo: boolean;
  seed: number | null;
  employees: Employee[];
}

export interface Dataset {
  version: string;
  generatedFrom: string;
  sources: Source[];
  roles: Role[];
  tasks: Task[];
  skills: Skill[];
  modules: LearningModule[];
  assumptions: Assumptions;
  /** How the categories were assigned, how shares and levels were derived: shown on the Methodology page. */
  methods: { id: string; title: Text; body: Text }[];
}
