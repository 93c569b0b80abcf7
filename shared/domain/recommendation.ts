/**
 * Recommendation after the assignment to openings (issue 12.5): openings drive the recommendation. Pure.
 *
 * The ranking stays as it is; this only picks which ranked path is recommended and flags it.
 * - A person assigned to an opening is recommended that role.
 * - Anyone else: the first viable ranked path whose role still has an opening left after the assignment;
 *   failing that the top path, flagged `noOpeningLeft` when its role had openings that the assignment
 *   used up (a role with no openings in the scenario at all keeps its own "no openings" label).
 */

interface RecommendationPath {
  roleCode: string;
  viable: boolean;
}

interface Recommendation {
  /** Index into the person's ranked paths; -1 when the person has no path (or is assigned outside them). */
  index: number;
  roleCode: string | null;
  assigned: boolean;
  /** The role had openings in the scenario and the assignment took them all. */
  noOpeningLeft: boolean;
}

interface RecommendationInput {
  /** Ranked paths, best first. */
  paths: ReadonlyArray<RecommendationPath>;
  /** The role this person was assigned to, or null. */
  assignedRole: string | null;
  /** Openings per role in the scenario. */
  openings: Readonly<Record<string, number>>;
  /** Openings left per role after the assignment (absent = 0). */
  openingsLeft: Readonly<Record<string, number>>;
}

export function recommend(input: RecommendationInput): Recommendation {
  const { paths, assignedRole, openings, openingsLeft } = input;
  if (assignedRole !== null) {
    return { index: paths.findIndex((p) => p.roleCode === assignedRole), roleCode: assignedRole, assigned: true, noOpeningLeft: false };
  }
  const left = (code: string): number => openingsLeft[code] ?? 0;
  const exhausted = (code: string): boolean => (openings[code] ?? 0) > 0 && left(code) <= 0;
  const open = paths.findIndex((p) => p.viable && left(p.roleCode) > 0);
  const index = open >= 0 ? open : paths.length > 0 ? 0 : -1;
  if (index < 0) return { index, roleCode: null, assigned: false, noOpeningLeft: false };
  const roleCode = paths[index].roleCode;
  return { index, roleCode, assigned: false, noOpeningLeft: exhausted(roleCode) };
}

/** Openings left per role, as a record, from the assignment's list (roles absent have none left). */
export function openingsLeftRecord(list: ReadonlyArray<{ roleCode: string; count: number }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of list) out[o.roleCode] = (out[o.roleCode] ?? 0) + o.count;
  return out;
}
