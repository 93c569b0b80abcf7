/**
 * Row models of the exported tables, shared by the XLSX and CSV writers: a sheet is columns (with a
 * header in both languages, a type and a width) and rows of plain values. Dates are YYYY-MM-DD strings
 * here; the XLSX writer turns them into real dates, the CSV writer keeps ISO text.
 */
import { codedValue, itemName } from './itemNames';
import type { BoardpackReport, PlansReport, ReportAssumption, ReportMeta, ReportOverride, ReportRoleImpact } from '../../api/export-dto';
import type { TotalsYear } from '../modelTypes';
import type { Lang } from '../types';
import { toCsv, type CsvCell } from './csv';

type ColumnType = 'text' | 'integer' | 'number' | 'money' | 'share' | 'date' | 'boolean' | 'auto';
export type CellValue = string | number | boolean | null;

export interface Column {
  key: string;
  header: { en: string; nl: string };
  type: ColumnType;
  /** Width in characters. */
  width: number;
}

export interface Sheet {
  id: 'summary' | 'plans' | 'modules' | 'roleImpact' | 'projection' | 'assumptions' | 'sources' | 'businessCase';
  title: { en: string; nl: string };
  columns: Column[];
  rows: Record<string, CellValue>[];
}

const col = (key: string, en: string, nl: string, type: ColumnType, width: number): Column => ({ key, header: { en, nl }, type, width });

const STATUS: Record<string, { en: string; nl: string }> = {
  draft: { en: 'draft', nl: 'concept' },
  approved: { en: 'approved', nl: 'goedgekeurd' },
  in_progress: { en: 'in progress', nl: 'bezig' },
  done: { en: 'done', nl: 'afgerond' },
  declined: { en: 'declined', nl: 'afgewezen' },
};
const statusLabel = (status: string, lang: Lang): string => STATUS[status]?.[lang] ?? status;

function summarySheet(meta: ReportMeta, lines: { en: string; nl: string; value: CellValue }[], lang: Lang): Sheet {
  const base: { en: string; nl: string; value: CellValue }[] = [
    { en: 'Organisation', nl: 'Organisatie', value: meta.organisation },
    { en: 'Scenario', nl: 'Scenario', value: codedValue(meta.scenario, lang) },
    { en: 'Department', nl: 'Afdeling', value: meta.department ?? (lang === 'nl' ? 'alle' : 'all') },
    { en: 'Exported on', nl: 'Geëxporteerd op', value: meta.date },
    { en: 'Names', nl: 'Namen', value: meta.pseudonymised ? (lang === 'nl' ? 'gepseudonimiseerd (alleen id)' : 'pseudonymised (id only)') : lang === 'nl' ? 'met namen' : 'with names' },
    { en: 'Dataset version', nl: 'Datasetversie', value: meta.datasetVersion },
  ];
  return {
    id: 'summary',
    title: { en: 'Summary', nl: 'Samenvatting' },
    columns: [col('item', 'Item', 'Onderdeel', 'text', 34), col('value', 'Value', 'Waarde', 'auto', 40)],
    rows: [...base, ...lines].map((l) => ({ item: l[lang], value: l.value })),
  };
}

export function plansSummarySheet(report: PlansReport, lang: Lang): Sheet {
  const t = report.totals;
  return summarySheet(
    report.meta,
    [
      { en: 'People with a plan', nl: 'Mensen met een plan', value: t.people },
      { en: 'Learning hours (total)', nl: 'Leeruren (totaal)', value: t.hours },
      { en: 'Module cost (total, €)', nl: 'Kosten modules (totaal, €)', value: t.cost },
      ...t.byStatus.map((s) => ({ en: `Plans ${statusLabel(s.status, 'en')}`, nl: `Plannen ${statusLabel(s.status, 'nl')}`, value: s.people })),
    ],
    lang,
  );
}

