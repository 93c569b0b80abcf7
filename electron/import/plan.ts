/**
 * The import plan: every row read, recognised, matched and validated against the dataset and the
 * people already stored, with one precise problem per fault. Pure apart from yielding to the event
 * loop between chunks (for progress and cancellation); writes nothing.
 */
import type { FteSource, ImportColumn, ImportField, ImportProblem, ImportProblemCode, ImportProblemParams, ImportRequirements, ImportReviewItem } from '../../shared/api/import-dto';
import { FULL_TIME_HOURS } from '../../shared/api/contracts/import';
import { DomainError } from '../../shared/api/result';
import type { AgeBand, ContractType, Gender, SkillSource } from '../../shared/domain/types';
import { ROLE_ACCEPT, SKILL_ACCEPT, type RoleCatalogue, type SkillCatalogue } from './catalogue';
import { BadFileError } from './errors';
import { findHeaderRow, headerText, resolveColumns, resolveSkillSheetColumns } from './fields';
import type { ReadFile, SourceTable } from './read';
import { FIELD_PARSERS, fteFromHours, type FieldProblem, type Parsed, type ParseContext } from './fieldParsers';
import { cellText, looksLikeFormula, parseAgeBand, parseGender, parseSkillSource, parseYesNo } from './values';
import type { CellValue } from './xlsx';

/** Longer than this, a cell is not an HR value but a broken or hostile file. */
const MAX_CELL = 65_536;
/** Weekly hours of one FTE unless the planner sets another full-time week (EVIDENCE F: 36 h × 52 = 1,872 h a year). */
const HOURS_PER_FTE = FULL_TIME_HOURS.default;
const CHUNK = 5_000;
const KEEP_PROBLEMS = 5_000;

/** One person as the import reads, compares and writes them: the one record type from file to database. */
interface EmployeeRecord {
  id: string;
  name: string | null;
  roleCode: string;
  roleToReview: number;
  fte: number;
  weeklyHours: number;
  department: string;
  /** The team within the department, when the file names one. */
  team: string | null;
  location: string;
  managerId: string | null;
  startDate: string;
  contractType: ContractType;
  salary: number | null;
  ageBand: AgeBand | null;
  gender: Gender | null;
}

/** @deprecated name kept for callers outside the import: EmployeeRecord. */
type StoredEmployee = EmployeeRecord;

export interface ExistingEmployee extends EmployeeRecord {
  /** "skillId:level:source" joined by "," in skill order. */
  skillsSig: string;
  consents: Set<'ageBand' | 'gender'>;
}

/** A skill level packed in one number (no per-skill object: two million of them must not load the GC): skill index × 64 + level × 8 + source. */
type SkillCode = number;
export const SKILL_SOURCES: SkillSource[] = ['self', 'manager', 'learning', 'inferred'];
const SOURCE_INDEX: Record<SkillSource, number> = { self: 0, manager: 1, learning: 2, inferred: 3 };
const packSkill = (skillIndex: number, level: number, source: SkillSource): SkillCode => skillIndex * 64 + level * 8 + SOURCE_INDEX[source];

export interface PlannedPerson {
  emp: EmployeeRecord;
  /** Packed skill levels, sorted by skill id; null: the file says nothing about skills, the stored ones stay. */
  skills: SkillCode[] | null;
  newConsents: ('ageBand' | 'gender')[];
  status: 'added' | 'updated' | 'same';
}

export interface ImportPlan {
  headerRow: number;
  columns: ImportColumn[];
  requirements: ImportRequirements;
  people: PlannedPerson[];
  removedIds: string[];
  toReview: ImportReviewItem[];
  problems: ImportProblem[];
  errorCount: number;
  warningCount: number;
  skillRows: number;
  skillsSource: { file: string; sheet: string | null; rows: number } | null;
}

