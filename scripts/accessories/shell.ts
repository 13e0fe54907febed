/** Shells on the head (crowns of caps and hats) and thin sheets given a thickness (visors, brims). */
import type { HeadField } from './headField';
import { gridSurface, mergeSurfaces, type Surface } from './surface';
import { addScaled, centroid, dot, sub, type Vec3 } from './vec';

/**
 * Rows of points over the head from a rim up to the crown: `extra` metres outside the skin at each direction.
 * The last row is the single top point, repeated (the grid closes over it).
 */
export function crownRows(field: HeadField, rim: (azimuth: number) => number, extra: (azimuth: number, elevation: number) => number, columns: number, rows: number): Vec3[][] {
  const azimuths = Array.from({ length: columns }, (_, j) => (2 * Math.PI * j) / columns);
  const grid = Array.from({ length: rows }, (_, i) =>
    azimuths.map((a) => {
      const elevation = rim(a) + (Math.PI / 2 - rim(a)) * (i / rows);
      return field.pointAt(a, elevation, extra(a, elevation));
    }),
  );
  const top = centroid(azimuths.map((a) => field.pointAt(a, Math.PI / 2, extra(a, Math.PI / 2))));
  return [...grid, azimuths.map(() => top)];
}

/** A sheet through `rows` made solid: the grid, a copy `thickness` out along its normals, and the edges between. */
export function thicken(rows: Vec3[][], thickness: number, wrap: boolean): Surface {
  const inner = gridSurface(rows, { wrap, flip: true });
  const columns = rows[0]!.length;
  const normalAt = (i: number, j: number): Vec3 => {
    const v = (i * columns + j) * 3;
    return [-inner.normals[v]!, -inner.normals[v + 1]!, -inner.normals[v + 2]!];
  };
  const outerRows = rows.map((row, i) => row.map((p, j) => addScaled(p, normalAt(i, j), thickness)));
  const middle = centroid(rows.flat());
  const strips = [0, rows.length - 1].map((i) => edgeStrip(rows[i]!, outerRows[i]!, middle, wrap));
  if (!wrap) {
    const column = (grid: Vec3[][], j: number): Vec3[] => grid.map((row) => row[j]!);
    strips.push(...[0, columns - 1].map((j) => edgeStrip(column(rows, j), column(outerRows, j), middle, false)));
  }
  return mergeSurfaces([inner, gridSurface(outerRows, { wrap }), ...strips]);
}

/** The band joining an inner edge to its outer copy, facing away from the sheet's middle. */
function edgeStrip(inner: Vec3[], outer: Vec3[], middle: Vec3, wrap: boolean): Surface {
  const strip = gridSurface([inner, outer], { wrap });
  let facing = 0;
  for (let v = 0; v < strip.positions.length / 3; v++) {
    const p: Vec3 = [strip.positions[v * 3]!, strip.positions[v * 3 + 1]!, strip.positions[v * 3 + 2]!];
    facing += dot([strip.normals[v * 3]!, strip.normals[v * 3 + 1]!, strip.normals[v * 3 + 2]!], sub(p, middle));
  }
  return facing >= 0 ? strip : gridSurface([inner, outer], { wrap, flip: true });
}
