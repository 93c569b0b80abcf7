/**
 * Bytes → what they really are: an XLSX workbook, or CSV text in UTF-8 (with or without BOM) or
 * Windows-1252. A file that is neither (binary junk, another zip, a PDF) is refused with a clear reason.
 */
import iconv from 'iconv-lite';
import { BadFileError } from './errors';

type Sniffed =
  | { kind: 'xlsx'; bytes: Buffer }
  | { kind: 'csv'; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16' | 'windows-1252' };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const KNOWN_BINARY: { magic: number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel (.xls) or other OLE file; save it as .xlsx or .csv' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
  { magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database' },
];

const startsWith = (b: Buffer, magic: number[]): boolean => b.length >= magic.length && magic.every((m, i) => b[i] === m);

/** Decides the format from the content; the file name only serves to say what the file claims to be. */
export function sniff(bytes: Buffer, fileName: string): Sniffed {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) throw new BadFileError('file.empty', `${fileName} is empty.`);
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (ext === 'csv' || ext === 'txt') throw new BadFileError('file.mismatch', `${fileName} is named .${ext} but is a ZIP archive (perhaps an XLSX workbook renamed); give it its real extension.`);
    return { kind: 'xlsx', bytes };
  }
  for (const k of KNOWN_BINARY) {
    if (startsWith(bytes, k.magic)) throw new BadFileError('file.binary', `${fileName} is ${k.what}, not a CSV or XLSX file.`);
  }
  if (ext === 'xlsx' || ext === 'xlsm') throw new BadFileError('file.mismatch', `${fileName} is named .${ext} but is not an XLSX workbook (an XLSX file is a ZIP archive; this one does not start like one).`);
  // Text has no NUL bytes and few control characters; junk has plenty.
  const probe = bytes.subarray(0, Math.min(bytes.length, 65_536));
  let control = 0;
  for (let i = 0; i < probe.length; i++) {
    const c = probe[i]!;
    if (c === 0) throw new BadFileError('file.binary', `${fileName} holds binary data (a NUL byte at offset ${i}), not CSV text.`);
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  if (control > probe.length * 0.01) throw new BadFileError('file.binary', `${fileName} holds binary data (${control} control bytes in the first ${probe.length}), not CSV text.`);
  return decodeText(bytes, fileName);
}

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), else Windows-1252, which every byte sequence is. */
export function decodeText(bytes: Buffer, fileName = 'The file'): Extract<Sniffed, { kind: 'csv' }> {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { kind: 'csv', text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    return { kind: 'csv', text: iconv.decode(bytes.subarray(2), le ? 'utf16le' : 'utf16be'), encoding: 'utf-16' };
  }
  try {
    return { kind: 'csv', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const mixed = mixedEncoding(bytes);
    if (mixed) throw new BadFileError('file.mixedEncoding', `${fileName} mixes character encodings: line ${mixed.validLine} is UTF-8 ("${mixed.validSample}") but line ${mixed.invalidLine} is not (byte 0x${mixed.invalidByte.toString(16)}), so names would be garbled either way. Save the whole file once more as CSV (UTF-8).`);
    return { kind: 'csv', text: iconv.decode(bytes, 'win1252'), encoding: 'windows-1252' };
  }
}

/** Length of the valid UTF-8 multi-byte sequence at i (2–4), or 0. */
function utf8SequenceAt(b: Buffer, i: number): number {
  const c = b[i]!;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  return n;
}

/**
 * A file that is not valid UTF-8 yet holds real UTF-8 sequences (two exports pasted together, one row edited in
 * another program): the first line of each kind, for the error. Windows-1252 text almost never forms a valid
 * UTF-8 sequence ("Ã©" would have to be written on purpose), so one of each is enough to tell.
 */
function mixedEncoding(b: Buffer): { validLine: number; validSample: string; invalidLine: number; invalidByte: number } | null {
  let line = 1;
  let valid: { line: number; at: number; n: number } | null = null;
  let invalid: { line: number; byte: number } | null = null;
  for (let i = 0; i < b.length && !(valid && invalid); i++) {
    const c = b[i]!;
    if (c === 0x0a) line++;
    if (c < 0x80) continue;
    const n = utf8SequenceAt(b, i);
    if (n > 0) {
      valid ??= { line, at: i, n };
      i += n - 1;
    } else invalid ??= { line, byte: c };
  }
  if (!valid || !invalid) return null;
  const from = Math.max(b.lastIndexOf(0x0a, valid.at) + 1, valid.at - 20);
  let to = b.indexOf(0x0a, valid.at);
  if (to === -1 || to > valid.at + valid.n + 40) to = Math.min(b.length, valid.at + valid.n + 40);
  return { validLine: valid.line, validSample: b.toString('utf8', from, to).replace(/\r/g, '').trim(), invalidLine: invalid.line, invalidByte: invalid.byte };
}
