/**
 * Conservative smoothing of a sampled "how far out is the skin" field: every sample becomes the max of its
 * neighbours within 2 bins, then the mean of those within 1. The result is at least the raw value anywhere
 * between adjacent bin centres, so a surface built on it never dips under a sampled vertex.
 */

/** Bins that saw no vertex take the largest neighbouring value, until none is left empty. */
export function fillEmpty(values: number[], neighbours: (i: number) => number[]): number[] {
  if (values.every((v) => !Number.isFinite(v))) throw new Error('no body vertex fell in any bin');
  let filled = [...values];
  while (filled.some((v) => !Number.isFinite(v))) {
    filled = filled.map((v, i) => (Number.isFinite(v) ? v : Math.max(...neighbours(i).map((n) => filled[n]!))));
  }
  return filled;
}

/** Max over neighbours `reach` steps away, then mean over direct neighbours. */
export function envelope(values: readonly number[], neighbours: (i: number) => number[]): number[] {
  const grow = (source: readonly number[]): number[] => source.map((v, i) => Math.max(v, ...neighbours(i).map((n) => source[n]!)));
  const grown = grow(grow(values));
  return grown.map((v, i) => {
    const around = neighbours(i).map((n) => grown[n]!);
    return (v + around.reduce((sum, x) => sum + x, 0)) / (around.length + 1);
  });
}

/** Neighbours on a ring of `count` bins. */
export const ringNeighbours = (count: number) => (i: number): number[] => [(i + count - 1) % count, (i + 1) % count];

/** Neighbours (8-connected) on a grid that wraps across its columns and stops at its first and last rows. */
export function wrappedGridNeighbours(columns: number, rows: number): (i: number) => number[] {
  return (i) => {
    const [row, column] = [Math.floor(i / columns), i % columns];
    const out: number[] = [];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const r = row + dr;
        if ((dr === 0 && dc === 0) || r < 0 || r >= rows) continue;
        out.push(r * columns + ((column + dc + columns) % columns));
      }
    }
    return out;
  };
}

/** Neighbours along an open line of `count` samples. */
export const lineNeighbours = (count: number) => (i: number): number[] => [i - 1, i + 1].filter((n) => n >= 0 && n < count);
