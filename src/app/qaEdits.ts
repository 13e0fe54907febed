/** The QA API's edits that a person makes with sliders, colour pickers and the undo/redo buttons. */
import { clampToControl } from '../core/bodyControls';
import { isHexColour } from '../core/colour';
import { whenStageRendered } from '../scene/stageProbe';
import { avatarStore, undoLimit } from '../state';

export interface HistoryStats {
  /** Steps Undo can take back. */
  undoSteps: number;
  /** Steps Redo can replay. */
  redoSteps: number;
  /** The most undo steps kept (older ones are dropped). */
  limit: number;
}

/** Moves a body or face control as its slider does (clamped to its range); one undo step. */
export async function setBodyValue(control: string, value: number): Promise<void> {
  const state = avatarStore.getState();
  const definition = state.bodyControls.find((candidate) => candidate.id === control);
  if (!definition) throw new Error(`There is no body control "${control}", or the shape data has not arrived yet.`);
  if (!Number.isFinite(value)) throw new Error(`A body control takes a finite number, not ${String(value)}.`);
  state.setBodyValue(control, clampToControl(definition, value));
  return whenStageRendered();
}

/** Sets a colour as the colour picker does; one undo step. */
export async function setColour(key: string, hex: string): Promise<void> {
  if (!isHexColour(hex)) throw new Error(`"${hex}" is not a colour like #a1b2c3.`);
  avatarStore.getState().setColour(key, hex);
  return whenStageRendered();
}

export function undo(): Promise<void> {
  avatarStore.temporal.getState().undo();
  return whenStageRendered();
}

export function redo(): Promise<void> {
  avatarStore.temporal.getState().redo();
  return whenStageRendered();
}

export function historyStats(): HistoryStats {
  const { pastStates, futureStates } = avatarStore.temporal.getState();
  return { undoSteps: pastStates.length, redoSteps: futureStates.length, limit: undoLimit };
}
