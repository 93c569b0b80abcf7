/**
 * Versioned upgrades of stored and exported scenarios (as Excalidraw restores old scenes): each step
 * takes the plain JSON of one version to the next; validation (zod) happens after the last step, so a
 * damaged scenario is reported as damaged and never half-upgraded silently.
 *
 * Versions: 1 — attrition as two rates (levers.attritionCustomerService, levers.attritionOther);
 * 2 — attrition per role family × contract type with fixed-term renewals (levers.attrition).
 */
import { ATTRITION_FALLBACK } from './attrition';

export const SCENARIO_VERSION = 2;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The version of an unversioned scenario (a database row) read from its shape. */
export function detectScenarioVersion(raw: unknown): number {
  if (isObject(raw) && isObject(raw.levers) && ('attritionCustomerService' in raw.levers || 'attritionOther' in raw.levers)) return 1;
  return SCENARIO_VERSION;
}

/**
 * v1 → v2: contact-centre agents keep the customer-service rate, their outsourced colleagues get at
 * least the cited outsourced rate (EVIDENCE J), every other family keeps the "other roles" rate, and
 * half of the ending fixed-term contracts are renewed (the labelled default).
 */
function v1to2(s: Json): Json {
  if (!isObject(s.levers)) return s;
  const { attritionCustomerService: cs, attritionOther: other, ...levers } = s.levers;
  // Non-numbers are passed on as they are, so the schema names the broken field.
  const flat = (v: unknown) => ({ permanent: v, temporary: v, outsourced: v });
  const outsourced = typeof cs === 'number' ? Math.max(cs, ATTRITION_FALLBACK.outsourcedContactCentre) : cs;
  return {
    ...s,
    levers: {
      ...levers,
      attrition: {
        rates: { customerContact: { permanent: cs, temporary: cs, outsourced }, backOffice: flat(other), leadership: flat(other), professional: flat(other) },
        fixedTermRenewal: ATTRITION_FALLBACK.fixedTermRenewal,
      },
    },
  };
}

const STEPS: Record<number, (s: Json) => Json> = { 1: v1to2 };

/**
 * Upgrades plain scenario JSON from `fromVersion` to SCENARIO_VERSION.
 * @returns the upgraded JSON (not yet validated) and the version it came from when it changed
 * @throws Error with a specific message for a version newer than this app or one it cannot upgrade
 */
export function upgradeScenario(raw: unknown, fromVersion: number): { value: unknown; upgradedFrom: number | null } {
  if (fromVersion > SCENARIO_VERSION) throw new Error(`it was made by a newer Overstap (scenario version ${fromVersion}; this version reads up to ${SCENARIO_VERSION})`);
  if (!isObject(raw)) return { value: raw, upgradedFrom: null };
  let value: Json = raw;
  for (let v = fromVersion; v < SCENARIO_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`scenario version ${v} cannot be upgraded`);
    value = step(value);
  }
  return { value, upgradedFrom: fromVersion < SCENARIO_VERSION ? fromVersion : null };
}
