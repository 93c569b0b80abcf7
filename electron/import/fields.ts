/**
 * Header names in Dutch and English → import fields, and the header row itself: exports often put
 * a title, a date or merged banner rows above it, so the row that names the most fields wins.
 */
import type { ImportColumn, ImportField } from '../../shared/api/import-dto';
import { FuzzyIndex, normalise } from './match';
import type { CellValue } from './xlsx';
import { cellText } from './values';

const SYNONYMS: Record<Exclude<ImportField, 'ignore'>, string[]> = {
  id: ['id', 'personeelsnummer', 'personeelsnr', 'pers nr', 'persnr', 'personeels id', 'medewerkernummer', 'medewerker id', 'medewerkersnummer', 'werknemersnummer', 'werknemer id', 'employee id', 'employee number', 'employee no', 'emp id', 'staff id', 'staff number', 'person id', 'personnel number', 'worker id', 'nummer', 'registratienummer'],
  name: ['naam', 'name', 'volledige naam', 'full name', 'employee name', 'naam medewerker', 'medewerker', 'display name', 'weergavenaam', 'roepnaam', 'worker name'],
  title: ['functie', 'functienaam', 'functietitel', 'functieomschrijving', 'job title', 'title', 'job', 'position', 'positie', 'function', 'role', 'rol', 'job name', 'position title', 'business title', 'functie titel'],
  roleCode: ['role code', 'rolcode', 'rol code', 'functiecode', 'job code', 'onet code', 'o net code', 'soc code', 'onet soc code', 'beroepscode'],
  fte: ['fte', 'deeltijdfactor', 'part time factor', 'fte factor', 'parttime factor', 'werktijdfactor', 'formatieplaats', 'formatie'],
  weeklyHours: ['uren per week', 'uren week', 'weekly hours', 'hours per week', 'contracturen', 'contract hours', 'uren', 'hours', 'arbeidsduur', 'werkuren per week', 'standard hours', 'contracturen per week'],
  partTimePercent: ['deeltijdpercentage', 'deeltijd percentage', 'deeltijd', 'parttime percentage', 'part time percentage', 'part time', 'parttimepercentage', 'fte percentage', 'werktijdpercentage', 'percentage dienstverband', 'dienstverband percentage', 'betrekkingsomvang', 'omvang dienstverband', 'employment percentage', 'work percentage'],
  department: ['afdeling', 'department', 'dept', 'organisatie eenheid', 'organisatieonderdeel', 'org unit', 'organisational unit', 'organizational unit', 'business unit', 'cost center', 'kostenplaats'],
  team: ['team', 'teamnaam', 'team naam', 'team name', 'werkgroep', 'squad'],
  location: ['locatie', 'location', 'vestiging', 'standplaats', 'site', 'office', 'kantoor', 'werklocatie', 'work location', 'plaats'],
  managerId: ['manager', 'manager id', 'leidinggevende', 'leidinggevende id', 'id leidinggevende', 'manager nummer', 'personeelsnummer leidinggevende', 'manager personeelsnummer', 'reports to', 'supervisor', 'supervisor id', 'line manager', 'manager employee id'],
  startDate: ['startdatum', 'in dienst', 'datum in dienst', 'indienst', 'in dienst sinds', 'indienstdatum', 'start date', 'hire date', 'date of hire', 'begindatum', 'startdatum dienstverband', 'employment start', 'employment start date', 'original hire date', 'datum indiensttreding'],
  contractType: ['contract', 'contractsoort', 'soort contract', 'contract type', 'type contract', 'contractvorm', 'dienstverband', 'soort dienstverband', 'employment type', 'arbeidsrelatie', 'worker type'],
  salary: ['salaris', 'bruto jaarsalaris', 'jaarsalaris', 'salary', 'annual salary', 'gross salary', 'gross annual salary', 'bruto salaris', 'base salary', 'loon', 'jaarloon', 'bruto jaarloon'],
  ageBand: ['leeftijdscategorie', 'leeftijdsklasse', 'leeftijdsgroep', 'leeftijd', 'age band', 'age group', 'age category', 'age', 'age range'],
  gender: ['geslacht', 'gender', 'sex', 'gender identity'],
  consent: ['toestemming', 'consent', 'toestemming demografie', 'toestemming demografische gegevens', 'consent demographics', 'demographic consent', 'toestemming fairness audit', 'consent given'],
  skills: ['skills', 'vaardigheden', 'competenties', 'competencies', 'skill levels', 'skill', 'vaardigheid', 'skills en niveaus'],
};

