/**
 * Hostile workbooks for the corpus: the parts of a real XLSX (written by exceljs) re-packed with one part
 * replaced, so the attack sits inside an otherwise valid workbook. A small ZIP writer: stored sizes can be
 * written as declared (honest) or lied about, which is how zip bombs get past naive checks.
 */
import zlib from 'node:zlib';
import { readCentralDirectory } from '../../electron/import/zip';

interface Part {
  name: string;
  /** Deflated bytes and the true uncompressed size. */
  deflated: Buffer;
  size: number;
  /** Size written in the headers (default: the true size). */
  declaredSize?: number;
}

export function partsOf(xlsx: Buffer): Part[] {
  return readCentralDirectory(xlsx, 'x.xlsx').map((e) => {
    const start = e.localOffset + 30 + xlsx.readUInt16LE(e.localOffset + 26) + xlsx.readUInt16LE(e.localOffset + 28);
    const data = xlsx.subarray(start, start + e.compressedSize);
    const plain = e.method === 8 ? zlib.inflateRawSync(data) : data;
    return { name: e.name, deflated: zlib.deflateRawSync(plain), size: plain.length };
  });
}

export const xmlPart = (name: string, xml: string): Part => {
  const plain = Buffer.from(xml, 'utf8');
  return { name, deflated: zlib.deflateRawSync(plain), size: plain.length };
};

/** A part of `head` + `fill` repeated `times` + `tail`, deflated as a stream (never held whole in memory). */
export async function repeatedPart(name: string, head: string, fill: string, times: number, tail: string): Promise<Part> {
  const chunks: Buffer[] = [];
  const d = zlib.createDeflateRaw({ level: 9 });
  d.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    d.on('end', resolve);
    d.on('error', reject);
  });
  const block = Buffer.from(fill.repeat(Math.max(1, Math.floor(1_000_000 / fill.length))), 'utf8');
  const perBlock = Math.max(1, Math.floor(1_000_000 / fill.length));
  d.write(head);
  let left = times;
  while (left > 0) {
    const n = Math.min(perBlock, left);
    const buf = n === perBlock ? block : Buffer.from(fill.repeat(n), 'utf8');
    if (!d.write(buf)) await new Promise((r) => d.once('drain', r));
    left -= n;
  }
  d.end(tail);
  await done;
  return { name, deflated: Buffer.concat(chunks), size: Buffer.byteLength(head) + Buffer.byteLength(fill) * times + Buffer.byteLength(tail) };
}

export function writeZip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declaredSize ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, p.deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
