/** Measures that tests assert on: surfaces (orientation, closedness, size), models, the reference body's fit. */
import { readReferenceBody } from './body';
import { measureFit, type Fit } from './fit';
import type { Model } from './model';
import type { Surface } from './surface';
import { cross, dot, sub, type Vec2, type Vec3 } from './vec';

export function vertexAt(surface: Surface, i: number): Vec3 {
  return [surface.positions[i * 3]!, surface.positions[i * 3 + 1]!, surface.positions[i * 3 + 2]!];
}

export function normalAt(surface: Surface, i: number): Vec3 {
  return [surface.normals[i * 3]!, surface.normals[i * 3 + 1]!, surface.normals[i * 3 + 2]!];
}

/** Signed volume (divergence theorem): positive when a closed surface faces outwards. */
export function signedVolume(surface: Surface): number {
  let volume = 0;
  for (let t = 0; t < surface.indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => vertexAt(surface, surface.indices[t + k]!)) as [Vec3, Vec3, Vec3];
    volume += dot(a, cross(b, c)) / 6;
  }
  return volume;
}

/** Edges used by exactly one triangle (0 for a closed surface once seams are welded by position). */
export function openEdgeCount(surface: Surface): number {
  const key = (i: number): string => vertexAt(surface, i).map((v) => Math.round(v * 1e6)).join(',');
  const uses = new Map<string, number>();
  for (let t = 0; t < surface.indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const [a, b] = [key(surface.indices[t + k]!), key(surface.indices[t + ((k + 1) % 3)]!)];
      const edge = a < b ? `${a}|${b}` : `${b}|${a}`;
      uses.set(edge, (uses.get(edge) ?? 0) + 1);
    }
  }
  return [...uses.values()].filter((n) => n === 1).length;
}

/** Whether every vertex normal agrees with the faces around it (normals and windings face the same side). */
export function normalsAgreeWithWinding(surface: Surface): boolean {
  for (let t = 0; t < surface.indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => surface.indices[t + k]!) as [number, number, number];
    const face = cross(sub(vertexAt(surface, b), vertexAt(surface, a)), sub(vertexAt(surface, c), vertexAt(surface, a)));
    if ([a, b, c].some((i) => dot(face, normalAt(surface, i)) <= 0)) return false;
  }
  return true;
}

export function bounds(surface: Surface): { min: Vec3; max: Vec3 } {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < surface.positions.length; i++) {
    min[i % 3] = Math.min(min[i % 3]!, surface.positions[i]!);
    max[i % 3] = Math.max(max[i % 3]!, surface.positions[i]!);
  }
  return { min: min as unknown as Vec3, max: max as unknown as Vec3 };
}

let fit: Promise<Fit> | undefined;

/** The reference body's fit, measured once per test file. */
export function referenceFit(): Promise<Fit> {
  fit ??= readReferenceBody().then(measureFit);
  return fit;
}

/** Every vertex of a model's parts (optionally only the parts in some palette cells). */
export function modelVertices(model: Model, cells?: readonly number[]): Vec3[] {
  return model.parts
    .filter((part) => !cells || cells.includes(part.colour))
    .flatMap((part) => Array.from({ length: part.surface.positions.length / 3 }, (_, i) => vertexAt(part.surface, i)));
}

/** The signed area of a 2D outline (positive when counter-clockwise). */
export function signedArea(outline: readonly Vec2[]): number {
  return outline.reduce((area, [x0, y0], i) => {
    const [x1, y1] = outline[(i + 1) % outline.length]!;
    return area + (x0 * y1 - x1 * y0) / 2;
  }, 0);
}
