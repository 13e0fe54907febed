/**
 * What the preview grid reports about itself: for its dialog (status, layout, statistics), for the QA API and the
 * benchmark (frames, renderer counters, what was left after closing). A plain store outside React: the scene
 * writes it, the app and the QA API read it.
 */
import { createStore } from 'zustand/vanilla';
import type { ItemStats } from '../../core/itemInspection';
import type { Inspection } from '../../core/itemInspection';
import type { GridLayout } from './gridLayout';

export interface RendererCounters {
  drawCalls: number;
  triangles: number;
  /** Wireframes, skeletons and boxes are drawn as lines. */
  lines: number;
  /** GPU resources the grid's renderer holds. */
  geometries: number;
  textures: number;
  programs: number;
}

export interface GridReport {
  /** The previewed item, or null when the grid is closed. */
  item: string | null;
  /** loading → ready (avatars built) → shown (a frame drew them); broken when the item cannot be shown. */
  status: 'closed' | 'loading' | 'ready' | 'shown' | 'broken';
  /** Why the item cannot be shown (status broken). */
  reason: string | null;
  bodies: number;
  /** Bodies that wear the item (all of them once it is shown). */
  bodiesWearing: number;
  itemStats: ItemStats | null;
  /** The inspection helpers the avatars show now. */
  inspection: Inspection | null;
  layout: GridLayout;
  /** Counters of the last frame: draw calls, triangles and lines of all six cells. */
  frame: RendererCounters;
  /** The renderer's resources right after the last grid's avatars were freed: all 0 when nothing leaked. */
  leftAfterClose: Pick<RendererCounters, 'geometries' | 'textures' | 'programs'> | null;
}

const NO_FRAME: RendererCounters = { drawCalls: 0, triangles: 0, lines: 0, geometries: 0, textures: 0, programs: 0 };

export const gridReport = createStore<GridReport>()(() => ({
  item: null,
  status: 'closed',
  reason: null,
  bodies: 0,
  bodiesWearing: 0,
  itemStats: null,
  inspection: null,
  layout: { columns: 0, rows: 0 },
  frame: NO_FRAME,
  leftAfterClose: null,
}));

/** A new grid opens for an item: everything but the last leak report starts afresh. */
export function gridOpened(item: string, bodies: number): void {
  gridReport.setState({ item, status: 'loading', reason: null, bodies, bodiesWearing: 0, itemStats: null, inspection: null, frame: NO_FRAME });
}

/** The grid's avatars were freed: what its renderer still holds is the leak check. */
export function gridClosed(left: GridReport['leftAfterClose']): void {
  gridReport.setState({ item: null, status: 'closed', bodiesWearing: 0, inspection: null, leftAfterClose: left });
}

/** Resolves once a frame shows `item` on every body; rejects with the reason when it cannot be shown. */
export function whenGridShown(item: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = ({ item: shown, status, reason }: GridReport) => {
      if (shown !== item) return false;
      if (status === 'shown') resolve();
      else if (status === 'broken') reject(new Error(reason ?? `${item} cannot be shown`));
      else return false;
      return true;
    };
    if (check(gridReport.getState())) return;
    const unsubscribe = gridReport.subscribe((state) => check(state) && unsubscribe());
  });
}

/** Resolves once the grid is closed and its avatars are freed. */
export function whenGridClosed(): Promise<void> {
  return new Promise((resolve) => {
    if (gridReport.getState().status === 'closed') return resolve();
    const unsubscribe = gridReport.subscribe(({ status }) => {
      if (status !== 'closed') return;
      unsubscribe();
      resolve();
    });
  });
}

/** The grid's report for the QA API: where it is, what it drew in its last frame, and the last leak check. */
export type PreviewGridStats = Omit<GridReport, 'frame'> & RendererCounters & { open: boolean };

export function previewGridStats(): PreviewGridStats {
  const { frame, ...report } = gridReport.getState();
  return { ...report, ...frame, open: report.status !== 'closed' };
}
