import { describe, expect, it } from 'vitest';
import { CELL_GAP, cellRects, FRAMES, framingFor, frustumFor, gridLayout } from './gridLayout';

describe('the preview grid layout', () => {
  it('puts six full bodies in one row on a wide canvas and in two rows on a squarer one', () => {
    expect(gridLayout(1800, 500, 6, FRAMES.body)).toEqual({ columns: 6, rows: 1 });
    expect(gridLayout(900, 700, 6, FRAMES.body)).toEqual({ columns: 3, rows: 2 });
    expect(gridLayout(400, 900, 6, FRAMES.body)).toEqual({ columns: 2, rows: 3 });
  });

  it('frames heads for items worn on the head, bodies otherwise', () => {
    expect(['headwear', 'hair', 'glasses'].map(framingFor)).toEqual(['head', 'head', 'head']);
    expect(['top', 'outfit', 'footwear', 'accessory'].map(framingFor)).toEqual(['body', 'body', 'body', 'body']);
  });

  it('tiles the canvas row by row, with a gap between cells', () => {
    const rects = cellRects(604, 404, { columns: 3, rows: 2 }, 6);
    expect(rects[0]).toEqual({ x: 0, y: 0, width: (604 - 2 * CELL_GAP) / 3, height: 200 });
    expect(rects[4]).toMatchObject({ y: 200 + CELL_GAP });
    const last = rects[5]!;
    expect(last.x + last.width).toBeCloseTo(604);
    expect(last.y + last.height).toBeCloseTo(404);
  });

  it('shows the whole frame whatever the cell’s shape', () => {
    const frame = FRAMES.body;
    for (const aspect of [0.2, 0.55, 1, 3]) {
      const { halfWidth, halfHeight } = frustumFor(frame, aspect);
      expect(halfWidth * 2).toBeGreaterThanOrEqual(frame.width - 1e-9);
      expect(halfHeight * 2).toBeGreaterThanOrEqual(frame.height - 1e-9);
      expect(halfWidth / halfHeight).toBeCloseTo(aspect);
    }
  });
});
