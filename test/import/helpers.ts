/**
 * Shared by the import tests: files built in the test (CSV in any encoding, XLSX through exceljs),
 * calls through dispatch, and a dump of every table to prove a failed import changed nothing.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Database } from 'better-sqlite3';
import type { Core } from '../../electron/core';
import { dispatch } from '../../electron/api/dispatch';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { silentLog } from '../helpers/core';

export const b64 = (content: string | Buffer): string => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64');
export const cp1252 = (text: string): Buffer => iconv.encode(text, 'win1252');

export async function raw<M extends ApiMethod>(core: Core, method: M, input: ApiInput<M>, ctx: { actor?: string; signal?: { aborted: boolean }; progress?: (e: { done: number; total: number }) => void } = {}): Promise<Result<ApiOutput<M>>> {
  return (await dispatch(core.handlers, method, input, { actor: ctx.actor ?? 'tester', signal: ctx.signal, progress: ctx.progress }, silentLog)) as Result<ApiOutput<M>>;
}

/** Every table's rows, sorted, as one string: equal before and after means nothing was written. */
export function dumpDb(db: Database): string {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  return tables.map((t) => `${t}\n${(db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort().join('\n')}`).join('\n\n');
}

interface SheetSpec {
  name: string;
  /** Rows above the header, each merged across the header's width. */
  titleRows?: string[];
  header: string[];
  rows: (string | number | Date | null)[][];
}

export async function xlsx(...sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    let r = 1;
    for (const t of s.titleRows ?? []) {
      ws.getCell(r, 1).value = t;
      ws.mergeCells(r, 1, r, s.header.length);
      r++;
    }
    ws.getRow(r).values = s.header;
    for (const row of s.rows) ws.getRow(++r).values = row as ExcelJS.CellValue[];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
