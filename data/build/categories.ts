import type { TaskCategory } from '../../shared/domain/types';

/**
 * Category rules, in the order they apply (documented in dataset.methods "categories"):
 * 1. Each DWA link of the task votes with its IWA's category (IWA table below, else its GWA's).
 * 2. The category with most votes wins; ties go to the earlier category in TIE_ORDER.
 * 3. When the vote winner is the generic coordination_admin, or the task has no DWA link, the
 *    first matching statement keyword rule wins instead (KEYWORD_RULES, in order).
 * 4. Otherwise coordination_admin ("default").
 */

/** GWA element id (4.A.x.x.x) → category: the coarse fallback when an IWA has no own entry. */
const GWA_CATEGORY: Record<string, TaskCategory> = {
  '4.A.1.a.1': 'analytics_research',
  '4.A.1.a.2': 'coordination_admin',
  '4.A.1.b.1': 'analytics_research',
  '4.A.1.b.2': 'coordination_admin',
  '4.A.1.b.3': 'analytics_research',
  '4.A.2.a.1': 'analytics_research',
  '4.A.2.a.2': 'coordination_admin',
  '4.A.2.a.3': 'coordination_admin',
  '4.A.2.a.4': 'analytics_research',
  '4.A.2.b.1': 'coordination_admin',
  '4.A.2.b.2': 'content_creation',
  '4.A.2.b.3': 'coordination_admin',
  '4.A.2.b.4': 'coordination_admin',
  '4.A.2.b.5': 'coordination_admin',
  '4.A.2.b.6': 'coordination_admin',
  '4.A.3.a.1': 'coordination_admin',
  '4.A.3.a.2': 'coordination_admin',
  '4.A.3.a.3': 'coordination_admin',
  '4.A.3.a.4': 'coordination_admin',
  '4.A.3.b.1': 'technology_data',
  '4.A.3.b.2': 'technology_data',
  '4.A.3.b.4': 'technology_data',
  '4.A.3.b.5': 'technology_data',
  '4.A.3.b.6': 'coordination_admin',
  '4.A.4.a.1': 'customer_inquiries',
  '4.A.4.a.2': 'coordination_admin',
  '4.A.4.a.3': 'customer_inquiries',
  '4.A.4.a.4': 'relationship_sales',
  '4.A.4.a.5': 'customer_inquiries',
  '4.A.4.a.6': 'relationship_sales',
  '4.A.4.a.7': 'relationship_sales',
  '4.A.4.a.8': 'customer_inquiries',
  '4.A.4.b.1': 'people_leadership',
  '4.A.4.b.2': 'people_leadership',
  '4.A.4.b.3': 'people_leadership',
  '4.A.4.b.4': 'people_leadership',
  '4.A.4.b.5': 'people_leadership',
  '4.A.4.b.6': 'relationship_sales',
  '4.A.4.c.1': 'coordination_admin',
  '4.A.4.c.2': 'people_leadership',
  '4.A.4.c.3': 'coordination_admin',
};

/** IWAs whose meaning is sharper than their GWA's. */
const IWA_CATEGORY: Record<string, TaskCategory> = {
  '4.A.1.a.1.I01': 'content_creation',
  '4.A.1.a.1.I20': 'technology_data',
  '4.A.1.a.2.I03': 'analytics_research',
  '4.A.1.a.2.I08': 'analytics_research',
  '4.A.1.a.2.I10': 'technology_data',
  '4.A.1.b.2.I08': 'technology_data',
  '4.A.2.a.1.I03': 'people_leadership',
  '4.A.2.a.1.I04': 'people_leadership',
  '4.A.2.a.2.I01': 'technology_data',
  '4.A.2.a.4.I05': 'technology_data',
  '4.A.2.a.4.I12': 'technology_data',
  '4.A.2.b.1.I01': 'relationship_sales',
  '4.A.2.b.1.I07': 'content_creation',
  '4.A.2.b.1.I11': 'content_creation',
  '4.A.2.b.2.I02': 'technology_data',
  '4.A.2.b.2.I03': 'campaign_operations',
  '4.A.2.b.2.I06': 'technology_data',
  '4.A.2.b.2.I07': 'technology_data',
  '4.A.2.b.2.I09': 'coordination_admin',
  '4.A.2.b.2.I19': 'coordination_admin',
  '4.A.2.b.2.I20': 'coordination_admin',
  '4.A.2.b.2.I21': 'analytics_research',
  '4.A.2.b.2.I23': 'analytics_research',
  '4.A.2.b.2.I26': 'analytics_research',
  '4.A.2.b.2.I27': 'coordination_admin',
  '4.A.3.b.6.I03': 'analytics_research',
  '4.A.3.b.6.I07': 'content_creation',
  '4.A.3.b.6.I09': 'technology_data',
  '4.A.3.b.6.I12': 'content_creation',
  '4.A.3.b.6.I16': 'content_creation',
  '4.A.4.a.1.I03': 'content_creation',
  '4.A.4.a.2.I13': 'relationship_sales',
  '4.A.4.a.6.I03': 'campaign_operations',
  '4.A.4.b.4.I03': 'content_creation',
  '4.A.4.b.4.I09': 'coordination_admin',
  '4.A.4.b.4.I11': 'campaign_operations',
  '4.A.4.b.6.I04': 'technology_data',
  '4.A.4.b.6.I05': 'analytics_research',
  '4.A.4.b.6.I07': 'people_leadership',
};

