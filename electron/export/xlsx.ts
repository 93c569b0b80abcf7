/**
 * XLSX from the shared row models (exceljs): real numbers and dates (never text), a frozen, bold header
 * row, column widths, number formats per column type, headers in the chosen language.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Column, Sheet } from '../../shared/domain/export/sheets';
import type { Lang } from '../../shared/domain/types';

const FORMATS: Partial<Record<Column['type'], string>> = {
  integer: '0',
  number: '#,##0.0##',
  money: '#,##0.00',
  share: '0.0%',
  date: 'yyyy-mm-dd',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function cellValue(value: CellValue, type: Column['type']): ExcelJS.CellValue {
  if (value === null) return null;
  if (type === 'date' && typeof value === 'string' && ISO_DATE.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return value;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (title: string) => title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export async function writeXlsx(sheets: Sheet[], lang: Lang, meta: { title: string; creator: string; created: Date }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator;
  wb.title = meta.title;
  wb.created = meta.created;
  wb.modified = meta.created;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheetName(sheet.title[lang]), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    ws.columns = sheet.columns.map((c) => ({ key: c.key, header: c.header[lang], width: c.width, style: FORMATS[c.type] ? { numFmt: FORMATS[c.type] } : {} }));
    for (const row of sheet.rows) {
      ws.addRow(Object.fromEntries(sheet.columns.map((c) => [c.key, cellValue(row[c.key] ?? null, c.type)])));
    }
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    if (sheet.rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
