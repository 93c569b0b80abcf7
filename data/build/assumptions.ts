import type { AdoptionCurve, Assumptions, Cited, PresetName, TaskCategory } from '../../shared/domain/types';
import { S } from './sources';
import { cited, round } from './util';

type Curve = AdoptionCurve;

/**
 * Calibration to realised time savings (issue 12.7): EVIDENCE A's midpoints made the expected preset
 * free 9.0% of Demo BV's working hours in 2025, three times the 2.8% users in exposed occupations
 * (customer support and marketing among them) saved in Denmark (Humlum & Vestergaard). Every
 * category's midpoint is shifted later by the years below, found by bisection on Demo BV and rounded to
 * a quarter year, so 2025 lands on the observed range: conservative ≈ 1.4% (Bick et al.: share of all
 * US work hours), expected ≈ 2.8% (Humlum & Vestergaard), accelerated ≈ 5.5% (Bick et al.: users'
 * hours). Ceilings and steepness stay A's. test/unit/modelValidation.test.ts checks the anchors hold.
 */
const CALIBRATION_SHIFT: Record<PresetName, number> = { conservative: 1.75, expected: 1.5, accelerated: 1.25 };
const shifted = (c: Curve, p: PresetName): Curve => ({ ...c, midpoint: c.midpoint + CALIBRATION_SHIFT[p] });
const EVIDENCE_A_CS: Record<PresetName, Curve> = {
  conservative: { midpoint: 2029, ceiling: 0.6, steepness: 0.5 },
  expected: { midpoint: 2027, ceiling: 0.8, steepness: 0.8 },
  accelerated: { midpoint: 2026, ceiling: 0.9, steepness: 1.0 },
};
const EVIDENCE_A_CONTENT: Record<PresetName, Curve> = {
  conservative: { midpoint: 2027.5, ceiling: 0.7, steepness: 0.6 },
  expected: { midpoint: 2026, ceiling: 0.85, steepness: 0.9 },
  accelerated: { midpoint: 2025.5, ceiling: 0.95, steepness: 1.2 },
};
const CS = { conservative: shifted(EVIDENCE_A_CS.conservative, 'conservative'), expected: shifted(EVIDENCE_A_CS.expected, 'expected'), accelerated: shifted(EVIDENCE_A_CS.accelerated, 'accelerated') };
const CONTENT = { conservative: shifted(EVIDENCE_A_CONTENT.conservative, 'conservative'), expected: shifted(EVIDENCE_A_CONTENT.expected, 'expected'), accelerated: shifted(EVIDENCE_A_CONTENT.accelerated, 'accelerated') };
const TARGET_2025: Record<PresetName, string> = { conservative: '1.4', expected: '2.8', accelerated: '5.5' };
const calibrationNote = (p: PresetName) => ({
  en: ` Calibrated: midpoint ${CALIBRATION_SHIFT[p]} years later than EVIDENCE.md A suggests, so the ${p} preset frees about ${TARGET_2025[p]}% of the working hours in 2025, as observed (Humlum & Vestergaard 2.8% of users' hours; Bick et al. 1.4% of all hours, 5.5% of users' hours); A's midpoints freed three times the observed savings.`,
  nl: ` Gekalibreerd: middelpunt ${String(CALIBRATION_SHIFT[p]).replace('.', ',')} jaar later dan EVIDENCE.md A voorstelt, zodat het voorstel ${p} in 2025 ongeveer ${TARGET_2025[p].replace('.', ',')}% van de werkuren vrijmaakt, zoals waargenomen (Humlum & Vestergaard 2,8% van de uren van gebruikers; Bick e.a. 1,4% van alle uren, 5,5% van de uren van gebruikers); de middelpunten van A maakten drie keer de waargenomen besparing vrij.`,
});

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
    const cal = calibrationNote(p);
    rec.customer_inquiries = cited(
      CS[p],
      [S.gartnerCs, S.salesforce, S.klarna, S.humlum, S.bick],
      'EVIDENCE.md suggested default A: ceiling 0.8 = Gartner’s “80% of common issues”; A’s expected midpoint 2027 sits between Gartner’s 14% full self-service and Salesforce’s 30% now / 50% by 2027. Conservative reflects abandoned cut plans (Gartner), Klarna’s reversal and realised savings at ~1/10 of potential.' + cal.en,
      'EVIDENCE.md voorgestelde standaard A: plafond 0,8 = Gartners “80% van de veelvoorkomende vragen”; het verwachte middelpunt 2027 van A ligt tussen Gartners 14% volledige selfservice en Salesforce’ 30% nu / 50% in 2027. Voorzichtig weerspiegelt geschrapte bezuinigingsplannen (Gartner), Klarna’s ommekeer en gerealiseerde besparingen van ~1/10 van het potentieel.' + cal.nl,
      true,
    );
    rec.content_creation = cited(
      CONTENT[p],
      [S.mckinsey, S.hubspot, S.cbsAi, S.noyZhang, S.humlum, S.bick],
      'EVIDENCE.md suggested default A: content sits about a year ahead of customer service — marketing & sales is the top genAI function (McKinsey), 86% of marketing teams use AI (HubSpot), and writing tasks are mostly E1, needing no integration.' + cal.en,
      'EVIDENCE.md voorgestelde standaard A: content loopt ongeveer een jaar voor op klantenservice — marketing & sales is de belangrijkste genAI-functie (McKinsey), 86% van de marketingteams gebruikt AI (HubSpot), en schrijftaken zijn vooral E1 en vragen geen integratie.' + cal.nl,
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
      attritionOther: cited(0.1, [A, S.attrition], 'Assumption: 10% a year, the national average the NL contact-centre sources compare against; used for back-office clerks, team leads, managers and professionals on every contract (no Dutch figure per role family).', 'Aanname: 10% per jaar, het landelijk gemiddelde waarmee de Nederlandse contactcenterbronnen vergelijken; gebruikt voor backofficemedewerkers, teamleiders, managers en professionals bij elk contract (geen Nederlands cijfer per functiegroep).', true),
      attritionOutsourced: cited(0.5, [S.attrition], 'EVIDENCE.md J: 50% a year for outsourced contact-centre agents (industry estimates 40–100%).', 'EVIDENCE.md J: 50% per jaar voor uitbestede contactcentermedewerkers (schattingen in de sector 40–100%).', false),
      fixedTermRenewal: cited(0.5, [A], 'Assumption: a fixed-term contract runs a year and half of those that end are renewed or made permanent; no Dutch figure on renewals is in the evidence. Editable per scenario.', 'Aanname: een tijdelijk contract loopt een jaar en de helft van de aflopende contracten wordt verlengd of vast; de onderbouwing bevat geen Nederlands cijfer over verlengingen. Per scenario aan te passen.', true),
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
