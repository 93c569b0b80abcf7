/** The shared explanation button (features/explain): formula, inputs, sources and overrides in the side panel. */
export { ExplainButton } from '../explain/ExplainPanel';
