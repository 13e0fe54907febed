import { describe, expect, it } from 'vitest';
import {
  BASE_VERTEX_COUNT,
  BODY_VERTEX_COUNT,
  decodeLegacyFaces,
  loadBaseMesh,
  materialIndex,
  sourcePositionsInMetres,
  splitMesh,
} from './legacyMesh';
import type { LegacyMeshJson } from './legacyMesh';
import { loadRigPoints } from './skeleton';

const json = loadBaseMesh();
const body = materialIndex(json, 'body');
const bodyMesh = splitMesh(json, (material) => material === body);

type V3 = [number, number, number];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const vertexAt = (positions: Float32Array, i: number): V3 => [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!];

describe('legacy face decoding', () => {
  it('decodes a hand-made stream with every optional field', () => {
    // Quad with material, face uv, vertex uvs, face normal, vertex normals, face colour, vertex colours (255),
    // then a plain triangle (0).
    const faces = [255, 0, 1, 2, 3, 7, 9, 10, 11, 12, 13, 5, 1, 2, 3, 4, 6, 1, 2, 3, 4, 0, 4, 5, 6];
    const decoded = decodeLegacyFaces({ vertices: [], faces, uvs: [[0, 0]] } as LegacyMeshJson);
    expect(decoded).toEqual([
      { vertices: [0, 1, 2, 3], material: 7, uvs: [10, 11, 12, 13] },
      { vertices: [4, 5, 6], material: -1, uvs: null },
    ]);
  });

  it('reads the base mesh: 19,158 vertices, the body is 13,380 vertices / 13,378 quads', () => {
    const faces = decodeLegacyFaces(json);
    expect(json.vertices.length).toBe(BASE_VERTEX_COUNT * 3);
    const bodyFaces = faces.filter((face) => face.material === body);
    expect(bodyFaces.length).toBe(13378);
    expect(bodyFaces.every((face) => face.vertices.length === 4 && face.uvs !== null)).toBe(true);
    const used = new Set(bodyFaces.flatMap((face) => face.vertices));
    expect(used.size).toBe(BODY_VERTEX_COUNT);
    expect(Math.max(...used)).toBe(BODY_VERTEX_COUNT - 1);
    expect(faces.every((face) => face.vertices.every((v) => v >= 0 && v < BASE_VERTEX_COUNT))).toBe(true);
  });
});

describe('splitMesh on the body', () => {
  it('splits at UV seams only and keeps every index in range', () => {
    const vertexCount = bodyMesh.sourceVertex.length;
    expect(bodyMesh.indices.length).toBe(13378 * 2 * 3);
    expect(vertexCount).toBeGreaterThan(BODY_VERTEX_COUNT);
    expect(vertexCount).toBeLessThan(BODY_VERTEX_COUNT * 1.15);
    expect(bodyMesh.indices.every((i) => i < vertexCount)).toBe(true);
    expect(new Set(bodyMesh.sourceVertex).size).toBe(BODY_VERTEX_COUNT);
    expect(bodyMesh.uvs.every((uv) => uv >= 0 && uv <= 1)).toBe(true);
  });

  it('copies positions from the given source positions (default: decimetres * 0.1)', () => {
    const source = sourcePositionsInMetres(json);
    for (const i of [0, 1000, 9999]) {
      expect(vertexAt(bodyMesh.positions, i)).toEqual(vertexAt(source, bodyMesh.sourceVertex[i]!));
    }
    const moved = splitMesh(json, (material) => material === body, source.map((v) => v + 1));
    expect(moved.positions[0]).toBeCloseTo(bodyMesh.positions[0]! + 1, 5);
  });

  it('winds triangles counter-clockwise seen from outside', () => {
    let volume = 0;
    for (let t = 0; t < bodyMesh.indices.length; t += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => vertexAt(bodyMesh.positions, bodyMesh.indices[t + k]!)) as [V3, V3, V3];
      volume += dot(a, cross(b, c)) / 6;
    }
    // A closed-ish outward-wound human encloses roughly 0.05-0.08 m³; inward winding would be negative.
    expect(volume).toBeGreaterThan(0.04);
    expect(volume).toBeLessThan(0.1);
  });

  it('has most face normals pointing away from the bone that carries the face', () => {
    expect(outwardFraction(json, bodyMesh.positions, bodyMesh.indices, bodyMesh.sourceVertex)).toBeGreaterThan(0.9);
  });
});

/** Share of triangles whose normal points away from the nearest point of their heaviest bone's head-tail segment. */
function outwardFraction(mesh: LegacyMeshJson, positions: Float32Array, indices: Uint32Array, source: Uint32Array): number {
  const points = loadRigPoints();
  const rest = sourcePositionsInMetres(mesh);
  const mean = (key: string): V3 => {
    const ids = points[key]!;
    const sum = ids.reduce<V3>((acc, id) => [acc[0] + rest[id * 3]!, acc[1] + rest[id * 3 + 1]!, acc[2] + rest[id * 3 + 2]!], [0, 0, 0]);
    return [sum[0] / ids.length, sum[1] / ids.length, sum[2] / ids.length];
  };
  let outward = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => vertexAt(positions, indices[t + k]!)) as [V3, V3, V3];
    const centre: V3 = [(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3];
    const vertex = source[indices[t]!]!;
    const bone = mesh.bones![mesh.skinIndices![vertex * 4]!]!.name.replace(/____head$/, '');
    const [head, tail] = [mean(`${bone}____head`), mean(`${bone}____tail`)];
    const axis = sub(tail, head);
    const along = Math.min(1, Math.max(0, dot(sub(centre, head), axis) / Math.max(dot(axis, axis), 1e-12)));
    const nearest: V3 = [head[0] + along * axis[0], head[1] + along * axis[1], head[2] + along * axis[2]];
    if (dot(cross(sub(b, a), sub(c, a)), sub(centre, nearest)) > 0) outward++;
  }
  return outward / (indices.length / 3);
}
