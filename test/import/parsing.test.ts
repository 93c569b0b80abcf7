import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from '../../electron/import/csv';
import { decodeText } from '../../electron/import/decode';
import { parseAgeBand, parseContract, parseDate, parseGender, parseNumber } from '../../electron/import/values';
import { recogniseHeader } from '../../electron/import/fields';
import { cp1252 } from './helpers';

describe('CSV, encodings and values', () => {
  it('sniffs the delimiter and reads quoted fields with line breaks and doubled quotes', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(sniffDelimiter('a,b,c\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n')).toBe('\t');
    const t = parseCsv('id,note,x\r\n1,"two\r\nlines, ""quoted""",3\r\n\r\n2,plain,4', 'f.csv');
    expect(t.records).toEqual([['id', 'note', 'x'], ['1', 'two\r\nlines, "quoted"', '3'], [], ['2', 'plain', '4']]);
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', 'é', ';') , maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
        const text = table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
        expect(parseCsv(text, 't.csv', ',').records).toEqual(table);
      }),
    );
  });

  it('decodes UTF-8 with and without BOM, and falls back to Windows-1252 on invalid UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFFnaïef', 'utf8'))).toEqual({ kind: 'csv', text: 'naïef', encoding: 'utf-8-bom' });
    expect(decodeText(Buffer.from('naïef', 'utf8')).encoding).toBe('utf-8');
    expect(decodeText(cp1252('Müller € ’s-Hertogenbosch'))).toEqual({ kind: 'csv', text: 'Müller € ’s-Hertogenbosch', encoding: 'windows-1252' });
  });

  it('reads numbers with a decimal comma or point and thousands separators', () => {
    expect(parseNumber('0,8', true)).toBe(0.8);
    expect(parseNumber('0.8', false)).toBe(0.8);
    expect(parseNumber('45.000,50', true)).toBe(45000.5);
    expect(parseNumber('45,000.50', false)).toBe(45000.5);
    expect(parseNumber('€ 52.300', true)).toBe(52300);
    expect(parseNumber('80%', false, true)).toBe(0.8);
    expect(parseNumber('abc', true)).toBeUndefined();
  });

  it('reads dates, contracts, age bands and gender in Dutch and English', () => {
    expect(parseDate('01-02-2019')).toBe('2019-02-01');
    expect(parseDate('2019-02-01')).toBe('2019-02-01');
    expect(parseDate(43831)).toBe('2020-01-01');
    expect(parseDate('29-02-2021')).toBeUndefined();
    expect(['vast', 'Onbepaalde tijd', 'tijdelijk', 'bepaalde tijd', 'uitzendkracht', 'extern', 'Permanent', 'fixed-term'].map(parseContract)).toEqual(['permanent', 'permanent', 'temporary', 'temporary', 'outsourced', 'outsourced', 'permanent', 'temporary']);
    expect(['25 – 34', 'jonger dan 25', '55 en ouder', 37, 'oud'].map((v) => parseAgeBand(v))).toEqual(['25-34', '<25', '55+', '35-44', undefined]);
    expect(['V', 'man', 'X', '?'].map(parseGender)).toEqual(['female', 'male', 'other', undefined]);
  });

  it('recognises Dutch and English header names, exactly or nearly', () => {
    expect(recogniseHeader('Personeelsnummer')).toEqual({ field: 'id', confidence: 1 });
    expect(recogniseHeader('Job Title').field).toBe('title');
    expect(recogniseHeader('Bruto jaarsalaris').field).toBe('salary');
    expect(recogniseHeader('Uren p/week').field).toBe('weeklyHours');
    expect(recogniseHeader('Lievelingskleur').field).toBeNull();
  });
});
