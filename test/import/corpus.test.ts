/**
 * The hostile and awkward part of the import corpus (issues 15 and 16.3): each file is refused with a clear,
 * specific error and the database is byte-for-byte what it was (a dump of every table), or, for the awkward but
 * valid ones, imported correctly. The attacks are performed, not described: a real zip bomb, an entity bomb,
 * a 300 MB CSV written to disk, with the memory of the process that reads them measured.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { MAX_XLSX_ROWS, MAX_XLSX_UNCOMPRESSED } from '../../electron/import/zip';
import { MAX_IMPORT_BYTES } from '../../shared/api/limits';
import { cliBundle, repoRoot } from '../helpers/cli';
import { openTestCore, seededDbFile, sha, tempDir } from '../helpers/core';
import { b64, cp1252, dumpDb, raw, xlsx } from './helpers';
import { partsOf, repeatedPart, writeZip, xmlPart } from './zipTools';

async function expectRefused(core: Core, input: Record<string, unknown>, code: string, message: RegExp): Promise<void> {
  const before = dumpDb(core.db);
  for (const method of ['import.preview', 'import.commit'] as const) {
    const r = await raw(core, method, input as never);
    expect(r.ok, method).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
  }
  expect(dumpDb(core.db)).toBe(before);
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** A real workbook whose first sheet is replaced by `sheet`. */
async function workbookWith(sheet: (name: string) => Promise<ReturnType<typeof xmlPart>> | ReturnType<typeof xmlPart>): Promise<Buffer> {
  const base = partsOf(await xlsx({ name: 'Personeel', header: ['personeelsnummer', 'functie', 'fte'], rows: [['1', 'Copywriter', 1]] }));
  const name = base.find((p) => /^xl\/worksheets\/sheet1\.xml$/.test(p.name))!.name;
  const replaced = await sheet(name);
  return writeZip(base.map((p) => (p.name === name ? replaced : p)));
}

/** Peak resident memory (kB) of a CLI run, from /usr/bin/time. */
function cliWithPeakMemory(args: string[]): { code: number; stderr: string; peakKb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, cliBundle, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
  const peak = /PEAK_KB=(\d+)/.exec(r.stderr);
  return { code: r.status ?? -1, stderr: r.stderr, peakKb: peak ? Number(peak[1]) : NaN };
}

