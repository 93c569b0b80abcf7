/**
 * The employee-mode policy, declared once per contract method (issue 14.5 / 16.4). While the app is open
 * for one employee, a method is either refused, open to anyone (with organisation-wide fields withheld), or
 * scoped to that person: an input field must name them, and for an export only the kinds listed may be
 * asked for. Every door enforces it (electron/api/employeeModeGate.ts); test/security/employee-mode.test.ts
 * generates its cases from the contract, so a method without a policy fails the typecheck and the test.
 */

export type EmployeeModeRule =
  /** Not available in employee mode. */
  | { readonly allow: 'none' }
  /** Available; `withhold`: output fields (dot paths) that are organisation-wide, answered as null. */
  | { readonly allow: 'any'; readonly withhold?: readonly string[] }
  /**
   * Only about the person the app is open for: input field `key` must be their id. `only`: an input
   * field that must hold one of the listed values (the export kinds that are theirs). `withhold` as above.
   */
  | { readonly allow: 'self'; readonly key: string; readonly only?: { readonly field: string; readonly values: readonly string[] }; readonly withhold?: readonly string[] };

export const EMPLOYEE_MODE_NONE = { allow: 'none' } as const;

export const employeeModeAny = (withhold?: readonly string[]) => ({ allow: 'any' as const, ...(withhold ? { withhold } : {}) });

export const employeeModeSelf = (key: string, extra: { only?: { field: string; values: readonly string[] }; withhold?: readonly string[] } = {}) => ({ allow: 'self' as const, key, ...extra });

type EmployeeModeDecision = { allowed: true; withhold: readonly string[] } | { allowed: false; why: string };

/**
 * Decides one call: `employeeId` is the person the app is open for ('' when the stored mode is unreadable:
 * then only 'any' methods pass). Pure, so the renderer or a test can ask the same question.
 */
export function decideEmployeeMode(rule: EmployeeModeRule, input: unknown, employeeId: string): EmployeeModeDecision {
  if (rule.allow === 'none') return { allowed: false, why: 'not available in employee mode' };
  if (rule.allow === 'any') return { allowed: true, withhold: rule.withhold ?? [] };
  const fields = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  if (!employeeId || fields[rule.key] !== employeeId) return { allowed: false, why: `only about the employee this app is open for (${rule.key})` };
  if (rule.only && !rule.only.values.includes(fields[rule.only.field] as string)) {
    return { allowed: false, why: `only ${rule.only.values.join(', ')} in employee mode (${rule.only.field})` };
  }
  return { allowed: true, withhold: rule.withhold ?? [] };
}

/** Sets each withheld dot path of an output to null (a copy; the handler's value is not changed). */
export function withholdFields<T>(output: T, paths: readonly string[]): T {
  if (paths.length === 0 || !output || typeof output !== 'object') return output;
  const copy = JSON.parse(JSON.stringify(output)) as Record<string, unknown>;
  for (const p of paths) {
    const parts = p.split('.');
    let node: unknown = copy;
    for (const part of parts.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    const last = parts[parts.length - 1]!;
    if (node && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, last)) (node as Record<string, unknown>)[last] = null;
  }
  return copy as T;
}