interface PlanOptions {
  file: ReadFile;
  skillsFile: SourceTable | null;
  mapping?: Record<string, ImportField>;
  roles: RoleCatalogue;
  skills: SkillCatalogue;
  /** Stored people by id; empty when the import replaces the demo organisation. */
  existing: Map<string, ExistingEmployee>;
  replace: boolean;
  reviewChoices?: Record<string, string>;
  skillChoices?: Record<string, string | null>;
  /** ISO date used for a missing start date. */
  today: string;
  /** Weekly hours of one full-time job (to derive FTE from weekly hours, and weekly hours from FTE). */
  fullTimeHours?: number;
  signal?: { readonly aborted: boolean };
  onProgress?: (done: number, total: number) => void;
}

const short = (s: string): string => (s.length > 200 ? `${s.slice(0, 200)}… (${s.length} characters)` : s);
const cancelled = () => new DomainError('CANCELLED', 'The import was cancelled; nothing was written.');
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

const FIELD_LABEL: Record<ImportField, string> = {
  id: 'id',
  name: 'name',
  title: 'job title',
  roleCode: 'role code',
  fte: 'FTE',
  weeklyHours: 'weekly hours',
  partTimePercent: 'part-time percentage',
  department: 'department',
  team: 'team',
  location: 'location',
  managerId: 'manager id',
  startDate: 'start date',
  contractType: 'contract type',
  salary: 'salary',
  ageBand: 'age band',
  gender: 'gender',
  consent: 'consent',
  skills: 'skills',
  ignore: 'ignored',
};

