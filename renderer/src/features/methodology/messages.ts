import { defineMessages } from '../../i18n/define';

export default defineMessages(
  {
    methodology: {
      title: 'Methodology',
      lead: 'How Overstap gets from published research to hours, FTE, paths and costs, in plain words. Every figure in the app can explain itself; this page explains the method behind all of them.',
      contents: 'On this page',
      modelHeading: 'The model, step by step',
      dataHeading: 'How the dataset was built',
      formula: 'Formula',
      assumptions: 'Labelled assumptions',
      sourcesLabel: 'Sources',
      openSources: 'All sources and licences',
      loading: 'Loading the method notes of the dataset…',
      error: 'The method notes of the dataset could not be loaded.',
      dataEmpty: 'The dataset carries no method notes.',
      sections: {
        adoption: {
          title: 'Adoption over time',
          body: 'Research says which tasks AI could change; it does not say when an organisation will actually use it. Overstap models adoption per task category as an S-curve: slow at first, fastest around a midpoint year, then levelling off at a ceiling below 100%.\n\nThree presets (conservative, expected, accelerated) differ in midpoint, steepness and ceiling. They are calibrated to the time savings people actually report: in 2025 they free about 1.4%, 2.8% and 5.5% of all working hours, the range measured in 2024–25 (Humlum & Vestergaard: 2.8% of users’ hours in exposed Danish occupations such as customer support and marketing; Bick, Blandin & Deming: 1.4% of all US work hours, 5.5% of users’ hours). The adoption surveys alone would have freed about three times as much in 2025, so every midpoint was moved later (1.75, 1.5 and 1.25 years); the ceilings stay. The baseline scenario no-ai keeps adoption at zero, so you can compare against doing nothing.',
          formula: 'adoption(category, year) = ceiling ÷ (1 + e^(−steepness × (year − midpoint)))',
          assumptions: 'Midpoint, steepness and ceiling of every preset are assumptions, informed by adoption surveys and calibrated to the realised 2025 savings (see Sources); the realism factor on the automation levels keeps its own citation. All are editable per scenario with sliders.',
        },
        time: {
          title: 'From exposure to automated and augmented time',
          body: 'Each task carries two ratings from the GPTs-are-GPTs study: exposure (E0 none, E1 direct, E2 with tools) and an automation level (T0 none to T4 full). Overstap splits the time AI saves on a task in two, because the split decides whether work disappears or changes: automated time is work taken away from people; augmented time is work people still do, faster.\n\nThe label source is a scenario setting: the human raters, GPT-4, their average (the default) or the more cautious of the two.',
          formula: 'automated = adoption × a(T) · augmented = adoption × (1 − a(T)) × g(E), with a(T) = T ÷ 4 × realism factor',
          assumptions: 'The realism factor and the time saved per exposure level g(E1), g(E2) are assumptions with citations beside each default (e.g. field experiments on writing and customer support).',
        },
        'role-impact': {
          title: 'Impact per role',
          body: 'A role is a mix of tasks with time shares that add up to 100%. The role’s automated and augmented shares are the time-weighted sums over its tasks. Hours freed follow from both; FTE freed counts only the part not reinvested, because time saved by assistance is more often spent on quality than time removed altogether.\n\nA role is high risk in a year when automated plus augmented time reaches 50% of its working time, medium from 25%.',
          formula: 'FTE freed = FTE × (automated × (1 − reinvested automated) + augmented × (1 − reinvested augmented))',
          assumptions: 'Reinvested share of automated time 0.2 and of augmented time 0.6; risk thresholds 50% and 25%. All editable per scenario.',
        },
        workforce: {
          title: 'Demand, supply and the redeployment pool',
          body: 'Today’s staff already work with today’s AI use, so demand is measured from the start year: it starts at today’s FTE and falls only with the adoption still to come, and grows with the role’s employment trend. There is no surplus on day one.\n\nEach later year people leave: attrition per role family (contact-centre agents, back office, team leads and managers, professionals) and contract type (permanent, fixed-term, outsourced), plus fixed-term contracts that end and are not renewed. The organisation then hires up to the FTE needed (unless leavers are not replaced). Every screen, export and the command line show the same hires, leavers, surplus and shortfall per role and year.\n\nRedeployment candidates are the people in roles whose demand falls over the horizon, not only an arithmetic surplus: with high attrition a shrinking role may have no surplus, yet its people are the natural source for growing roles. Openings in AI-adjacent roles come from their drivers and from the planner.',
          formula: 'demand = FTE × (1 − freed share in the year) ÷ (1 − freed share in the start year) × (1 + growth)^(year − start year) · available = last year − leavers + hired, hired = max(0, demand − (last year − leavers))',
          assumptions: 'Growth rates come from US employment projections (BLS) and are labelled as such. Attrition: contact-centre agents 30% a year in-house and 50% outsourced (Dutch industry estimates 25–45% and 40–100%); other families 10%, the national average (an assumption: no Dutch figure per family). Fixed-term contracts run a year and half of those ending are renewed (an assumption). Growth of the emerging roles and the drivers of new openings are assumptions too. All editable per scenario.',
        },
        fit: {
          title: 'Fit, gaps and learning paths',
          body: 'Fit compares a person’s skill levels with what a target role requires, weighted by how important each skill is for the role. A skill counts fully once the person reaches the required level, partly before. Every required skill is graded: matched, small, medium or large gap.\n\nThe learning path is the set of modules with the fewest learning hours that closes every gap, with prerequisites first. Finishing a module raises the skill (source “learning”). Time to ready is the learning hours divided by the weekly learning hours; the cost is the modules plus the learning hours at the person’s wage.',
          formula: 'fit = Σ weight × min(1, level ÷ required) ÷ Σ weight',
          assumptions: 'Module hours and costs are assumptions (no open catalogue with hours exists); weekly learning hours default to a cited survey value.',
        },
        transitions: {
          title: 'Which moves are proposed',
          body: 'A move is viable when the job-zone distance is at most 1 and either the fit is at least 0.6 or the person can be ready within 52 weeks. It is desirable when the target role’s level and wage are not below the current ones (within a tolerance). It is safer when the target role’s demand at the horizon, per unit of today’s demand, is higher than the current role’s.\n\nExposure alone cannot decide this: under the GPT-4 labels, data and software roles are as exposed as contact-centre work, so growth matters. The ranking shows every component, not only a total.',
          formula: 'demand index at the horizon = (1 − FTE-freed share) × (1 + growth)^horizon',
          assumptions: 'The thresholds 1 job zone, fit 0.6 and 52 weeks are editable.',
        },
        assignment: {
          title: 'Matching people to openings',
          body: 'Candidates are matched to openings so that the total of fit minus a penalty for weeks to ready is as large as possible, within the number of openings per role. The method is exact and deterministic (minimum-cost flow), so the same inputs always give the same assignment. What stays open is external hiring.\n\nAn assignment is a proposal: a plan stays a draft until a person approves it.',
          formula: 'maximise Σ (fit − λ × weeks to ready ÷ 52), λ = 0.5 by default',
          assumptions: 'λ is an assumption and editable.',
        },
        fairness: {
          title: 'Fairness',
          body: 'Protected attributes (age band, gender) never enter a score; a test proves that scores stay the same when they change. They exist only with recorded consent and are read only by the fairness audit, which compares groups on the share with a viable path, the mean fit and the assignment rate, and flags a ratio below 0.8 (the four-fifths rule).\n\nAny aggregate of people by department, location or demographic group is hidden when the group is smaller than the minimum group size (default 5, never below 3). People who object to being scored (GDPR art. 21) get no score at all.',
          formula: 'flag when rate(group) ÷ rate(best group) < 0.8',
        },
        'business-case': {
          title: 'Business case: reskill or replace',
          body: 'Reskilling costs the modules plus the learning hours at the person’s wage. Replacing costs the Dutch transition payment and notice period (from salary and tenure, art. 7:673 BW) plus recruiting a new hire and the months until that hire is fully productive. Both are shown per person and in total.',
          formula: 'replace = transition payment + notice + recruiting + onboarding · reskill = modules + learning hours × hourly wage',
          assumptions: 'Recruiting cost, onboarding months and employer on-costs are cited defaults with their strength shown; all editable per scenario.',
        },
        limits: {
          title: 'What to keep in mind',
          body: 'O*NET describes US occupations and tasks; Overstap maps Dutch roles onto them, so a task list is a well-documented approximation, not your organisation’s own job description.\n\nThe exposure labels date from 2023 (GPT-4). They say what the technology could do to a task, not what organisations will adopt, and newer models may differ.\n\nThe automation levels T0–T4 were rated by GPT-4 only; the exact wording of the T0–T4 rubric was not found in the published material, so the descriptions in this app are Overstap’s paraphrase.\n\nGrowth rates are US projections. Module hours, adoption presets, reinvested shares and the drivers of new roles are assumptions. Every assumption is marked as such where it is used, with its reason, and can be changed; the change and its reason go to the audit log.\n\nThe demo organisation is synthetic: no real person is in it.',
        },
      },
    },
  },
  {
    methodology: {
      title: 'Methode',
      lead: 'Hoe Overstap van gepubliceerd onderzoek komt tot uren, fte, paden en kosten, in gewone woorden. Elk getal in de app kan zichzelf uitleggen; deze pagina legt de methode achter alle getallen uit.',
      contents: 'Op deze pagina',
      modelHeading: 'Het model, stap voor stap',
      dataHeading: 'Hoe de dataset is gebouwd',
      formula: 'Formule',
      assumptions: 'Gemarkeerde aannames',
      sourcesLabel: 'Bronnen',
      openSources: 'Alle bronnen en licenties',
      loading: 'Methodenotities van de dataset laden…',
      error: 'De methodenotities van de dataset konden niet worden geladen.',
      dataEmpty: 'De dataset bevat geen methodenotities.',
      sections: {
        adoption: {
          title: 'Adoptie in de tijd',
          body: 'Onderzoek zegt welke taken AI zou kunnen veranderen, niet wanneer een organisatie het echt gaat gebruiken. Overstap modelleert de adoptie per taakcategorie als een S-curve: eerst langzaam, het snelst rond een middenjaar, daarna afvlakkend naar een plafond onder 100%.\n\nDrie voorinstellingen (voorzichtig, verwacht, versneld) verschillen in middenjaar, steilheid en plafond. Ze zijn gekalibreerd op de tijdwinst die mensen werkelijk melden: in 2025 maken ze ongeveer 1,4%, 2,8% en 5,5% van alle werkuren vrij, de bandbreedte die in 2024–25 is gemeten (Humlum & Vestergaard: 2,8% van de uren van gebruikers in blootgestelde Deense beroepen zoals klantenservice en marketing; Bick, Blandin & Deming: 1,4% van alle Amerikaanse werkuren, 5,5% van de uren van gebruikers). Op grond van alleen de adoptie-enquêtes zou in 2025 ongeveer drie keer zoveel vrijkomen, dus elk middenjaar is later gelegd (1,75, 1,5 en 1,25 jaar); de plafonds blijven. Het basisscenario zonder AI houdt de adoptie op nul, zodat je kunt vergelijken met niets doen.',
          formula: 'adoptie(categorie, jaar) = plafond ÷ (1 + e^(−steilheid × (jaar − middenjaar)))',
          assumptions: 'Middenjaar, steilheid en plafond van elke voorinstelling zijn aannames, onderbouwd met adoptie-enquêtes en gekalibreerd op de gerealiseerde tijdwinst in 2025 (zie Bronnen); de realismefactor op de automatiseringsniveaus houdt zijn eigen bron. Alles is per scenario aan te passen met schuifregelaars.',
        },
        time: {
          title: 'Van blootstelling naar geautomatiseerde en ondersteunde tijd',
          body: 'Elke taak heeft twee beoordelingen uit het onderzoek GPTs are GPTs: blootstelling (E0 geen, E1 direct, E2 met tools) en een automatiseringsniveau (T0 geen tot T4 volledig). Overstap splitst de tijd die AI op een taak bespaart in tweeën, omdat die splitsing bepaalt of werk verdwijnt of verandert: geautomatiseerde tijd is werk dat bij mensen weggaat; ondersteunde tijd is werk dat mensen nog steeds doen, maar sneller.\n\nDe labelbron is een scenario-instelling: de menselijke beoordelaars, GPT-4, hun gemiddelde (standaard) of de voorzichtigste van de twee.',
          formula: 'geautomatiseerd = adoptie × a(T) · ondersteund = adoptie × (1 − a(T)) × g(E), met a(T) = T ÷ 4 × realiteitsfactor',
          assumptions: 'De realiteitsfactor en de tijdsbesparing per blootstellingsniveau g(E1), g(E2) zijn aannames, met bronnen naast elke standaardwaarde (bijv. veldexperimenten met schrijfwerk en klantenservice).',
        },
        'role-impact': {
          title: 'Impact per rol',
          body: 'Een rol is een mix van taken met tijdsaandelen die samen 100% zijn. De geautomatiseerde en ondersteunde aandelen van de rol zijn de naar tijd gewogen sommen over de taken. Vrijgekomen uren volgen uit beide; vrijgekomen fte telt alleen het deel dat niet wordt herbesteed, omdat tijd die met hulp wordt bespaard vaker in kwaliteit gaat zitten dan tijd die helemaal wegvalt.\n\nEen rol heeft in een jaar een hoog risico als geautomatiseerde plus ondersteunde tijd 50% van de werktijd bereikt, middel vanaf 25%.',
          formula: 'vrijgekomen fte = fte × (geautomatiseerd × (1 − herbesteed geautomatiseerd) + ondersteund × (1 − herbesteed ondersteund))',
          assumptions: 'Herbesteed aandeel van geautomatiseerde tijd 0,2 en van ondersteunde tijd 0,6; risicodrempels 50% en 25%. Alles per scenario aan te passen.',
        },
        workforce: {
          title: 'Vraag, aanbod en de herplaatsingspool',
          body: 'De mensen van nu werken al met het AI-gebruik van nu, dus de vraag wordt gemeten vanaf het startjaar: ze begint bij de huidige fte en daalt alleen met de adoptie die nog komt, en groeit met de werkgelegenheidstrend van de rol. Op dag één is er geen overschot.\n\nElk volgend jaar vertrekken mensen: verloop per functiegroep (contactcentermedewerkers, backoffice, teamleiders en managers, professionals) en contractsoort (vast, tijdelijk, uitbesteed), plus tijdelijke contracten die aflopen en niet worden verlengd. Daarna neemt de organisatie aan tot de benodigde fte (tenzij vertrekkers niet worden vervangen). Elk scherm, elke export en de opdrachtregel tonen dezelfde aanwerving, vertrekkers, overschot en tekort per rol en jaar.\n\nKandidaten voor herplaatsing zijn de mensen in rollen waarvan de vraag over de horizon daalt, niet alleen een rekenkundig overschot: bij hoog verloop heeft een krimpende rol misschien geen overschot, maar de mensen zijn de natuurlijke bron voor groeiende rollen. Vacatures in AI-gerelateerde rollen komen uit hun drijfveren en van de planner.',
          formula: 'vraag = fte × (1 − vrijgekomen aandeel in het jaar) ÷ (1 − vrijgekomen aandeel in het startjaar) × (1 + groei)^(jaar − startjaar) · beschikbaar = vorig jaar − vertrekkers + aangenomen, aangenomen = max(0, vraag − (vorig jaar − vertrekkers))',
          assumptions: 'Groeicijfers komen uit Amerikaanse werkgelegenheidsprognoses (BLS) en zijn zo gemarkeerd. Verloop: contactcentermedewerkers 30% per jaar in eigen beheer en 50% uitbesteed (Nederlandse schattingen in de sector 25–45% en 40–100%); andere groepen 10%, het landelijk gemiddelde (een aanname: geen Nederlands cijfer per groep). Tijdelijke contracten lopen een jaar en de helft van de aflopende wordt verlengd (een aanname). De groei van nieuwe rollen en de drijfveren van nieuwe vacatures zijn ook aannames. Alles per scenario aan te passen.',
        },
        fit: {
          title: 'Match, tekorten en leerpaden',
          body: 'De match vergelijkt de vaardigheidsniveaus van een persoon met wat een doelrol vraagt, gewogen naar hoe belangrijk elke vaardigheid voor de rol is. Een vaardigheid telt volledig zodra de persoon het gevraagde niveau haalt, daarvoor gedeeltelijk. Elke gevraagde vaardigheid krijgt een oordeel: voldoende, klein, middelgroot of groot tekort.\n\nHet leerpad is de set modules met de minste leeruren die elk tekort dicht, met voorkennis eerst. Een afgeronde module verhoogt de vaardigheid (bron ‘leren’). De tijd tot inzetbaar is het aantal leeruren gedeeld door de leeruren per week; de kosten zijn de modules plus de leeruren tegen het loon van de persoon.',
          formula: 'match = Σ gewicht × min(1, niveau ÷ gevraagd) ÷ Σ gewicht',
          assumptions: 'Uren en kosten van modules zijn aannames (er bestaat geen open catalogus met uren); de leeruren per week hebben een standaardwaarde uit een geciteerde enquête.',
        },
        transitions: {
          title: 'Welke overstappen worden voorgesteld',
          body: 'Een overstap is haalbaar als het verschil in job zone hoogstens 1 is en de match minstens 0,6 is of de persoon binnen 52 weken inzetbaar kan zijn. Hij is wenselijk als niveau en loon van de doelrol niet lager zijn dan de huidige (binnen een marge). Hij is veiliger als de vraag naar de doelrol aan het eind van de horizon, per eenheid van de vraag van nu, hoger is dan die naar de huidige rol.\n\nBlootstelling alleen kan dit niet beslissen: onder de GPT-4-labels zijn data- en softwarerollen even blootgesteld als contactcenterwerk, dus groei telt mee. De rangorde toont elk onderdeel, niet alleen een totaal.',
          formula: 'vraagindex aan het eind van de horizon = (1 − aandeel vrijgekomen fte) × (1 + groei)^horizon',
          assumptions: 'De drempels 1 job zone, match 0,6 en 52 weken zijn aan te passen.',
        },
        assignment: {
          title: 'Mensen koppelen aan vacatures',
          body: 'Kandidaten worden zo aan vacatures gekoppeld dat de som van de match min een straf voor weken tot inzetbaar zo groot mogelijk is, binnen het aantal vacatures per rol. De methode is exact en deterministisch (minimale-kostenstroom): dezelfde invoer geeft altijd dezelfde koppeling. Wat openblijft, is externe werving.\n\nEen koppeling is een voorstel: een plan blijft een concept tot een persoon het goedkeurt.',
          formula: 'maximaliseer Σ (match − λ × weken tot inzetbaar ÷ 52), standaard λ = 0,5',
          assumptions: 'λ is een aanname en aan te passen.',
        },
        fairness: {
          title: 'Eerlijkheid',
          body: 'Beschermde kenmerken (leeftijdsgroep, gender) tellen nooit mee in een score; een test bewijst dat scores gelijk blijven als ze veranderen. Ze bestaan alleen met vastgelegde toestemming en worden alleen gelezen door de eerlijkheidsaudit, die groepen vergelijkt op het aandeel met een haalbaar pad, de gemiddelde match en het koppelingspercentage, en een verhouding onder 0,8 markeert (de vier-vijfderegel).\n\nElk totaal van mensen per afdeling, locatie of demografische groep wordt verborgen als de groep kleiner is dan de minimale groepsomvang (standaard 5, nooit lager dan 3). Wie bezwaar maakt tegen scoren (AVG art. 21), krijgt helemaal geen score.',
          formula: 'markeer als percentage(groep) ÷ percentage(beste groep) < 0,8',
        },
        'business-case': {
          title: 'Businesscase: omscholen of vervangen',
          body: 'Omscholen kost de modules plus de leeruren tegen het loon van de persoon. Vervangen kost de transitievergoeding en opzegtermijn (uit salaris en dienstjaren, art. 7:673 BW) plus de werving van een nieuwe medewerker en de maanden tot die volledig productief is. Beide staan per persoon en in totaal.',
          formula: 'vervangen = transitievergoeding + opzegtermijn + werving + inwerken · omscholen = modules + leeruren × uurloon',
          assumptions: 'Wervingskosten, inwerkmaanden en werkgeverslasten zijn geciteerde standaardwaarden met hun bewijskracht; alles per scenario aan te passen.',
        },
        limits: {
          title: 'Om in gedachten te houden',
          body: 'O*NET beschrijft Amerikaanse beroepen en taken; Overstap koppelt Nederlandse rollen daaraan, dus een takenlijst is een goed gedocumenteerde benadering, niet de eigen functiebeschrijving van je organisatie.\n\nDe blootstellingslabels stammen uit 2023 (GPT-4). Ze zeggen wat de technologie met een taak zou kunnen doen, niet wat organisaties gaan invoeren, en nieuwere modellen kunnen anders uitpakken.\n\nDe automatiseringsniveaus T0–T4 zijn alleen door GPT-4 beoordeeld; de precieze formulering van de T0–T4-rubriek is in het gepubliceerde materiaal niet gevonden, dus de omschrijvingen in deze app zijn een parafrase van Overstap.\n\nGroeicijfers zijn Amerikaanse prognoses. Uren van modules, adoptievoorinstellingen, herbestede aandelen en de drijfveren van nieuwe rollen zijn aannames. Elke aanname staat als zodanig gemarkeerd waar ze wordt gebruikt, met de reden, en kan worden aangepast; de wijziging en de reden komen in het auditlog.\n\nDe demo-organisatie is synthetisch: er staat geen echt persoon in.',
        },
      },
    },
  },
);