const TIE_ORDER: readonly TaskCategory[] = [
  'customer_inquiries',
  'content_creation',
  'campaign_operations',
  'relationship_sales',
  'analytics_research',
  'technology_data',
  'people_leadership',
  'coordination_admin',
];

/** Statement keyword rules: [rule name, pattern, category]. First match wins. */
const KEYWORD_RULES: readonly (readonly [string, RegExp, TaskCategory])[] = [
  ['complaint', /\bcomplain/i, 'customer_inquiries'],
  ['inquiry', /\b(inquir|enquir)/i, 'customer_inquiries'],
  ['calls', /\b(incoming calls|telephone calls|answer (the )?(telephone|phone|calls)|callers?)\b/i, 'customer_inquiries'],
  ['customer', /\b(customers?|clients?|patrons?|guests?|passengers?|debtors?)\b/i, 'customer_inquiries'],
  ['campaign', /\b(campaigns?|advertis\w*|promotion\w*|social media|search engine|keywords?|marketing)\b/i, 'campaign_operations'],
  ['sell', /\b(sell|sales|negotiat\w*|quot(e|ation)s?|prospect\w*|solicit\w*)\b/i, 'relationship_sales'],
  ['write', /\b(write|writ\w+|edit\w*|draft\w*|translat\w*|layouts?|scripts?|graphics?|video\w*)\b/i, 'content_creation'],
  ['analyse', /\b(analy[sz]\w*|research\w*|surveys?|statistic\w*|forecast\w*)\b/i, 'analytics_research'],
  ['software', /\b(databases?|software|programs?|computer\w*|servers?|networks?|web ?sites?|data)\b/i, 'technology_data'],
  ['supervise', /\b(supervis\w*|train\w*|hir(e|ing)|staff|mentor\w*|coach\w*)\b/i, 'people_leadership'],
];

interface CategoryResult {
  category: TaskCategory;
  rule: string;
}

export function categorise(statement: string, dwaLinks: { iwaId: string; gwaId: string }[]): CategoryResult {
  const votes = new Map<TaskCategory, { n: number; rule: string }>();
  for (const l of dwaLinks) {
    const fromIwa = IWA_CATEGORY[l.iwaId];
    const cat = fromIwa ?? GWA_CATEGORY[l.gwaId] ?? 'coordination_admin';
    const rule = fromIwa ? `iwa:${l.iwaId}` : `gwa:${l.gwaId}`;
    const v = votes.get(cat);
    if (v) v.n++;
    else votes.set(cat, { n: 1, rule });
  }
  let winner: CategoryResult | null = null;
  let best = 0;
  for (const cat of TIE_ORDER) {
    const v = votes.get(cat);
    if (v && v.n > best) {
      best = v.n;
      winner = { category: cat, rule: v.rule };
    }
  }
  if (winner && winner.category !== 'coordination_admin') return winner;
  for (const [name, re, cat] of KEYWORD_RULES) if (re.test(statement)) return { category: cat, rule: `keyword:${name}` };
  return winner ?? { category: 'coordination_admin', rule: 'default' };
}

/** Work where a person must stay in the loop: statement keywords and IWAs of negotiation, coaching, care and emergencies. */
export const HUMAN_CRITICAL_RE =
  /\b(de-?escalat\w*|complain\w*|disput\w*|negotiat\w*|counsel\w*|grievances?|disciplin\w*|hir(e|ing)|terminat\w*|conflicts?|emergenc\w*|crisis|sensitive|confidential|vulnerable|special needs|mediat\w*|coach\w*|mentor\w*|interview\w*|delinquent|hardship|irate|angry)\b/i;
export const HUMAN_CRITICAL_IWAS = new Set(['4.A.4.a.7.I02', '4.A.4.a.7.I03', '4.A.4.b.5.I01', '4.A.4.a.5.I09', '4.A.4.a.2.I08', '4.A.4.c.2.I01', '4.A.2.a.1.I04']);
