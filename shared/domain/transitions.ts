/**
 * Transition rules (PRODUCT.md point 6): viable, desirable, safer. Owns: the three predicates and
 * their explanation. Pure; thresholds come from the scenario's TransitionRules.
 */
import { explain, type Explanation } from './explain';
import type { TransitionRules } from './scenario';
import type { TransitionFlags } from './reskillTypes';

/**
 * Viable: |job-zone difference| ≤ maxJobZoneDistance, and (fit ≥ minFit, or the gap can be closed
 * with the catalogue in ≤ maxWeeksToReady weeks). An incomplete path (a gap no module closes) never
 * counts as "ready in time".
 */
export function isViable(fromJobZone: number, toJobZone: number, fit: number, weeks: number, complete: boolean, rules: TransitionRules): boolean {
  if (Math.abs(toJobZone - fromJobZone) > rules.maxJobZoneDistance) return false;
  return fit >= rules.minFit || (complete && weeks <= rules.maxWeeksToReady);
}

/**
 * Desirable: target job zone ≥ current, and target salary ≥ current salary × (1 − wageTolerance).
 * The current salary is the person's own when known (a move is judged by what the person earns),
 * else the current role's default. Salaries in euros a year.
 */
export function isDesirable(fromJobZone: number, toJobZone: number, fromSalary: number, toSalary: number, rules: TransitionRules): boolean {
  return toJobZone >= fromJobZone && toSalary >= fromSalary * (1 - rules.wageTolerance);
}

/**
 * Safer: the target's demand index at the horizon is strictly higher than the current role's. The
 * index is computed by the impact model; a missing (undefined/NaN) value is never safer.
 */
export function isSafer(fromDemand: number | undefined, toDemand: number | undefined): boolean {
  return fromDemand !== undefined && toDemand !== undefined && toDemand > fromDemand;
}

export interface TransitionInput {
  fromJobZone: number;
  toJobZone: number;
  fromSalary: number;
  toSalary: number;
  fit: number;
  weeks: number;
  complete: boolean;
  fromDemand: number | undefined;
  toDemand: number | undefined;
}

/** All three flags with one explanation each (thresholds shown as inputs, since they are editable). */
export function transitionFlags(t: TransitionInput, rules: TransitionRules): TransitionFlags & { explain: Record<keyof TransitionFlags, Explanation> } {
  const viable = isViable(t.fromJobZone, t.toJobZone, t.fit, t.weeks, t.complete, rules);
  const desirable = isDesirable(t.fromJobZone, t.toJobZone, t.fromSalary, t.toSalary, rules);
  const safer = isSafer(t.fromDemand, t.toDemand);
  return {
    viable,
    desirable,
    safer,
    explain: {
      viable: explain('reskill.viable', viable, [
        { name: 'input.jobZoneDistance', value: Math.abs(t.toJobZone - t.fromJobZone), unit: 'count' },
        { name: 'input.maxJobZoneDistance', value: rules.maxJobZoneDistance, unit: 'count', isAssumption: true },
        { name: 'input.fit', value: t.fit, unit: 'share' },
        { name: 'input.minFit', value: rules.minFit, unit: 'share', isAssumption: true },
        { name: 'input.weeksToReady', value: t.complete ? t.weeks : null, unit: 'weeks' },
        { name: 'input.maxWeeksToReady', value: rules.maxWeeksToReady, unit: 'weeks', isAssumption: true },
      ]),
      desirable: explain('reskill.desirable', desirable, [
        { name: 'input.fromJobZone', value: t.fromJobZone },
        { name: 'input.toJobZone', value: t.toJobZone },
        { name: 'input.fromSalary', value: t.fromSalary, unit: 'eur' },
        { name: 'input.toSalary', value: t.toSalary, unit: 'eur' },
        { name: 'input.wageTolerance', value: rules.wageTolerance, unit: 'share', isAssumption: true },
      ]),
      safer: explain('reskill.safer', safer, [
        { name: 'input.fromDemandIndex', value: t.fromDemand ?? null, unit: 'rate' },
        { name: 'input.toDemandIndex', value: t.toDemand ?? null, unit: 'rate' },
      ]),
    },
  };
}
