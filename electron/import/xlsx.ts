/**
 * XLSX workbooks through exceljs: every sheet as rows of plain cell values (string, number, Date),
 * with the row numbers Excel shows. Formulas are never evaluated: a formula cell gives its cached result.
 */
import ExcelJS from 'exceljs';
import { BadFileError } from './errors';

export type CellValue = string | number | Date | null;

export interface SheetRows {
  name: string;
  /** Rows with any content, in order, with Excel's 1-based row number. */
  rows: { n: number; cells: CellValue[] }[];
}

function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return plain((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
    if ('error' in v) return null;
  }
  return String(v);
}

export async function readXlsx(bytes: Buffer, fileName: string): Promise<SheetRows[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new BadFileError('xlsx.unreadable', `${fileName} is not a readable XLSX workbook (${(error as Error).message.slice(0, 200)}); it may be truncated or damaged.`);
  }
  if (wb.worksheets.length === 0) throw new BadFileError('xlsx.noSheets', `${fileName} is a ZIP archive but not an XLSX workbook (no worksheets in it).`);
  return wb.worksheets.map((ws) => {
    const rows: SheetRows['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = plain(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      if (cells.some((c) => c !== null && c !== '')) rows.push({ n, cells });
    });
    return { name: ws.name, rows };
  });
}
