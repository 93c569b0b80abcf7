/**
 * The access export (AVG art. 15/20) as a readable document, in Dutch or English: Markdown that the
 * host's printer turns into a PDF. The data itself is gathered by api/services/accessRequest.ts.
 */
import type { AccessExport } from '../../shared/api/privacy-dto';

const T = {
  en: {
    title: 'Your data in Overstap',
    intro: 'Access and portability (AVG/GDPR art. 15 and 20). Everything Overstap holds about you; the JSON export holds the same in a machine-readable form.',
    profile: 'Profile', skills: 'Skills', consents: 'Consent records', objection: 'Objection to scoring', plan: 'Reskilling plan', scoring: 'Scores computed now', audit: 'Audit entries about you', notes: 'Notes',
    field: 'Field', value: 'Value', skill: 'Skill', level: 'Level (0–5)', source: 'Source', purpose: 'Purpose', givenAt: 'Given at', recordedBy: 'Recorded by', none: 'None.',
    since: 'Since', reason: 'Reason', rank: 'Rank', target: 'Target role', fit: 'Fit', viable: 'Viable', weeks: 'Weeks', at: 'When', who: 'Who', what: 'What',
    skipped: 'You objected to being scored: no fit, rank or path is computed.', yes: 'yes', no: 'no', withheld: '(withheld: pseudonymised)', status: 'Status', modules: 'Modules',
  },
  nl: {
    title: 'Uw gegevens in Overstap',
    intro: 'Inzage en overdraagbaarheid (AVG art. 15 en 20). Alles wat Overstap over u bewaart; de JSON-export bevat hetzelfde in machineleesbare vorm.',
    profile: 'Profiel', skills: 'Vaardigheden', consents: 'Toestemmingen', objection: 'Bezwaar tegen scoren', plan: 'Omscholingsplan', scoring: 'Nu berekende scores', audit: 'Auditregels over u', notes: 'Toelichting',
    field: 'Gegeven', value: 'Waarde', skill: 'Vaardigheid', level: 'Niveau (0–5)', source: 'Bron', purpose: 'Doel', givenAt: 'Gegeven op', recordedBy: 'Vastgelegd door', none: 'Geen.',
    since: 'Sinds', reason: 'Reden', rank: 'Rang', target: 'Doelrol', fit: 'Fit', viable: 'Haalbaar', weeks: 'Weken', at: 'Wanneer', who: 'Wie', what: 'Wat',
    skipped: 'U hebt bezwaar gemaakt tegen scoren: er wordt geen fit, rang of pad berekend.', yes: 'ja', no: 'nee', withheld: '(weggelaten: gepseudonimiseerd)', status: 'Status', modules: 'Modules',
  },
} as const;

/** Field names and coded values as the reader's language says them (the JSON export keeps the codes). */
const WORDS: Record<'nl', Record<string, string>> = {
  nl: {
    id: 'personeelsnummer', name: 'naam', role: 'functie', fte: 'fte', weeklyHours: 'uren per week', department: 'afdeling', location: 'locatie', hasManager: 'heeft een leidinggevende',
    startDate: 'in dienst sinds', contractType: 'contractsoort', salary: 'salaris', ageBand: 'leeftijdsklasse', gender: 'gender',
    permanent: 'vast', temporary: 'tijdelijk', outsourced: 'uitbesteed', manager: 'leidinggevende', learning: 'leren', inferred: 'afgeleid', self: 'zelf', import: 'import',
    'fairness-audit': 'eerlijkheidsaudit', female: 'vrouw', male: 'man', other: 'anders',
    draft: 'concept', approved: 'goedgekeurd', in_progress: 'bezig', done: 'afgerond', declined: 'afgewezen',
  },
};
const word = (v: unknown, lang: 'en' | 'nl'): unknown => (lang === 'nl' && typeof v === 'string' ? (WORDS.nl[v] ?? v) : v);

const cell = (v: unknown) => String(v ?? '–').replace(/\|/g, '/').replace(/\n/g, ' ');

export function accessExportMarkdown(x: AccessExport): string {
  const t = T[x.lang];
  const e = x.employee;
  const rows: [string, unknown][] = [
    ['id', e.id],
    ['name', e.nameWithheld ? t.withheld : e.name],
    ['role', `${e.role.code} ${e.role.title}`],
    ['fte', e.fte],
    ['weeklyHours', e.weeklyHours],
    ['department', e.department],
    ['location', e.location],
    ['hasManager', e.hasManager ? t.yes : t.no],
    ['startDate', e.startDate],
    ['contractType', e.contractType],
    ['salary', e.salary],
    ['ageBand', e.ageBand],
    ['gender', e.gender],
  ];
  const out = [`# ${t.title}`, '', t.intro, '', `${x.generatedAt}`, '', `## ${t.profile}`, '', `| ${t.field} | ${t.value} |`, '|---|---|', ...rows.map(([k, v]) => `| ${word(k, x.lang) as string} | ${cell(k === 'contractType' || k === 'gender' ? word(v, x.lang) : v)} |`), ''];
  out.push(`## ${t.skills}`, '');
  if (x.skills.length) out.push(`| ${t.skill} | ${t.level} | ${t.source} |`, '|---|---|---|', ...x.skills.map((s) => `| ${cell(s.skillName)} (${s.skillId}) | ${s.level} | ${cell(word(s.source, x.lang))} |`));
  else out.push(t.none);
  out.push('', `## ${t.consents}`, '');
  if (x.consents.length) out.push(`| ${t.field} | ${t.purpose} | ${t.givenAt} | ${t.recordedBy} |`, '|---|---|---|---|', ...x.consents.map((c) => `| ${cell(word(c.field, x.lang))} | ${cell(word(c.purpose, x.lang))} | ${c.givenAt} | ${cell(c.recordedBy)} |`));
  else out.push(t.none);
  out.push('', `## ${t.objection}`, '', x.objection ? `${t.since}: ${x.objection.since} — ${t.reason}: ${cell(x.objection.reason)}` : t.none, '', `## ${t.plan}`, '');
  if (x.plan) {
    out.push(`${t.target}: ${x.plan.targetRole.code} ${x.plan.targetRole.title} — ${t.status}: ${cell(word(x.plan.status, x.lang))}`, '');
    if (x.plan.modules.length) out.push(`| ${t.modules} | h | ✓ |`, '|---|---|---|', ...x.plan.modules.map((m) => `| ${cell(m.title)} | ${m.hours} | ${m.done ? t.yes : t.no} |`));
  } else out.push(t.none);
  out.push('', `## ${t.scoring}`, '');
  if (x.scoring.skipped) out.push(t.skipped);
  else out.push(`| ${t.rank} | ${t.target} | ${t.fit} | ${t.viable} | ${t.weeks} |`, '|---|---|---|---|---|', ...x.scoring.paths.map((s) => `| ${s.rank} | ${s.targetRole.code} ${cell(s.targetRole.title)} | ${Math.round(s.fit * 100)}% | ${s.viable ? t.yes : t.no} | ${Math.round(s.weeks)} |`));
  out.push('', `## ${t.audit}`, '');
  if (x.auditEntries.length) out.push(`| ${t.at} | ${t.who} | ${t.what} | ${t.reason} |`, '|---|---|---|---|', ...x.auditEntries.map((a) => `| ${a.at} | ${cell(a.actor)} | ${a.entity}.${a.action} | ${cell(a.reason)} |`));
  else out.push(t.none);
  out.push('', `## ${t.notes}`, '', ...x.notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}
