import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { ImportPreview, ImportResult } from '../../shared/api/import-dto';
import { call, openTestCore } from '../helpers/core';
import { b64, cp1252, dumpDb, raw, xlsx } from './helpers';

type Emp = { id: string; name: string | null; role_code: string; role_to_review: number; fte: number; weekly_hours: number; department: string; location: string; manager_id: string | null; start_date: string; contract_type: string; salary: number | null; age_band: string | null; gender: string | null };
const emp = (core: Core, id: string) => core.db.prepare('SELECT * FROM employees WHERE id = ?').get(id) as Emp | undefined;
const skillsOf = (core: Core, id: string) => core.db.prepare('SELECT skill_id, level, source FROM employee_skills WHERE employee_id = ? ORDER BY skill_id').all(id) as { skill_id: string; level: number; source: string }[];
const count = (core: Core, table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const NL_HEADER = 'Personeelsnummer;Naam;Functie;FTE;Uren per week;Afdeling;Locatie;Leidinggevende;In dienst;Contract;Bruto jaarsalaris;Leeftijdscategorie;Geslacht;Toestemming;Vaardigheden';
const nlCsv = (rows: string[]) => [NL_HEADER, ...rows].join('\r\n') + '\r\n';
const GOOD_NL = nlCsv([
  '1001;José Müller;Klantenservicemedewerker;0,8;28,8;Klantenservice;Utrecht;;01-02-2019;vast;38.500,00;35-44;man;ja;"Actief luisteren:3; Schrijven:2"',
  '1002;Eva Ünal;Marketingmanager;1;36;Marketing;’s-Hertogenbosch;1001;2020-05-11;tijdelijk;52000;;;nee;Klantgerichtheid:4',
  '1003;Piet Jansen;43-4051.00;0,5;18;Klantenservice;Utrecht;1001;15-3-2021;uitzend;;;;;',
]);

async function commitOk(core: Core, input: Record<string, unknown>): Promise<ImportResult> {
  const r = await raw(core, 'import.commit', input as never);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as ImportResult;
}

/** Expects the import to be refused with `code` and a message matching `message`, and the database untouched. */
async function expectRefused(core: Core, input: Record<string, unknown>, code: string, message: RegExp): Promise<string> {
  const before = dumpDb(core.db);
  const r = await raw(core, 'import.commit', input as never);
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(message);
  expect(dumpDb(core.db)).toBe(before);
  return r.error.message;
}

describe('workforce import: a corpus of real-shaped files', () => {
  it('Dutch semicolon CSV in Windows-1252 with decimal commas: people, roles, skills, consent; replaces the demo organisation', async () => {
    const core = await openTestCore();
    expect(count(core, 'employees')).toBe(1500);
    const out = await commitOk(core, { fileName: 'afas-export.csv', contentBase64: cp1252(GOOD_NL).toString('base64'), organisationName: 'Klantgroep BV' });
    expect(out).toMatchObject({ added: 3, updated: 0, removed: 1500, people: 3, replacesDemo: true, organisation: 'Klantgroep BV' });
    expect(count(core, 'employees')).toBe(3);
    expect(core.db.prepare('SELECT name, is_demo, seed FROM organisation').get()).toEqual({ name: 'Klantgroep BV', is_demo: 0, seed: null });
    expect(count(core, 'plans')).toBe(0);
    const jose = emp(core, '1001')!;
    expect(jose).toMatchObject({ name: 'José Müller', role_code: '43-4051.00', role_to_review: 0, fte: 0.8, weekly_hours: 28.8, start_date: '2019-02-01', contract_type: 'permanent', salary: 38500, age_band: '35-44', gender: 'male', manager_id: null });
    expect(skillsOf(core, '1001')).toEqual([
      { skill_id: 'onet:2.A.1.b', level: 3, source: 'self' },
      { skill_id: 'onet:2.A.1.c', level: 2, source: 'self' },
    ]);
    expect(emp(core, '1002')).toMatchObject({ name: 'Eva Ünal', role_code: '11-2021.00', location: '’s-Hertogenbosch', contract_type: 'temporary', salary: 52000, manager_id: '1001' });
    expect(emp(core, '1003')).toMatchObject({ role_code: '43-4051.00', fte: 0.5, start_date: '2021-03-15', contract_type: 'outsourced', salary: null });
    // Consent column "ja" → consent records for the demographic fields present, by the actor, now.
    expect(core.db.prepare('SELECT * FROM consents ORDER BY field').all()).toEqual([
      { employee_id: '1001', field: 'ageBand', purpose: 'fairness-audit', given_at: '2026-03-01T09:00:00.000Z', recorded_by: 'tester' },
      { employee_id: '1001', field: 'gender', purpose: 'fairness-audit', given_at: '2026-03-01T09:00:00.000Z', recorded_by: 'tester' },
    ]);
    const audit = core.db.prepare("SELECT actor, entity, action, after FROM audit_log WHERE entity = 'workforce' ORDER BY id DESC").get() as { actor: string; after: string };
    expect(audit.actor).toBe('tester');
    expect(JSON.parse(audit.after)).toMatchObject({ file: 'afas-export.csv', people: 3, added: 3, removed: 1500, replacedDemo: true });
    // Never a personal value in the audit entry.
    expect(audit.after).not.toMatch(/José|Müller|38500|35-44|male/);
    core.close();
  });

  it('UTF-8 with BOM, comma delimiter, English headers in another order, quoted fields with line breaks and doubled quotes', async () => {
    const core = await openTestCore();
    const csv =
      '\uFEFFJob Title,Employee ID,FTE,Weekly hours,Department,Location,Start date,Contract type,Salary,Name\n' +
      '"Customer Service Representative",A-1,1,40,"Service\nDesk",Rotterdam,2018-01-31,permanent,"41,500.00","O\'Brien, ""Mack"""\n' +
      'Copywriter,A-2,"0,6",24,Content,Rotterdam,31/12/2020,temporary,,Zoë\n';
    const out = await commitOk(core, { fileName: 'workday.csv', contentBase64: b64(csv) });
    expect(out.added).toBe(2);
    expect(emp(core, 'A-1')).toMatchObject({ role_code: '43-4051.00', department: 'Service\nDesk', name: 'O\'Brien, "Mack"', salary: 41500, weekly_hours: 40 });
    expect(emp(core, 'A-2')).toMatchObject({ role_code: '27-3043.00', fte: 0.6, start_date: '2020-12-31', name: 'Zoë' });
    core.close();
  });

  it('XLSX with merged title rows above the header, Excel dates, and a long-format skills sheet', async () => {
    const core = await openTestCore();
    const file = await xlsx(
      {
        name: 'Personeel',
        titleRows: ['Personeelsoverzicht Klantgroep BV', 'Export uit AFAS — 1 maart 2026'],
        header: ['Naam', 'Personeelsnummer', 'Functie', 'FTE', 'Afdeling', 'Locatie', 'Datum in dienst', 'Contractsoort'],
        rows: [
          ['Anna de Boer', 2001, 'Customer Service Representative', 0.9, 'Service', 'Zwolle', new Date(Date.UTC(2017, 8, 1)), 'Vast'],
          ['Bram Kok', 2002, 'Telemarketeer', 1, 'Sales', 'Zwolle', 43831, 'Tijdelijk'],
        ],
      },
      { name: 'Vaardigheden', header: ['Personeelsnummer', 'Vaardigheid', 'Niveau', 'Bron'], rows: [[2001, 'Actief luisteren', 4, 'leidinggevende'], [2001, 'onet:2.A.1.c', 3, 'zelf'], [2002, 'Persuasion', 5, 'manager']] },
    );
    const preview = await call(core, 'import.preview', { fileName: 'afas.xlsx', contentBase64: file.toString('base64') });
    expect(preview).toMatchObject({ format: 'xlsx', headerRow: 3, people: 2, skills: 3, canCommit: true, sheet: 'Personeel' });
    expect(preview.skillsSource).toMatchObject({ sheet: 'Vaardigheden', rows: 3 });
    expect(preview.columns.find((c) => c.header === 'Datum in dienst')).toMatchObject({ field: 'startDate', confidence: 1 });
    const out = await commitOk(core, { fileName: 'afas.xlsx', contentBase64: file.toString('base64') });
    expect(out).toMatchObject({ added: 2, skills: 3 });
    expect(emp(core, '2001')).toMatchObject({ role_code: '43-4051.00', start_date: '2017-09-01', contract_type: 'permanent', fte: 0.9 });
    expect(emp(core, '2002')).toMatchObject({ role_code: '41-9041.00', start_date: '2020-01-01', contract_type: 'temporary' });
    expect(skillsOf(core, '2001')).toEqual([
      { skill_id: 'onet:2.A.1.b', level: 4, source: 'manager' },
      { skill_id: 'onet:2.A.1.c', level: 3, source: 'self' },
    ]);
    expect(skillsOf(core, '2002')).toEqual([{ skill_id: 'onet:2.B.1.c', level: 5, source: 'manager' }]);
    core.close();
  });

  it('uncertain titles are imported with the best guess, marked to review; a review choice settles them', async () => {
    const core = await openTestCore();
    const csv = 'id;functie;fte\nR1;Klantenservicemedewerker;1\nR2;Reclamegoeroe;1\nR3;Brand Manager;1\nR4;Qwxz zzyq;1\n';
    const preview = await call(core, 'import.preview', { fileName: 'r.csv', contentBase64: b64(csv) });
    const review = preview.toReview.filter((t) => t.kind === 'role');
    expect(review.map((t) => t.id)).toEqual(['R2', 'R3', 'R4']);
    for (const t of review) {
      expect(t.bestGuess).toMatch(/^(\d{2}-\d{4}\.\d{2}|ovs-)/);
      expect(t.confidence).toBeLessThan(0.9);
    }
    expect(review.find((t) => t.id === 'R3')!.alternatives.length).toBeGreaterThan(0);
    await commitOk(core, { fileName: 'r.csv', contentBase64: b64(csv) });
    expect(count(core, 'employees')).toBe(4);
    expect(emp(core, 'R2')!.role_to_review).toBe(1);
    expect(emp(core, 'R2')!.role_code).toBe(review.find((t) => t.id === 'R2')!.bestGuess);
    expect(emp(core, 'R1')!.role_to_review).toBe(0);
    // Second pass with the planner's choices (by row number and by id).
    const out = await commitOk(core, { fileName: 'r.csv', contentBase64: b64(csv), reviewChoices: { '3': '27-3031.00', R3: '11-2021.00', R4: '43-4051.00' } });
    expect(out.toReview.filter((t) => t.kind === 'role')).toEqual([]);
    expect(out.updated).toBe(3);
    expect(emp(core, 'R2')).toMatchObject({ role_code: '27-3031.00', role_to_review: 0 });
    expect(emp(core, 'R3')).toMatchObject({ role_code: '11-2021.00', role_to_review: 0 });
    core.close();
  });

  it('unknown skill names go to review and are stored once the planner picks the skill', async () => {
    const core = await openTestCore();
    const csv = 'id;functie;fte;skills\nS1;Copywriter;1;"Schrijven:4; Schrijfvaardigheid:3; Acteif luisteren:2"\n';
    const p = await call(core, 'import.preview', { fileName: 's.csv', contentBase64: b64(csv) });
    const skillItems = p.toReview.filter((t) => t.kind === 'skill');
    expect(skillItems.map((t) => t.value).sort()).toEqual(['Acteif luisteren', 'Schrijfvaardigheid']);
    expect(skillItems.find((t) => t.value === 'Acteif luisteren')!.bestGuess).toBe('onet:2.A.1.b');
    await commitOk(core, { fileName: 's.csv', contentBase64: b64(csv), skillChoices: { 'Acteif luisteren': 'onet:2.A.1.b', Schrijfvaardigheid: null } });
    expect(skillsOf(core, 'S1').map((s) => `${s.skill_id}:${s.level}`)).toEqual(['onet:2.A.1.b:2', 'onet:2.A.1.c:4']);
    core.close();
  });
});

describe('workforce import: broken files give a precise error and leave the database exactly as it was', () => {
  const base = 'id;naam;functie;fte;uren per week;in dienst;vaardigheden;leeftijdscategorie\n';
  const cases: { name: string; content: () => Promise<Buffer> | Buffer; fileName?: string; code: string; message: RegExp }[] = [
    { name: 'FTE 2.0', content: () => Buffer.from(base + 'X1;A;Copywriter;2,0;36;01-01-2020;;\n'), code: 'INVALID_INPUT', message: /row 2, column "fte" \(value "2,0"\): FTE 2 is outside \(0, 1\.5\]/ },
    { name: 'wrong type for FTE', content: () => Buffer.from(base + 'X1;A;Copywriter;fulltime;36;01-01-2020;;\n'), code: 'INVALID_INPUT', message: /row 2, column "fte" \(value "fulltime"\): The FTE is not a number/ },
    { name: 'negative weekly hours', content: () => Buffer.from(base + 'X1;A;Copywriter;1;-4;01-01-2020;;\n'), code: 'INVALID_INPUT', message: /column "uren per week".*negative/ },
    { name: 'skill level 7', content: () => Buffer.from(base + 'X1;A;Copywriter;1;36;01-01-2020;Schrijven:7;\n'), code: 'INVALID_INPUT', message: /row 2, column "vaardigheden" \(value "Schrijven:7"\): Unknown level "7"; expected a whole number from 0 to 5/ },
    { name: 'empty required field', content: () => Buffer.from(base + 'X1;A;Copywriter;;36;01-01-2020;;\n;B;Copywriter;1;36;;;\n'), code: 'INVALID_INPUT', message: /row 2, column "fte": The FTE is empty[\s\S]*row 3, column "id": The id \(personeelsnummer\) is empty/ },
    { name: 'duplicate ids', content: () => Buffer.from(base + 'X1;A;Copywriter;1;36;01-01-2020;;\nX1;B;Copywriter;1;36;01-01-2020;;\n'), code: 'INVALID_INPUT', message: /row 3, column "id" \(value "X1"\): Duplicate id "X1": it is already on row 2/ },
    { name: 'bad date', content: () => Buffer.from(base + 'X1;A;Copywriter;1;36;31-02-2020;;\n'), code: 'INVALID_INPUT', message: /column "in dienst" \(value "31-02-2020"\): Not a valid date; expected dd-mm-yyyy/ },
    { name: 'a 10 MB single field', content: () => Buffer.from(base + `X1;${'A'.repeat(10 * 1024 * 1024)};Copywriter;1;36;01-01-2020;;\n`), code: 'INVALID_INPUT', message: /row 2, column "naam".*10,485,760 characters long; at most 65,536/ },
    { name: 'binary junk', content: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), fileName: 'junk.csv', code: 'BAD_FILE', message: /junk\.csv holds binary data/ },
    { name: 'a PDF named .csv', content: () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), fileName: 'x.csv', code: 'BAD_FILE', message: /is a PDF document, not a CSV or XLSX/ },
    { name: 'CSV text named .xlsx', content: () => Buffer.from(base), fileName: 'people.xlsx', code: 'BAD_FILE', message: /named \.xlsx but is not an XLSX workbook/ },
    { name: 'a zip that is not an xlsx', content: () => Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), fileName: 'x.xlsx', code: 'BAD_FILE', message: /not (a readable XLSX workbook|an XLSX workbook)/ },
    { name: 'truncated xlsx', content: async () => (await xlsx({ name: 'P', header: ['id', 'functie', 'fte'], rows: [['1', 'Copywriter', 1]] })).subarray(0, 900), fileName: 't.xlsx', code: 'BAD_FILE', message: /not a readable XLSX workbook.*truncated or damaged/ },
    { name: 'truncated CSV inside a quoted field', content: () => Buffer.from(base + 'X1;"A unterminated'), code: 'BAD_FILE', message: /ends inside a quoted field that starts on row 2/ },
    { name: 'no header row', content: () => Buffer.from('foo;bar\n1;2\n'), code: 'BAD_FILE', message: /no header row found/ },
    { name: 'unknown role code without a title', content: () => Buffer.from('id;role code;fte\nX1;99-9999.99;1\n'), code: 'INVALID_INPUT', message: /Role code "99-9999\.99" is not in the dataset/ },
  ];
  for (const c of cases) {
    it(`refuses ${c.name}`, async () => {
      const core = await openTestCore();
      await expectRefused(core, { fileName: c.fileName ?? 'broken.csv', contentBase64: (await c.content()).toString('base64') }, c.code, c.message);
      core.close();
    });
  }

  it('formula-looking names are stored as text with a warning, never evaluated', async () => {
    const core = await openTestCore();
    const out = await commitOk(core, { fileName: 'f.csv', contentBase64: b64('id;naam;functie;fte\nF1;=cmd|\' /C calc\'!A0;Copywriter;1\nF2;@SUM(1+1);Copywriter;1\n') });
    expect(out.warnings.filter((w) => w.code === 'value.formula').map((w) => w.row)).toEqual([2, 3]);
    expect(emp(core, 'F1')!.name).toBe("=cmd|' /C calc'!A0");
    core.close();
  });

  it('a demographic value without consent is reported and dropped, never stored', async () => {
    const core = await openTestCore();
    const out = await commitOk(core, { fileName: 'd.csv', contentBase64: b64('id;functie;fte;geslacht;leeftijdscategorie\nD1;Copywriter;1;vrouw;25-34\n') });
    expect(out.warnings.filter((w) => w.code === 'demographic.noConsent').map((w) => w.column).sort()).toEqual(['geslacht', 'leeftijdscategorie']);
    expect(out.warnings.every((w) => w.value === null || !/vrouw|25-34/.test(w.value))).toBe(true);
    expect(emp(core, 'D1')).toMatchObject({ gender: null, age_band: null });
    expect(count(core, 'consents')).toBe(0);
    core.close();
  });

  it('a cancelled import throws CANCELLED and writes nothing; progress is reported', async () => {
    const core = await openTestCore();
    const rows = Array.from({ length: 12_000 }, (_, i) => `C${i};Copywriter;1`).join('\n');
    const before = dumpDb(core.db);
    const signal = { aborted: false };
    const events: number[] = [];
    const r = await raw(core, 'import.commit', { fileName: 'c.csv', contentBase64: b64(`id;functie;fte\n${rows}\n`) }, {
      signal,
      progress: (e) => {
        events.push(e.done);
        if (e.done >= 5000) signal.aborted = true;
      },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CANCELLED');
    expect(events.length).toBeGreaterThan(0);
    expect(dumpDb(core.db)).toBe(before);
    core.close();
  });

  it('a failure inside the write transaction rolls everything back', async () => {
    const core = await openTestCore();
    const before = dumpDb(core.db);
    // A trigger that refuses the 3rd insert stands in for a crash half-way.
    core.db.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON employee_skills WHEN NEW.employee_id = 'Z3' BEGIN SELECT RAISE(ABORT, 'boom'); END;");
    const csv = 'id;functie;fte;skills\nZ1;Copywriter;1;Schrijven:3\nZ2;Copywriter;1;Schrijven:3\nZ3;Copywriter;1;Schrijven:3\n';
    const r = await raw(core, 'import.commit', { fileName: 'z.csv', contentBase64: b64(csv) });
    expect(r.ok).toBe(false);
    core.db.exec('DROP TRIGGER temp.boom');
    expect(dumpDb(core.db)).toBe(before);
    core.close();
  });
});

