/**
 * privacy.*, consent.*, objection.*: thin glue over electron/privacy (AVG/GDPR rights, employee mode,
 * retention, documents). Every write is one transaction with its audit entry.
 */
import type { ApiHandlers } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/result';
import type { Lang } from '../../../shared/domain/types';
import { getSettings } from '../../db/repos/settingsRepo';
import { appendAudit } from '../../db/repos/auditRepo';
import type { CorePorts } from '../ports';
import { peopleHandlers } from './peopleHandlers';
import { accessExportMarkdown, buildAccessExport } from '../../privacy/access';
import { DOCUMENT_TITLES, gatherFacts, renderDocument } from '../../privacy/documents';
import { eraseEmployee, readRegister } from '../../privacy/erasure';
import { markdownToHtml } from '../../privacy/markdown';
import { hashPassphrase, readEmployeeMode, readPassphrase, storePassphrase, verifyPassphrase, writeEmployeeMode } from '../../privacy/passphrase';
import { requirePrinter } from '../../export/pdf';
import { getRetentionMonths, RETENTION, runRetention, setRetentionMonths } from '../../privacy/retention';
import { listConsents, rectify, requireEmployee, setConsent, setObjection, withdrawConsent, withdrawObjection } from '../../privacy/rights';

type PrivacyMethods =
  | 'privacy.status'
  | 'privacy.people'
  | 'privacy.export'
  | 'privacy.rectify'
  | 'privacy.erase'
  | 'privacy.erasures'
  | 'consent.list'
  | 'consent.set'
  | 'consent.withdraw'
  | 'objection.set'
  | 'objection.withdraw'
  | 'privacy.setPassphrase'
  | 'privacy.enterEmployeeMode'
  | 'privacy.unlock'
  | 'privacy.setRetention'
  | 'privacy.runRetention'
  | 'privacy.document';

const PAGE = { en: { page: 'Page', of: 'of' }, nl: { page: 'Pagina', of: 'van' } } as const;

