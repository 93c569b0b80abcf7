/**
 * Review helpers shared by the role and skill reviews: the suggestions to offer and the choice maps.
 */
import type { MatchReason } from '../../../../shared/api/import-dto';

export interface Suggestion {
  code: string;
  title: string;
  confidence: number;
  reason?: MatchReason;
}

/** The best guess first, then the other candidates the matcher found (roles or skills alike). */
export function suggestionsOf(x: { bestGuess: string | null; bestGuessTitle?: string | null; confidence: number; reason?: MatchReason; alternatives: Suggestion[] }): Suggestion[] {
  return [...(x.bestGuess ? [{ code: x.bestGuess, title: x.bestGuessTitle ?? x.bestGuess, confidence: x.confidence, ...(x.reason ? { reason: x.reason } : {}) }] : []), ...x.alternatives.filter((a) => a.code !== x.bestGuess)];
}

export function withChoice(c: Record<string, string>, key: string, code: string): Record<string, string> {
  const next = { ...c };
  if (code) next[key] = code;
  else delete next[key];
  return next;
}

export function withSkillChoice(c: Record<string, string | null>, value: string, id: string): Record<string, string | null> {
  const next = { ...c };
  if (id === '') delete next[value];
  else next[value] = id;
  return next;
}
