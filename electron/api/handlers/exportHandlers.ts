/**
 * export.*, backup.*: files to hand on (PDF, XLSX, CSV, JSON), the report pages' data, and the database
 * backup and restore. Every export is written to the audit log (what, format, scope, names yes/no —
 * never the exported personal data). Pseudonymised by default: names only on request, never while the
 * organisation works pseudonymised.
 */
import type { ApiHandlers, CallContext } from '../../../shared/api/contract';
import { PATH_FILE_VERSION, PLANS_FILE_VERSION, type ExportFileDto, type ExportFormat, type ExportWhat } from '../../../shared/api/export-dto';
import { DomainError } from '../../../shared/api/result';
import { assumptionsSheet, boardpackSummarySheet, modulesSheet, plansSheet, plansSummarySheet, roleImpactSheet, scenarioSummarySheet, sheetToCsv, sourcesSheet, type Sheet } from '../../../shared/domain/export/sheets';
import { appendAudit } from '../../db/repos/auditRepo';
import { backupToBuffer, stageRestore } from '../../db/restore';
import { requirePrinter } from '../../export/pdf';
import { buildAssumptions, buildBoardpack, buildPathReport, buildPlansReport, buildRoleImpact, reportMeta, resolveScope, type ResolvedScope } from '../../export/reportData';
import { writeXlsx } from '../../export/xlsx';
import type { CorePorts } from '../ports';
import { scenarioHandlers } from './scenarioHandlers';

const MIME: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

const slug = (s: string) => s.normalize('NFKD').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'all';

function fileNameFor(what: ExportWhat, format: ExportFormat, s: ResolvedScope, date: string): string {
  const scope = what === 'path' ? slug(s.employeeId ?? '') : what === 'scenario' ? slug(s.scenario) : `${slug(s.scenario)}${s.department ? `-${slug(s.department)}` : ''}`;
  return `overstap-${what}-${scope}-${date}.${format}`;
}

