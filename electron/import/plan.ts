/**
 * The import plan: every row read, recognised, matched and validated against the dataset and the
 * people already stored, with one precise problem per fault. Pure apart from yielding to the event
 * loop between chunks (for progress and cancellation); writes nothing.
 */
import type { ImportColumn, ImportField, ImportProblem, ImportReviewItem } from '../../shared/api/import-dto';
import { DomainError } from '../../shared/api/result';
import type { AgeBand, ContractType, Gender, SkillSource } from '../../shared/domain/types';
import { ROLE_ACCEPT, SKILL_ACCEPT, type RoleCatalogue, type SkillCatalogue } from './catalogue';
import { BadFileError } from './errors';
import { findHeaderRow, headerText, resolveColumns, resolveSkillSheetColumns } from './fields';
import type { ReadFile, SourceTable } from './read';
import { cellText, looksLikeFormula, parseAgeBand, parseContract, parseDate, parseGender, parseNumber, parseSkillSource, parseYesNo } from './values';
import type { CellValue } from './xlsx';

/** Longer than this, a cell is not an HR value but a broken or hostile file. */
const MAX_CELL = 65_536;
/** Weekly hours of one FTE when a file gives FTE only (Dutch collective agreements: 36–40; labelled assumption). */
const HOURS_PER_FTE = 36;
const CHUNK = 5_000;
const KEEP_PROBLEMS = 5_000;

interface StoredEmployee {
  id: string;
  name: string | null;
  roleCode: string;
  roleToReview: number;
  fte: number;
  weeklyHours: number;
  department: string;
  location: string;
  managerId: string | null;
  startDate: string;
  contractType: ContractType;
  salary: number | null;
  ageBand: AgeBand | null;
  gender: Gender | null;
}

export interface ExistingEmployee extends StoredEmployee {
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
  emp: StoredEmployee;
  /** Packed skill levels, sorted by skill id; null: the file says nothing about skills, the stored ones stay. */
  skills: SkillCode[] | null;
  newConsents: ('ageBand' | 'gender')[];
  status: 'added' | 'updated' | 'same';
}

export interface ImportPlan {
  headerRow: number;
  columns: ImportColumn[];
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
  department: 'department',
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
  const report = (p: Omit<ImportProblem, 'file' | 'sheet'> & { table?: SourceTable }) => {
    const t = p.table ?? o.file.people;
    if (p.severity === 'error') errorCount++;
    else warningCount++;
    if ((p.severity === 'error' ? errorCount : warningCount) > KEEP_PROBLEMS) return;
    const { table: _t, ...rest } = p;
    problems.push({ ...rest, file: t.file, ...(t.sheet ? { sheet: t.sheet } : {}) });
  };

  // Header row and columns.
  const table = o.file.people;
  const h = findHeaderRow(table.rows, o.mapping);
  if (h < 0) {
    throw new BadFileError(
      'header.missing',
      `${table.file}: no header row found in the first 30 rows. Expected column names such as personeelsnummer/id, functie/job title, fte, afdeling/department (Dutch or English), or give a mapping.`,
    );
  }
  const headerRow = table.rows[h]!;
  const headers = headerRow.cells.map(headerText);
  const { columns, clashes } = resolveColumns(headers, o.mapping);
  for (const c of clashes) report({ severity: 'warning', code: 'header.duplicate', row: headerRow.n, column: c.header, value: c.header, message: `Column "${c.header}" also looks like ${FIELD_LABEL[c.field]}, but "${c.winner}" was taken for it; this column is ignored (map it to choose).` });
  if (o.mapping) {
    const present = new Set(headers.map((x) => x.toLowerCase()));
    for (const key of Object.keys(o.mapping)) if (!present.has(key.trim().toLowerCase())) report({ severity: 'warning', code: 'mapping.unknownColumn', row: headerRow.n, column: key, value: key, message: `The mapping names column "${key}", which the header row does not have.` });
  }
  const col = {} as Record<ImportField, number>;
  for (const f of ['id', 'name', 'title', 'roleCode', 'fte', 'weeklyHours', 'department', 'location', 'managerId', 'startDate', 'contractType', 'salary', 'ageBand', 'gender', 'consent', 'skills', 'ignore'] as ImportField[]) col[f] = -1;
  for (const c of columns) if (c.field && c.field !== 'ignore') col[c.field] = c.index;
  const head = (f: ImportField) => (col[f] >= 0 ? headers[col[f]]! || `column ${col[f] + 1}` : FIELD_LABEL[f]);
  for (const [f, what] of [
    ['id', 'personeelsnummer / id'],
    ['fte', 'fte'],
  ] as [ImportField, string][]) {
    if (col[f] < 0) report({ severity: 'error', code: 'header.required', row: headerRow.n, column: null, value: null, message: `No ${FIELD_LABEL[f]} column: expected a header like "${what}" (or map a column to "${f}").` });
  }
  if (col.title < 0 && col.roleCode < 0) report({ severity: 'error', code: 'header.required', row: headerRow.n, column: null, value: null, message: 'No job title or role code column: expected a header like "functie" / "job title" or "role code" (or map a column to "title").' });
  if (errorCount > 0) return emptyPlan(h, headerRow.n, columns, problems, errorCount, warningCount);

