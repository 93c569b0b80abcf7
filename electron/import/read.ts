/**
 * A file as it arrives (bytes + name) → the people table and an optional long-format skills table,
 * each as rows with the row numbers the planner sees in Excel or a text editor.
 */
import type { ImportPreview } from '../../shared/api/import-dto';
import { parseCsv } from './csv';
import { sniff } from './decode';
import { BadFileError } from './errors';
import { findHeaderRow } from './fields';
import { readXlsxOffThread } from './readXlsxOffThread';
import type { CellValue } from './xlsx';

export interface SourceTable {
  file: string;
  sheet: string | null;
  rows: { n: number; cells: CellValue[] }[];
}

export interface ReadFile {
  format: ImportPreview['format'];
  encoding: ImportPreview['encoding'];
  delimiter: ImportPreview['delimiter'];
  people: SourceTable;
  /** The second sheet, when it is a long-format skills sheet. */
  skills: SourceTable | null;
}

export async function readImportFile(bytes: Buffer, fileName: string, signal?: { readonly aborted: boolean }): Promise<ReadFile> {
  const sniffed = sniff(bytes, fileName);
  if (sniffed.kind === 'csv') {
    const { delimiter, records } = parseCsv(sniffed.text, fileName);
    const rows: SourceTable['rows'] = [];
    for (let i = 0; i < records.length; i++) {
      const cells = records[i]!;
      if (cells.length === 0 || (cells.length === 1 && cells[0]!.trim() === '')) continue;
      rows.push({ n: i + 1, cells });
    }
    return { format: 'csv', encoding: sniffed.encoding, delimiter, people: { file: fileName, sheet: null, rows }, skills: null };
  }
  const sheets = await readXlsxOffThread(sniffed.bytes, fileName, signal);
  const first = sheets[0]!;
  let skills: SourceTable | null = null;
  const second = sheets[1];
  if (second && second.rows.length > 0 && findHeaderRow(second.rows, undefined, 'skills') >= 0) skills = { file: fileName, sheet: second.name, rows: second.rows };
  if (first.rows.length === 0) throw new BadFileError('file.noRows', `${fileName}: the first sheet (${first.name}) is empty.`);
  return { format: 'xlsx', encoding: 'xlsx', delimiter: null, people: { file: fileName, sheet: first.name, rows: first.rows }, skills };
}

/** A separate long-format skills file (CSV or the first sheet of an XLSX). */
export async function readSkillsFile(bytes: Buffer, fileName: string, signal?: { readonly aborted: boolean }): Promise<SourceTable> {
  const f = await readImportFile(bytes, fileName, signal);
  return f.people;
}
