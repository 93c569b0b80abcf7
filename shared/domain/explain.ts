/**
 * Explanations are data: how a figure was made, as ids and values the renderer turns into words
 * in either language. Owns: the shape and small builders. Must not hold sentences.
 */

export interface ExplainInput {
  /** Message key of the input's name, e.g. "input.adoption". */
  name: string;
  value: number | string | boolean | null;
  /** "share", "hours", "fte", "eur", "year", "weeks", "count", "rate" … */
  unit?: string;
  /** Ids of Source entries (dataset.sources) behind this input. */
  sourceIds?: string[];
  /** Set when the value is a labelled assumption rather than data. */
  isAssumption?: boolean;
}

export interface ExplainOverride {
  /** What was overridden, e.g. "task:3224.automation" or "role:43-4051.00.growth". */
  what: string;
  from: number | string | null;
  to: number | string | null;
  reason: string;
}

export interface Explanation {
  /** Formula id; the renderer has a message "formula.<id>" in each language. */
  formula: string;
  /** The figure this explains, full precision. */
  value: number | string | boolean | null;
  inputs: ExplainInput[];
  sourceIds: string[];
  overrides: ExplainOverride[];
}

/** Builds an explanation, collecting the inputs' source ids into one de-duplicated, sorted list. */
export function explain(
  formula: string,
  value: Explanation['value'],
  inputs: ExplainInput[],
  overrides: ExplainOverride[] = [],
  extraSourceIds: string[] = [],
): Explanation {
  const ids = new Set<string>(extraSourceIds);
  for (const input of inputs) for (const id of input.sourceIds ?? []) ids.add(id);
  return { formula, value, inputs, sourceIds: [...ids].sort(), overrides };
}