/** Headers of the long-format skills sheet or file. */
type SkillSheetField = 'person' | 'skill' | 'level' | 'source';
const SKILL_SHEET_SYNONYMS: Record<SkillSheetField, string[]> = {
  person: ['person', 'persoon', 'personeelsnummer', 'employee', 'employee id', 'medewerker', 'medewerker id', 'id', 'person id', 'werknemer'],
  skill: ['skill', 'vaardigheid', 'competentie', 'competency', 'skill name', 'skill id'],
  level: ['level', 'niveau', 'proficiency', 'score', 'beheersing'],
  source: ['source', 'bron', 'herkomst', 'assessed by', 'beoordeeld door'],
};

/** Below this a header is left unrecognised (the planner maps it, or it is ignored). */
const HEADER_THRESHOLD = 0.72;

function buildIndex<F extends string>(syn: Record<F, string[]>): FuzzyIndex<F> {
  const idx = new FuzzyIndex<F>();
  for (const [field, names] of Object.entries(syn) as [F, string[]][]) for (const n of names) idx.add(n, field);
  return idx;
}
const PEOPLE_INDEX = buildIndex(SYNONYMS);
const SKILL_INDEX = buildIndex(SKILL_SHEET_SYNONYMS);

function recogniseWith<F extends string>(idx: FuzzyIndex<F>, header: string): { field: F | null; confidence: number } {
  const exact = idx.exactMatches(header);
  if (exact.length > 0) return { field: exact[0]!, confidence: 1 };
  const hit = idx.fuzzy(header, 1)[0];
  if (hit && hit.score >= HEADER_THRESHOLD) return { field: hit.value, confidence: Math.round(hit.score * 100) / 100 };
  return { field: null, confidence: 0 };
}

export const recogniseHeader = (header: string) => recogniseWith(PEOPLE_INDEX, header);

/**
 * Columns of a header row. A mapping entry decides its column outright; otherwise recognition, and
 * when two columns look like the same field the more certain one gets it (the other is reported).
 */
export function resolveColumns(headers: string[], mapping: Record<string, string> | undefined): { columns: ImportColumn[]; clashes: { header: string; field: ImportField; winner: string }[] } {
  const mapped = new Map<string, ImportField>();
  if (mapping) for (const [h, f] of Object.entries(mapping)) mapped.set(normalise(h), f as ImportField);
  const columns: ImportColumn[] = headers.map((header, index) => {
    const m = mapped.get(normalise(header));
    if (m) return { header, index, field: m, confidence: 1, by: 'mapping' };
    if (!header) return { header, index, field: null, confidence: 0, by: 'none' };
    const r = recogniseHeader(header);
    return { header, index, field: r.field, confidence: r.confidence, by: r.field ? 'recognised' : 'none' };
  });
  const clashes: { header: string; field: ImportField; winner: string }[] = [];
  const taken = new Map<ImportField, ImportColumn>();
  const order = [...columns].sort((a, b) => (a.by === 'mapping' ? 0 : 1) - (b.by === 'mapping' ? 0 : 1) || b.confidence - a.confidence || a.index - b.index);
  for (const c of order) {
    if (!c.field || c.field === 'ignore') continue;
    const winner = taken.get(c.field);
    if (winner) {
      clashes.push({ header: c.header, field: c.field, winner: winner.header });
      c.field = null;
      c.confidence = 0;
      c.by = 'none';
    } else taken.set(c.field, c);
  }
  return { columns, clashes };
}

/** The skills sheet's columns: person, skill, level, source → column index. */
export function resolveSkillSheetColumns(headers: string[]): Partial<Record<SkillSheetField, number>> {
  const out: Partial<Record<SkillSheetField, number>> = {};
  headers.forEach((h, i) => {
    const r = recogniseWith(SKILL_INDEX, h);
    if (r.field && out[r.field] === undefined) out[r.field] = i;
  });
  return out;
}

/**
 * The header row: among the first 30 rows, the first with the most recognised (or mapped) headers.
 * Returns -1 when no row names at least two fields (or one, for a one-column file).
 */
export function findHeaderRow(rows: { cells: CellValue[] }[], mapping: Record<string, string> | undefined, kind: 'people' | 'skills' = 'people'): number {
  const mappedKeys = new Set(Object.keys(mapping ?? {}).map(normalise));
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < Math.min(rows.length, 30); i++) {
    const seen = new Set<string>();
    for (const c of rows[i]!.cells) {
      if (typeof c !== 'string') continue;
      const t = c.trim();
      if (!t || t.length > 100) continue;
      if (mappedKeys.has(normalise(t))) {
        seen.add(`m:${normalise(t)}`);
        continue;
      }
      const r = kind === 'people' ? recogniseHeader(t) : recogniseWith(SKILL_INDEX, t);
      if (r.field) seen.add(r.field);
    }
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = i;
    }
  }
  const width = rows[best]?.cells.length ?? 0;
  return bestScore >= 2 || (bestScore === 1 && width === 1) ? best : -1;
}

export const headerText = (c: CellValue | undefined): string => cellText(c).replace(/\s+/g, ' ');
