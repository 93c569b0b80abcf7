import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cli';
import { openTestCore, seededDbFile, sha, tempDir } from '../helpers/core';
import { cp1252 } from './helpers';

const csv = (rows: string) => `Personeelsnummer;Naam;Functie;FTE;Afdeling;In dienst;Vaardigheden\n${rows}`;

describe('import (child process)', () => {
  it('imports a Dutch CSV: exit 0, the JSON keys of CLI.md, the demo replacement said on stderr; re-import and --replace', async () => {
    const db = await seededDbFile();
    const dir = tempDir();
    const file = path.join(dir, 'personeel.csv');
    fs.writeFileSync(file, cp1252(csv('1;Jan;Klantenservicemedewerker;0,8;Service;01-02-2019;Schrijven:3\n2;Els;Sociale media goeroe;1;Online;2020-01-01;\n3;Kees;Copywriter;1;Online;2020-01-01;\n')));
    const r = runCliProcess(['import', file, '--json', '--db', db, '--user', 'hr-planner']);
    expect(r.code).toBe(0);
    const out = r.json<{ added: number; updated: number; removed: number; toReview: Record<string, unknown>[]; warnings: unknown[] }>();
    expect(out).toMatchObject({ added: 3, updated: 0, removed: 1500 });
    for (const key of ['row', 'id', 'value', 'bestGuess', 'confidence']) expect(out.toReview[0]).toHaveProperty(key);
    expect(out.toReview[0]).toMatchObject({ row: 3, id: '2', value: 'Sociale media goeroe' });
    expect(Array.isArray(out.warnings)).toBe(true);
    expect(r.stderr).toMatch(/demo organisation was replaced/);
    const list = runCliProcess(['employees', 'list', '--json', '--db', db]).json<{ employees: { id: string }[] }>();
    expect(list.employees.map((e) => e.id)).toEqual(['1', '2', '3']);

    fs.writeFileSync(file, cp1252(csv('1;Jan;Klantenservicemedewerker;1;Service;01-02-2019;Schrijven:3\n2;Els;Sociale media goeroe;1;Online;2020-01-01;\n4;Ria;Copywriter;1;Online;2021-01-01;\n')));
    const again = runCliProcess(['import', file, '--json', '--db', db]);
    expect(again.code).toBe(0);
    expect(again.json()).toMatchObject({ added: 1, updated: 1, removed: 0 });
    expect(again.stderr).not.toMatch(/demo organisation/);
    const replaced = runCliProcess(['import', file, '--replace', '--json', '--db', db]);
    expect(replaced.json()).toMatchObject({ added: 0, updated: 0, removed: 1 });
  });

  it('problems go to stderr with exit 1 and nothing is written; a missing file exits 2; --dry-run writes nothing', async () => {
    const db = await seededDbFile();
    const dir = tempDir();
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, csv('1;Jan;Copywriter;2,0;Service;01-02-2019;\n1;Els;Copywriter;1;Online;2020-01-01;Schrijven:7\n'));
    // Let the CLI finish creating/migrating before fingerprinting the file.
    (await openTestCore(db)).close();
    const before = sha(db);
    const r = runCliProcess(['import', bad, '--json', '--db', db]);
    expect(r.code).toBe(1);
    expect(sha(db)).toBe(before);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.csv, row 2, column "FTE" \(value "2,0"\): FTE 2 is outside \(0, 1\.5\]/);
    expect(r.stderr).toMatch(/row 3, column "Personeelsnummer" \(value "1"\): Duplicate id/);
    expect(r.stderr).toMatch(/row 3, column "Vaardigheden" \(value "Schrijven:7"\): Unknown level "7"/);
    const core = await openTestCore(db);
    expect((core.db.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n).toBe(1500);
    core.close();

    const missing = runCliProcess(['import', path.join(dir, 'nope.csv'), '--json', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No such file/);

    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(good, csv('1;Jan;Copywriter;1;Service;01-02-2019;\n'));
    const dry = runCliProcess(['import', good, '--dry-run', '--json', '--db', db]);
    expect(dry.code).toBe(0);
    expect(dry.json()).toMatchObject({ added: 1, removed: 1500, dryRun: true });
    expect(dry.stderr).toMatch(/would replace the demo organisation/);
    const after = await openTestCore(db);
    expect((after.db.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n).toBe(1500);
    expect((after.db.prepare('SELECT is_demo FROM organisation').get() as { is_demo: number }).is_demo).toBe(1);
    after.close();

    const junk = path.join(dir, 'junk.xlsx');
    fs.writeFileSync(junk, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    const j = runCliProcess(['import', junk, '--db', db]);
    expect(j.code).toBe(1);
    expect(j.stderr).toMatch(/junk\.xlsx is not a readable XLSX workbook/);
  });

  it('--mapping FILE maps unfamiliar headers; a bad mapping exits 1, a missing one 2', async () => {
    const db = await seededDbFile();
    const dir = tempDir();
    const file = path.join(dir, 'sap.csv');
    fs.writeFileSync(file, 'PERNR,STELL,TEILZ\n000123,Copywriter,100%\n');
    const mapping = path.join(dir, 'mapping.json');
    fs.writeFileSync(mapping, JSON.stringify({ PERNR: 'id', STELL: 'title', TEILZ: 'fte' }));
    const r = runCliProcess(['import', file, '--mapping', mapping, '--json', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ added: 1, toReview: [] });
    fs.writeFileSync(mapping, JSON.stringify({ PERNR: 'shoeSize' }));
    expect(runCliProcess(['import', file, '--mapping', mapping, '--db', db]).code).toBe(1);
    expect(runCliProcess(['import', file, '--mapping', path.join(dir, 'none.json'), '--db', db]).code).toBe(2);
  });
});
