/**
 * Import as Dutch HR systems export it (issue 13) and import as a session (14.4): hours per week without an FTE
 * column, a part-time percentage, Dutch HR titles, problems whose values survive translation, the file sent once.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { ImportResult } from '../../shared/api/import-dto';
import { call, openTestCore } from '../helpers/core';
import { b64, cp1252, dumpDb, raw } from './helpers';

type Row = { id: string; role_code: string; role_to_review: number; fte: number; weekly_hours: number; department: string; manager_id: string | null };
const emp = (core: Core, id: string) => core.db.prepare('SELECT id, role_code, role_to_review, fte, weekly_hours, department, manager_id FROM employees WHERE id = ?').get(id) as Row | undefined;

/** As AFAS/Visma/Youforce exports look: hours per week, no FTE, a manager's personeelsnummer, a team beside the afdeling. */
const HRIS = [
  'Personeelsnummer;Naam;Functie;Uren per week;Afdeling;Team;Leidinggevende;Datum in dienst;Soort contract',
  '2001;Sanne Bakker;Teamleider klantcontact;36;Klantcontact;Team Noord;;01-03-2015;Onbepaalde tijd',
  '2002;Joris Visser;Medewerker KCC;32;Klantcontact;Team Noord;2001;15-08-2019;Bepaalde tijd',
  '2003;Fatima El Idrissi;Contentmarketeer;28,8;Marketing;Content;2001;01-01-2021;Onbepaalde tijd',
  '2004;Kees de Boer;Online marketeer;24;Marketing;Online;2001;01-06-2022;Onbepaalde tijd',
  '2005;Lotte Jansen;CRM-specialist;36;Marketing;Online;2001;01-09-2020;Onbepaalde tijd',
].join('\r\n');

async function commitOk(core: Core, input: Record<string, unknown>): Promise<ImportResult> {
  const r = await raw(core, 'import.commit', input as never);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as ImportResult;
}

