/**
 * A small, fast CSV reader for HR exports: comma, semicolon or tab (sniffed from the header line),
 * quoted fields with doubled quotes and line breaks inside them. Lines without a quote take a
 * native split; only quoted lines walk character by character.
 */
import { BadFileError } from './errors';

type Delimiter = ',' | ';' | '\t';

interface CsvTable {
  delimiter: Delimiter;
  /** records[i] is the record on row i + 1 (a record with a quoted line break still counts as one row). */
  records: string[][];
}

/** The delimiter that occurs most in the first non-empty line, outside quotes. */
export function sniffDelimiter(text: string): Delimiter {
  let start = 0;
  while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  const line = text.slice(start, Math.min(end, start + 100_000));
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export function parseCsv(input: string, fileName: string, delimiter: Delimiter = sniffDelimiter(input)): CsvTable {
  // Old Mac line ends: only when the text has no \n at all.
  const text = input.indexOf('\n') === -1 && input.indexOf('\r') !== -1 ? input.replace(/\r/g, '\n') : input;
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  const records: string[][] = [];
  let pos = 0;
  let nextQuote = text.indexOf('"');
  if (nextQuote === -1) nextQuote = Infinity;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = n;
    if (nextQuote < pos) {
      nextQuote = text.indexOf('"', pos);
      if (nextQuote === -1) nextQuote = Infinity;
    }
    if (nextQuote >= nl) {
      let lineEnd = nl;
      if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      records.push(lineEnd === pos ? [] : text.slice(pos, lineEnd).split(delimiter));
      pos = nl + 1;
      continue;
    }
    // Slow path: this record has a quote somewhere.
    const startRow = records.length + 1;
    const row: string[] = [];
    let i = pos;
    for (;;) {
      if (text.charCodeAt(i) === 34) {
        let buf = '';
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) throw new BadFileError('csv.unterminated', `${fileName}: the file ends inside a quoted field that starts on row ${startRow} (a missing closing quote, or a truncated file).`);
          buf += text.slice(i, q);
          if (text.charCodeAt(q + 1) === 34) {
            buf += '"';
            i = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
        const j0 = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === d || c === 10 || c === 13) break;
          i++;
        }
        row.push(j0 === i ? buf : buf + text.slice(j0, i));
      } else {
        const j0 = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === d || c === 10 || c === 13) break;
          i++;
        }
        row.push(text.slice(j0, i));
      }
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= n) {
          row.push('');
          break;
        }
        continue;
      }
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      break;
    }
    records.push(row.length === 1 && row[0] === '' ? [] : row);
    pos = i;
  }
  return { delimiter, records };
}
