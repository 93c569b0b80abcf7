import type { AdoptionCurve, Assumptions, Cited, PresetName, TaskCategory } from '../../shared/domain/types';
import { S } from './sources';
import { cited, round } from './util';

type Curve = AdoptionCurve;
const CS: Record<PresetName, Curve> = {
  conservative: { midpoint: 2029, ceiling: 0.6, steepness: 0.5 },
  expected: { midpoint: 2027, ceiling: 0.8, steepness: 0.8 },
  accelerated: { midpoint: 2026, ceiling: 0.9, steepness: 1.0 },
};
const CONTENT: Record<PresetName, Curve> = {
  conservative: { midpoint: 2027.5, ceiling: 0.7, steepness: 0.6 },
  expected: { midpoint: 2026, ceiling: 0.85, steepness: 0.9 },
  accelerated: { midpoint: 2025.5, ceiling: 0.95, steepness: 1.2 },
};

/** Derived categories: a base curve shifted in time and capped lower; the note gives the reason. */
const DERIVED: Record<Exclude<TaskCategory, 'customer_inquiries' | 'content_creation'>, { base: 'cs' | 'content'; shift: number; ceilingDelta: number; en: string; nl: string; sources: string[] }> = {
  campaign_operations: { base: 'content', shift: 0.5, ceilingDelta: -0.05, en: 'Derived from content creation (EVIDENCE.md A): campaign work needs marketing-tool integration (mostly E2 labels), so half a year later and a ceiling 0.05 lower. Marketing & sales is the top genAI function (McKinsey), 35% of AI-using NL firms use it there (CBS).', nl: 'Afgeleid van content maken (EVIDENCE.md A): campagnewerk vraagt integratie met marketingtools (vooral E2-labels), dus een half jaar later en een plafond 0,05 lager. Marketing & sales is de belangrijkste genAI-functie (McKinsey); 35% van de Nederlandse AI-gebruikers zet het daar in (CBS).', sources: [S.mckinsey, S.cbsAi, S.hubspot] },
  analytics_research: { base: 'content', shift: 0.5, ceilingDelta: -0.1, en: 'Derived from content creation (EVIDENCE.md A): analysis is text- and code-heavy like content, but its results need checking (jagged frontier: −19 pp outside it), so half a year later and a ceiling 0.1 lower.', nl: 'Afgeleid van content maken (EVIDENCE.md A): analyse is, net als content, tekst- en codewerk, maar de uitkomsten moeten worden gecontroleerd (jagged frontier: −19 pp daarbuiten), dus een half jaar later en een plafond 0,1 lager.', sources: [S.dellAcqua, S.anthropic] },
  technology_data: { base: 'content', shift: 0, ceilingDelta: -0.05, en: 'Derived from content creation (EVIDENCE.md A): coding and data tasks are the most-used AI tasks (Anthropic Economic Index) but observed coverage of exposed Computer & Math tasks is only 33%, so the same timing with a ceiling 0.05 lower.', nl: 'Afgeleid van content maken (EVIDENCE.md A): programmeer- en datataken worden het meest met AI gedaan (Anthropic Economic Index), maar de waargenomen dekking van blootgestelde Computer & Math-taken is maar 33%, dus dezelfde timing met een plafond 0,05 lager.', sources: [S.anthropic] },
  coordination_admin: { base: 'cs', shift: 0, ceilingDelta: 0, en: 'Derived from customer inquiries (EVIDENCE.md A): routine administrative work needs the same process integration (mostly E2) as service work, so the same curve.', nl: 'Afgeleid van klantvragen (EVIDENCE.md A): routinematig administratief werk vraagt dezelfde procesintegratie (vooral E2) als servicewerk, dus dezelfde curve.', sources: [S.salesforce, S.gartnerCs] },
  relationship_sales: { base: 'cs', shift: 1, ceilingDelta: -0.2, en: 'Derived from customer inquiries (EVIDENCE.md A): selling and negotiating rely on trust (only 15% of NL consumers are positive about chatbots; Klarna re-hired people), so a year later and a ceiling 0.2 lower.', nl: 'Afgeleid van klantvragen (EVIDENCE.md A): verkopen en onderhandelen draaien om vertrouwen (maar 15% van de Nederlandse consumenten is positief over chatbots; Klarna nam weer mensen aan), dus een jaar later en een plafond 0,2 lager.', sources: [S.klarna, S.gartnerCs] },
  people_leadership: { base: 'cs', shift: 2, ceilingDelta: -0.3, en: 'Derived from customer inquiries (EVIDENCE.md A): leading, coaching and hiring people stay human (95% of CS leaders keep human agents, Gartner), so two years later and a ceiling 0.3 lower.', nl: 'Afgeleid van klantvragen (EVIDENCE.md A): leidinggeven, coachen en werven blijven mensenwerk (95% van de CS-leiders houdt menselijke medewerkers, Gartner), dus twee jaar later en een plafond 0,3 lager.', sources: [S.gartnerCs] },
};

