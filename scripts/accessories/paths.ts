/** Paths (polylines) for swept parts: arcs, circles, smooth curves through control points. */
import { add, addScaled, cross, normalize, scale, type Vec3 } from './vec';

/**
 * `count` points on a circle around `centre` in the plane with unit `normal`, starting along the unit `start`
 * (perpendicular to `normal`), turning counter-clockwise seen from the tip of `normal`, through `sweep` radians.
 */
export function arcPath(centre: Vec3, normal: Vec3, start: Vec3, radius: number, sweep: number, count: number): Vec3[] {
  const side = cross(normal, start);
  const closed = Math.abs(sweep - 2 * Math.PI) < 1e-9;
  const steps = closed ? count : count - 1;
  return Array.from({ length: count }, (_, i) => {
    const angle = (sweep * i) / steps;
    return add(centre, add(scale(start, radius * Math.cos(angle)), scale(side, radius * Math.sin(angle))));
  });
}

/** A full circle (no repeated end point; sweep it as a closed path). */
export function circlePath(centre: Vec3, normal: Vec3, start: Vec3, radius: number, count: number): Vec3[] {
  return arcPath(centre, normal, start, radius, 2 * Math.PI, count);
}

/** A uniform Catmull-Rom curve through `points`, with `perSegment` points per span. */
export function smoothPath(points: readonly Vec3[], perSegment: number, closed = false): Vec3[] {
  const n = points.length;
  const at = (i: number): Vec3 => (closed ? points[(i + n) % n]! : points[Math.min(n - 1, Math.max(0, i))]!);
  const spans = closed ? n : n - 1;
  const out: Vec3[] = [];
  for (let s = 0; s < spans; s++) {
    const [p0, p1, p2, p3] = [at(s - 1), at(s), at(s + 1), at(s + 2)];
    for (let k = 0; k < perSegment; k++) out.push(catmullRom(p0, p1, p2, p3, k / perSegment));
  }
  if (!closed) out.push(points[n - 1]!);
  return out;
}

function catmullRom(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number): Vec3 {
  const [t2, t3] = [t * t, t * t * t];
  const w0 = -0.5 * t3 + t2 - 0.5 * t;
  const w1 = 1.5 * t3 - 2.5 * t2 + 1;
  const w2 = -1.5 * t3 + 2 * t2 + 0.5 * t;
  const w3 = 0.5 * t3 - 0.5 * t2;
  return addScaled(addScaled(addScaled(scale(p0, w0), p1, w1), p2, w2), p3, w3);
}

/** Unit tangents along a path (central differences; wrapping when closed). */
export function pathTangents(path: readonly Vec3[], closed: boolean): Vec3[] {
  const n = path.length;
  return path.map((_, i) => {
    const prev = closed ? path[(i - 1 + n) % n]! : path[Math.max(0, i - 1)]!;
    const next = closed ? path[(i + 1) % n]! : path[Math.min(n - 1, i + 1)]!;
    return normalize(addScaled(next, prev, -1));
  });
}

/**
 * A value that varies smoothly around a loop (angle 0 in front, π behind), through its front, side and back values
 * and symmetric left-right: a hat's rim elevation, a necklace's drop.
 */
export function frontSideBack(front: number, side: number, back: number): (angle: number) => number {
  const c1 = (front - back) / 2;
  const c0 = ((front + back) / 2 + side) / 2;
  const c2 = ((front + back) / 2 - side) / 2;
  return (angle) => c0 + c1 * Math.cos(angle) + c2 * Math.cos(2 * angle);
}
