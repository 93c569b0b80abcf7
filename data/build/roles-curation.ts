/**
 * Hand review of the ESCO matches (Nesta crosswalk + exact-title heuristic) per O*NET code.
 * `esco` lists the ESCO preferred labels judged good matches; loose ones (e.g. 15-1252.00 →
 * "software tester", 11-3021.00 → "technical director"/"inspiciënt", 43-4151.00 → "warehouse
 * order picker") are left out on purpose. `nl` is the Dutch title: `{ esco: label }` takes ESCO's
 * own Dutch label, a plain string is written for Overstap where ESCO's label is absent or off.
 */
interface RoleCuration {
  esco: string[];
  nl: string | { esco: string };
  domain: string;
  /** People may move into this current role (O*NET's selection lists it as current only). */
  target?: true;
}

export const ROLE_CURATION: Record<string, RoleCuration> = {
  '11-2011.00': { esco: ['advertising manager', 'brand manager'], nl: 'Manager reclame en promotie', domain: 'marketing' },
  '11-2021.00': { esco: ['marketing manager', 'chief marketing officer', 'digital marketing manager', 'online sales channel manager', 'brand manager', 'category manager', 'product manager'], nl: { esco: 'marketing manager' }, domain: 'marketing' },
  '11-2022.00': { esco: ['sales manager', 'sales account manager', 'commercial director', 'ICT business development manager'], nl: { esco: 'sales manager' }, domain: 'sales' },
  '11-2032.00': { esco: ['public relations manager', 'communication manager'], nl: { esco: 'public relations manager' }, domain: 'marketing' },
  '11-2033.00': { esco: ['fundraising manager', 'programme funding manager'], nl: 'Manager fondsenwerving', domain: 'marketing' },
  '13-1121.00': { esco: ['event manager', 'event assistant'], nl: 'Evenementen- en congresplanner', domain: 'marketing' },
  '13-1161.00': { esco: ['market research analyst', 'marketing consultant', 'online marketer', 'marketing assistant', 'advertising media planner', 'pricing specialist'], nl: 'Marktonderzoeker en marketingspecialist', domain: 'marketing' },
  '13-1161.01': { esco: ['search engine optimisation expert', 'online marketer'], nl: 'Zoekmachinemarketingstrateeg (SEO/SEA)', domain: 'marketing' },
  '27-1024.00': { esco: ['graphic designer', 'digital artist'], nl: { esco: 'graphic designer' }, domain: 'content' },
  '27-3031.00': { esco: ['public relations officer', 'spokesperson'], nl: { esco: 'public relations officer' }, domain: 'content' },
  '27-3041.00': { esco: ['book editor', 'editorial assistant', 'magazine editor', 'publications coordinator', 'copy editor'], nl: 'Redacteur', domain: 'content' },
  '27-3043.00': { esco: ['advertising copywriter', 'writer'], nl: 'Tekstschrijver en auteur (copywriter)', domain: 'content' },
  '27-3091.00': { esco: ['translator', 'interpreter', 'localiser', 'subtitler'], nl: 'Vertaler en tolk', domain: 'content' },
  '27-4032.00': { esco: ['video and motion picture editor'], nl: { esco: 'video and motion picture editor' }, domain: 'content' },
  '41-1012.00': { esco: [], nl: 'Teamleider verkoop (zakelijk)', domain: 'sales' },
  '41-3011.00': { esco: ['advertising sales agent'], nl: 'Verkoper advertentieruimte', domain: 'sales' },
  '41-3091.00': { esco: ['commercial sales representative'], nl: 'Vertegenwoordiger dienstverkoop', domain: 'sales' },
  '41-4012.00': { esco: ['commercial sales representative'], nl: 'Vertegenwoordiger groothandel en industrie', domain: 'sales' },
  '41-9011.00': { esco: ['promotions demonstrator'], nl: { esco: 'promotions demonstrator' }, domain: 'marketing' },
  '41-9041.00': { esco: ['call centre agent'], nl: 'Telemarketeer (outbound callcentermedewerker)', domain: 'customer service' },
  // Team lead is the classic internal step up for agents and back-office staff (and the quality-auditor
  // role sits here too), so people may move into it although it is a current role.
  '43-1011.00': { esco: ['contact centre supervisor', 'call centre supervisor', 'call centre manager', 'contact centre manager', 'call centre quality auditor', 'office manager', 'data entry supervisor'], nl: 'Teamleider klantenservice en administratie', domain: 'customer service', target: true },
  '43-2011.00': { esco: ['telephone switchboard operator'], nl: { esco: 'telephone switchboard operator' }, domain: 'customer service' },
  '43-3011.00': { esco: ['debt collector', 'insurance collector'], nl: { esco: 'debt collector' }, domain: 'customer service' },
  '43-4021.00': { esco: ['foreign language correspondence clerk'], nl: 'Correspondentiemedewerker', domain: 'customer service' },
  '43-4051.00': { esco: ['customer service representative', 'customer contact centre information clerk', 'live chat operator'], nl: 'Klantenservicemedewerker', domain: 'customer service' },
  '43-4151.00': { esco: ['sales processor'], nl: 'Orderverwerker', domain: 'customer service' },
  '43-4171.00': { esco: ['receptionist'], nl: 'Receptionist en informatiemedewerker', domain: 'customer service' },
  '43-4181.00': { esco: ['ticket sales agent', 'railway sales agent', 'tourist information officer'], nl: 'Reserverings- en ticketmedewerker', domain: 'customer service' },
  '43-9021.00': { esco: ['data entry clerk'], nl: { esco: 'data entry clerk' }, domain: 'customer service' },
  '11-3021.00': { esco: ['chief information officer', 'ICT operations manager', 'chief technology officer', 'software manager', 'chief data officer'], nl: 'ICT-manager', domain: 'data & IT' },
  '11-3131.00': { esco: ['corporate training manager'], nl: 'Manager opleiding en ontwikkeling', domain: 'learning & development' },
  '13-1082.00': { esco: ['project manager'], nl: { esco: 'project manager' }, domain: 'management' },
  '13-1111.00': { esco: ['business analyst', 'business consultant'], nl: 'Organisatieadviseur en bedrijfsanalist', domain: 'management' },
  '13-1151.00': { esco: ['corporate trainer', 'ICT trainer', 'e-learning architect'], nl: 'Trainer en opleidingsspecialist', domain: 'learning & development' },
  '15-1211.00': { esco: ['ICT system analyst', 'ICT business analyst', 'software analyst'], nl: { esco: 'ICT system analyst' }, domain: 'data & IT' },
  '15-1221.00': { esco: ['computer scientist', 'ICT intelligent systems designer', 'ICT research consultant'], nl: 'Computerwetenschapper (AI-onderzoek)', domain: 'data & IT' },
  '15-1232.00': { esco: ['ICT help desk agent'], nl: 'ICT-supportmedewerker', domain: 'data & IT' },
  '15-1242.00': { esco: ['database administrator'], nl: { esco: 'database administrator' }, domain: 'data & IT' },
  '15-1243.00': { esco: ['database designer', 'database developer', 'data warehouse designer'], nl: 'Database-architect', domain: 'data & IT' },
  '15-1243.01': { esco: ['data warehouse designer'], nl: 'Datawarehousespecialist', domain: 'data & IT' },
  '15-1252.00': { esco: ['software developer', 'software architect', 'mobile application developer'], nl: { esco: 'software developer' }, domain: 'data & IT' },
  '15-1253.00': { esco: ['software tester', 'ICT test analyst', 'ICT quality assurance manager'], nl: 'Softwaretester en QA-analist', domain: 'data & IT' },
  '15-1254.00': { esco: ['web developer'], nl: { esco: 'web developer' }, domain: 'data & IT' },
  '15-1255.00': { esco: ['user interface designer', 'user experience analyst'], nl: 'Web- en interfaceontwerper (UX/UI)', domain: 'data & IT' },
  '15-1299.01': { esco: ['webmaster', 'web content manager'], nl: 'Webbeheerder', domain: 'data & IT' },
  '15-1299.09': { esco: ['ICT project manager'], nl: { esco: 'ICT project manager' }, domain: 'management' },
  '15-2031.00': { esco: [], nl: 'Operationeel onderzoeker (operations research)', domain: 'data & IT' },
  '15-2041.00': { esco: ['statistician', 'biometrician', 'demographer'], nl: { esco: 'statistician' }, domain: 'data & IT' },
  '15-2051.00': { esco: ['data scientist', 'data analyst'], nl: { esco: 'data scientist' }, domain: 'data & IT' },
  '15-2051.01': { esco: ['data analyst', 'business intelligence manager', 'call centre analyst'], nl: 'BI-analist (business intelligence)', domain: 'data & IT' },
  '25-9031.00': { esco: ['instructional designer', 'e-learning developer'], nl: { esco: 'instructional designer' }, domain: 'learning & development' },
  '27-3042.00': { esco: ['technical communicator'], nl: 'Technisch schrijver', domain: 'content' },
  '43-9111.00': { esco: ['statistical assistant'], nl: { esco: 'statistical assistant' }, domain: 'data & IT' },
};