function adoption(): Assumptions['adoptionPresets'] {
  const presets = ['conservative', 'expected', 'accelerated'] as const;
  const out = {} as Assumptions['adoptionPresets'];
  for (const p of presets) {
    const rec = {} as Record<TaskCategory, Cited<AdoptionCurve>>;
    rec.customer_inquiries = cited(
      CS[p],
      [S.gartnerCs, S.salesforce, S.klarna, S.humlum],
      'EVIDENCE.md suggested default A: expected gives A(2025) ≈ 0.13, A(2027) = 0.40, between Gartner’s 14% full self-service and Salesforce’s 30% now / 50% by 2027; ceiling 0.8 = Gartner’s “80% of common issues”. Conservative reflects abandoned cut plans (Gartner), Klarna’s reversal and realised savings at ~1/10 of potential.',
      'EVIDENCE.md voorgestelde standaard A: verwacht geeft A(2025) ≈ 0,13, A(2027) = 0,40, tussen Gartners 14% volledige selfservice en Salesforce’ 30% nu / 50% in 2027; plafond 0,8 = Gartners “80% van de veelvoorkomende vragen”. Voorzichtig weerspiegelt geschrapte bezuinigingsplannen (Gartner), Klarna’s ommekeer en gerealiseerde besparingen van ~1/10 van het potentieel.',
      true,
    );
    rec.content_creation = cited(
      CONTENT[p],
      [S.mckinsey, S.hubspot, S.cbsAi, S.noyZhang],
      'EVIDENCE.md suggested default A: content sits about a year ahead of customer service — marketing & sales is the top genAI function (McKinsey), 86% of marketing teams use AI (HubSpot), and writing tasks are mostly E1, needing no integration.',
      'EVIDENCE.md voorgestelde standaard A: content loopt ongeveer een jaar voor op klantenservice — marketing & sales is de belangrijkste genAI-functie (McKinsey), 86% van de marketingteams gebruikt AI (HubSpot), en schrijftaken zijn vooral E1 en vragen geen integratie.',
      true,
    );
    for (const [cat, d] of Object.entries(DERIVED) as [keyof typeof DERIVED, (typeof DERIVED)[keyof typeof DERIVED]][]) {
      const base = d.base === 'cs' ? CS[p] : CONTENT[p];
      rec[cat] = cited(
        { midpoint: round(base.midpoint + d.shift, 2), steepness: base.steepness, ceiling: round(Math.max(0.1, base.ceiling + d.ceilingDelta), 2) },
        [S.assumption, ...d.sources],
        d.en,
        d.nl,
        true,
      );
    }
    out[p] = rec;
  }
  return out;
}

const AUGMENT = {
  conservative: { E0: 0, E1: 0.25, E2: 0.12, r: 0.5 },
  expected: { E0: 0, E1: 0.4, E2: 0.25, r: 0.7 },
  accelerated: { E0: 0, E1: 0.55, E2: 0.4, r: 0.9 },
};

function exposure(): Assumptions['exposurePresets'] {
  const out = {} as Assumptions['exposurePresets'];
  for (const p of ['conservative', 'expected', 'accelerated'] as const) {
    const a = AUGMENT[p];
    out[p] = cited(
      { augmentationByExposure: { E0: a.E0, E1: a.E1, E2: a.E2 }, automationByLevel: { T0: 0, T1: 0.25, T2: 0.5, T3: 0.75, T4: 1 }, realismFactor: a.r },
      [S.gpts, S.noyZhang, S.dellAcqua, S.brynjolfsson, S.salesforce, S.gartnerCs, S.klarna],
      `EVIDENCE.md suggested default B: E1 saving ${a.E1} (expected 0.40 follows Noy & Zhang −40%; Dell’Acqua −25% sets conservative, the rubric’s ≥50% sets accelerated); E2 about half of E1 because the paper’s β weights E2 at 0.5 (Brynjolfsson +14%, Salesforce −20% bracket it). T-levels use the dataset’s own T/4 encoding; realism factor ${a.r} covers GPT-4’s +0.2-level bias and escalation/quality limits (Gartner, Klarna).`,
      `EVIDENCE.md voorgestelde standaard B: besparing E1 ${String(a.E1).replace('.', ',')} (verwacht 0,40 volgt Noy & Zhang −40%; Dell’Acqua −25% bepaalt voorzichtig, de ≥50%-drempel van de rubric versneld); E2 ongeveer de helft van E1 omdat β van het artikel E2 met 0,5 weegt (Brynjolfsson +14%, Salesforce −20% liggen eromheen). T-niveaus gebruiken de eigen T/4-codering van de dataset; realismefactor ${String(a.r).replace('.', ',')} dekt de +0,2-niveau-bias van GPT-4 en grenzen aan escalatie en kwaliteit (Gartner, Klarna).`,
      true,
    );
  }
  return out;
}

