/**
 * One parser per scalar import field: a cell in, a typed value or one problem (code, the values it names, and
 * the English message) out. The plan walks this table instead of repeating the checks field by field.
 */
import type { ImportProblemCode, ImportProblemParams } from '../../shared/api/import-dto';
import type { ContractType } from '../../shared/domain/types';
import { parseContract, parseDate, parseNumber } from './values';
import type { CellValue } from './xlsx';

export interface FieldProblem {
  severity: 'error' | 'warning';
  code: ImportProblemCode;
  params: ImportProblemParams;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

export interface ParseContext {
  decimalComma: boolean;
  /** Weekly hours of one full-time job. */
  fullTimeHours: number;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (code: ImportProblemCode, params: ImportProblemParams, message: string): Parsed<never> => ({ ok: false, problem: { severity: 'error', code, params, message } });

/** Numbers as the cell holds them (XLSX) or as text with a decimal comma or point (CSV). */
const numberOf = (cell: CellValue | undefined, raw: string, ctx: ParseContext, percentOk = false) => parseNumber(typeof cell === 'number' ? cell : raw, ctx.decimalComma, percentOk);

const FTE_MAX = 1.5;
const HOURS_MAX = 80;
const TEXT_MAX = 200;

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function fteInRange(v: number, raw: string, from: 'fte' | 'hours' | 'percent', ctx: ParseContext): Parsed<number> {
  if (v > 0 && v <= FTE_MAX) return ok(v);
  const how = from === 'hours' ? ` (from ${raw} weekly hours ÷ a ${ctx.fullTimeHours}-hour full-time week)` : from === 'percent' ? ` (from the part-time percentage ${raw})` : '';
  return bad('fte.range', { fte: v, min: 0, max: FTE_MAX }, `FTE ${v}${how} is outside (0, ${FTE_MAX}]; expected a number greater than 0 and at most ${FTE_MAX}.`);
}

export const FIELD_PARSERS = {
  fte(cell: CellValue | undefined, raw: string, ctx: ParseContext): Parsed<number> {
    const v = numberOf(cell, raw, ctx, true);
    if (v === undefined) return bad('fte.type', {}, `The FTE is not a number; expected a number greater than 0 and at most ${FTE_MAX} (e.g. 0,8 or 1).`);
    return fteInRange(v, raw, 'fte', ctx);
  },

  weeklyHours(cell: CellValue | undefined, raw: string, ctx: ParseContext): Parsed<number> {
    const v = numberOf(cell, raw, ctx);
    if (v === undefined) return bad('hours.type', {}, 'Weekly hours is not a number; expected hours per week, 0 or more (e.g. 32 or 28,8).');
    if (v < 0) return bad('hours.negative', { hours: v }, `Weekly hours ${v} is negative; expected 0 or more.`);
    if (v > HOURS_MAX) return bad('hours.range', { hours: v, max: HOURS_MAX }, `Weekly hours ${v} is more than a week of work allows; expected at most ${HOURS_MAX}.`);
    return ok(v);
  },

  /** "80", "80%", "80,0" → 0.8; a value up to 1.5 is already a fraction ("0,8"), as no job is 1 % of a week. */
  partTimePercent(cell: CellValue | undefined, raw: string, ctx: ParseContext): Parsed<number> {
    const v = numberOf(cell, raw, ctx, true);
    if (v === undefined) return bad('percent.type', {}, 'The part-time percentage is not a number; expected a percentage of a full-time job (e.g. 80 or 80%).');
    const fraction = typeof cell === 'string' && cell.trim().endsWith('%') ? v : v <= FTE_MAX ? v : v / 100;
    if (!(fraction > 0 && fraction <= FTE_MAX)) return bad('percent.range', { percent: v, max: FTE_MAX * 100 }, `Part-time percentage ${raw} is outside (0, ${FTE_MAX * 100}] %.`);
    return ok(round4(fraction));
  },

  startDate(cell: CellValue | undefined, raw: string): Parsed<string> {
    const d = parseDate(typeof cell === 'string' ? raw : cell);
    return d ? ok(d) : bad('date.invalid', {}, 'Not a valid date; expected dd-mm-yyyy, yyyy-mm-dd or an Excel date.');
  },

  contractType(_cell: CellValue | undefined, raw: string): Parsed<ContractType> {
    const c = parseContract(raw);
    return c ? ok(c) : bad('contract.unknown', {}, 'Unknown contract type; expected vast/permanent, tijdelijk/temporary, or uitzend/extern/outsourced.');
  },

  salary(cell: CellValue | undefined, raw: string, ctx: ParseContext): Parsed<number> {
    const v = numberOf(cell, raw, ctx);
    if (v === undefined) return bad('salary.type', {}, 'The salary is not a number; expected gross annual euros (e.g. 45.000 or 45000,00), or leave it empty for the role default.');
    if (v < 0) return bad('salary.negative', { salary: v }, `Salary ${v} is negative; expected gross annual euros, 0 or more.`);
    return ok(v);
  },

  /** Department, team, location: free text of a bounded length. */
  text(_cell: CellValue | undefined, raw: string, _ctx: ParseContext, label = 'text'): Parsed<string> {
    if (raw.length > TEXT_MAX) return bad('value.tooLongText', { length: raw.length, max: TEXT_MAX }, `The ${label} is ${raw.length} characters; at most ${TEXT_MAX} are expected.`);
    return ok(raw);
  },
} as const;

/** FTE from weekly hours and the full-time week (EVIDENCE F: 36 h), kept to four decimals. */
export function fteFromHours(hours: number, raw: string, ctx: ParseContext): Parsed<number> {
  return fteInRange(round4(hours / ctx.fullTimeHours), raw, 'hours', ctx);
}

