/**
 * Files to hand on (PDF, XLSX, CSV, JSON) and the report pages' data. Every export is written to the audit
 * log (what, format, scope, names yes/no — never the exported personal data). Pseudonymised by default:
 * names only on request, never while the organisation works pseudonymised. PDFs go through the host's printer.
 */
import type { ApiOutput, ApiParsed, CallContext } from '../../../shared/api/contract';
import { PATH_FILE_VERSION, PLANS_FILE_VERSION, type ExportFileDto, type ExportFormat, type ExportWhat } from '../../../shared/api/export-dto';
import { DomainError } from '../../../shared/api/result';
import { assumptionsSheet, boardpackSummarySheet, businessCaseSheet, modulesSheet, plansSheet, plansSummarySheet, projectionTotalsSheet, roleImpactSheet, scenarioSummarySheet, sheetToCsv, sourcesSheet, type Sheet } from '../../../shared/domain/export/sheets';
import { appendAudit } from '../../db/repos/auditRepo';
import { requirePrinter } from '../../export/pdf';
import { writeXlsx } from '../../export/xlsx';
import type { CorePorts } from '../ports';
import { buildAssumptions, buildBoardpack, buildPathReport, buildPlansReport, buildRoleImpact, reportMeta, resolveScope, type ResolvedScope } from './reports';
import { exportScenarioFile, requireScenario } from './scenarios';

const MIME: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

const slug = (s: string) => s.normalize('NFKD').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'all';

function fileNameFor(what: ExportWhat, format: ExportFormat, s: ResolvedScope, date: string): string {
  const scope = what === 'path' ? slug(s.employeeId ?? '') : what === 'scenario' ? slug(s.scenario) : `${slug(s.scenario)}${s.department ? `-${slug(s.department)}` : ''}${s.team ? `-team-${slug(s.team.managerId)}` : ''}`;
  const part = what === 'plans' && s.part === 'summary' ? '-summary' : '';
  return `overstap-${what}-${scope}${part}-${date}.${format}`;
}

async function sheetsFor(p: CorePorts, what: ExportWhat, s: ResolvedScope, ctx: CallContext): Promise<{ sheets: Sheet[]; title: string }> {
  const lang = s.lang;
  if (what === 'plans') {
    const report = buildPlansReport(p, s);
    const { roles } = buildRoleImpact(p, s);
    const a = buildAssumptions(p, s);
    return {
      title: lang === 'nl' ? 'Omscholingsplannen' : 'Reskilling plans',
      sheets: [plansSummarySheet(report, lang), plansSheet(report, s.withNames), modulesSheet(report), roleImpactSheet(roles, lang), assumptionsSheet(a.assumptions, a.levers, a.overrides, lang)],
    };
  }
  if (what === 'boardpack') {
    const report = await buildBoardpack(p, s, ctx);
    const plans = buildPlansReport(p, s);
    return {
      title: lang === 'nl' ? 'Bestuurspakket' : 'Board pack',
      sheets: [boardpackSummarySheet(report, lang), businessCaseSheet(report, lang), plansSheet(plans, s.withNames), modulesSheet(plans), roleImpactSheet(report.roles, lang), assumptionsSheet(report.assumptions, report.levers, report.overrides, lang), sourcesSheet(report)],
    };
  }
  // scenario
  const { run, roles } = buildRoleImpact(p, s);
  const a = buildAssumptions(p, s);
  const summary = scenarioSummarySheet(reportMeta(p, s), a.scenario, lang);
  return { title: `Scenario ${s.scenario}`, sheets: [summary, projectionTotalsSheet(run.totals.byYear), roleImpactSheet(roles, lang), assumptionsSheet(a.assumptions, a.levers, a.overrides, lang)] };
}

async function produce(p: CorePorts, what: ExportWhat, format: ExportFormat, s: ResolvedScope, ctx: CallContext): Promise<Buffer> {
  if (format === 'pdf') {
    if (what === 'scenario') throw new DomainError('INVALID_INPUT', 'scenario cannot be exported as pdf');
    return requirePrinter(p.pdf).printReport({
      what,
      scenario: s.scenario,
      department: s.department ?? undefined,
      employeeId: s.employeeId ?? undefined,
      managerId: s.team?.managerId,
      part: what === 'plans' ? s.part : undefined,
      names: s.withNames,
      lang: s.lang,
    });
  }
  if (format === 'xlsx') {
    const { sheets, title } = await sheetsFor(p, what, s, ctx);
    return writeXlsx(sheets, s.lang, { title, creator: 'Overstap', created: new Date(p.clock.now()) });
  }
  if (format === 'csv') {
    if (what === 'plans') return Buffer.from(sheetToCsv(plansSheet(buildPlansReport(p, s), s.withNames), s.lang), 'utf8');
    const { roles } = buildRoleImpact(p, s);
    return Buffer.from(sheetToCsv(roleImpactSheet(roles, s.lang), s.lang), 'utf8');
  }
  // json
  if (what === 'scenario') {
    // The same file scenario.export writes (and scenario.import reads).
    return Buffer.from(exportScenarioFile(p, s.scenario, ctx.actor).content, 'utf8');
  }
  if (what === 'path') {
    const report = buildPathReport(p, s);
    return Buffer.from(JSON.stringify({ format: 'overstap.path', version: PATH_FILE_VERSION, exportedAt: report.meta.generatedAt, ...report }, null, 2) + '\n', 'utf8');
  }
  const report = buildPlansReport(p, s);
  const file = { format: 'overstap.plans', version: PLANS_FILE_VERSION, exportedAt: report.meta.generatedAt, meta: report.meta, totals: report.totals, summary: report.summary, plans: report.plans };
  return Buffer.from(JSON.stringify(file, null, 2) + '\n', 'utf8');
}

export async function exportFile(p: CorePorts, input: ApiParsed<'export.file'>, ctx: CallContext): Promise<ExportFileDto> {
  const s = resolveScope(p, input);
  // The scenario must exist (a clear NOT_FOUND before any work).
  requireScenario(p.db, s.scenario);
  const content = await produce(p, input.what, input.format, s, ctx);
  appendAudit(p.db, {
    at: p.clock.now(),
    actor: ctx.actor,
    entity: 'export',
    entityId: input.what,
    action: `export.${input.what}.${input.format}`,
    after: { what: input.what, format: input.format, scenario: s.scenario, department: s.department, employeeId: s.employeeId, managerId: s.team?.managerId ?? null, part: input.what === 'plans' ? s.part : null, names: s.withNames, lang: s.lang, bytes: content.length },
  });
  return { fileName: fileNameFor(input.what, input.format, s, p.clock.now().slice(0, 10)), mime: MIME[input.format], contentBase64: content.toString('base64'), bytes: content.length };
}

export async function reportData(p: CorePorts, input: ApiParsed<'export.reportData'>, ctx: CallContext): Promise<ApiOutput<'export.reportData'>> {
  const s = resolveScope(p, input);
  requireScenario(p.db, s.scenario);
  if (input.what === 'plans') return buildPlansReport(p, s);
  if (input.what === 'path') return buildPathReport(p, s);
  return buildBoardpack(p, s, ctx);
}