export function exportHandlers(p: CorePorts): Pick<ApiHandlers, 'export.file' | 'export.reportData' | 'backup.create' | 'backup.restoreStage'> {
  const audit = (ctx: CallContext, action: string, after: Record<string, unknown>) =>
    appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'export', entityId: String(after.what ?? action), action, after });

  const sheetsFor = async (what: ExportWhat, s: ResolvedScope, ctx: CallContext): Promise<{ sheets: Sheet[]; title: string }> => {
    const lang = s.lang;
    if (what === 'plans') {
      const report = buildPlansReport(p, s);
      const { roles } = await buildRoleImpact(p, s, ctx);
      const a = buildAssumptions(p, s);
      return {
        title: lang === 'nl' ? 'Omscholingsplannen' : 'Reskilling plans',
        sheets: [plansSummarySheet(report, lang), plansSheet(report, s.withNames), modulesSheet(report), roleImpactSheet(roles), assumptionsSheet(a.assumptions, a.levers, a.overrides, lang)],
      };
    }
    if (what === 'boardpack') {
      const report = await buildBoardpack(p, s, ctx);
      const plans = buildPlansReport(p, s);
      return {
        title: lang === 'nl' ? 'Bestuurspakket' : 'Board pack',
        sheets: [boardpackSummarySheet(report, lang), plansSheet(plans, s.withNames), modulesSheet(plans), roleImpactSheet(report.roles), assumptionsSheet(report.assumptions, report.levers, report.overrides, lang), sourcesSheet(report)],
      };
    }
    // scenario
    const { roles } = await buildRoleImpact(p, s, ctx);
    const a = buildAssumptions(p, s);
    const summary = scenarioSummarySheet(reportMeta(p, s), a.scenario, lang);
    return { title: `Scenario ${s.scenario}`, sheets: [summary, roleImpactSheet(roles), assumptionsSheet(a.assumptions, a.levers, a.overrides, lang)] };
  };

  const produce = async (what: ExportWhat, format: ExportFormat, s: ResolvedScope, ctx: CallContext): Promise<Buffer> => {
    if (format === 'pdf') {
      if (what === 'scenario') throw new DomainError('INVALID_INPUT', 'scenario cannot be exported as pdf');
      return requirePrinter(p.pdf).printReport({ what, scenario: s.scenario, department: s.department ?? undefined, employeeId: s.employeeId ?? undefined, names: s.withNames, lang: s.lang });
    }
    if (format === 'xlsx') {
      const { sheets, title } = await sheetsFor(what, s, ctx);
      return writeXlsx(sheets, s.lang, { title, creator: 'Overstap', created: new Date(p.clock.now()) });
    }
    if (format === 'csv') {
      if (what === 'plans') return Buffer.from(sheetToCsv(plansSheet(buildPlansReport(p, s), s.withNames), s.lang), 'utf8');
      const { roles } = await buildRoleImpact(p, s, ctx);
      return Buffer.from(sheetToCsv(roleImpactSheet(roles), s.lang), 'utf8');
    }
    // json
    if (what === 'scenario') {
      // The same file scenario.export writes (and scenario.import reads).
      const file = await scenarioHandlers(p)['scenario.export']({ name: s.scenario }, ctx);
      return Buffer.from(file.content, 'utf8');
    }
    if (what === 'path') {
      const report = await buildPathReport(p, s, ctx);
      return Buffer.from(JSON.stringify({ format: 'overstap.path', version: PATH_FILE_VERSION, exportedAt: report.meta.generatedAt, ...report }, null, 2) + '\n', 'utf8');
    }
    const report = buildPlansReport(p, s);
    const file = { format: 'overstap.plans', version: PLANS_FILE_VERSION, exportedAt: report.meta.generatedAt, meta: report.meta, totals: report.totals, plans: report.plans };
    return Buffer.from(JSON.stringify(file, null, 2) + '\n', 'utf8');
  };

  return {
    'export.file': async (input, ctx): Promise<ExportFileDto> => {
      const s = resolveScope(p, input);
      // The scenario must exist (a clear NOT_FOUND before any work).
      scenarioHandlers(p)['scenario.get']({ name: s.scenario }, ctx);
      const content = await produce(input.what, input.format, s, ctx);
      audit(ctx, `export.${input.what}.${input.format}`, {
        what: input.what,
        format: input.format,
        scenario: s.scenario,
        department: s.department,
        employeeId: s.employeeId,
        names: s.withNames,
        lang: s.lang,
        bytes: content.length,
      });
      return { fileName: fileNameFor(input.what, input.format, s, p.clock.now().slice(0, 10)), mime: MIME[input.format], contentBase64: content.toString('base64'), bytes: content.length };
    },
    'export.reportData': async (input, ctx) => {
      const s = resolveScope(p, input);
      scenarioHandlers(p)['scenario.get']({ name: s.scenario }, ctx);
      if (input.what === 'plans') return buildPlansReport(p, s);
      if (input.what === 'path') return buildPathReport(p, s, ctx);
      return buildBoardpack(p, s, ctx);
    },
    'backup.create': async (_input, ctx) => {
      const content = await backupToBuffer(p.db);
      const stamp = p.clock.now().replace(/[:.]/g, '-').replace(/Z$/, '');
      appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'backup', action: 'backup.create', after: { bytes: content.length } });
      return { fileName: `overstap-backup-${stamp}.db`, contentBase64: content.toString('base64'), bytes: content.length };
    },
    'backup.restoreStage': (input, ctx) => {
      if (p.dbPath === ':memory:') throw new DomainError('CONFLICT', 'An in-memory database cannot be restored.');
      const content = Buffer.from(input.contentBase64, 'base64');
      const valid = stageRestore(p.dbPath, content, { nativeBinding: p.nativeBinding });
      appendAudit(p.db, { at: p.clock.now(), actor: ctx.actor, entity: 'backup', action: 'restore.staged', after: { bytes: valid.bytes, schemaVersion: valid.schemaVersion, fileName: input.fileName ?? null } });
      return { staged: true, restartRequired: true, schemaVersion: valid.schemaVersion, bytes: valid.bytes };
    },
  };
}
