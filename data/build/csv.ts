import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Row = Record<string, string>;

/**
 * RFC 4180 parser. Written here rather than split on commas because the ESCO descriptions
 * hold quoted line breaks and every record ends in CRLF.
 */
export function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...body] = records;
  if (!header) return [];
  return body
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => {
      if (r.length !== header.length) throw new Error(`CSV record has ${r.length} fields, header has ${header.length}: ${r.join(',').slice(0, 120)}`);
      const o: Row = {};
      header.forEach((h, j) => (o[h] = r[j]));
      return o;
    });
}

export function readCsv(dir: string, rel: string): Row[] {
  return parseCsv(readFileSync(path.join(dir, rel), 'utf8'));
}

/** Tab-separated translation files: header task_id<TAB>nl, no quoting. */
export function parseTsv(text: string): Row[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const [header, ...body] = lines;
  if (!header) return [];
  const cols = header.split('\t');
  return body.map((l) => {
    const parts = l.split('\t');
    const o: Row = {};
    cols.forEach((c, j) => (o[c] = (parts[j] ?? '').trim()));
    return o;
  });
}