export function plansSheet(report: PlansReport, withNames: boolean): Sheet {
  const columns = [
    col('employeeId', 'Employee id', 'Medewerker-id', 'text', 14),
    ...(withNames ? [col('name', 'Name', 'Naam', 'text', 24)] : []),
    col('department', 'Department', 'Afdeling', 'text', 20),
    col('currentRoleCode', 'Current role code', 'Code huidige functie', 'text', 14),
    col('currentRole', 'Current role', 'Huidige functie', 'text', 32),
    col('targetRoleCode', 'Target role code', 'Code doelfunctie', 'text', 14),
    col('targetRole', 'Target role', 'Doelfunctie', 'text', 32),
    col('status', 'Status', 'Status', 'text', 12),
    col('fit', 'Fit', 'Fit', 'share', 8),
    col('viable', 'Viable', 'Haalbaar', 'boolean', 9),
    col('missingSkills', 'Missing skills', 'Ontbrekende vaardigheden', 'text', 48),
    col('modules', 'Modules', 'Modules', 'integer', 9),
    col('hours', 'Hours', 'Uren', 'number', 9),
    col('cost', 'Cost (€)', 'Kosten (€)', 'money', 12),
    col('weeks', 'Weeks', 'Weken', 'number', 8),
    col('startDate', 'Start', 'Start', 'date', 12),
    col('endDate', 'End', 'Einde', 'date', 12),
    col('approvedBy', 'Approved by', 'Goedgekeurd door', 'text', 16),
    col('approvedAt', 'Approved on', 'Goedgekeurd op', 'date', 13),
    col('comment', 'Comment', 'Opmerking', 'text', 36),
  ];
  return {
    id: 'plans',
    title: { en: 'Plans', nl: 'Plannen' },
    columns,
    rows: report.plans.map((p) => ({
      employeeId: p.employeeId,
      ...(withNames ? { name: p.name ?? null } : {}),
      department: p.department,
      currentRoleCode: p.currentRole.code,
      currentRole: p.currentRole.title,
      targetRoleCode: p.targetRole.code,
      targetRole: p.targetRole.title,
      status: statusLabel(p.status, report.meta.lang),
      fit: p.fit,
      viable: p.viable,
      missingSkills: p.gaps.map((g) => `${g.skillName} (${g.have}→${g.need})`).join('; '),
      modules: p.modules.length,
      hours: p.hours,
      cost: p.cost,
      weeks: Math.round(p.weeks * 10) / 10,
      startDate: p.startDate,
      endDate: p.endDate,
      approvedBy: p.approvedBy,
      approvedAt: p.approvedAt ? p.approvedAt.slice(0, 10) : null,
      comment: p.comment,
    })),
  };
}

export function modulesSheet(report: PlansReport): Sheet {
  return {
    id: 'modules',
    title: { en: 'Modules', nl: 'Modules' },
    columns: [
      col('employeeId', 'Employee id', 'Medewerker-id', 'text', 14),
      col('targetRole', 'Target role', 'Doelfunctie', 'text', 30),
      col('order', 'Order', 'Volgorde', 'integer', 8),
      col('moduleId', 'Module id', 'Module-id', 'text', 22),
      col('module', 'Module', 'Module', 'text', 40),
      col('skill', 'Skill', 'Vaardigheid', 'text', 28),
      col('hours', 'Hours', 'Uren', 'number', 8),
      col('cost', 'Cost (€)', 'Kosten (€)', 'money', 11),
      col('start', 'Start', 'Start', 'date', 12),
      col('end', 'End', 'Einde', 'date', 12),
      col('done', 'Done', 'Afgerond', 'boolean', 9),
    ],
    rows: report.plans.flatMap((p) =>
      p.modules.map((m, i) => ({
        employeeId: p.employeeId,
        targetRole: p.targetRole.title,
        order: i + 1,
        moduleId: m.id,
        module: m.title,
        skill: m.skillName,
        hours: m.hours,
        cost: m.cost,
        start: m.start,
        end: m.end,
        done: m.done,
      })),
    ),
  };
}

type FlowYear = Pick<TotalsYear, 'hoursFreed' | 'fteFreed' | 'demandFte' | 'leavers' | 'attritionLeavers' | 'contractEndings' | 'hires' | 'supplyFte' | 'surplusFte' | 'shortfallFte'>;