export function buildAssumptions(): Assumptions {
  const A = S.assumption;
  return {
    adoptionPresets: adoption(),
    exposurePresets: exposure(),
    defaults: {
      reinvestAutomated: cited(0.2, [A], 'Assumption: 20% of automated time is reinvested (quality, follow-up) rather than freed.', 'Aanname: 20% van de geautomatiseerde tijd wordt opnieuw ingezet (kwaliteit, opvolging) in plaats van vrijgespeeld.', true),
      reinvestAugmented: cited(0.6, [A, S.humlum], 'Assumption: 60% of time saved by assistance is reinvested; realised savings run far below potential (Humlum & Vestergaard: no effect on hours).', 'Aanname: 60% van de tijd die assistentie bespaart wordt opnieuw ingezet; gerealiseerde besparingen blijven ver onder het potentieel (Humlum & Vestergaard: geen effect op uren).', true),
      attritionCustomerService: cited(0.3, [S.attrition], 'EVIDENCE.md J: 30% a year for in-house contact centres (NL estimates 25–45%); outsourced centres about 50%.', 'EVIDENCE.md J: 30% per jaar voor contactcenters in eigen beheer (Nederlandse schattingen 25–45%); uitbestede centers ongeveer 50%.', false),
      attritionOther: cited(0.1, [A, S.attrition], 'Assumption: 10% a year, the national average the NL contact-centre sources compare against.', 'Aanname: 10% per jaar, het landelijk gemiddelde waarmee de Nederlandse contactcenterbronnen vergelijken.', true),
      weeklyLearningHours: cited(4, [A, S.learningTime, S.googleData], 'EVIDENCE.md I: 4 h a week, about 10% of a 36-h week (assumption; range 2–10; Google certificates assume 10 h).', 'EVIDENCE.md I: 4 u per week, ongeveer 10% van een 36-urige week (aanname; bereik 2–10; Google-certificaten gaan uit van 10 u).', true),
      recruitingCost: cited(4500, [S.recruiting], 'EVIDENCE.md D: €4,500 per in-house hire (Intelligence Group 2019: €4,494); used for agents too (no agent-specific NL figure).', 'EVIDENCE.md D: € 4.500 per werving in eigen beheer (Intelligence Group 2019: € 4.494); ook voor agents gebruikt (geen Nederlands cijfer specifiek voor agents).', false),
      agencyRecruitingShare: cited(0.25, [S.recruiting], 'EVIDENCE.md D: agency fee about 25% of annual gross salary; the default for data and marketing-automation hires.', 'EVIDENCE.md D: bureaufee ongeveer 25% van het bruto jaarsalaris; de standaard voor data- en marketingautomatiseringsfuncties.', false),
      onboardingMonthsAgent: cited(3, [S.ttc], 'EVIDENCE.md E: contact-centre agents reach competency in about 3 months (12.9 weeks).', 'EVIDENCE.md E: contactcentermedewerkers zijn na ongeveer 3 maanden (12,9 weken) volledig inzetbaar.', false),
      onboardingMonthsProfessional: cited(6, [S.oxford], 'EVIDENCE.md E: professionals reach full productivity in about 6 months (28 weeks, Oxford Economics).', 'EVIDENCE.md E: professionals zijn na ongeveer 6 maanden (28 weken, Oxford Economics) volledig productief.', false),
      onboardingProductivity: cited(0.5, [A, S.oxford], 'EVIDENCE.md E: average productivity of 50% during ramp-up (assumption, lost-output logic).', 'EVIDENCE.md E: gemiddeld 50% productiviteit tijdens het inwerken (aanname, logica van gederfde output).', true),
      employerOnCost: cited(1.3, [S.onCost, S.onCostPractice], 'EVIDENCE.md G: employer cost = gross salary × 1.30 (EU non-wage share 24.7% implies ≈ +33%; NL rule of thumb ≈ 30%).', 'EVIDENCE.md G: werkgeverslasten = brutosalaris × 1,30 (EU-aandeel niet-loonkosten 24,7% geeft ≈ +33%; Nederlandse vuistregel ≈ 30%).', false),
      transitionPaymentCap: cited(98000, [S.bw673], 'EVIDENCE.md C: €98,000 gross cap for 2025 (or one annual salary if higher); the 2026 cap was not found.', 'EVIDENCE.md C: maximum van € 98.000 bruto voor 2025 (of één jaarsalaris als dat hoger is); het maximum voor 2026 is niet gevonden.', false),
      annualHoursPerFte: cited(1872, [S.cbsWages, A], 'EVIDENCE.md F: 36 h × 52 weeks = 1,872 h per FTE.', 'EVIDENCE.md F: 36 u × 52 weken = 1.872 u per fte.', true),
      openingsPerAutomatedFte: cited(0.1, [A, S.gartnerCs], 'Assumption: 0.1 opening in AI-adjacent roles per automated customer-service FTE; no published figure exists (Gartner: 42% of CS leaders are creating AI roles).', 'Aanname: 0,1 vacature in AI-gerelateerde functies per geautomatiseerde klantenservice-fte; er is geen gepubliceerd cijfer (Gartner: 42% van de CS-leiders creëert AI-functies).', true),
    },
    openingDrivers: [
      { roleCode: 'ovs-knowledge-base-manager', category: 'customer_inquiries', perFreedFte: 0.04, note: { en: 'Assumption: one knowledge-base manager per 25 freed inquiry FTE; Gartner: 58% of CS leaders will upskill agents into knowledge management.', nl: 'Aanname: één kennisbankbeheerder per 25 vrijgespeelde fte klantvragen; Gartner: 58% van de CS-leiders schoolt medewerkers om tot kennismanagement.', nlSource: 'overstap' } },
      { roleCode: 'ovs-conversation-designer', category: 'customer_inquiries', perFreedFte: 0.03, note: { en: 'Assumption: one conversation designer per about 33 freed inquiry FTE; Gartner: 42% of CS leaders are creating conversational-AI roles.', nl: 'Aanname: één conversatieontwerper per ongeveer 33 vrijgespeelde fte klantvragen; Gartner: 42% van de CS-leiders creëert conversational-AI-functies.', nlSource: 'overstap' } },
      { roleCode: 'ovs-ai-operations-specialist', category: 'customer_inquiries', perFreedFte: 0.02, note: { en: 'Assumption: one AI-operations specialist per 50 freed inquiry FTE to run and evaluate the agents that took the work.', nl: 'Aanname: één specialist AI-operations per 50 vrijgespeelde fte klantvragen om de agents die het werk overnamen te beheren en te beoordelen.', nlSource: 'overstap' } },
      { roleCode: 'ovs-ai-content-editor', category: 'content_creation', perFreedFte: 0.1, note: { en: 'Assumption: one AI content editor per 10 freed content-creation FTE to review and approve AI drafts.', nl: 'Aanname: één AI-contentredacteur per 10 vrijgespeelde fte content maken om AI-concepten te beoordelen en goed te keuren.', nlSource: 'overstap' } },
      { roleCode: 'ovs-marketing-automation-specialist', category: 'campaign_operations', perFreedFte: 0.08, note: { en: 'Assumption: one marketing-automation specialist per 12.5 freed campaign-operations FTE as campaigns move into automation platforms.', nl: 'Aanname: één specialist marketingautomatisering per 12,5 vrijgespeelde fte campagnewerk nu campagnes naar automatiseringsplatforms verhuizen.', nlSource: 'overstap' } },
      { roleCode: 'ovs-customer-insights-analyst', category: 'analytics_research', perFreedFte: 0.05, note: { en: 'Assumption: one customer-insights analyst per 20 freed analytics FTE to interpret what AI classifies.', nl: 'Aanname: één klantinzichtanalist per 20 vrijgespeelde fte analysewerk om te duiden wat AI indeelt.', nlSource: 'overstap' } },
      { roleCode: 'ovs-customer-insights-analyst', category: 'customer_inquiries', perFreedFte: 0.01, note: { en: 'Assumption: one customer-insights analyst per 100 freed inquiry FTE, as every conversation becomes analysable data.', nl: 'Aanname: één klantinzichtanalist per 100 vrijgespeelde fte klantvragen, nu elk gesprek analyseerbare data wordt.', nlSource: 'overstap' } },
    ],
  };
}