describe('import as HR systems export it', () => {
  it('hours per week and no FTE column: FTE is derived from a 36-hour week; the preview says so and which columns are required', async () => {
    const core = await openTestCore();
    const preview = await call(core, 'import.preview', { fileName: 'afas.csv', contentBase64: cp1252(HRIS).toString('base64') });
    expect(preview.requirements).toEqual({ required: ['id', 'title', 'fte'], missing: [], fteFrom: 'hours', derivations: ['hours'], fullTimeHours: 36 });
    expect(preview.errorCount).toBe(0);
    expect(preview.columns.find((c) => c.header === 'Team')?.field).toBe('team');
    expect(preview.columns.find((c) => c.header === 'Afdeling')?.field).toBe('department');
    expect(preview.columns.find((c) => c.header === 'Leidinggevende')?.field).toBe('managerId');
    await commitOk(core, { fileName: 'afas.csv', contentBase64: cp1252(HRIS).toString('base64') });
    expect(emp(core, '2002')).toMatchObject({ fte: 0.8889, weekly_hours: 32, department: 'Klantcontact', manager_id: '2001' });
    expect(emp(core, '2003')).toMatchObject({ fte: 0.8, weekly_hours: 28.8 });
    expect(emp(core, '2001')).toMatchObject({ fte: 1, weekly_hours: 36 });
    core.close();
  });

  it('the full-time week is editable (38 h under another CAO) and remembered from the last import', async () => {
    const core = await openTestCore();
    expect((await call(core, 'import.mapping', {})).fullTimeHours).toEqual({ value: 36, default: 36, min: 32, max: 40 });
    await commitOk(core, { fileName: 'afas.csv', contentBase64: cp1252(HRIS).toString('base64'), fullTimeHours: 38 });
    expect(emp(core, '2004')).toMatchObject({ fte: 0.6316, weekly_hours: 24 });
    expect((await call(core, 'import.mapping', {})).fullTimeHours.value).toBe(38);
    const refused = await raw(core, 'import.preview', { fileName: 'afas.csv', contentBase64: b64(HRIS), fullTimeHours: 60 });
    expect(refused.ok).toBe(false);
    core.close();
  });

  it('a part-time percentage column gives the FTE; 54 hours at 36 is outside (0, 1.5] and the values stay in the problem', async () => {
    const core = await openTestCore();
    const pct = await commitOk(core, { fileName: 'p.csv', contentBase64: b64('id;functie;deeltijdpercentage\nQ1;Copywriter;80\nQ2;Copywriter;100%\nQ3;Copywriter;0,5\n') });
    expect(pct.people).toBe(3);
    expect([emp(core, 'Q1')!.fte, emp(core, 'Q2')!.fte, emp(core, 'Q3')!.fte]).toEqual([0.8, 1, 0.5]);
    const preview = await call(core, 'import.preview', { fileName: 'h.csv', contentBase64: b64('id;functie;uren per week\nH1;Copywriter;60\n') });
    const p = preview.problems.find((x) => x.code === 'fte.range')!;
    expect(p).toMatchObject({ row: 2, column: 'uren per week', value: '60', params: { fte: 1.6667, min: 0, max: 1.5 } });
    expect(p.message).toMatch(/from 60 weekly hours ÷ a 36-hour full-time week/);
    core.close();
  });

  it('without FTE, hours or percentage the preview names the missing field and the derivations, and a commit writes nothing', async () => {
    const core = await openTestCore();
    const input = { fileName: 'x.csv', contentBase64: b64('id;functie;afdeling\nX1;Copywriter;Content\n') };
    const preview = await call(core, 'import.preview', input);
    expect(preview.requirements).toMatchObject({ missing: ['fte'], fteFrom: null, derivations: [] });
    expect(preview.problems[0]).toMatchObject({ code: 'header.required', params: { field: 'fte' } });
    expect(preview.problems[0]!.message).toMatch(/No FTE, weekly hours or part-time percentage column/);
    const before = dumpDb(core.db);
    expect((await raw(core, 'import.commit', input)).ok).toBe(false);
    expect(dumpDb(core.db)).toBe(before);
    core.close();
  });

  it('Dutch HR titles: "Teamleider klantcontact" is a first-line supervisor, "Medewerker KCC" a customer service representative, with the reason', async () => {
    const core = await openTestCore();
    const preview = await call(core, 'import.preview', { fileName: 'afas.csv', contentBase64: b64(HRIS) });
    // Vocabulary matches are certain enough to take: nothing of these five waits for review.
    expect(preview.toReview.filter((t) => t.kind === 'role')).toEqual([]);
    await commitOk(core, { fileName: 'afas.csv', contentBase64: b64(HRIS) });
    expect(emp(core, '2001')).toMatchObject({ role_code: '43-1011.00', role_to_review: 0 });
    expect(emp(core, '2002')).toMatchObject({ role_code: '43-4051.00', role_to_review: 0 });
    expect(emp(core, '2003')!.role_code).toBe('13-1161.00');
    expect(emp(core, '2004')!.role_code).toBe('13-1161.01');
    expect(emp(core, '2005')!.role_code).toBe('13-1161.00');
    core.close();
  });

  it('an uncertain title is never applied silently: stored marked "to review" with the top 3 and their reasons; the planner confirms or changes it afterwards', async () => {
    const core = await openTestCore();
    const csv = 'id;functie;fte\nU1;Reclamegoeroe;1\nU2;Medewerker KCC;1\n';
    const preview = await call(core, 'import.preview', { fileName: 'u.csv', contentBase64: b64(csv) });
    const item = preview.toReview.find((t) => t.kind === 'role' && t.id === 'U1')!;
    expect(item.confidence).toBeLessThan(0.9);
    expect(item.reason?.kind).toBe('similar');
    expect(item.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const a of item.alternatives.slice(0, 2)) expect(a.reason?.matched).toBeTruthy();
    await commitOk(core, { fileName: 'u.csv', contentBase64: b64(csv) });
    expect(emp(core, 'U1')).toMatchObject({ role_to_review: 1, role_code: item.bestGuess });
    const out = await call(core, 'import.confirmRole', { employeeId: 'U1', roleCode: '11-2011.00' });
    expect(out).toEqual({ employeeId: 'U1', roleCode: '11-2011.00', roleToReview: false });
    expect(emp(core, 'U1')).toMatchObject({ role_to_review: 0, role_code: '11-2011.00' });
    const audit = core.db.prepare("SELECT actor, before, after FROM audit_log WHERE action = 'role.confirm'").all() as { actor: string; before: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before)).toEqual({ roleCode: item.bestGuess, roleToReview: 1 });
    const before = dumpDb(core.db);
    const unknownRole = await raw(core, 'import.confirmRole', { employeeId: 'U1', roleCode: '99-9999.00' });
    expect(!unknownRole.ok && unknownRole.error.code).toBe('NOT_FOUND');
    const unknownPerson = await raw(core, 'import.confirmRole', { employeeId: 'nobody', roleCode: '11-2011.00' });
    expect(!unknownPerson.ok && unknownPerson.error.code).toBe('NOT_FOUND');
    expect(dumpDb(core.db)).toBe(before);
    core.close();
  });
});

