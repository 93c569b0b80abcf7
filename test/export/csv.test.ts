import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, neutralise, toCsv } from '../../shared/domain/export/csv';

const INJECTION = ["=cmd|' /C calc'!A0", '+1', '-1', '@SUM(A1:A2)', '\tTAB', '\rCR', '=HYPERLINK("http://x")', '-2+3'];

function parse(text: string, delimiter: string) {
  expect(text.startsWith(BOM)).toBe(true);
  const r = Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

describe('CSV writer', () => {
  it('round-trips through a parser in English (comma, decimal point)', () => {
    const text = toCsv(['id', 'name', 'hours', 'share'], [['E1', 'Anne "A", de Vries', 1234.5, 0.25], ['E2', 'line\nbreak', -3, 0]], 'en');
    const rows = parse(text, ',');
    expect(rows[0]).toEqual(['id', 'name', 'hours', 'share']);
    expect(rows[1]).toEqual(['E1', 'Anne "A", de Vries', '1234.5', '0.25']);
    expect(rows[2]).toEqual(['E2', 'line\nbreak', '-3', '0']);
  });

  it('round-trips in Dutch (semicolon, decimal comma)', () => {
    const text = toCsv(['id', 'uren', 'aandeel'], [['E1', 1234.5, 0.125], ['E2;x', 2, 1 / 3]], 'nl');
    const rows = parse(text, ';');
    expect(rows[1]).toEqual(['E1', '1234,5', '0,125']);
    expect(rows[2]![0]).toBe('E2;x');
    expect(rows[2]![2]).toMatch(/^0,3333333333$/);
    expect(Number(rows[1]![1]!.replace(',', '.'))).toBe(1234.5);
  });

  it('neutralises every cell a spreadsheet would run as a formula, in both locales', () => {
    for (const lang of ['en', 'nl'] as const) {
      const text = toCsv(['value'], INJECTION.map((v) => [v]), lang);
      const rows = parse(text, lang === 'nl' ? ';' : ',').slice(1).map((r) => r[0]!);
      expect(rows).toEqual(INJECTION.map((v) => `'${v}`));
      for (const cell of rows) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('leaves real numbers (also negative ones) and harmless text alone', () => {
    expect(neutralise('Klantenservice')).toBe('Klantenservice');
    expect(neutralise('')).toBe('');
    expect(toCsv(['n'], [[-1.5]], 'nl')).toContain('\r\n-1,5\r\n');
  });
});
