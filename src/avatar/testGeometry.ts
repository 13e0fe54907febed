/**
 * Test helper: geometric queries over a shaped body (MakeHuman vertex positions, metres), accelerated with
 * uniform grids so the Node tests on the real pack stay fast.
 */
export type Point = readonly [number, number, number];
export type Axis = 0 | 1 | 2;

/**
 * Rays from a joint never start exactly on the body's symmetry plane or on a grid line of the mesh (MakeHuman
 * puts midline vertices at x = 0 exactly): a shift of a few micrometres keeps a ray off every edge and vertex,
 * so each surface crossing is counted once, and it is far below anything the tests measure.
 */
const NUDGE: Point = [1.3e-6, 0.7e-6, -1.1e-6];

/** Uniform grid of cell → items, over 2 or 3 coordinates (within ±20 m at 2 cm cells). */
class Grid {
  private readonly cells = new Map<number, number[]>();
  constructor(readonly size: number) {}

  /** The cell holding a point; also takes integer cell coordinates when `cell` is true. */
  key(coordinates: readonly number[], cell = false): number {
    return coordinates.reduce((key, c) => key * 2048 + 1024 + (cell ? c : Math.floor(c / this.size)), 0);
  }

  add(item: number, min: readonly number[], max: readonly number[]): void {
    const lo = min.map((c) => Math.floor(c / this.size));
    const hi = max.map((c) => Math.floor(c / this.size));
    const cell = [...lo];
    for (;;) {
      const key = this.key(cell, true);
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
      let d = cell.length - 1;
      while (d >= 0 && cell[d] === hi[d]) cell[d] = lo[d--]!;
      if (d < 0) return;
      cell[d]! += 1;
    }
  }

  at(key: number): readonly number[] {
    return this.cells.get(key) ?? [];
  }
}

/** The body's triangles as MakeHuman vertex numbers (3 per triangle), through the body GLB's `_MHVERTEX`. */
export function mhTriangles(indices: Uint32Array, mhVertex: Uint16Array): Uint32Array {
  return Uint32Array.from(indices, (i) => mhVertex[i]!);
}

/** A closed-enough triangle surface: counts crossings of axis-aligned rays and measures distances to it. */
export class Surface {
  /** Per triangle: min x, y, z then max x, y, z. */
  private readonly bounds: Float32Array;
  /** One 2D grid per ray axis, over the two other coordinates. */
  private readonly planes: Grid[];

  constructor(private readonly positions: Float32Array, private readonly triangles: Uint32Array, cell = 0.02) {
    const count = triangles.length / 3;
    this.bounds = new Float32Array(count * 6);
    for (let t = 0; t < count; t += 1) {
      const cs = this.corners(t);
      for (let k = 0; k < 3; k += 1) {
        this.bounds[t * 6 + k] = Math.min(cs[0][k]!, cs[1][k]!, cs[2][k]!);
        this.bounds[t * 6 + 3 + k] = Math.max(cs[0][k]!, cs[1][k]!, cs[2][k]!);
      }
    }
    this.planes = ([0, 1, 2] as const).map((axis) => {
      const [u, w] = others(axis);
      const grid = new Grid(cell);
      const b = this.bounds;
      for (let t = 0; t < count; t += 1) grid.add(t, [b[t * 6 + u]!, b[t * 6 + w]!], [b[t * 6 + 3 + u]!, b[t * 6 + 3 + w]!]);
      return grid;
    });
  }

  /** How many times the ray from `origin` along +axis (sign 1) or −axis (sign −1) crosses the surface. */
  crossings(origin: Point, axis: Axis, sign: 1 | -1): number {
    const o = origin.map((c, k) => c + NUDGE[k]!);
    const [u, w] = others(axis);
    let count = 0;
    for (const t of this.planes[axis]!.at(this.planes[axis]!.key([o[u]!, o[w]!]))) {
      const cs = this.corners(t);
      // Signed areas of the projected triangle's edges seen from the ray: all of one sign = the ray passes inside.
      const area = (i: number, j: number) => (cs[i]![u] - o[u]!) * (cs[j]![w] - o[w]!) - (cs[j]![u] - o[u]!) * (cs[i]![w] - o[w]!);
      const a0 = area(1, 2), a1 = area(2, 0), a2 = area(0, 1);
      if (!((a0 > 0 && a1 > 0 && a2 > 0) || (a0 < 0 && a1 < 0 && a2 < 0))) continue;
      const along = (a0 * cs[0]![axis] + a1 * cs[1]![axis] + a2 * cs[2]![axis]) / (a0 + a1 + a2) - o[axis]!;
      if (along * sign > 0) count += 1;
    }
    return count;
  }

