/**
 * Where the preview grid's cells go on its canvas and what each cell's camera shows. Every body stands at the
 * origin; each cell draws one of them through the same orthographic camera, so the six are compared at one scale.
 */

/** A region of the avatar's space (metres) every cell shows whole. */
export interface Frame {
  centreY: number;
  width: number;
  height: number;
}

export type Framing = 'body' | 'head';

/** Worn on the head: the grid frames the heads, lined up at one height (see HEAD_LINE_Y). */
const HEAD_SLOTS = new Set(['hair', 'beard', 'eyes', 'eyebrows', 'eyelashes', 'headwear', 'glasses']);

/** Height (metres) every face is lifted or lowered to when the grid frames heads. */
export const HEAD_LINE_Y = 1.6;

export const FRAMES: Record<Framing, Frame> = {
  // The tallest body (1.85 m) and the widest A-pose arms, with a margin.
  body: { centreY: 0.94, width: 1.3, height: 2.04 },
  // A face, long hair to the shoulders and a tall hat.
  head: { centreY: HEAD_LINE_Y + 0.02, width: 0.5, height: 0.62 },
};

export function framingFor(slot: string): Framing {
  return HEAD_SLOTS.has(slot) ? 'head' : 'body';
}

export interface GridLayout {
  columns: number;
  rows: number;
}

export interface CellRect {
  /** CSS pixels from the canvas's left and top edges. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Gap between cells (CSS pixels): the page shows through it as a divider. */
export const CELL_GAP = 4;

/** The columns × rows that show the frame largest on a canvas of this size (fewer rows on a tie, no empty column). */
export function gridLayout(width: number, height: number, count: number, frame: Frame): GridLayout {
  let best: GridLayout & { scale: number } = { columns: count, rows: 1, scale: -1 };
  for (let rows = 1; rows <= count; rows += 1) {
    const columns = Math.ceil(count / rows);
    const cellWidth = (width - CELL_GAP * (columns - 1)) / columns;
    const cellHeight = (height - CELL_GAP * (rows - 1)) / rows;
    const scale = Math.min(cellWidth / frame.width, cellHeight / frame.height);
    if (scale > best.scale + 1e-9) best = { columns, rows, scale };
  }
  return { columns: best.columns, rows: best.rows };
}

/** The cells of a layout, row by row from the top left. */
export function cellRects(width: number, height: number, layout: GridLayout, count: number): CellRect[] {
  const cellWidth = (width - CELL_GAP * (layout.columns - 1)) / layout.columns;
  const cellHeight = (height - CELL_GAP * (layout.rows - 1)) / layout.rows;
  return Array.from({ length: count }, (_, i) => ({
    x: (i % layout.columns) * (cellWidth + CELL_GAP),
    y: Math.floor(i / layout.columns) * (cellHeight + CELL_GAP),
    width: cellWidth,
    height: cellHeight,
  }));
}

/** An orthographic camera's half extents (metres, before zoom) that show the whole frame in a cell of this aspect. */
export function frustumFor(frame: Frame, aspect: number): { halfWidth: number; halfHeight: number } {
  const height = Math.max(frame.height, frame.width / aspect);
  return { halfWidth: (height * aspect) / 2, halfHeight: height / 2 };
}