describe('workforce import: re-import, replace, mapping', () => {
  const v1 = 'id;naam;functie;fte;afdeling;vaardigheden\nU1;Ann;Copywriter;1;Content;Schrijven:3\nU2;Bob;Copywriter;1;Content;Schrijven:2\nU3;Cor;Telemarketeer;1;Sales;\n';
  it('re-import upserts by id and reports added/updated; unchanged people are not counted; --replace removes the missing', async () => {
    const core = await openTestCore();
    expect((await commitOk(core, { fileName: 'v1.csv', contentBase64: b64(v1) })).added).toBe(3);
    const again = await commitOk(core, { fileName: 'v1.csv', contentBase64: b64(v1) });
    expect(again).toMatchObject({ added: 0, updated: 0, removed: 0, replacesDemo: false });
    // U1 department changed, U2 skill level changed, U3 missing, U4 new.
    const v2 = 'id;naam;functie;fte;afdeling;vaardigheden\nU1;Ann;Copywriter;1;Redactie;Schrijven:3\nU2;Bob;Copywriter;1;Content;Schrijven:4\nU4;Dirk;Copywriter;0,5;Content;\n';
    const preview = await call(core, 'import.preview', { fileName: 'v2.csv', contentBase64: b64(v2) });
    expect(preview).toMatchObject({ added: 1, updated: 2, removed: 0 });
    const upsert = await commitOk(core, { fileName: 'v2.csv', contentBase64: b64(v2) });
    expect(upsert).toMatchObject({ added: 1, updated: 2, removed: 0 });
    expect(emp(core, 'U3')).toBeDefined();
    expect(emp(core, 'U1')!.department).toBe('Redactie');
    expect(skillsOf(core, 'U2')[0]!.level).toBe(4);
    const replace = await commitOk(core, { fileName: 'v2.csv', contentBase64: b64(v2), replace: true });
    expect(replace).toMatchObject({ added: 0, updated: 0, removed: 1 });
    expect(emp(core, 'U3')).toBeUndefined();
    expect(count(core, 'employees')).toBe(3);
    expect(core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'workforce' AND action = 'import'").get()).toEqual({ n: 5 - 1 });
    core.close();
  });

  it('columns absent from a re-import keep their stored values; a held consent lets demographics through', async () => {
    const core = await openTestCore();
    await commitOk(core, { fileName: 'a.csv', contentBase64: b64('id;functie;fte;salaris;geslacht;toestemming\nK1;Copywriter;1;50000;v;ja\n') });
    expect(emp(core, 'K1')).toMatchObject({ salary: 50000, gender: 'female' });
    const out = await commitOk(core, { fileName: 'b.csv', contentBase64: b64('id;functie;fte;geslacht\nK1;Copywriter;0,8;x\n') });
    expect(out.updated).toBe(1);
    expect(emp(core, 'K1')).toMatchObject({ salary: 50000, fte: 0.8, gender: 'other' });
    core.close();
  });

  it('a mapping overrides recognition and is remembered as the last mapping', async () => {
    const core = await openTestCore();
    expect((await call(core, 'import.mapping', {})).lastMapping).toBeNull();
    const csv = 'Nr;Omschrijving;Factor;Afdeling\nM1;Copywriter;1;Content\n';
    const noMap = await raw(core, 'import.preview', { fileName: 'm.csv', contentBase64: b64(csv) });
    expect(noMap.ok && noMap.data.canCommit).toBe(false);
    const mapping = { Nr: 'id', Omschrijving: 'title', Factor: 'fte' } as const;
    const preview = await call(core, 'import.preview', { fileName: 'm.csv', contentBase64: b64(csv), mapping });
    expect(preview.columns.map((c) => [c.header, c.field, c.by])).toEqual([
      ['Nr', 'id', 'mapping'],
      ['Omschrijving', 'title', 'mapping'],
      ['Factor', 'fte', 'mapping'],
      ['Afdeling', 'department', 'recognised'],
    ]);
    // Preview writes nothing.
    expect((await call(core, 'import.mapping', {})).lastMapping).toBeNull();
    await commitOk(core, { fileName: 'm.csv', contentBase64: b64(csv), mapping });
    expect((await call(core, 'import.mapping', {})).lastMapping).toEqual(mapping);
    expect(emp(core, 'M1')).toMatchObject({ role_code: '27-3043.00', department: 'Content' });
    core.close();
  });

  it('preview lists problems with file, row, column, value and what was expected, and writes nothing', async () => {
    const core = await openTestCore();
    const before = dumpDb(core.db);
    const p: ImportPreview = await call(core, 'import.preview', { fileName: 'p.csv', contentBase64: b64('id;functie;fte;contract\nP1;Copywriter;1,7;vast\nP2;Copywriter;1;soms\n') });
    expect(p.canCommit).toBe(false);
    expect(p.errorCount).toBe(2);
    expect(p.problems[0]).toMatchObject({ severity: 'error', file: 'p.csv', row: 2, column: 'fte', value: '1,7', code: 'fte.range' });
    expect(p.problems[1]).toMatchObject({ severity: 'error', row: 3, column: 'contract', value: 'soms', code: 'contract.unknown' });
    expect(p.problems[1]!.message).toMatch(/expected vast\/permanent, tijdelijk\/temporary, or uitzend\/extern\/outsourced/);
    expect(dumpDb(core.db)).toBe(before);
    core.close();
  });

  it('input limits are enforced at the edge', async () => {
    const core = await openTestCore();
    const r = await raw(core, 'import.preview', { fileName: 'x.csv', contentBase64: 'a'.repeat(200_000_001) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
    const bad = await raw(core, 'import.preview', { fileName: 'x.csv', contentBase64: b64('id;fte\n'), mapping: { id: 'shoeSize' } } as never);
    expect(bad.ok).toBe(false);
    core.close();
  });
});