/**
 * Dutch salary data the evidence holds for a role itself: EVIDENCE.md section F, and CBS StatLine
 * 85517NED (section 4) where it names the occupation (graphic designers €22.30/h, converted as F
 * converts CBS hourly wages: × 1,872 h × 1.08 holiday allowance, rounded to €100). Every other O*NET
 * role gets the one conversion fitted on these anchors (see salaryConversion in roles.ts).
 */
export const SALARY_ANCHORS: Record<string, { eur: number; label: string; sources: readonly string[]; basis: 'F' | 'CBS' }> = {
  '43-4051.00': { eur: 37000, label: 'customer-service representative (in-house)', sources: ['manpower-cs-salary-2025'], basis: 'F' },
  '41-9041.00': { eur: 32000, label: 'call-centre agent (outsourced)', sources: ['cao-facilitaire-contactcenters', 'cbs-85517ned'], basis: 'F' },
  '13-1161.00': { eur: 52000, label: 'marketing specialist', sources: ['cbs-85517ned'], basis: 'F' },
  '27-3043.00': { eur: 45000, label: 'content creator / copywriter', sources: ['cbs-85517ned'], basis: 'F' },
  '15-2051.01': { eur: 55000, label: 'data analyst', sources: ['cbs-85517ned'], basis: 'F' },
  '27-1024.00': { eur: 45100, label: 'graphic designer (CBS grafisch vormgevers €22.30/h × 1,872 h × 1.08)', sources: ['cbs-85517ned'], basis: 'CBS' },
};
