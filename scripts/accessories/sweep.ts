/** Swept solids: a 2D cross-section carried along a path (wire frames, chains, straps, bands). */
import { ellipseOutline } from './outlines';
import { pathTangents } from './paths';
import { capLoop, gridSurface, mergeSurfaces, type Surface } from './surface';
import { add, cross, dot, normalize, perpendicular, scale, sub, type Vec2, type Vec3 } from './vec';

export interface SweepOptions {
  /** The path is a loop (its last point joins the first). */
  closed?: boolean;
  /**
   * Where the section's +x points at each path point (e.g. away from the wrist for a watch strap); otherwise the
   * first point's is chosen and carried along without twisting.
   */
  sideways?: readonly Vec3[];
}

/** Sweeps a counter-clockwise section along `path`; an open path gets flat end caps. Faces point outwards. */
export function sweep(path: readonly Vec3[], section: readonly Vec2[], options: SweepOptions = {}): Surface {
  const closed = options.closed ?? false;
  const tangents = pathTangents(path, closed);
  const sideways = options.sideways?.map((s, i) => normalize(sub(s, scale(tangents[i]!, dot(s, tangents[i]!))))) ?? transportedFrames(tangents);
  const rows = path.map((point, i) => {
    const [n, t] = [sideways[i]!, tangents[i]!];
    const b = cross(t, n);
    return section.map(([x, y]) => add(point, add(scale(n, x), scale(b, y))));
  });
  const tube = gridSurface(closed ? [...rows, rows[0]!] : rows, { wrap: true });
  if (closed) return tube;
  const [first, last] = [rows[0]!, rows[rows.length - 1]!];
  return mergeSurfaces([tube, capLoop(first, scale(tangents[0]!, -1)), capLoop(last, tangents[tangents.length - 1]!)]);
}

/** A round wire of `radius` along `path`. */
export function tube(path: readonly Vec3[], radius: number, sides: number, options: SweepOptions = {}): Surface {
  return sweep(path, ellipseOutline(2 * radius, 2 * radius, sides), options);
}

/** Section x-axes carried along the tangents by parallel transport (no twist of their own). */
function transportedFrames(tangents: readonly Vec3[]): Vec3[] {
  const frames: Vec3[] = [perpendicular(tangents[0]!)];
  for (let i = 1; i < tangents.length; i++) {
    const previous = frames[i - 1]!;
    const t = tangents[i]!;
    const projected = sub(previous, scale(t, dot(previous, t)));
    frames.push(dot(projected, projected) > 1e-12 ? normalize(projected) : perpendicular(t));
  }
  return frames;
}
