/**
 * Transition rules (model point 6): viable, desirable, safer. Owns: the three predicates, the
 * reasons a move is not viable, and their explanation. Pure; thresholds come from the scenario's TransitionRules.
 */
import { explain, type Explanation } from './explain';
import type { TransitionRules } from './scenario';
import type { TransitionFlags } from './reskillTypes';

/** Why a move is not viable: each rule it fails. */
export type ViabilityBlock = 'jobZone' | 'incomplete' | 'horizon' | 'fit';

/**
 * The rules a move fails (empty = viable). Viable needs all of: the job-zone step is at most
 * maxJobZoneDistance (Nesta's Mapping Career Causeways uses 1); the catalogue closes every gap
 * (complete); the learning fits the horizon (weeks to ready ≤ maxWeeksToReady at the scenario's
 * weekly learning hours); and fit ≥ minFit, so a short path into a job the person barely resembles
 * is not called viable. A path that does not fit the horizon is never viable, whatever the fit.
 */
export function viabilityBlocks(fromJobZone: number, toJobZone: number, fit: number, weeks: number, complete: boolean, rules: TransitionRules): ViabilityBlock[] {
  const out: ViabilityBlock[] = [];
  if (!(Math.abs(toJobZone - fromJobZone) <= rules.maxJobZoneDistance)) out.push('jobZone');
  if (!complete) out.push('incomplete');
  else if (!(weeks <= rules.maxWeeksToReady)) out.push('horizon');
  if (!(fit >= rules.minFit)) out.push('fit');
  return out;
}

/** Viable: no rule of viabilityBlocks fails. Comparisons are written so NaN fails them. */
export function isViable(fromJobZone: number, toJobZone: number, fit: number, weeks: number, complete: boolean, rules: TransitionRules): boolean {
  return Math.abs(toJobZone - fromJobZone) <= rules.maxJobZoneDistance && complete && weeks <= rules.maxWeeksToReady && fit >= rules.minFit;
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

interface TransitionInput {
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
export function transitionFlags(
  t: TransitionInput,
  rules: TransitionRules,
): TransitionFlags & { blocks: ViabilityBlock[]; explain: Record<keyof TransitionFlags, Explanation> } {
  const blocks = viabilityBlocks(t.fromJobZone, t.toJobZone, t.fit, t.weeks, t.complete, rules);
  const viable = blocks.length === 0;
  const desirable = isDesirable(t.fromJobZone, t.toJobZone, t.fromSalary, t.toSalary, rules);
  const safer = isSafer(t.fromDemand, t.toDemand);
  return {
    viable,
    desirable,
    safer,
    blocks,
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