export async function buildPlan(o: PlanOptions): Promise<ImportPlan> {
  const problems: ImportProblem[] = [];
  let errorCount = 0;
  let warningCount = 0;
  type Report = Omit<ImportProblem, 'file' | 'sheet' | 'params' | 'code'> & { code: ImportProblemCode; params?: ImportProblemParams; table?: SourceTable };
  const report = (p: Report) => {
    const t = p.table ?? o.file.people;
    if (p.severity === 'error') errorCount++;
    else warningCount++;
    if ((p.severity === 'error' ? errorCount : warningCount) > KEEP_PROBLEMS) return;
    const { table: _t, params, ...rest } = p;
    problems.push({ ...rest, params: params ?? {}, file: t.file, ...(t.sheet ? { sheet: t.sheet } : {}) });
  };
  const fullTimeHours = o.fullTimeHours ?? HOURS_PER_FTE;

  // Header row and columns.
  const table = o.file.people;
  const h = findHeaderRow(table.rows, o.mapping);
  if (h < 0) {
    throw new BadFileError(
      'header.missing',
      `${table.file}: no header row found in the first 30 rows. Expected column names such as personeelsnummer/id, functie/job title, fte or uren per week, afdeling/department (Dutch or English), or give a mapping.`,
    );
  }
  const headerRow = table.rows[h]!;
  // A header and nothing under it would replace every stored person with nobody: refused before anything else.
  if (table.rows.length <= h + 1) throw new BadFileError('file.noPeople', `${table.file}: the header row (row ${headerRow.n}) has no rows of people under it; nothing was imported.`);
  const headers = headerRow.cells.map(headerText);
  const { columns, clashes } = resolveColumns(headers, o.mapping);
  for (const c of clashes) report({ severity: 'warning', code: 'header.duplicate', params: { field: c.field, winner: c.winner }, row: headerRow.n, column: c.header, value: c.header, message: `Column "${c.header}" also looks like ${FIELD_LABEL[c.field]}, but "${c.winner}" was taken for it; this column is ignored (map it to choose).` });
  if (o.mapping) {
    const present = new Set(headers.map((x) => x.toLowerCase()));
    for (const key of Object.keys(o.mapping)) if (!present.has(key.trim().toLowerCase())) report({ severity: 'warning', code: 'mapping.unknownColumn', params: { column: key }, row: headerRow.n, column: key, value: key, message: `The mapping names column "${key}", which the header row does not have.` });
  }
  const col = {} as Record<ImportField, number>;
  for (const f of IMPORT_FIELD_LIST) col[f] = -1;
  for (const c of columns) if (c.field && c.field !== 'ignore') col[c.field] = c.index;
  const head = (f: ImportField) => (col[f] >= 0 ? headers[col[f]]! || `column ${col[f] + 1}` : FIELD_LABEL[f]);
  const requirements = requirementsOf(col, fullTimeHours);
  if (col.id < 0) report({ severity: 'error', code: 'header.required', params: { field: 'id' }, row: headerRow.n, column: null, value: null, message: 'No id column: expected a header like "personeelsnummer / id" (or map a column to "id").' });
  if (requirements.fteFrom === null) report({ severity: 'error', code: 'header.required', params: { field: 'fte' }, row: headerRow.n, column: null, value: null, message: 'No FTE, weekly hours or part-time percentage column: expected a header like "fte", "uren per week" or "deeltijdpercentage" (or map a column to one of them).' });
  if (col.title < 0 && col.roleCode < 0) report({ severity: 'error', code: 'header.required', params: { field: 'title' }, row: headerRow.n, column: null, value: null, message: 'No job title or role code column: expected a header like "functie" / "job title" or "role code" (or map a column to "title").' });
  if (errorCount > 0) return emptyPlan(headerRow.n, columns, requirements, problems, errorCount, warningCount);

  // A decimal comma is the rule in semicolon files, and wherever an FTE or hours are written "0,8" / "28,8".
  const body = table.rows.slice(h + 1);
  let decimalComma = o.file.delimiter === ';';
  for (const f of ['fte', 'weeklyHours', 'partTimePercent'] as const) {
    if (decimalComma || col[f] < 0) continue;
    for (let i = 0; i < Math.min(body.length, 200); i++) if (/^\d+,\d+%?$/.test(cellText(body[i]!.cells[col[f]]).trim())) decimalComma = true;
  }
  const pctx: ParseContext = { decimalComma, fullTimeHours };
  /** Runs a field parser on a non-empty cell; a problem is reported on the row and column, undefined returned. */
  const parse = <T>(f: ImportField, parsed: Parsed<T>, row: number, raw: string): T | undefined => {
    if (parsed.ok) return parsed.value;
    const pr: FieldProblem = parsed.problem;
    report({ severity: pr.severity, code: pr.code, params: pr.params, row, column: head(f), value: short(raw), message: pr.message });
    return undefined;
  };
  const people: PlannedPerson[] = [];
  const firstRowOf = new Map<string, number>();
  const roleReview: ImportReviewItem[] = [];
  const skillReview = new Map<string, ImportReviewItem>();
  const needsFallback: number[] = [];
  const roleCounts = new Map<string, number>();
  const managerRefs: { i: number; row: number; manager: string }[] = [];
  let skillRows = 0;
  const total = body.length;
  const stamp = new Int32Array(o.skills.ids.length);
  const slot = new Int32Array(o.skills.ids.length);
  let stampNow = 0;

  const text = (cells: CellValue[], f: ImportField, row: number): string | undefined => {
    const i = col[f];
    if (i < 0) return undefined;
    const v = cells[i];
    if (typeof v === 'string' && v.length > MAX_CELL) {
      report({ severity: 'error', code: 'value.tooLong', params: { length: v.length, max: MAX_CELL }, row, column: head(f), value: short(v), message: `The value is ${v.length.toLocaleString('en')} characters long; at most ${MAX_CELL.toLocaleString('en')} are expected in a ${FIELD_LABEL[f]} cell.` });
      return '';
    }
    return cellText(v);
  };

  const resolveSkill = (raw: string, row: number, id: string, column: string, t?: SourceTable): string | null => {
    const name = raw.trim();
    if (o.skillChoices && Object.prototype.hasOwnProperty.call(o.skillChoices, name)) {
      const chosen = o.skillChoices[name];
      if (chosen === null || chosen === undefined) return null;
      if (!o.skills.has(chosen)) {
        report({ severity: 'error', code: 'review.unknownSkill', params: { skill: name, chosen }, row, column, value: name, message: `The skill chosen for "${name}" (${chosen}) is not in the skill list.`, table: t });
        return null;
      }
      return chosen;
    }
    const m = o.skills.match(name);
    if (m.code && m.confidence >= SKILL_ACCEPT) return m.code;
    const seen = skillReview.get(name);
    if (seen) seen.count = (seen.count ?? 1) + 1;
    else skillReview.set(name, { kind: 'skill', row, id, value: name, bestGuess: m.code, bestGuessTitle: m.title, confidence: m.confidence, alternatives: m.alternatives, count: 1 });
    return null;
  };

  const levelOf = (raw: CellValue | string | undefined): number | undefined => {
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim().replace(',', '.')) : NaN;
    return Number.isInteger(n) && n >= 0 && n <= 5 ? n : undefined;
  };

  for (let r = 0; r < body.length; r++) {
    if (r % CHUNK === 0 && r > 0) {
      if (o.signal?.aborted) throw cancelled();
      o.onProgress?.(r, total);
      await tick();
      if (o.signal?.aborted) throw cancelled();
    }
    const { n: row, cells } = body[r]!;
    const errorsBefore = errorCount;

    // id
    let id = text(cells, 'id', row) ?? '';
    if (!id) {
      report({ severity: 'error', code: 'required', params: { field: 'id' }, row, column: head('id'), value: '', message: 'The id (personeelsnummer) is empty; every person needs one.' });
      id = `(row ${row})`;
    } else if (id.length > 64) {
      report({ severity: 'error', code: 'id.tooLong', params: { length: id.length, max: 64 }, row, column: head('id'), value: short(id), message: `The id is ${id.length} characters; at most 64 are expected.` });
    } else {
      const first = firstRowOf.get(id);
      if (first !== undefined) report({ severity: 'error', code: 'id.duplicate', params: { firstRow: first }, row, column: head('id'), value: id, message: `Duplicate id "${id}": it is already on row ${first}; each person must appear once.` });
      else firstRowOf.set(id, row);
    }
    const prev = o.existing.get(id);

    // name
    let name: string | null | undefined = text(cells, 'name', row);
    if (name !== undefined) {
      if (name === '') name = null;
      else if (name.length > 200) report({ severity: 'error', code: 'name.tooLong', params: { length: name.length, max: 200 }, row, column: head('name'), value: short(name), message: `The name is ${name.length} characters; at most 200 are expected.` });
      else if (looksLikeFormula(name)) report({ severity: 'warning', code: 'value.formula', row, column: head('name'), value: name, message: 'The name starts like a spreadsheet formula; it is stored as plain text and never evaluated (exports neutralise it).' });
    }

    // role
    let roleCode: string | null = null;
    let toReview = false;
    const codeText = text(cells, 'roleCode', row) ?? '';
    const titleText = text(cells, 'title', row) ?? '';
    if (codeText) {
      roleCode = o.roles.byCodeText(codeText);
      if (!roleCode) {
        if (titleText) report({ severity: 'warning', code: 'role.unknownCode', params: { code: codeText }, row, column: head('roleCode'), value: codeText, message: `Role code "${codeText}" is not in the dataset; the job title is matched instead.` });
        else report({ severity: 'error', code: 'role.unknownCode', params: { code: codeText }, row, column: head('roleCode'), value: codeText, message: `Role code "${codeText}" is not in the dataset; expected a code like 43-4051.00 or ovs-<slug> (see roles list), or a job title.` });
      }
    }
    let match: ReturnType<RoleCatalogue['match']> | null = null;
    if (!roleCode && titleText) {
      match = o.roles.match(titleText);
      roleCode = match.code;
      toReview = match.confidence < ROLE_ACCEPT;
    } else if (!roleCode && !codeText) {
      report({ severity: 'error', code: 'required', params: { field: 'title' }, row, column: head(col.title >= 0 ? 'title' : 'roleCode'), value: '', message: 'The job title / role code is empty; every person needs one (an uncertain title is fine: it goes to review).' });
    }
    const choice = o.reviewChoices?.[String(row)] ?? o.reviewChoices?.[id];
    if (choice !== undefined) {
      if (o.roles.has(choice)) {
        roleCode = choice;
        toReview = false;
      } else report({ severity: 'error', code: 'review.unknownRole', params: { code: choice }, row, column: head('title'), value: choice, message: `The role chosen in review (${choice}) is not in the dataset.` });
    }
    if (roleCode && !toReview) roleCounts.set(roleCode, (roleCounts.get(roleCode) ?? 0) + 1);

    // FTE: its own column, else derived from weekly hours or a part-time percentage (requirements.fteFrom).
    let fte = NaN;
    const whRaw = text(cells, 'weeklyHours', row);
    let weeklyHours: number | undefined;
    if (whRaw) weeklyHours = parse('weeklyHours', FIELD_PARSERS.weeklyHours(cells[col.weeklyHours], whRaw, pctx), row, whRaw);
    const fteField: ImportField = requirements.fteFrom === 'hours' ? 'weeklyHours' : requirements.fteFrom === 'percent' ? 'partTimePercent' : 'fte';
    const fteRaw = (fteField === 'weeklyHours' ? whRaw : text(cells, fteField, row)) ?? '';
    if (!fteRaw) report({ severity: 'error', code: 'required', params: { field: fteField }, row, column: head(fteField), value: '', message: `The ${FIELD_LABEL[fteField]} is empty; every person needs one to know their FTE.` });
    else if (fteField === 'fte') fte = parse('fte', FIELD_PARSERS.fte(cells[col.fte], fteRaw, pctx), row, fteRaw) ?? NaN;
    else if (fteField === 'partTimePercent') fte = parse('partTimePercent', FIELD_PARSERS.partTimePercent(cells[col.partTimePercent], fteRaw, pctx), row, fteRaw) ?? NaN;
    else if (weeklyHours !== undefined) fte = parse('weeklyHours', fteFromHours(weeklyHours, fteRaw, pctx), row, fteRaw) ?? NaN;

    const textField = (f: 'department' | 'team' | 'location'): string | undefined => {
      const raw = text(cells, f, row);
      return raw ? parse(f, FIELD_PARSERS.text(cells[col[f]], raw, pctx, FIELD_LABEL[f]), row, raw) : raw;
    };
    const department = textField('department');
    const team = textField('team');
    const location = textField('location');
    const managerRaw = text(cells, 'managerId', row);
    const managerId = managerRaw === undefined ? undefined : managerRaw || null;

    const sdRaw = text(cells, 'startDate', row);
    const startDate = sdRaw ? parse('startDate', FIELD_PARSERS.startDate(cells[col.startDate], sdRaw), row, sdRaw) : undefined;
    const ctRaw = text(cells, 'contractType', row);
    const contractType = ctRaw ? parse('contractType', FIELD_PARSERS.contractType(cells[col.contractType], ctRaw), row, ctRaw) : undefined;
    const salRaw = text(cells, 'salary', row);
    const salary: number | null | undefined = salRaw === undefined ? undefined : !salRaw ? null : parse('salary', FIELD_PARSERS.salary(cells[col.salary], salRaw, pctx), row, salRaw);

    // consent and demographics: stored only with a consent (this file's column, or a record already held).
    const consentRaw = text(cells, 'consent', row);
    let consent = false;
    if (consentRaw) {
      const c = parseYesNo(consentRaw);
      if (c === undefined) report({ severity: 'warning', code: 'consent.value', params: {}, row, column: head('consent'), value: short(consentRaw), message: 'Consent value not understood (expected ja/yes/true or nee/no/false); treated as no consent.' });
      consent = c === true;
    }
    const newConsents: ('ageBand' | 'gender')[] = [];
    const demographic = <T>(f: 'ageBand' | 'gender', parse: (v: string) => T | undefined, expected: string): T | null | undefined => {
      const raw = text(cells, f, row);
      if (raw === undefined) return undefined;
      if (!raw) return null;
      const held = prev?.consents.has(f) === true;
      if (!consent && !held) {
        report({ severity: 'warning', code: 'demographic.noConsent', params: { field: f }, row, column: head(f), value: null, message: `A ${FIELD_LABEL[f]} is given without a recorded consent (a consent column with ja/yes, or a consent record); the value is dropped and not stored.` });
        return null;
      }
      const v = parse(raw);
      if (v === undefined) {
        report({ severity: 'warning', code: 'demographic.value', params: { field: f }, row, column: head(f), value: null, message: `Unknown ${FIELD_LABEL[f]}; expected ${expected}. The value is dropped.` });
        return null;
      }
      if (!held) newConsents.push(f);
      return v;
    };
    const ageBand = demographic('ageBand', (v) => parseAgeBand(typeof cells[col.ageBand] === 'number' ? cells[col.ageBand] : v), '<25, 25-34, 35-44, 45-54 or 55+');
    const gender = demographic('gender', parseGender, 'female/vrouw, male/man or other/anders');

    // skills column: "skill:level; skill:level"
    let skills: SkillCode[] | null = null;
    const skRaw = text(cells, 'skills', row);
    if (skRaw !== undefined) {
      skills = [];
      stampNow++;
      if (skRaw) {
        const items = /[;|]/.test(skRaw) ? skRaw.split(/[;|]/) : skRaw.split(',');
        for (const it of items) {
          const item = it.trim();
          if (!item) continue;
          const at = Math.max(item.lastIndexOf(':'), item.lastIndexOf('='));
          if (at <= 0) {
            report({ severity: 'error', code: 'skill.format', params: {}, row, column: head('skills'), value: short(item), message: 'Expected "skill:level" (a skill by English or Dutch name or id, then a level 0–5), separated by ";".' });
            continue;
          }
          const level = levelOf(item.slice(at + 1));
          if (level === undefined) {
            report({ severity: 'error', code: 'skill.level', params: { level: item.slice(at + 1).trim() }, row, column: head('skills'), value: short(item), message: `Unknown level "${item.slice(at + 1).trim()}"; expected a whole number from 0 to 5.` });
            continue;
          }
          const skillId = resolveSkill(item.slice(0, at), row, id, head('skills'));
          if (!skillId) continue;
          const k = o.skills.indexOf(skillId);
          if (stamp[k] === stampNow) {
            // The same skill twice for one person: the higher level counts.
            const at2 = slot[k]!;
            if (((skills[at2]! >> 3) & 7) < level) skills[at2] = packSkill(k, level, 'self');
          } else {
            stamp[k] = stampNow;
            slot[k] = skills.length;
            skills.push(packSkill(k, level, 'self'));
          }
        }
      }
    }

    if (errorCount > errorsBefore) continue;
    const emp: StoredEmployee = {
      id,
      name: name === undefined ? (prev?.name ?? null) : name,
      roleCode: roleCode ?? '',
      roleToReview: toReview ? 1 : 0,
      fte,
      weeklyHours: weeklyHours ?? (whRaw === undefined && prev ? prev.weeklyHours : Math.round(fte * fullTimeHours * 100) / 100),
      department: department ?? prev?.department ?? '',
      team: team === undefined ? (prev?.team ?? null) : team || null,
      location: location ?? prev?.location ?? '',
      managerId: managerId === undefined ? (prev?.managerId ?? null) : managerId,
      startDate: startDate ?? prev?.startDate ?? '',
      contractType: contractType ?? prev?.contractType ?? 'permanent',
      salary: salary === undefined ? (prev?.salary ?? null) : salary,
      ageBand: ageBand === undefined ? (prev?.ageBand ?? null) : ageBand,
      gender: gender === undefined ? (prev?.gender ?? null) : gender,
    };
    if (!emp.startDate) {
      emp.startDate = o.today;
      report({ severity: 'warning', code: 'date.missing', params: { today: o.today }, row, column: head('startDate'), value: '', message: `No start date; tenure is counted from the import date (${o.today}).` });
    }
    if (!roleCode) needsFallback.push(people.length);
    if (toReview || !roleCode) roleReview.push({ kind: 'role', row, id, value: titleText, bestGuess: roleCode, bestGuessTitle: match?.title ?? null, confidence: match?.confidence ?? 0, alternatives: match?.alternatives ?? [], ...(match?.reason ? { reason: match.reason } : {}) });
    if (emp.managerId) managerRefs.push({ i: people.length, row, manager: emp.managerId });
    people.push({ emp, skills, newConsents, status: 'added' });
  }

  // Long-format skills: the second sheet, or a separate file.
  const longTable = o.skillsFile ?? o.file.skills;
  let skillsSource: ImportPlan['skillsSource'] = null;
  if (longTable) {
    const index = new Map(people.map((p, i) => [p.emp.id, i]));
    const perPerson = new Map<number, Map<number, SkillCode>>();
    const hh = findHeaderRow(longTable.rows, undefined, 'skills');
    const sc = hh >= 0 ? resolveSkillSheetColumns(longTable.rows[hh]!.cells.map(headerText)) : {};
    if (hh < 0 || sc.person === undefined || sc.skill === undefined || sc.level === undefined) {
      report({ severity: 'error', code: 'skills.header', params: {}, row: longTable.rows[0]?.n ?? 1, column: null, value: null, message: 'The skills sheet needs the columns person (personeelsnummer), skill (vaardigheid) and level (niveau); source (bron) is optional.', table: longTable });
    } else {
      const sheetHeaders = longTable.rows[hh]!.cells.map(headerText);
      const rowsL = longTable.rows.slice(hh + 1);
      skillsSource = { file: longTable.file, sheet: longTable.sheet, rows: rowsL.length };
      const unknownPeople = new Set<string>();
      for (let r = 0; r < rowsL.length; r++) {
        if (r % (CHUNK * 4) === 0 && r > 0) {
          if (o.signal?.aborted) throw cancelled();
          await tick();
        }
        const { n: row, cells } = rowsL[r]!;
        const pid = cellText(cells[sc.person]);
        const raw = cellText(cells[sc.skill]);
        if (!pid && !raw) continue;
        const i = index.get(pid);
        if (i === undefined) {
          if (!unknownPeople.has(pid)) report({ severity: 'warning', code: 'skills.unknownPerson', params: { person: pid }, row, column: sheetHeaders[sc.person] ?? 'person', value: pid, message: `Skills for "${pid}", who is not on the people sheet (or has errors there); these rows are ignored.`, table: longTable });
          unknownPeople.add(pid);
          continue;
        }
        const level = levelOf(cells[sc.level] ?? undefined);
        if (level === undefined) {
          report({ severity: 'error', code: 'skill.level', params: { level: cellText(cells[sc.level]) }, row, column: sheetHeaders[sc.level] ?? 'level', value: cellText(cells[sc.level]), message: 'Unknown level; expected a whole number from 0 to 5.', table: longTable });
          continue;
        }
        let source: SkillSource = 'self';
        if (sc.source !== undefined) {
          const s = parseSkillSource(cellText(cells[sc.source]));
          if (!s) report({ severity: 'warning', code: 'skill.source', params: {}, row, column: sheetHeaders[sc.source] ?? 'source', value: cellText(cells[sc.source]), message: 'Unknown source; expected self/zelf, manager/leidinggevende, learning/opleiding or inferred/afgeleid. Taken as self.', table: longTable });
          else source = s;
        }
        if (!raw) {
          report({ severity: 'error', code: 'required', params: { field: 'skills' }, row, column: sheetHeaders[sc.skill] ?? 'skill', value: '', message: 'The skill is empty.', table: longTable });
          continue;
        }
        const skillId = resolveSkill(raw, row, pid, sheetHeaders[sc.skill] ?? 'skill', longTable);
        if (!skillId) continue;
        let m = perPerson.get(i);
        if (!m) perPerson.set(i, (m = new Map()));
        const k = o.skills.indexOf(skillId);
        const had = m.get(k);
        if (had === undefined || ((had >> 3) & 7) < level) m.set(k, packSkill(k, level, source));
      }
      // The long format adds to (and for the same skill overrides) the skills column.
      for (const [i, m] of perPerson) {
        const p = people[i]!;
        const merged = new Map((p.skills ?? []).map((c) => [c >> 6, c] as const));
        for (const [k, v] of m) merged.set(k, v);
        p.skills = [...merged.values()];
      }
    }
  }

  // Nobody is lost: a title nothing resembles still gets the import's most common role, to review.
  if (needsFallback.length > 0) {
    const fallback = [...roleCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? o.roles.firstCurrent();
    for (const i of needsFallback) people[i]!.emp.roleCode = fallback;
    for (const item of roleReview) {
      if (item.bestGuess !== null) continue;
      item.bestGuess = fallback;
      item.bestGuessTitle = o.roles.title(fallback);
      item.reason = { kind: 'fallback', matched: null };
    }
  }

  // Managers must be people we know.
  const known = new Set(people.map((p) => p.emp.id));
  for (const m of managerRefs) {
    if (!known.has(m.manager) && !(o.existing.has(m.manager) && !o.replace)) report({ severity: 'warning', code: 'manager.unknown', params: { manager: m.manager }, row: m.row, column: head('managerId'), value: m.manager, message: `Manager "${m.manager}" is not in the file or among the stored people; the reference is kept as written.` });
  }

  // What a commit would change.
  for (const p of people) {
    if (p.skills && p.skills.length > 1) p.skills.sort((a, b) => a - b);
    skillRows += p.skills?.length ?? 0;
    const prev = o.existing.get(p.emp.id);
    if (!prev) p.status = 'added';
    else p.status = sameEmployee(prev, p, o.skills.ids) ? 'same' : 'updated';
  }
  // A person whose row has a problem is still in the file: only ids the file never names would be removed.
  const removedIds = o.replace ? [...o.existing.keys()].filter((id) => !known.has(id) && !firstRowOf.has(id)).sort() : [];
  o.onProgress?.(total, total);

  problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return { headerRow: headerRow.n, columns, requirements, people, removedIds, toReview: [...roleReview, ...skillReview.values()], problems, errorCount, warningCount, skillRows, skillsSource };
}

