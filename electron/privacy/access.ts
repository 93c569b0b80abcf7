/**
 * AVG art. 15 (access) and 20 (portability): everything held about one person — profile, skills with their
 * source, consent records, objection, plan, the scores computed now, and the audit entries about them —
 * and nothing about anyone else (their manager is only "recorded", the audit entries are those whose
 * entity is this person). Names follow the pseudonymised setting.
 */
import type { CallContext } from '../../shared/api/contract';
import type { AccessExport } from '../../shared/api/privacy-dto';
import { DomainError } from '../../shared/api/result';
import { pick } from '../../shared/domain/text';
import type { Lang } from '../../shared/domain/types';
import type { CorePorts } from '../api/ports';
import { reskillHandlers } from '../api/handlers/reskillHandlers';
import { listModules, listRoles, listSkills } from '../db/repos/datasetRepo';
import { getEmployee } from '../db/repos/employeesRepo';
import { getPlan } from '../db/repos/plansRepo';
import { getSettings } from '../db/repos/settingsRepo';

export async function buildAccessExport(p: CorePorts, employeeId: string, lang: Lang, ctx: CallContext): Promise<AccessExport> {
  const e = getEmployee(p.db, employeeId);
  if (!e) throw new DomainError('NOT_FOUND', `Unknown employee: ${employeeId}`);
  const settings = getSettings(p.db);
  const roles = new Map(listRoles(p.db).map((r) => [r.code, pick(r.title, lang)]));
  const role = (code: string) => ({ code, title: roles.get(code) ?? code });
  const skills = new Map(listSkills(p.db).map((s) => [s.id, pick(s.name, lang)]));
  const modules = new Map(listModules(p.db).map((m) => [m.id, pick(m.title, lang)]));
  const plan = getPlan(p.db, e.id);
  const scored = await reskillHandlers(p)['reskill.employee']({ employeeId: e.id, lang }, ctx);
  const audit = p.db
    .prepare("SELECT id, at, actor, entity, action, before, after, reason FROM audit_log WHERE entity_id = ? AND entity IN ('employee', 'employee_skill', 'plan', 'consent', 'objection', 'employee_mode', 'export') ORDER BY id")
    .all(e.id) as { id: number; at: string; actor: string; entity: string; action: string; before: string | null; after: string | null; reason: string | null }[];
  const parse = (s: string | null): unknown => (s === null ? null : (JSON.parse(s) as unknown));
  const withheld = settings.pseudonymised;
  const notes = [
    lang === 'nl'
      ? 'Wie uw leidinggevende is, staat niet in dit bestand: dat gegeven identificeert een ander. Het is wel vastgelegd (hasManager).'
      : 'Who your manager is is not in this file: that value identifies another person. That one is recorded is shown (hasManager).',
    lang === 'nl'
      ? 'Leeftijdsklasse en gender staan alleen in Overstap met uw toestemming, uitsluitend voor de eerlijkheidsaudit.'
      : 'Age band and gender are held only with your consent, for the fairness audit only.',
  ];
  if (withheld) notes.push(lang === 'nl' ? 'De organisatie werkt gepseudonimiseerd: uw naam is weggelaten.' : 'The organisation works pseudonymised: your name is left out.');
  return {
    kind: 'overstap.access-export',
    version: 1,
    generatedAt: p.clock.now(),
    lang,
    employee: {
      id: e.id,
      ...(withheld ? {} : { name: e.name }),
      nameWithheld: withheld,
      role: role(e.roleCode),
      roleToReview: e.roleToReview,
      fte: e.fte,
      weeklyHours: e.weeklyHours,
      department: e.department,
      location: e.location,
      hasManager: e.managerId !== null,
      startDate: e.startDate,
      contractType: e.contractType,
      salary: e.salary,
      ageBand: e.ageBand ?? null,
      gender: e.gender ?? null,
    },
    skills: e.skills.map((s) => ({ skillId: s.skillId, skillName: skills.get(s.skillId) ?? s.skillId, level: s.level, source: s.source })),
    consents: e.consents.map((c) => ({ field: c.field, purpose: c.purpose, givenAt: c.givenAt, recordedBy: c.recordedBy })),
    objection: e.objection,
    plan: plan
      ? {
          scenario: plan.scenario,
          targetRole: role(plan.targetRole),
          status: plan.status,
          modules: plan.modules.map((m) => ({ id: m.id, title: modules.get(m.id) ?? m.id, hours: m.hours, done: m.done === true })),
          startDate: plan.startDate,
          weeklyHours: plan.weeklyHours,
          approvedBy: plan.approvedBy,
          approvedAt: plan.approvedAt,
          comment: plan.comment,
          createdAt: plan.createdAt,
          updatedAt: plan.updatedAt,
        }
      : null,
    scoring: {
      skipped: scored.skipped,
      scenario: scored.scenario,
      paths: scored.paths.slice(0, 5).map((x) => ({ rank: x.rank, targetRole: x.targetRole, fit: x.fit, viable: x.viable, weeks: x.weeks })),
    },
    auditEntries: audit.map((a) => ({ id: a.id, at: a.at, actor: a.actor, entity: a.entity, action: a.action, before: parse(a.before), after: parse(a.after), reason: a.reason })),
    notes,
  };
}

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
  const out = [`# ${t.title}`, '', t.intro, '', `${x.generatedAt}`, '', `## ${t.profile}`, '', `| ${t.field} | ${t.value} |`, '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), ''];
  out.push(`## ${t.skills}`, '');
  if (x.skills.length) out.push(`| ${t.skill} | ${t.level} | ${t.source} |`, '|---|---|---|', ...x.skills.map((s) => `| ${cell(s.skillName)} (${s.skillId}) | ${s.level} | ${s.source} |`));
  else out.push(t.none);
  out.push('', `## ${t.consents}`, '');
  if (x.consents.length) out.push(`| ${t.field} | ${t.purpose} | ${t.givenAt} | ${t.recordedBy} |`, '|---|---|---|---|', ...x.consents.map((c) => `| ${c.field} | ${c.purpose} | ${c.givenAt} | ${cell(c.recordedBy)} |`));
  else out.push(t.none);
  out.push('', `## ${t.objection}`, '', x.objection ? `${t.since}: ${x.objection.since} — ${t.reason}: ${cell(x.objection.reason)}` : t.none, '', `## ${t.plan}`, '');
  if (x.plan) {
    out.push(`${t.target}: ${x.plan.targetRole.code} ${x.plan.targetRole.title} — ${t.status}: ${x.plan.status}`, '');
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
