import { defineMessages } from '../../i18n/define';

export default defineMessages(
  {
    sources: {
      title: 'Sources',
      lead: 'Every source behind the data and the defaults, with its citation, licence and strength of evidence. Citations and licence notices are given verbatim, in their original language.',
      count_one: '{{n}} source',
      count_other: '{{n}} sources',
      strengthHeading: 'Strength of evidence',
      strengthFilter: 'Show sources of strength',
      all: 'All',
      strength: {
        P: { short: 'P', label: 'primary', tip: 'Primary: the original study, dataset or law text.' },
        S: { short: 'S', label: 'secondary', tip: 'Secondary: a report, survey or article that cites or summarises the original.' },
        U: { short: 'U', label: 'unverified', tip: 'Unverified: a weak or single source; treat the value with care.' },
        A: { short: 'A', label: 'assumption', tip: 'Assumption: a modelling choice where no source gives the value; the note beside each value says why.' },
      },
      groups: {
        data: 'Data in the app: attribution required',
        dataHint: 'These datasets are built into Overstap. Their licences ask for the notices below, which are reproduced word for word.',
        evidence: 'Evidence behind the defaults',
        evidenceHint: 'Studies, surveys and rules cited for the default values of assumptions. Each default shows its source beside it.',
      },
      licence: 'Licence',
      citation: 'Citation',
      attribution: 'Required attribution (verbatim)',
      translation: 'Translation, for information only',
      address: 'Address',
      offline: 'Overstap works offline; copy the address to open it elsewhere.',
      requires: {
        'onet-29-3': 'CC BY 4.0: the USDOL/ETA attribution, the trademark notice and the notice that Overstap modified the data.',
        'gpts-are-gpts': 'MIT: the copyright and permission notice stay with the data, and the paper is cited.',
        'msft-working-with-ai': 'CC BY 4.0: the paper is cited; its O*NET-derived parts carry the O*NET attribution.',
        'esco-1-1-1': 'Reuse is authorised provided the source is acknowledged (Commission Decision 2011/833/EU).',
        'nesta-career-causeways': 'MIT: the copyright notice (© 2021 Nesta) stays with the data, and the report is cited.',
        'bls-ep-2024-34': 'Public domain (U.S. federal government work); cited as the source.',
        'bls-oews-2025': 'Public domain (U.S. federal government work); cited as the source.',
      },
      // Shown only in other languages than English: a translation of the notice, for information.
      translations: {
        'onet-29-3': 'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Overstap has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
        'esco-1-1-1': 'ESCO classification, © European Union, https://esco.ec.europa.eu. Reuse authorised provided the source is acknowledged (Decision 2011/833/EU).',
      },
      state: {
        loading: 'Loading sources…',
        error: 'The sources could not be loaded.',
        empty: 'The dataset lists no sources.',
        emptyHint: 'Rebuild the dataset: every source it uses is recorded with it.',
      },
    },
  },
  {
    sources: {
      title: 'Bronnen',
      lead: 'Elke bron achter de gegevens en de standaardwaarden, met bronvermelding, licentie en bewijskracht. Bronvermeldingen en licentieteksten staan er letterlijk, in hun oorspronkelijke taal.',
      count_one: '{{n}} bron',
      count_other: '{{n}} bronnen',
      strengthHeading: 'Bewijskracht',
      strengthFilter: 'Toon bronnen met bewijskracht',
      all: 'Alle',
      strength: {
        P: { short: 'P', label: 'primair', tip: 'Primair: het oorspronkelijke onderzoek, de dataset of de wettekst.' },
        S: { short: 'S', label: 'secundair', tip: 'Secundair: een rapport, enquête of artikel dat het origineel citeert of samenvat.' },
        U: { short: 'U', label: 'onbevestigd', tip: 'Onbevestigd: een zwakke of enkele bron; gebruik de waarde met zorg.' },
        A: { short: 'A', label: 'aanname', tip: 'Aanname: een modelkeuze waar geen bron de waarde geeft; de toelichting bij elke waarde zegt waarom.' },
      },
      groups: {
        data: 'Gegevens in de app: bronvermelding verplicht',
        dataHint: 'Deze datasets zitten in Overstap. Hun licenties vragen om de teksten hieronder, die woord voor woord zijn overgenomen.',
        evidence: 'Onderbouwing van de standaardwaarden',
        evidenceHint: 'Onderzoeken, enquêtes en regels die geciteerd worden voor de standaardwaarden van aannames. Elke standaardwaarde toont haar bron ernaast.',
      },
      licence: 'Licentie',
      citation: 'Bronvermelding',
      attribution: 'Verplichte bronvermelding (letterlijk)',
      translation: 'Vertaling, ter informatie',
      address: 'Adres',
      offline: 'Overstap werkt offline; kopieer het adres om het elders te openen.',
      requires: {
        'onet-29-3': 'CC BY 4.0: de bronvermelding van USDOL/ETA, de merkvermelding en de melding dat Overstap de gegevens heeft aangepast.',
        'gpts-are-gpts': 'MIT: de copyright- en toestemmingstekst blijven bij de gegevens, en het artikel wordt geciteerd.',
        'msft-working-with-ai': 'CC BY 4.0: het artikel wordt geciteerd; de delen die op O*NET zijn gebaseerd, dragen de bronvermelding van O*NET.',
        'esco-1-1-1': 'Hergebruik is toegestaan mits de bron wordt vermeld (Besluit 2011/833/EU van de Commissie).',
        'nesta-career-causeways': 'MIT: de copyrighttekst (© 2021 Nesta) blijft bij de gegevens, en het rapport wordt geciteerd.',
        'bls-ep-2024-34': 'Publiek domein (werk van de Amerikaanse federale overheid); vermeld als bron.',
        'bls-oews-2025': 'Publiek domein (werk van de Amerikaanse federale overheid); vermeld als bron.',
      },
      translations: {
        'onet-29-3':
          'Dit product bevat informatie uit de O*NET 29.3-database van het Amerikaanse ministerie van Arbeid, Employment and Training Administration (USDOL/ETA). Gebruikt onder de CC BY 4.0-licentie. O*NET® is een handelsmerk van USDOL/ETA. Overstap heeft deze informatie geheel of gedeeltelijk aangepast. USDOL/ETA heeft deze aanpassingen niet goedgekeurd, onderschreven of getest.',
        'esco-1-1-1': 'ESCO-classificatie, © Europese Unie, https://esco.ec.europa.eu. Hergebruik toegestaan mits de bron wordt vermeld (Besluit 2011/833/EU).',
      },
      state: {
        loading: 'Bronnen laden…',
        error: 'De bronnen konden niet worden geladen.',
        empty: 'De dataset noemt geen bronnen.',
        emptyHint: 'Bouw de dataset opnieuw: elke bron die ze gebruikt, wordt erbij vastgelegd.',
      },
    },
  },
);
