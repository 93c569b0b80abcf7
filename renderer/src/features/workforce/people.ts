/**
 * The people list's filtering and sorting: pure, so 100,000 rows stay a matter of one pass and one sort.
 */
import type { EmployeeListItem } from '../../../../shared/api/dto';

export type SortKey = 'id' | 'name' | 'roleTitle' | 'department' | 'location' | 'fte' | 'contractType' | 'status';
export type SortDir = 'asc' | 'desc';
type StatusFilter = 'all' | 'review' | 'objection' | 'clear';

export interface PeopleFilter {
  text: string;
  department: string;
  role: string;
  status: StatusFilter;
}

export const NO_FILTER: PeopleFilter = { text: '', department: '', role: '', status: 'all' };

export function isFiltered(f: PeopleFilter): boolean {
  return f.text.trim() !== '' || f.department !== '' || f.role !== '' || f.status !== 'all';
}

export function filterPeople(people: readonly EmployeeListItem[], f: PeopleFilter): EmployeeListItem[] {
  const needle = f.text.trim().toLowerCase();
  return people.filter((p) => {
    if (f.department && p.department !== f.department) return false;
    if (f.role && p.role !== f.role) return false;
    if (f.status === 'review' && !p.roleToReview) return false;
    if (f.status === 'objection' && !p.objection) return false;
    if (f.status === 'clear' && (p.roleToReview || p.objection)) return false;
    if (!needle) return true;
    return (
      p.id.toLowerCase().includes(needle) ||
      (p.name ?? '').toLowerCase().includes(needle) ||
      p.roleTitle.toLowerCase().includes(needle) ||
      p.location.toLowerCase().includes(needle) ||
      p.department.toLowerCase().includes(needle)
    );
  });
}

/** 2 objection, 1 role to review, 0 neither: people who need attention sort together. */
function statusRank(p: EmployeeListItem): number {
  return p.objection ? 2 : p.roleToReview ? 1 : 0;
}

export function sortPeople(people: readonly EmployeeListItem[], key: SortKey, dir: SortDir, locale: string): EmployeeListItem[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = dir === 'asc' ? 1 : -1;
  const text = (p: EmployeeListItem): string =>
    key === 'name' ? p.name ?? p.id : key === 'roleTitle' ? p.roleTitle : key === 'department' ? p.department : key === 'location' ? p.location : key === 'contractType' ? p.contractType : p.id;
  const out = people.slice();
  out.sort((a, b) => {
    let c: number;
    if (key === 'fte') c = a.fte - b.fte;
    else if (key === 'status') c = statusRank(a) - statusRank(b);
    else c = collator.compare(text(a), text(b));
    // The id breaks ties, always ascending, so equal rows keep one stable order.
    return c !== 0 ? c * sign : collator.compare(a.id, b.id);
  });
  return out;
}

/** Unique values of a column, sorted for a select. */
export function uniqueDepartments(people: readonly EmployeeListItem[], locale: string): string[] {
  return [...new Set(people.map((p) => p.department))].sort(new Intl.Collator(locale).compare);
}

export function uniqueRoles(people: readonly EmployeeListItem[], locale: string): { code: string; title: string }[] {
  const map = new Map<string, string>();
  for (const p of people) if (!map.has(p.role)) map.set(p.role, p.roleTitle);
  const collator = new Intl.Collator(locale);
  return [...map].map(([code, title]) => ({ code, title })).sort((a, b) => collator.compare(a.title, b.title));
}