export function privacyHandlers(p: CorePorts): Pick<ApiHandlers, PrivacyMethods> {
  const stamp = (actor: string) => ({ at: p.clock.now(), actor });
  const langOf = (l: Lang | undefined): Lang => l ?? getSettings(p.db).language;
  return {
    'privacy.status': () => {
      const settings = getSettings(p.db);
      const consents = Object.fromEntries((p.db.prepare('SELECT field, count(*) AS n FROM consents GROUP BY field').all() as { field: string; n: number }[]).map((r) => [r.field, r.n]));
      return {
        passphraseSet: readPassphrase(p.db) !== null,
        employeeMode: readEmployeeMode(p.db),
        retentionMonths: getRetentionMonths(p.db),
        minRetentionMonths: RETENTION.min,
        pseudonymised: settings.pseudonymised,
        minGroupSize: settings.minGroupSize,
        erasures: (p.db.prepare('SELECT count(*) AS n FROM erasures').get() as { n: number }).n,
        objections: (p.db.prepare('SELECT count(*) AS n FROM employees WHERE objection_since IS NOT NULL').get() as { n: number }).n,
        consents: { ageBand: consents.ageBand ?? 0, gender: consents.gender ?? 0 },
        oldestAuditEntry: (p.db.prepare('SELECT min(at) AS m FROM audit_log').get() as { m: string | null }).m,
      };
    },
    'privacy.people': (input) => {
      const settings = getSettings(p.db);
      const q = input.search?.trim() ?? '';
      const where = q ? "WHERE id LIKE @q ESCAPE '\\' OR (@names = 1 AND name LIKE @q ESCAPE '\\') OR department LIKE @q ESCAPE '\\'" : '';
      const params = { q: `%${q.replace(/[%_\\]/g, (c) => '\\' + c)}%`, names: settings.pseudonymised ? 0 : 1, limit: input.limit ?? 200 };
      const total = (p.db.prepare(`SELECT count(*) AS n FROM employees ${where}`).get(params) as { n: number }).n;
      const rows = p.db.prepare(`SELECT id, name, role_code, department, objection_since, objection_reason FROM employees ${where} ORDER BY id LIMIT @limit`).all(params) as {
        id: string;
        name: string | null;
        role_code: string;
        department: string;
        objection_since: string | null;
        objection_reason: string | null;
      }[];
      const consents = new Map<string, ('ageBand' | 'gender')[]>();
      for (const c of p.db.prepare('SELECT employee_id, field FROM consents WHERE employee_id IN (SELECT value FROM json_each(?)) ORDER BY field').all(JSON.stringify(rows.map((r) => r.id))) as { employee_id: string; field: 'ageBand' | 'gender' }[]) {
        consents.set(c.employee_id, [...(consents.get(c.employee_id) ?? []), c.field]);
      }
      return {
        total,
        people: rows.map((r) => ({
          id: r.id,
          ...(settings.pseudonymised ? {} : { name: r.name }),
          role: r.role_code,
          department: r.department,
          consents: consents.get(r.id) ?? [],
          objection: r.objection_since ? { since: r.objection_since, reason: r.objection_reason ?? '' } : null,
        })),
      };
    },
    'privacy.export': async (input, ctx) => {
      const lang = langOf(input.lang);
      const data = await buildAccessExport(p, input.employeeId, lang, ctx);
      appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'export', entityId: input.employeeId, action: `access.${input.format}`, after: { format: input.format, lang }, reason: 'AVG art. 15/20 access request' });
      const base = `overstap-access-${input.employeeId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
      if (input.format === 'json') return { fileName: `${base}.json`, mimeType: 'application/json', content: JSON.stringify(data, null, 2) + '\n', data };
      const md = accessExportMarkdown(data);
      const title = lang === 'nl' ? 'Uw gegevens in Overstap' : 'Your data in Overstap';
      const pdf = await requirePrinter(p.pdf).printHtml(markdownToHtml(md, { lang, title }), { header: title, ...PAGE[lang] });
      return { fileName: `${base}.pdf`, mimeType: 'application/pdf', contentBase64: pdf.toString('base64'), data };
    },
    'privacy.rectify': (input, ctx) => {
      const changed = rectify(p.db, input, stamp(ctx.actor));
      const { employee } = peopleHandlers(p)['employees.get']({ id: input.employeeId, names: true }, ctx) as { employee: import('../../../shared/api/dto').EmployeeDetail };
      return { employee, changed };
    },
    'privacy.erase': (input, ctx) => {
      if (readEmployeeMode(p.db)?.employeeId === input.employeeId) writeEmployeeMode(p.db, null);
      return eraseEmployee(p.db, input.employeeId, { ...stamp(ctx.actor), reason: input.reason ?? null });
    },
    'privacy.erasures': () => ({ erasures: readRegister(p.db).map((r) => ({ tombstone: r.tombstone, erasedAt: r.erasedAt, erasedBy: r.erasedBy })) }),
    'consent.list': (input) => {
      if (input.employeeId) requireEmployee(p.db, input.employeeId);
      return { consents: listConsents(p.db, input.employeeId) };
    },
    'consent.set': (input, ctx) => ({ consent: setConsent(p.db, { ...input, field: input.field }, stamp(ctx.actor)) }),
    'consent.withdraw': (input, ctx) => withdrawConsent(p.db, input, stamp(ctx.actor)),
    'objection.set': (input, ctx) => ({ objection: setObjection(p.db, input, stamp(ctx.actor)) }),
    'objection.withdraw': (input, ctx) => ({ objection: withdrawObjection(p.db, input, stamp(ctx.actor)) }),
    'privacy.setPassphrase': (input, ctx) => {
      const existing = readPassphrase(p.db);
      if (existing && (input.current === undefined || !verifyPassphrase(input.current, existing))) throw new DomainError('FORBIDDEN', 'The current passphrase is wrong.');
      const stored = hashPassphrase(input.passphrase, p.clock.now());
      p.db.transaction(() => {
        storePassphrase(p.db, stored);
        appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'passphrase', action: existing ? 'change' : 'set', after: { algorithm: 'scrypt', N: stored.N, r: stored.r, p: stored.p } });
      })();
      return { passphraseSet: true as const, algorithm: `scrypt N=${stored.N} r=${stored.r} p=${stored.p}` };
    },
    'privacy.enterEmployeeMode': (input, ctx) => {
      if (!readPassphrase(p.db)) throw new DomainError('CONFLICT', 'Set the planner passphrase first: employee mode can only be left with it.');
      requireEmployee(p.db, input.employeeId);
      const mode = { employeeId: input.employeeId, since: p.clock.now() };
      p.db.transaction(() => {
        writeEmployeeMode(p.db, mode);
        appendAudit(p.db, { at: mode.since, actor: ctx.actor, entity: 'employee_mode', entityId: input.employeeId, action: 'enter' });
      })();
      return { employeeMode: mode };
    },
    'privacy.unlock': (input, ctx) => {
      const stored = readPassphrase(p.db);
      const mode = readEmployeeMode(p.db);
      if (!stored || !verifyPassphrase(input.passphrase, stored)) {
        appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'employee_mode', entityId: mode?.employeeId ?? null, action: 'unlock.refused' });
        throw new DomainError('FORBIDDEN', 'Wrong passphrase.');
      }
      p.db.transaction(() => {
        writeEmployeeMode(p.db, null);
        appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'employee_mode', entityId: mode?.employeeId ?? null, action: 'unlock' });
      })();
      return { unlocked: true as const };
    },
    'privacy.setRetention': (input, ctx) => {
      const before = getRetentionMonths(p.db);
      p.db.transaction(() => {
        setRetentionMonths(p.db, input.months);
        appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'settings', action: 'retention', before: { auditRetentionMonths: before }, after: { auditRetentionMonths: input.months }, reason: input.reason });
      })();
      return { retentionMonths: input.months };
    },
    'privacy.runRetention': (input, ctx) => runRetention(p.db, { ...stamp(ctx.actor), reason: input.reason ?? null }),
    'privacy.document': async (input, ctx) => {
      const lang = langOf(input.lang);
      const md = renderDocument(input.what, await gatherFacts(p, ctx, input.what !== 'worker-notice'), lang);
      const fileName = `overstap-${input.what}-${lang}.${input.format}`;
      if (input.format === 'md') return { fileName, mimeType: 'text/markdown', content: md };
      const title = DOCUMENT_TITLES[input.what][lang];
      const pdf = await requirePrinter(p.pdf).printHtml(markdownToHtml(md, { lang, title }), { header: title, ...PAGE[lang] });
      return { fileName, mimeType: 'application/pdf', contentBase64: pdf.toString('base64') };
    },
  };
}
