import { defineMessages } from '../../i18n/define';

export default defineMessages(
  {
    settings: {
      title: 'Settings',
      lead: 'Language, privacy of people in every view, and what this installation runs. Every change is written to the audit log.',
      saved: 'Saved. The change is in the audit log.',
      saving: 'Saving…',
      loading: 'Loading settings…',
      loadError: 'The settings could not be read.',
      saveError: 'The change could not be saved.',
      language: {
        heading: 'Language',
        hint: 'The same switch as in the top bar. Task and role texts follow where the sources have Dutch; numbers and dates follow the language too.',
      },
      privacy: {
        heading: 'Privacy of people',
        minGroup: 'Minimum group size',
        minGroupUnit: 'people',
        minGroupReason:
          'A count, average or rate for a group of people (a department, a location, a demographic group) is shown only when the group has at least this many people, so nobody can be recognised in a small group. Role-level planning figures are not affected. Never below 3; the default is 5.',
        minGroupInvalid: 'Enter a whole number from 3 to 50.',
        save: 'Save',
        reset: 'Reset to 5',
        pseudonymised: 'Pseudonymised mode',
        pseudonymisedHint: 'On: people appear only by their id everywhere, and "Show names" is unavailable. Off: names may be shown on request, one screen at a time.',
        on: 'On',
        off: 'Off',
      },
      thresholds: {
        heading: 'Thresholds',
        text: 'The risk thresholds (high from 50% of a role’s time affected, medium from 25%) and the viability rules for a move (job-zone distance, fit, weeks to ready) belong to a scenario, so scenarios can differ. Edit them per scenario.',
        open: 'Open Scenarios',
      },
      about: {
        heading: 'About this installation',
        app: 'App version',
        dataset: 'Dataset version',
        schema: 'Database schema',
        organisation: 'Organisation',
        employees: 'People',
      },
    },
  },
  {
    settings: {
      title: 'Instellingen',
      lead: 'Taal, de privacy van mensen in elk overzicht, en wat deze installatie draait. Elke wijziging komt in het auditlog.',
      saved: 'Opgeslagen. De wijziging staat in het auditlog.',
      saving: 'Opslaan…',
      loading: 'Instellingen laden…',
      loadError: 'De instellingen konden niet worden gelezen.',
      saveError: 'De wijziging kon niet worden opgeslagen.',
      language: {
        heading: 'Taal',
        hint: 'Dezelfde schakelaar als in de bovenbalk. Teksten van taken en rollen volgen waar de bronnen Nederlands hebben; getallen en datums volgen de taal ook.',
      },
      privacy: {
        heading: 'Privacy van mensen',
        minGroup: 'Minimale groepsomvang',
        minGroupUnit: 'personen',
        minGroupReason:
          'Een aantal, gemiddelde of percentage voor een groep mensen (een afdeling, een locatie, een demografische groep) wordt alleen getoond als de groep minstens zoveel mensen telt, zodat niemand in een kleine groep herkenbaar is. Planningscijfers per rol vallen hier niet onder. Nooit lager dan 3; standaard 5.',
        minGroupInvalid: 'Vul een geheel getal van 3 tot en met 50 in.',
        save: 'Opslaan',
        reset: 'Terug naar 5',
        pseudonymised: 'Gepseudonimiseerde modus',
        pseudonymisedHint: 'Aan: mensen verschijnen overal alleen met hun id, en ‘Namen tonen’ is niet beschikbaar. Uit: namen mogen op verzoek worden getoond, per scherm.',
        on: 'Aan',
        off: 'Uit',
      },
      thresholds: {
        heading: 'Drempels',
        text: 'De risicodrempels (hoog vanaf 50% van de tijd van een rol, middel vanaf 25%) en de regels voor een haalbare overstap (afstand in job zone, match, weken tot inzetbaar) horen bij een scenario, zodat scenario’s kunnen verschillen. Pas ze per scenario aan.',
        open: 'Naar Scenario’s',
      },
      about: {
        heading: 'Over deze installatie',
        app: 'Versie van de app',
        dataset: 'Versie van de dataset',
        schema: 'Databaseschema',
        organisation: 'Organisatie',
        employees: 'Personen',
      },
    },
  },
);