  // A decimal comma is the rule in semicolon files, and wherever an FTE is written "0,8".
  const body = table.rows.slice(h + 1);
  let decimalComma = o.file.delimiter === ';';
  if (!decimalComma && col.fte >= 0) for (let i = 0; i < Math.min(body.length, 200); i++) if (/^\d+,\d+$/.test(cellText(body[i]!.cells[col.fte]).trim())) decimalComma = true;

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
      report({ severity: 'error', code: 'value.tooLong', row, column: head(f), value: short(v), message: `The value is ${v.length.toLocaleString('en')} characters long; at most ${MAX_CELL.toLocaleString('en')} are expected in a ${FIELD_LABEL[f]} cell.` });
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
        report({ severity: 'error', code: 'review.unknownSkill', row, column, value: name, message: `The skill chosen for "${name}" (${chosen}) is not in the skill list.`, table: t });
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
      report({ severity: 'error', code: 'required', row, column: head('id'), value: '', message: 'The id (personeelsnummer) is empty; every person needs one.' });
      id = `(row ${row})`;
    } else if (id.length > 64) {
      report({ severity: 'error', code: 'id.tooLong', row, column: head('id'), value: short(id), message: `The id is ${id.length} characters; at most 64 are expected.` });
    } else {
      const first = firstRowOf.get(id);
      if (first !== undefined) report({ severity: 'error', code: 'id.duplicate', row, column: head('id'), value: id, message: `Duplicate id "${id}": it is already on row ${first}; each person must appear once.` });
      else firstRowOf.set(id, row);
    }
    const prev = o.existing.get(id);

    // name
    let name: string | null | undefined = text(cells, 'name', row);
    if (name !== undefined) {
      if (name === '') name = null;
      else if (name.length > 200) report({ severity: 'error', code: 'name.tooLong', row, column: head('name'), value: short(name), message: `The name is ${name.length} characters; at most 200 are expected.` });
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
        if (titleText) report({ severity: 'warning', code: 'role.unknownCode', row, column: head('roleCode'), value: codeText, message: `Role code "${codeText}" is not in the dataset; the job title is matched instead.` });
        else report({ severity: 'error', code: 'role.unknownCode', row, column: head('roleCode'), value: codeText, message: `Role code "${codeText}" is not in the dataset; expected a code like 43-4051.00 or ovs-<slug> (see roles list), or a job title.` });
      }
    }
    let match: ReturnType<RoleCatalogue['match']> | null = null;
    if (!roleCode && titleText) {
      match = o.roles.match(titleText);
      roleCode = match.code;
      toReview = match.confidence < ROLE_ACCEPT;
    } else if (!roleCode && !codeText) {
      report({ severity: 'error', code: 'required', row, column: head(col.title >= 0 ? 'title' : 'roleCode'), value: '', message: 'The job title / role code is empty; every person needs one (an uncertain title is fine: it goes to review).' });
    }
    const choice = o.reviewChoices?.[String(row)] ?? o.reviewChoices?.[id];
    if (choice !== undefined) {
      if (o.roles.has(choice)) {
        roleCode = choice;
        toReview = false;
      } else report({ severity: 'error', code: 'review.unknownRole', row, column: head('title'), value: choice, message: `The role chosen in review (${choice}) is not in the dataset.` });
    }
    if (roleCode && !toReview) roleCounts.set(roleCode, (roleCounts.get(roleCode) ?? 0) + 1);

    // fte
    const fteRaw = text(cells, 'fte', row) ?? '';
    let fte = NaN;
    if (!fteRaw) report({ severity: 'error', code: 'required', row, column: head('fte'), value: '', message: 'The FTE is empty; expected a number greater than 0 and at most 1.5 (e.g. 0,8 or 1).' });
    else {
      const v = parseNumber(col.fte >= 0 && typeof cells[col.fte] === 'number' ? cells[col.fte] : fteRaw, decimalComma, true);
      if (v === undefined) report({ severity: 'error', code: 'fte.type', row, column: head('fte'), value: short(fteRaw), message: 'The FTE is not a number; expected a number greater than 0 and at most 1.5 (e.g. 0,8 or 1).' });
      else if (!(v > 0 && v <= 1.5)) report({ severity: 'error', code: 'fte.range', row, column: head('fte'), value: fteRaw, message: `FTE ${v} is outside (0, 1.5]; expected a number greater than 0 and at most 1.5.` });
      else fte = v;
    }

    // weekly hours
    let weeklyHours: number | undefined;
    const whRaw = text(cells, 'weeklyHours', row);
    if (whRaw) {
      const v = parseNumber(typeof cells[col.weeklyHours] === 'number' ? cells[col.weeklyHours] : whRaw, decimalComma);
      if (v === undefined) report({ severity: 'error', code: 'hours.type', row, column: head('weeklyHours'), value: short(whRaw), message: 'Weekly hours is not a number; expected hours per week, 0 or more (e.g. 32 or 28,8).' });
      else if (v < 0) report({ severity: 'error', code: 'hours.negative', row, column: head('weeklyHours'), value: whRaw, message: `Weekly hours ${v} is negative; expected 0 or more.` });
      else if (v > 80) report({ severity: 'error', code: 'hours.range', row, column: head('weeklyHours'), value: whRaw, message: `Weekly hours ${v} is more than a week of work allows; expected at most 80.` });
      else weeklyHours = v;
    }

    const department = text(cells, 'department', row);
    const location = text(cells, 'location', row);
    for (const [f, v] of [
      ['department', department],
      ['location', location],
    ] as const)
      if (v && v.length > 200) report({ severity: 'error', code: 'value.tooLongText', row, column: head(f), value: short(v), message: `The ${FIELD_LABEL[f]} is ${v.length} characters; at most 200 are expected.` });
    const managerRaw = text(cells, 'managerId', row);
    const managerId = managerRaw === undefined ? undefined : managerRaw || null;

    // start date
    let startDate: string | undefined;
    const sdRaw = text(cells, 'startDate', row);
    if (sdRaw) {
      startDate = parseDate(typeof cells[col.startDate] === 'string' ? sdRaw : cells[col.startDate]);
      if (!startDate) report({ severity: 'error', code: 'date.invalid', row, column: head('startDate'), value: short(sdRaw), message: 'Not a valid date; expected dd-mm-yyyy, yyyy-mm-dd or an Excel date.' });
    }

    // contract
    let contractType: ContractType | undefined;
    const ctRaw = text(cells, 'contractType', row);
    if (ctRaw) {
      contractType = parseContract(ctRaw);
      if (!contractType) report({ severity: 'error', code: 'contract.unknown', row, column: head('contractType'), value: short(ctRaw), message: 'Unknown contract type; expected vast/permanent, tijdelijk/temporary, or uitzend/extern/outsourced.' });
    }

    // salary
    let salary: number | null | undefined;
    const salRaw = text(cells, 'salary', row);
    if (salRaw !== undefined) {
      if (!salRaw) salary = null;
      else {
        const v = parseNumber(typeof cells[col.salary] === 'number' ? cells[col.salary] : salRaw, decimalComma);
        if (v === undefined) report({ severity: 'error', code: 'salary.type', row, column: head('salary'), value: short(salRaw), message: 'The salary is not a number; expected gross annual euros (e.g. 45.000 or 45000,00), or leave it empty for the role default.' });
        else if (v < 0) report({ severity: 'error', code: 'salary.negative', row, column: head('salary'), value: salRaw, message: `Salary ${v} is negative; expected gross annual euros, 0 or more.` });
        else salary = v;
      }
    }

    // consent and demographics: stored only with a consent (this file's column, or a record already held).
    const consentRaw = text(cells, 'consent', row);
    let consent = false;
    if (consentRaw) {
      const c = parseYesNo(consentRaw);
      if (c === undefined) report({ severity: 'warning', code: 'consent.value', row, column: head('consent'), value: short(consentRaw), message: 'Consent value not understood (expected ja/yes/true or nee/no/false); treated as no consent.' });
      consent = c === true;
    }
    const newConsents: ('ageBand' | 'gender')[] = [];
    const demographic = <T>(f: 'ageBand' | 'gender', parse: (v: string) => T | undefined, expected: string): T | null | undefined => {
      const raw = text(cells, f, row);
      if (raw === undefined) return undefined;
      if (!raw) return null;
      const held = prev?.consents.has(f) === true;
      if (!consent && !held) {
        report({ severity: 'warning', code: 'demographic.noConsent', row, column: head(f), value: null, message: `A ${FIELD_LABEL[f]} is given without a recorded consent (a consent column with ja/yes, or a consent record); the value is dropped and not stored.` });
        return null;
      }
      const v = parse(raw);
      if (v === undefined) {
        report({ severity: 'warning', code: 'demographic.value', row, column: head(f), value: null, message: `Unknown ${FIELD_LABEL[f]}; expected ${expected}. The value is dropped.` });
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
            report({ severity: 'error', code: 'skill.format', row, column: head('skills'), value: short(item), message: 'Expected "skill:level" (a skill by English or Dutch name or id, then a level 0–5), separated by ";".' });
            continue;
          }
          const level = levelOf(item.slice(at + 1));
          if (level === undefined) {
            report({ severity: 'error', code: 'skill.level', row, column: head('skills'), value: short(item), message: `Unknown level "${item.slice(at + 1).trim()}"; expected a whole number from 0 to 5.` });
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
      weeklyHours: weeklyHours ?? (whRaw === undefined && prev ? prev.weeklyHours : Math.round(fte * HOURS_PER_FTE * 100) / 100),
      department: department ?? prev?.department ?? '',
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
      report({ severity: 'warning', code: 'date.missing', row, column: head('startDate'), value: '', message: `No start date; tenure is counted from the import date (${o.today}).` });
    }
    if (!roleCode) needsFallback.push(people.length);
    if (toReview || !roleCode) roleReview.push({ kind: 'role', row, id, value: titleText, bestGuess: roleCode, bestGuessTitle: match?.title ?? null, confidence: match?.confidence ?? 0, alternatives: match?.alternatives ?? [] });
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
      report({ severity: 'error', code: 'skills.header', row: longTable.rows[0]?.n ?? 1, column: null, value: null, message: 'The skills sheet needs the columns person (personeelsnummer), skill (vaardigheid) and level (niveau); source (bron) is optional.', table: longTable });
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
          if (!unknownPeople.has(pid)) report({ severity: 'warning', code: 'skills.unknownPerson', row, column: sheetHeaders[sc.person] ?? 'person', value: pid, message: `Skills for "${pid}", who is not on the people sheet (or has errors there); these rows are ignored.`, table: longTable });
          unknownPeople.add(pid);
          continue;
        }
        const level = levelOf(cells[sc.level] ?? undefined);
        if (level === undefined) {
          report({ severity: 'error', code: 'skill.level', row, column: sheetHeaders[sc.level] ?? 'level', value: cellText(cells[sc.level]), message: 'Unknown level; expected a whole number from 0 to 5.', table: longTable });
          continue;
        }
        let source: SkillSource = 'self';
        if (sc.source !== undefined) {
          const s = parseSkillSource(cellText(cells[sc.source]));
          if (!s) report({ severity: 'warning', code: 'skill.source', row, column: sheetHeaders[sc.source] ?? 'source', value: cellText(cells[sc.source]), message: 'Unknown source; expected self/zelf, manager/leidinggevende, learning/opleiding or inferred/afgeleid. Taken as self.', table: longTable });
          else source = s;
        }
        if (!raw) {
          report({ severity: 'error', code: 'required', row, column: sheetHeaders[sc.skill] ?? 'skill', value: '', message: 'The skill is empty.', table: longTable });
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
    }
  }

  // Managers must be people we know.
  const known = new Set(people.map((p) => p.emp.id));
  for (const m of managerRefs) {
    if (!known.has(m.manager) && !(o.existing.has(m.manager) && !o.replace)) report({ severity: 'warning', code: 'manager.unknown', row: m.row, column: head('managerId'), value: m.manager, message: `Manager "${m.manager}" is not in the file or among the stored people; the reference is kept as written.` });
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
  return { headerRow: headerRow.n, columns, people, removedIds, toReview: [...roleReview, ...skillReview.values()], problems, errorCount, warningCount, skillRows, skillsSource };
}

function emptyPlan(_h: number, headerRow: number, columns: ImportColumn[], problems: ImportProblem[], errorCount: number, warningCount: number): ImportPlan {
  return { headerRow, columns, people: [], removedIds: [], toReview: [], problems, errorCount, warningCount, skillRows: 0, skillsSource: null };
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
