/**
 * CSV as spreadsheets read it: UTF-8 with a BOM (Excel), RFC 4180 quoting, and the locale's conventions —
 * Dutch: `;` between fields and a decimal comma; English: `,` and a decimal point. Any text cell a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is neutralised with a leading '.
 */
import type { Lang } from '../types';

export type CsvCell = string | number | boolean | null | undefined;

interface CsvLocale {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

const csvLocale = (lang: Lang): CsvLocale => (lang === 'nl' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' });

export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text a spreadsheet would evaluate becomes plain text: `=1+2` → `'=1+2`. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Numbers without thousands separators (parsers stay simple), up to 10 significant decimals, no exponent. */
function formatNumber(value: number, locale: CsvLocale): string {
  if (!Number.isFinite(value)) return '';
  let text = Number.isInteger(value) ? String(value) : String(Math.round(value * 1e10) / 1e10);
  if (/e/i.test(text)) text = value.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  return locale.decimal === ',' ? text.replace('.', ',') : text;
}

function quote(field: string, delimiter: string): string {
  return field.includes('"') || field.includes(delimiter) || field.includes('\n') || field.includes('\r') ? `"${field.replace(/"/g, '""')}"` : field;
}

function formatCell(cell: CsvCell, locale: CsvLocale): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatNumber(cell, locale);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return quote(neutralise(cell), locale.delimiter);
}

/** One CSV document (CRLF line ends, as RFC 4180), with the BOM. */
export function toCsv(header: string[], rows: CsvCell[][], lang: Lang): string {
  const locale = csvLocale(lang);
  const line = (cells: CsvCell[]) => cells.map((c) => formatCell(c, locale)).join(locale.delimiter);
  return BOM + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