/** The year's hours, demand and flows: the same columns on the role sheet and the organisation's projection sheet. */
function flowColumns(): Column[] {
  return [
    col('hoursFreed', 'Hours freed', 'Vrijgekomen uren', 'number', 12),
    col('fteFreed', 'FTE freed', 'Vrijgekomen fte', 'number', 10),
    col('demandFte', 'Demand (FTE)', 'Vraag (fte)', 'number', 11),
    col('leavers', 'Leavers (FTE)', 'Vertrekkers (fte)', 'number', 11),
    col('attritionLeavers', 'of which attrition', 'waarvan verloop', 'number', 11),
    col('contractEndings', 'of which fixed-term endings', 'waarvan einde tijdelijk contract', 'number', 13),
    col('hires', 'Hires (FTE)', 'Aanwerving (fte)', 'number', 11),
    col('supplyFte', 'Supply (FTE)', 'Aanbod (fte)', 'number', 11),
    col('surplusFte', 'Surplus (FTE)', 'Overschot (fte)', 'number', 11),
    col('shortfallFte', 'Shortfall (FTE)', 'Tekort (fte)', 'number', 11),
  ];
}

/** Hours to 0.1, FTE to 0.001: the precision the sheets have always written. */
function flowCells(y: FlowYear): Record<string, number> {
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  return {
    hoursFreed: Math.round(y.hoursFreed * 10) / 10,
    fteFreed: r3(y.fteFreed),
    demandFte: r3(y.demandFte),
    leavers: r3(y.leavers),
    attritionLeavers: r3(y.attritionLeavers),
    contractEndings: r3(y.contractEndings),
    hires: r3(y.hires),
    supplyFte: r3(y.supplyFte),
    surplusFte: r3(y.surplusFte),
    shortfallFte: r3(y.shortfallFte),
  };
}

export function roleImpactSheet(roles: ReportRoleImpact[], lang: Lang): Sheet {
  return {
    id: 'roleImpact',
    title: { en: 'Role impact per year', nl: 'Impact per functie per jaar' },
    columns: [
      col('code', 'Role code', 'Functiecode', 'text', 14),
      col('title', 'Role', 'Functie', 'text', 34),
      col('year', 'Year', 'Jaar', 'integer', 7),
      col('headcount', 'Headcount', 'Aantal mensen', 'integer', 10),
      col('automatedShare', 'Automated share', 'Aandeel geautomatiseerd', 'share', 12),
      col('augmentedShare', 'Augmented share', 'Aandeel ondersteund', 'share', 12),
      ...flowColumns(),
      col('riskClass', 'Risk', 'Risico', 'text', 8),
    ],
    rows: roles.flatMap((r) =>
      r.byYear.map((y) => ({
        code: r.code,
        title: r.title,
        year: y.year,
        headcount: r.headcount,
        automatedShare: y.automatedShare,
        augmentedShare: y.augmentedShare,
        ...flowCells(y),
        riskClass: codedValue(y.riskClass, lang),
      })),
    ),
  };
}

/** The organisation's projection per year: the same totals the dashboard and `scenario run` show. */
export function projectionTotalsSheet(totals: TotalsYear[]): Sheet {
  return {
    id: 'projection',
    title: { en: 'Projection per year', nl: 'Projectie per jaar' },
    columns: [
      col('year', 'Year', 'Jaar', 'integer', 7),
      ...flowColumns(),
    ],
    rows: totals.map((y) => ({
      year: y.year,
      ...flowCells(y),
    })),
  };
}