  /** Distance from `point` to the nearest triangle, or Infinity when none is within `within` metres. */
  distance(point: Point, within: number): number {
    let best = Infinity;
    const b = this.bounds;
    for (let t = 0; t < b.length / 6; t += 1) {
      let far = false;
      for (let k = 0; k < 3 && !far; k += 1) far = b[t * 6 + k]! - within > point[k]! || b[t * 6 + 3 + k]! + within < point[k]!;
      if (far) continue;
      const cs = this.corners(t);
      best = Math.min(best, pointTriangleDistance(point, cs[0], cs[1], cs[2]));
    }
    return best <= within ? best : Infinity;
  }

  private corners(t: number): [Point, Point, Point] {
    const p = (k: number): Point => {
      const v = this.triangles[t * 3 + k]! * 3;
      return [this.positions[v]!, this.positions[v + 1]!, this.positions[v + 2]!];
    };
    return [p(0), p(1), p(2)];
  }
}

/** Nearest-vertex distances over the first `count` vertices of a position array (the body without helpers). */
export class VertexCloud {
  private readonly grid: Grid;

  constructor(private readonly positions: Float32Array, count: number, cell = 0.03) {
    this.grid = new Grid(cell);
    for (let v = 0; v < count; v += 1) {
      const p = [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!];
      this.grid.add(v, p, p);
    }
  }

  /** Distance from (x, y, z) to the nearest vertex, searching rings of cells outwards until it is certain. */
  nearest(x: number, y: number, z: number): number {
    const size = this.grid.size;
    const [cx, cy, cz] = [x, y, z].map((c) => Math.floor(c / size)) as [number, number, number];
    let best = Infinity;
    for (let ring = 0; ring < 64; ring += 1) {
      for (let i = -ring; i <= ring; i += 1) {
        for (let j = -ring; j <= ring; j += 1) {
          for (let k = -ring; k <= ring; k += 1) {
            if (Math.max(Math.abs(i), Math.abs(j), Math.abs(k)) !== ring) continue;
            for (const v of this.grid.at(this.grid.key([cx + i, cy + j, cz + k], true))) {
              const p = this.positions;
              best = Math.min(best, Math.hypot(p[v * 3]! - x, p[v * 3 + 1]! - y, p[v * 3 + 2]! - z));
            }
          }
        }
      }
      // Every vertex outside the rings searched so far is at least `ring * size` away.
      if (best <= ring * size) return best;
    }
    return best;
  }
}

function others(axis: Axis): [Axis, Axis] {
  return [((axis + 1) % 3) as Axis, ((axis + 2) % 3) as Axis];
}

/** Distance from p to triangle abc (closest-point regions, Ericson, Real-Time Collision Detection 5.1.5). */
export function pointTriangleDistance(p: Point, a: Point, b: Point, c: Point): number {
  const sub = (x: Point, y: Point): Point => [x[0] - y[0], x[1] - y[1], x[2] - y[2]];
  const dot = (x: Point, y: Point) => x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
  const to = (q: Point) => Math.hypot(...sub(p, q));
  const along = (o: Point, d: Point, s: number): Point => [o[0] + d[0] * s, o[1] + d[1] * s, o[2] + d[2] * s];
  const ab = sub(b, a), ac = sub(c, a);
  const d1 = dot(ab, sub(p, a)), d2 = dot(ac, sub(p, a));
  if (d1 <= 0 && d2 <= 0) return to(a);
  const d3 = dot(ab, sub(p, b)), d4 = dot(ac, sub(p, b));
  if (d3 >= 0 && d4 <= d3) return to(b);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return to(along(a, ab, d1 / (d1 - d3)));
  const d5 = dot(ab, sub(p, c)), d6 = dot(ac, sub(p, c));
  if (d6 >= 0 && d5 <= d6) return to(c);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return to(along(a, ac, d2 / (d2 - d6)));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return to(along(b, sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6))));
  const denominator = va + vb + vc;
  return to(along(along(a, ab, vb / denominator), ac, vc / denominator));
}
