/**
 * Names of the assumptions and scenario levers in exported files, and of the coded values those files
 * hold (risk class, label source, seeded scenario names): a Dutch file shows Dutch (issue 13). English
 * files keep the keys the CLI and earlier files use.
 */
import type { Lang } from '../types';

const NL_ITEMS: Record<string, string> = {
  agencyRecruitingShare: 'Bureaukosten als deel van het salaris',
  annualHoursPerFte: 'Werkuren per fte per jaar',
  attritionCustomerService: 'Verloop klantenservice',
  attritionOther: 'Verloop overige functies',
  employerOnCost: 'Werkgeverslasten',
  onboardingMonthsAgent: 'Inwerkmaanden contactcentermedewerker',
  onboardingMonthsProfessional: 'Inwerkmaanden professional',
  onboardingProductivity: 'Productiviteitsverlies tijdens inwerken',
  openingsPerAutomatedFte: 'Vacatures per geautomatiseerde fte',
  recruitingCost: 'Wervingskosten per aanname',
  reinvestAugmented: 'Geherinvesteerd deel van ondersteunde tijd',
  reinvestAutomated: 'Geherinvesteerd deel van geautomatiseerde tijd',
  transitionPaymentCap: 'Wettelijk maximum transitievergoeding',
  weeklyLearningHours: 'Leeruren per week',
  backfill: 'Aanvulbeleid',
  budgetCap: 'Budgetplafond',
  onboardingMonths: 'Inwerkmaanden',
  labelSource: 'Bron van de labels',
  realismFactor: 'Realismefactor',
};

const NL_VALUES: Record<string, string> = {
  low: 'laag',
  medium: 'middel',
  high: 'hoog',
  human: 'menselijke beoordelaars',
  gpt4: 'GPT-4',
  'no-ai': 'zonder AI',
  conservative: 'voorzichtig',
  expected: 'verwacht',
  accelerated: 'versneld',
  average: 'gemiddelde van mens en GPT-4',
  cautious: 'voorzichtigste van mens en GPT-4',
  replace_to_demand: 'aanvullen tot de vraag',
  none: 'geen',
};

/** An assumption's or lever's name in the file's language. */
export const itemName = (key: string, lang: Lang): string => (lang === 'nl' ? (NL_ITEMS[key] ?? key) : key);

/** A coded value (risk class, label source, seeded scenario) in the file's language; anything else as is. */
export const codedValue = <T extends string | number | null>(value: T, lang: Lang): T | string => (lang === 'nl' && typeof value === 'string' ? (NL_VALUES[value] ?? value) : value);