const IMPORT_FIELD_LIST: ImportField[] = ['id', 'name', 'title', 'roleCode', 'fte', 'weeklyHours', 'partTimePercent', 'department', 'team', 'location', 'managerId', 'startDate', 'contractType', 'salary', 'ageBand', 'gender', 'consent', 'skills', 'ignore'];

/** Required fields and where FTE comes from: its own column first, then weekly hours, then a part-time percentage. */
function requirementsOf(col: Record<ImportField, number>, fullTimeHours: number): ImportRequirements {
  const derivations: FteSource[] = [];
  if (col.weeklyHours >= 0) derivations.push('hours');
  if (col.partTimePercent >= 0) derivations.push('percent');
  const fteFrom: FteSource | null = col.fte >= 0 ? 'column' : (derivations[0] ?? null);
  const missing: ImportRequirements['missing'] = [];
  if (col.id < 0) missing.push('id');
  if (col.title < 0 && col.roleCode < 0) missing.push('title');
  if (fteFrom === null) missing.push('fte');
  return { required: ['id', 'title', 'fte'], missing, fteFrom, derivations, fullTimeHours };
}

function emptyPlan(headerRow: number, columns: ImportColumn[], requirements: ImportRequirements, problems: ImportProblem[], errorCount: number, warningCount: number): ImportPlan {
  return { headerRow, columns, requirements, people: [], removedIds: [], toReview: [], problems, errorCount, warningCount, skillRows: 0, skillsSource: null };
}

/** The same form as importRepo's stored signature: "skillId:level:source" joined by ",", in skill id order. */
const skillsSig = (skills: SkillCode[], ids: string[]): string => skills.map((c) => `${ids[c >> 6]}:${(c >> 3) & 7}:${SKILL_SOURCES[c & 7]}`).join(',');

function sameEmployee(prev: ExistingEmployee, p: PlannedPerson, ids: string[]): boolean {
  const e = p.emp;
  return (
    prev.name === e.name &&
    prev.roleCode === e.roleCode &&
    prev.roleToReview === e.roleToReview &&
    prev.fte === e.fte &&
    prev.weeklyHours === e.weeklyHours &&
    prev.department === e.department &&
    prev.team === e.team &&
    prev.location === e.location &&
    prev.managerId === e.managerId &&
    prev.startDate === e.startDate &&
    prev.contractType === e.contractType &&
    prev.salary === e.salary &&
    prev.ageBand === e.ageBand &&
    prev.gender === e.gender &&
    p.newConsents.length === 0 &&
    (p.skills === null || skillsSig(p.skills, ids) === prev.skillsSig)
  );
}