export function assumptionsSheet(assumptions: ReportAssumption[], levers: { key: string; value: number | string | null }[], overrides: ReportOverride[], lang: Lang): Sheet {
  const kind = (en: string, nl: string) => (lang === 'nl' ? nl : en);
  return {
    id: 'assumptions',
    title: { en: 'Assumptions', nl: 'Aannames' },
    columns: [
      col('kind', 'Kind', 'Soort', 'text', 16),
      col('key', 'Item', 'Onderdeel', 'text', 30),
      col('value', 'Value', 'Waarde', 'auto', 14),
      col('reason', 'Reason or note', 'Reden of toelichting', 'text', 60),
      col('sources', 'Sources', 'Bronnen', 'text', 24),
    ],
    rows: [
      ...levers.map((l) => ({ kind: kind('scenario lever', 'scenariohendel'), key: itemName(l.key, lang), value: codedValue(l.value, lang), reason: null, sources: null })),
      ...overrides.map((o) => ({ kind: o.kind === 'task' ? kind('task override', 'taakaanpassing') : kind('role override', 'functieaanpassing'), key: `${o.id} ${o.title}`.trim(), value: o.change, reason: o.reason, sources: null })),
      ...assumptions.map((a) => ({ kind: a.isAssumption ? kind('assumption', 'aanname') : kind('evidence', 'onderbouwd'), key: itemName(a.key, lang), value: a.value, reason: a.note, sources: a.sources.join(', ') })),
    ],
  };
}

export function sourcesSheet(report: BoardpackReport): Sheet {
  return {
    id: 'sources',
    title: { en: 'Sources', nl: 'Bronnen' },
    columns: [col('id', 'Id', 'Id', 'text', 18), col('citation', 'Citation', 'Bronvermelding', 'text', 80), col('licence', 'Licence', 'Licentie', 'text', 18), col('strength', 'Strength', 'Sterkte', 'text', 9)],
    rows: report.sources.map((s) => ({ id: s.id, citation: s.citation, licence: s.licence, strength: s.strength })),
  };
}

export function boardpackSummarySheet(report: BoardpackReport, lang: Lang): Sheet {
  const h = report.headline;
  const c = report.businessCase.counted;
  return summarySheet(
    report.meta,
    [
      { en: 'Horizon year', nl: 'Horizonjaar', value: report.scenario.horizonYear },
      { en: 'Employees', nl: 'Medewerkers', value: h.employees },
      { en: 'Candidates for a move', nl: 'Kandidaten voor een overstap', value: h.candidates },
      { en: 'Hours freed at the horizon', nl: 'Vrijgekomen uren op de horizon', value: Math.round(h.hoursFreedAtHorizon) },
      { en: 'FTE freed at the horizon', nl: 'Vrijgekomen fte op de horizon', value: Math.round(h.fteFreedAtHorizon * 10) / 10 },
      { en: 'Surplus FTE at the horizon', nl: 'Overschot fte op de horizon', value: Math.round(h.surplusFteAtHorizon * 10) / 10 },
      { en: 'Roles at high risk', nl: 'Functies met hoog risico', value: h.rolesAtRisk.high },
      { en: 'Openings in target roles', nl: 'Vacatures in doelfuncties', value: h.openings },
      { en: 'Plans (approved)', nl: 'Plannen (goedgekeurd)', value: h.plansApproved },
      { en: 'Plans (all)', nl: 'Plannen (alle)', value: h.plans },
      { en: 'Business case: decisions (people assigned to an opening)', nl: 'Businesscase: beslissingen (mensen toegewezen aan een vacature)', value: c.decisions },
      { en: 'Reskilling cost of those decisions (€)', nl: 'Kosten omscholen bij die beslissingen (€)', value: Math.round(h.reskillCost) },
      { en: 'Replace-and-hire cost of those decisions (€)', nl: 'Kosten vervangen en aannemen bij die beslissingen (€)', value: Math.round(h.replaceCost) },
      { en: 'Saving of reskilling over replace-and-hire (€; negative = extra cost)', nl: 'Besparing van omscholen tegenover vervangen en aannemen (€; negatief = meerkosten)', value: Math.round(h.saving) },
      { en: 'Openings hired externally either way (not in the saving)', nl: 'Vacatures die hoe dan ook extern worden ingevuld (niet in de besparing)', value: c.openingsLeft },
      { en: 'Pool members without an opening (not in the saving)', nl: 'Mensen in de pool zonder vacature (niet in de besparing)', value: c.poolNotPlaced },
      { en: 'Outsourced staff left out (not the employer’s)', nl: 'Uitbestede medewerkers niet meegeteld (niet in dienst)', value: c.excludedOutsourced },
      {
        en: 'Learning hours',
        nl: 'Leeruren',
        value: report.businessCase.learningTime === 'paid' ? (lang === 'nl' ? 'betaald tegen loon' : 'paid at wage') : lang === 'nl' ? 'uit door AI vrijgekomen tijd' : 'taken from AI-freed time',
      },
    ],
    lang,
  );
}