describe('import as a session: the file crosses once', () => {
  it('open reads the file once; previews with other mappings and the commit name the session; the session ends with the commit', async () => {
    const core = await openTestCore();
    const csv = 'Personeelsnummer;Functie;Kolom3\nM1;Copywriter;1\nM2;Medewerker KCC;0,5\n';
    const opened = await call(core, 'import.open', { fileName: 'm.csv', contentBase64: b64(csv) });
    expect(opened).toMatchObject({ fileName: 'm.csv', format: 'csv', rows: 3, bytes: Buffer.byteLength(csv) });
    const first = await call(core, 'import.preview', { sessionId: opened.sessionId });
    expect(first.sessionId).toBe(opened.sessionId);
    expect(first.canCommit).toBe(false);
    const mapping = { Kolom3: 'fte' } as const;
    const second = await call(core, 'import.preview', { sessionId: opened.sessionId, mapping });
    expect(second.canCommit).toBe(true);
    const out = await call(core, 'import.commit', { sessionId: opened.sessionId, mapping });
    expect(out).toMatchObject({ fileName: 'm.csv', people: 2, added: 2 });
    const again = await raw(core, 'import.preview', { sessionId: opened.sessionId });
    expect(!again.ok && again.error.code).toBe('NOT_FOUND');
    expect(!again.ok && again.error.message).toMatch(/import session has ended/);
    core.close();
  });

  it('a session can be closed; a call with both a session and a file, or neither, is refused at the door', async () => {
    const core = await openTestCore();
    const opened = await call(core, 'import.open', { fileName: 'c.csv', contentBase64: b64('id;functie;fte\nC1;Copywriter;1\n') });
    expect(await call(core, 'import.close', { sessionId: opened.sessionId })).toEqual({ closed: true });
    expect(await call(core, 'import.close', { sessionId: opened.sessionId })).toEqual({ closed: false });
    const both = await raw(core, 'import.preview', { sessionId: opened.sessionId, fileName: 'c.csv', contentBase64: b64('x') });
    expect(!both.ok && both.error.code).toBe('INVALID_INPUT');
    const neither = await raw(core, 'import.preview', {});
    expect(!neither.ok && neither.error.code).toBe('INVALID_INPUT');
    core.close();
  });

  it('a hostile workbook is refused at open, before any session exists', async () => {
    const core = await openTestCore();
    const r = await raw(core, 'import.open', { fileName: 'x.xlsx', contentBase64: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).toString('base64') });
    expect(!r.ok && r.error.code).toBe('BAD_FILE');
    core.close();
  });
});
