/**
 * Dutch HR title vocabulary (issue 13): the words Dutch HR systems use for customer-contact and marketing jobs,
 * which the O*NET and ESCO titles in the dataset miss ("KCC", "klantcontact", "teamleider", "contentmarketeer").
 * A rule names groups of words that must all occur in a title; the first rule that fits gives the role.
 * Rules are ordered: a supervisor of a contact team is tried before a member of one.
 */
import { normalise } from './match';

const CONTACT = ['klantcontact', 'kcc', 'klantenservice', 'customer service', 'customer care', 'klantenteam', 'klantcontactcentrum', 'contactcenter', 'klantcentrum'];
const LEAD = ['teamleider', 'teamleidster', 'teamcoach', 'team lead', 'teamlead', 'supervisor', 'leidinggevende', 'coordinator', 'hoofd', 'manager', 'kwaliteitscoach'];

interface VocabularyRule {
  /** Every group must match one of its words. */
  groups: string[][];
  code: string;
  /** The rule as the planner reads it in the review ("teamleider + klantcontact"). */
  label: string;
}

const DUTCH_TITLE_RULES: VocabularyRule[] = [
  { groups: [LEAD, CONTACT], code: '43-1011.00', label: 'teamleider / coördinator + klantcontact' },
  { groups: [['klachtenbehandelaar', 'klachtencoordinator', 'klachtenmedewerker']], code: '43-4051.00', label: 'klachtenbehandeling' },
  { groups: [CONTACT], code: '43-4051.00', label: 'klantcontact / KCC / klantenservice' },
  { groups: [['contentmarketeer', 'contentmarketer', 'content marketeer', 'content marketer', 'content marketing', 'contentspecialist', 'content specialist', 'contentmaker', 'content creator']], code: '13-1161.00', label: 'contentmarketeer' },
  { groups: [['online marketeer', 'onlinemarketeer', 'digital marketeer', 'digitale marketeer', 'performance marketeer', 'sea specialist', 'seo specialist', 'sea', 'seo']], code: '13-1161.01', label: 'online marketeer / SEO / SEA' },
  { groups: [['crm'], ['specialist', 'medewerker', 'consultant', 'analist', 'coordinator', 'beheerder']], code: '13-1161.00', label: 'CRM-specialist' },
  { groups: [['social media', 'socialmedia', 'community manager', 'communitymanager']], code: '13-1161.00', label: 'social media' },
  { groups: [['marketing'], ['medewerker', 'medewerkster', 'coordinator', 'assistent', 'adviseur', 'specialist', 'officer']], code: '13-1161.00', label: 'medewerker marketing' },
  { groups: [['communicatie'], ['adviseur', 'medewerker', 'medewerkster', 'specialist', 'officer']], code: '27-3031.00', label: 'communicatieadviseur' },
  { groups: [['woordvoerder', 'persvoorlichter']], code: '27-3031.00', label: 'woordvoerder' },
  { groups: [['debiteurenbeheer', 'debiteurenbeheerder', 'debiteuren', 'incasso']], code: '43-3011.00', label: 'debiteurenbeheer / incasso' },
  { groups: [['telesales', 'televerkoper', 'outbound', 'telefonisch verkoper']], code: '41-9041.00', label: 'telesales / outbound' },
  { groups: [['vormgever', 'dtp', 'dtper']], code: '27-1024.00', label: 'vormgever / DTP' },
];

function has(norm: string, tokens: string[], word: string): boolean {
  const w = normalise(word);
  if (w.includes(' ')) return ` ${norm} `.includes(` ${w} `) || tokens.some((t) => t === w.replace(/ /g, ''));
  // Dutch writes compounds as one word ("klantcontactmedewerker"): long words may sit inside one; short ones must stand alone.
  return w.length >= 5 ? tokens.some((t) => t.includes(w)) : tokens.includes(w);
}

/** The first rule every group of which occurs in the title, or null. */
export function vocabularyMatch(title: string): VocabularyRule | null {
  const norm = normalise(title);
  if (!norm) return null;
  const tokens = norm.split(' ');
  for (const rule of DUTCH_TITLE_RULES) if (rule.groups.every((g) => g.some((w) => has(norm, tokens, w)))) return rule;
  return null;
}