const CONTRACT: Record<string, { en: string; nl: string }> = {
  permanent: { en: 'permanent', nl: 'vast' },
  temporary: { en: 'fixed-term', nl: 'tijdelijk' },
  outsourced: { en: 'outsourced', nl: 'uitbesteed' },
};

/** One row per decision of the business case (the lines reskill.businessCase gives). */
export function businessCaseSheet(report: BoardpackReport, lang: Lang): Sheet {
  return {
    id: 'businessCase',
    title: { en: 'Business case', nl: 'Businesscase' },
    columns: [
      col('employeeId', 'Employee id', 'Medewerker-id', 'text', 12),
      col('from', 'Current role', 'Huidige functie', 'text', 30),
      col('to', 'Opening (target role)', 'Vacature (doelfunctie)', 'text', 30),
      col('contract', 'Contract', 'Contract', 'text', 11),
      col('fte', 'FTE', 'Fte', 'number', 6),
      col('inPool', 'Job falls away', 'Baan vervalt', 'boolean', 10),
      col('moduleCost', 'Modules (€)', 'Modules (€)', 'money', 11),
      col('learningCost', 'Learning hours (€)', 'Leeruren (€)', 'money', 12),
      col('backfill', 'Backfill (€)', 'Opnieuw invullen (€)', 'money', 12),
      col('reskillCost', 'Reskill (€)', 'Omscholen (€)', 'money', 12),
      col('hire', 'Hire for the opening (€)', 'Aannemen voor de vacature (€)', 'money', 14),
      col('transitionPayment', 'Transition payment (€)', 'Transitievergoeding (€)', 'money', 13),
      col('noticePay', 'Notice pay (€)', 'Opzegloon (€)', 'money', 12),
      col('replaceCost', 'Replace and hire (€)', 'Vervangen en aannemen (€)', 'money', 13),
      col('saving', 'Saving (€)', 'Besparing (€)', 'money', 12),
    ],
    rows: report.businessCase.lines.map((l) => ({
      employeeId: l.employeeId,
      from: l.currentRole.title,
      to: l.targetRole.title,
      contract: CONTRACT[l.contractType]?.[lang] ?? l.contractType,
      fte: l.fte,
      inPool: l.inPool,
      moduleCost: l.moduleCost,
      learningCost: l.learningCost,
      backfill: l.backfill,
      reskillCost: l.reskillCost,
      hire: l.hire,
      transitionPayment: l.transitionPayment,
      noticePay: l.noticePay,
      replaceCost: l.replaceCost,
      saving: l.saving,
    })),
  };
}

/** A sheet as one CSV document in the chosen language. */
export function sheetToCsv(sheet: Sheet, lang: Lang): string {
  return toCsv(
    sheet.columns.map((c) => c.header[lang]),
    sheet.rows.map((r) => sheet.columns.map((c) => r[c.key] as CsvCell)),
    lang,
  );
}

export function scenarioSummarySheet(meta: ReportMeta, scenario: { startYear: number; horizon: number; labelSource: string }, lang: Lang): Sheet {
  return summarySheet(
    { ...meta, department: null },
    [
      { en: 'Start year', nl: 'Startjaar', value: scenario.startYear },
      { en: 'Horizon (years)', nl: 'Horizon (jaren)', value: scenario.horizon },
      { en: 'Task labels', nl: 'Taaklabels', value: codedValue(scenario.labelSource, lang) },
    ],
    lang,
  );
}
