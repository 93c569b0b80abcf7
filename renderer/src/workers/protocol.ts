/**
 * Messages between the renderer and the model worker (interactive scenario recomputes, docs/STYLE.md).
 * Owns: the message shapes only.
 */
import type { ScenarioInput, ScenarioResult } from '../../../shared/domain/modelTypes';
import type { Scenario } from '../../../shared/domain/scenario';

export type ToWorker =
  /** The model's inputs (once per scenario opened in the editor); `key` names them. */
  | { type: 'init'; key: string; input: ScenarioInput }
  /** Recompute with this draft scenario; `rev` grows with every change. */
  | { type: 'run'; key: string; rev: number; scenario: Scenario };

export type FromWorker =
  | { type: 'result'; key: string; rev: number; result: ScenarioResult; ms: number }
  | { type: 'error'; key: string; rev: number; message: string };