describe('import corpus: files that must change nothing', () => {
  it('a header-only CSV (the first real import would have replaced the demo with nobody) is refused, nothing written', async () => {
    const core = await openTestCore();
    await expectRefused(core, { fileName: 'leeg.csv', contentBase64: b64('Personeelsnummer;Functie;Uren per week\r\n') }, 'BAD_FILE', /leeg\.csv: the header row \(row 1\) has no rows of people under it; nothing was imported/);
    core.close();
  });

  it('a header-only XLSX is refused the same way', async () => {
    const core = await openTestCore();
    const file = await xlsx({ name: 'Personeel', header: ['personeelsnummer', 'functie', 'fte'], rows: [] });
    await expectRefused(core, { fileName: 'leeg.xlsx', contentBase64: file.toString('base64') }, 'BAD_FILE', /has no rows of people under it/);
    core.close();
  });

  it('an XLSX zip bomb (a small file declaring far more than the limit) is refused from its ZIP directory, before anything is inflated', async () => {
    const core = await openTestCore();
    // ~310 MB of XML in well under 2 MB: one sheet of one repeated row.
    const bomb = await workbookWith((name) => repeatedPart(name, SHEET_HEAD, '<row r="1"><c r="A1"><v>1</v></c></row>', 8_000_000, SHEET_TAIL));
    expect(bomb.length).toBeLessThan(2_000_000);
    const before = process.memoryUsage().rss;
    await expectRefused(core, { fileName: 'bom.xlsx', contentBase64: bomb.toString('base64') }, 'BAD_FILE', new RegExp(`bom\\.xlsx expands to \\d+ MB of data \\(at most ${Math.round(MAX_XLSX_UNCOMPRESSED / 1_000_000)} MB are read from a workbook\\); .*zip bomb`));
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    core.close();
  });

  it('a zip bomb that lies about its sizes is caught while inflating, at the declared size', async () => {
    const core = await openTestCore();
    const bomb = await workbookWith(async (name) => ({ ...(await repeatedPart(name, SHEET_HEAD, '<row r="1"><c r="A1"><v>1</v></c></row>', 4_000_000, SHEET_TAIL)), declaredSize: 4_096 }));
    const before = process.memoryUsage().rss;
    await expectRefused(core, { fileName: 'lieg.xlsx', contentBase64: bomb.toString('base64') }, 'BAD_FILE', /lieg\.xlsx: part xl\/worksheets\/sheet1\.xml expands beyond the 4,096 bytes its ZIP directory declares \(a zip bomb or a damaged file\)/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    core.close();
  });

  it('a workbook with more rows than the limit is refused before the cell reader runs', async () => {
    const core = await openTestCore();
    const many = await workbookWith((name) => repeatedPart(name, SHEET_HEAD, '<row r="2"/>', MAX_XLSX_ROWS + 10, SHEET_TAIL));
    await expectRefused(core, { fileName: 'rijen.xlsx', contentBase64: many.toString('base64') }, 'BAD_FILE', /rijen\.xlsx has more than 500,000 rows over its sheets .* save large workforces as CSV/);
    core.close();
  });

  it('an XML entity bomb (billion laughs) inside a sheet is refused; no entity is expanded', async () => {
    const core = await openTestCore();
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
    const bomb = await workbookWith((name) => xmlPart(name, `<?xml version="1.0"?><!DOCTYPE worksheet [${lol}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`));
    await expectRefused(core, { fileName: 'lol.xlsx', contentBase64: bomb.toString('base64') }, 'BAD_FILE', /lol\.xlsx: part xl\/worksheets\/sheet1\.xml declares a DTD or XML entities, which Excel never writes/);
    core.close();
  });

  it('one file in two encodings (UTF-8 rows and a Windows-1252 row) is refused, naming a line of each', async () => {
    const core = await openTestCore();
    const utf8 = Buffer.from('Personeelsnummer;Naam;Functie;FTE\n1;José Müller;Copywriter;1\n', 'utf8');
    const ansi = cp1252('2;Zoë Ünal;Copywriter;1\n');
    await expectRefused(core, { fileName: 'gemengd.csv', contentBase64: Buffer.concat([utf8, ansi]).toString('base64') }, 'BAD_FILE', /gemengd\.csv mixes character encodings: line 2 is UTF-8 \("1;José Müller;Copywriter;1"\) but line 3 is not \(byte 0xeb\)/);
    core.close();
  });

  it('a 300 MB CSV, written in streamed pieces, is refused by the size limit at the door with bounded memory; the database is unchanged', async () => {
    const dir = tempDir('overstap-300mb-');
    const file = path.join(dir, 'groot.csv');
    const fd = fs.openSync(file, 'w');
    const row = 'P000001;Medewerker;Klantenservicemedewerker;0,8;28,8;Klantenservice;Utrecht\n';
    const block = Buffer.from(row.repeat(Math.floor(1_048_576 / row.length)));
    fs.writeSync(fd, 'Personeelsnummer;Naam;Functie;FTE;Uren per week;Afdeling;Locatie\n');
    let written = 0;
    while (written < 300_000_000) written += fs.writeSync(fd, block);
    fs.closeSync(fd);
    expect(fs.statSync(file).size).toBeGreaterThan(MAX_IMPORT_BYTES);
    const db = await seededDbFile();
    (await openTestCore(db)).close();
    const before = sha(db);
    const r = cliWithPeakMemory(['import', file, '--json', '--db', db]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/groot\.csv is 300,\d{3},\d{3} bytes; the import takes files up to 150,000,000 bytes \(150 MB\)/);
    // A child node with tsx starts at ~100 MB: reading the file would have taken at least its 300 MB.
    expect(r.peakKb).toBeLessThan(300 * 1024);
    expect(sha(db)).toBe(before);
  });

  it('the CLI reading a zip bomb stays within bounded memory (it spent 3.6 GB on 16.5 MB before)', async () => {
    const dir = tempDir('overstap-bomb-');
    const file = path.join(dir, 'bom.xlsx');
    fs.writeFileSync(file, await workbookWith(async (name) => ({ ...(await repeatedPart(name, SHEET_HEAD, '<row r="1"><c r="A1"><v>1</v></c></row>', 4_000_000, SHEET_TAIL)), declaredSize: 10_000 })));
    const db = await seededDbFile();
    (await openTestCore(db)).close();
    const before = sha(db);
    const r = cliWithPeakMemory(['import', file, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bom\.xlsx: part xl\/worksheets\/sheet1\.xml expands beyond/);
    expect(r.peakKb).toBeLessThan(400 * 1024);
    expect(sha(db)).toBe(before);
  });
});

describe('import corpus: awkward but valid files import correctly', () => {
  it('BOM + semicolons + quoted fields with line breaks: the first header is read (no BOM in it), the break stays in the value', async () => {
    const core = await openTestCore();
    const csv = '\uFEFFPersoneelsnummer;Naam;Functie;Uren per week;Afdeling\r\n"A1";"Anne\r\nde Vries";"Medewerker KCC";32;"Klant;contact"\r\nA2;Bob;Copywriter;36;Content\r\n';
    const r = await raw(core, 'import.commit', { fileName: 'bom.csv', contentBase64: b64(csv) });
    expect(r.ok).toBe(true);
    const a1 = core.db.prepare('SELECT name, department, fte, weekly_hours, role_code FROM employees WHERE id = ?').get('A1');
    expect(a1).toEqual({ name: 'Anne\r\nde Vries', department: 'Klant;contact', fte: 0.8889, weekly_hours: 32, role_code: '43-4051.00' });
    core.close();
  });
});
