/**
 * Cell values as HR exports write them → typed values: numbers with a decimal comma or point and
 * thousands separators, dates (dd-mm-yyyy, yyyy-mm-dd, Excel serials and Excel dates), contract
 * types, age bands, gender and consent in Dutch or English. Each parser returns undefined for
 * "not understood" so the caller can report what it expected.
 */
import type { AgeBand, ContractType, Gender } from '../../shared/domain/types';
import type { CellValue } from './xlsx';
import { normalise } from './match';

/** The cell as text, trimmed; numbers without trailing noise; Excel dates as yyyy-mm-dd. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  return isoDate(v);
}

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * A number from text: "0,8", "0.8", "45.000,50", "45,000.50", "€ 52.300", "80%" (→ 0.8 when percentOk).
 * `decimalComma` settles "1.500" / "1,500": thousands in a decimal-comma file, else decimals.
 */
export function parseNumber(v: CellValue | undefined, decimalComma: boolean, percentOk = false): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (v === null || v === undefined || v instanceof Date) return undefined;
  let s = v.replace(/[\s\u00a0\u202f€]|eur(o)?/gi, '');
  let percent = false;
  if (percentOk && s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (!/^[-+]?(\d|[.,]\d)[\d.,]*$/.test(s)) return undefined;
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && hasComma) {
    s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (hasComma) {
    const parts = s.split(',');
    s = parts.length > 2 || (!decimalComma && parts[1]!.length === 3) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (hasDot) {
    const parts = s.split('.');
    if (parts.length > 2 || (decimalComma && parts[1]!.length === 3 && /[1-9]/.test(parts[0]!))) s = s.replace(/\./g, '');
  }
  const n = Number(s);
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

function validYmd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return isoDate(date);
}

/** Excel's day count (1900 date system; serial 60 is the fictitious 29 Feb 1900, absorbed by the 30 Dec 1899 epoch). */
function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 73_050) return undefined;
  return isoDate(new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000));
}

/** yyyy-mm-dd, dd-mm-yyyy / dd/mm/yyyy / dd.mm.yyyy (day first, as Dutch exports write it), Excel serials and dates. */
export function parseDate(v: CellValue | undefined): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : isoDate(v);
  if (typeof v === 'number') return excelSerialToIso(v);
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) return validYmd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: [\d:]+)?$/.exec(s);
  if (m) return validYmd(+m[3]!, +m[2]!, +m[1]!);
  if (/^\d{5}$/.test(s)) return excelSerialToIso(Number(s));
  return undefined;
}

export function parseContract(raw: string): ContractType | undefined {
  const s = normalise(raw);
  if (!s) return undefined;
  if (/^(vast|permanent|regular|indefinite|open ended|onbepaald)/.test(s) || s.includes('onbepaalde tijd') || s === 'vast contract') return 'permanent';
  if (/^(uitzend|extern|inhuur|ingehuurd|detach|gedetacheerd|zzp|freelance|contractor|outsourc|agency|interim|payroll)/.test(s)) return 'outsourced';
  if (/^(tijdelijk|temporary|temp|fixed|bepaalde tijd|jaarcontract|flex|oproep|stage|intern|seasonal|tijdelijke)/.test(s) || s.includes('bepaalde tijd')) return 'temporary';
  return undefined;
}

export function parseAgeBand(v: CellValue | undefined): AgeBand | undefined {
  if (typeof v === 'number') return bandOfAge(v);
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ');
  if (/^\d{1,3}$/.test(s)) return bandOfAge(Number(s));
  const compact = s.replace(/\s/g, '');
  const exact: Record<string, AgeBand> = { '<25': '<25', '25-34': '25-34', '35-44': '35-44', '45-54': '45-54', '55+': '55+', '-25': '<25', '<=24': '<25', '15-24': '<25', '18-24': '<25', '16-24': '<25', '>=55': '55+', '>55': '55+', '55-64': '55+', '55-67': '55+' };
  if (exact[compact]) return exact[compact];
  if (/^(jonger dan|onder|tot|under|below|younger than) 25/.test(s)) return '<25';
  if (/^55 ?(en ouder|and over|and older|plus|\+|or older)/.test(s)) return '55+';
  return undefined;
}

function bandOfAge(age: number): AgeBand | undefined {
  if (!Number.isInteger(age) || age < 14 || age > 100) return undefined;
  return age < 25 ? '<25' : age < 35 ? '25-34' : age < 45 ? '35-44' : age < 55 ? '45-54' : '55+';
}

export function parseGender(raw: string): Gender | undefined {
  const s = normalise(raw);
  if (['v', 'vrouw', 'f', 'female', 'woman', 'vrouwelijk', 'w'].includes(s)) return 'female';
  if (['m', 'man', 'male', 'mannelijk'].includes(s)) return 'male';
  if (['x', 'anders', 'other', 'non binary', 'nonbinary', 'non binair', 'divers', 'overig', 'o'].includes(s)) return 'other';
  return undefined;
}

/** true / false, or undefined when the text is neither. */
export function parseYesNo(raw: string): boolean | undefined {
  const s = normalise(raw);
  if (['ja', 'yes', 'true', 'waar', '1', 'y', 'j', 'x', 'akkoord', 'gegeven', 'given', 'ok'].includes(s)) return true;
  if (['nee', 'no', 'false', 'onwaar', '0', 'n', '', 'niet gegeven', 'geen', 'none'].includes(s)) return false;
  return undefined;
}

export function parseSkillSource(raw: string): 'self' | 'manager' | 'learning' | 'inferred' | undefined {
  const s = normalise(raw);
  if (!s || ['self', 'zelf', 'eigen', 'zelfbeoordeling', 'self assessment', 'medewerker', 'employee'].includes(s)) return 'self';
  if (['manager', 'leidinggevende', 'beoordeling', 'supervisor'].includes(s)) return 'manager';
  if (['learning', 'opleiding', 'training', 'leren', 'cursus', 'course'].includes(s)) return 'learning';
  if (['inferred', 'afgeleid', 'derived', 'system', 'systeem'].includes(s)) return 'inferred';
  return undefined;
}

/** Text a spreadsheet would run as a formula (CSV injection); stored as text, never evaluated. */
export const looksLikeFormula = (s: string): boolean => /^[=+@\t\r]/.test(s) || /^-[^\d\s]/.test(s);
