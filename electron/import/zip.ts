/**
 * The XLSX guard (16.3): a workbook is a ZIP archive, and a 33 MB archive can expand to gigabytes. Before any
 * XML parser sees it, the central directory is read (entry count, declared sizes, methods), every XML part is
 * inflated with a hard output cap (a declared size that lies is caught when the output outgrows it), and the
 * XML is scanned for DTDs (entity bombs) and counted for rows. Memory stays bounded by the caps below.
 */
import zlib from 'node:zlib';
import { BadFileError } from './errors';

/** Uncompressed size of every part together: a 100,000-person sheet is ~50 MB of XML; beyond this CSV is the way. */
export const MAX_XLSX_UNCOMPRESSED = 256 * 1024 * 1024;
/** Rows over all sheets: two sheets of Excel's own per-sheet maximum would not fit the cell reader's memory. */
export const MAX_XLSX_ROWS = 500_000;
const MAX_ENTRIES = 10_000;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const damaged = (fileName: string, why: string) => new BadFileError('xlsx.unreadable', `${fileName} is not a readable XLSX workbook (${why}); it may be truncated or damaged.`);
const mb = (n: number) => `${Math.round(n / 1_000_000)} MB`;

/** The central directory's entries, from the end-of-central-directory record. */
export function readCentralDirectory(bytes: Buffer, fileName: string): ZipEntry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(fileName, 'no ZIP directory at its end');
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new BadFileError('xlsx.tooLarge', `${fileName} is a ZIP64 archive; a workbook that large cannot be imported. Save it as CSV (UTF-8) instead.`);
  if (count > MAX_ENTRIES) throw new BadFileError('xlsx.tooLarge', `${fileName} holds ${count.toLocaleString('en')} parts; a workbook has far fewer (at most ${MAX_ENTRIES.toLocaleString('en')} are read).`);
  if (offset + size > eocd) throw damaged(fileName, 'its ZIP directory points outside the file');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) throw damaged(fileName, 'a broken ZIP directory entry');
    const method = bytes.readUInt16LE(p + 10);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const uncompressedSize = bytes.readUInt32LE(p + 24);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLen);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) throw new BadFileError('xlsx.tooLarge', `${fileName} is a ZIP64 archive; a workbook that large cannot be imported. Save it as CSV (UTF-8) instead.`);
    entries.push({ name, method, compressedSize, uncompressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The declared sizes alone, before anything is inflated. */
export function checkDeclaredSizes(entries: ZipEntry[], fileName: string): void {
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  if (total > MAX_XLSX_UNCOMPRESSED) {
    throw new BadFileError('xlsx.tooLarge', `${fileName} expands to ${mb(total)} of data (at most ${mb(MAX_XLSX_UNCOMPRESSED)} are read from a workbook); it is either a very large workbook, to be saved as CSV (UTF-8), or a zip bomb.`);
  }
}

function inflateEntry(bytes: Buffer, e: ZipEntry, cap: number, fileName: string): Buffer {
  if (e.localOffset + 30 > bytes.length || bytes.readUInt32LE(e.localOffset) !== LOCAL) throw damaged(fileName, `part ${e.name} is missing`);
  const start = e.localOffset + 30 + bytes.readUInt16LE(e.localOffset + 26) + bytes.readUInt16LE(e.localOffset + 28);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (data.length < e.compressedSize) throw damaged(fileName, `part ${e.name} is cut short`);
  if (e.method === 0) return data;
  if (e.method !== 8) throw damaged(fileName, `part ${e.name} uses ZIP method ${e.method}, which Excel never writes`);
  try {
    // One byte over the declared size is enough to know the directory lied.
    return zlib.inflateRawSync(data, { maxOutputLength: Math.min(cap, e.uncompressedSize + 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new BadFileError('xlsx.tooLarge', `${fileName}: part ${e.name} expands beyond the ${e.uncompressedSize <= cap ? `${e.uncompressedSize.toLocaleString('en')} bytes its ZIP directory declares (a zip bomb or a damaged file)` : `${mb(MAX_XLSX_UNCOMPRESSED)} read from a workbook`}; nothing was read.`);
    }
    throw damaged(fileName, `part ${e.name} does not inflate`);
  }
}

const DTD = /<!(DOCTYPE|ENTITY)/i;

/** Counts `<row` elements of one sheet's XML (cheap: a byte search, no parse). */
function countRows(xml: Buffer): number {
  let n = 0;
  let i = xml.indexOf('<row');
  while (i !== -1) {
    const next = xml[i + 4];
    if (next === 0x20 || next === 0x3e || next === 0x2f) n++;
    i = xml.indexOf('<row', i + 4);
  }
  return n;
}

/**
 * Inflates and checks every XML part within the caps; throws a BadFileError naming the limit that was hit.
 * Returns the number of rows over all worksheets.
 */
export function guardWorkbook(bytes: Buffer, fileName: string): { rows: number; uncompressed: number } {
  const entries = readCentralDirectory(bytes, fileName);
  checkDeclaredSizes(entries, fileName);
  let budget = MAX_XLSX_UNCOMPRESSED;
  let rows = 0;
  for (const e of entries) {
    if (!/\.(xml|rels|vml)$/i.test(e.name)) continue;
    const xml = inflateEntry(bytes, e, budget, fileName);
    budget -= xml.length;
    if (DTD.test(xml.toString('latin1', 0, Math.min(xml.length, 4096))) || xml.includes('<!ENTITY') || xml.includes('<!DOCTYPE')) {
      throw new BadFileError('xlsx.dtd', `${fileName}: part ${e.name} declares a DTD or XML entities, which Excel never writes (an entity bomb is built this way); nothing was read.`);
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) {
      rows += countRows(xml);
      if (rows > MAX_XLSX_ROWS) throw new BadFileError('xlsx.tooManyRows', `${fileName} has more than ${MAX_XLSX_ROWS.toLocaleString('en')} rows over its sheets (at most that many are read from a workbook); save large workforces as CSV (UTF-8).`);
    }
  }
  return { rows, uncompressed: MAX_XLSX_UNCOMPRESSED - budget };
}
