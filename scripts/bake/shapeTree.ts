/**
 * A breadth-first spanning tree over the base mesh edges. Shape deltas are smooth over the surface, so
 * predicting each vertex from its tree parent leaves small numbers that pack into one-byte varints.
 */
import type { PredictionTree } from '../../src/avatar/shape/codec';
import { decodeLegacyFaces, loadBaseMesh } from './legacyMesh';
import { MH_VERTEX_COUNT } from './shapeSource';

/** Neighbour lists from the face rings (quads and triangles), sorted for a deterministic walk. */
export function meshNeighbours(): number[][] {
  const sets = Array.from({ length: MH_VERTEX_COUNT }, () => new Set<number>());
  for (const face of decodeLegacyFaces(loadBaseMesh())) {
    const ring = face.vertices;
    ring.forEach((a, i) => {
      const b = ring[(i + 1) % ring.length]!;
      sets[a]!.add(b);
      sets[b]!.add(a);
    });
  }
  return sets.map((s) => [...s].sort((x, y) => x - y));
}

/** Visits every vertex; each connected piece (body, helpers, joint cubes) starts at its lowest vertex. */
export function buildPredictionTree(): PredictionTree {
  const neighbours = meshNeighbours();
  const order = new Uint16Array(MH_VERTEX_COUNT);
  const parent = new Int32Array(MH_VERTEX_COUNT).fill(-1);
  const seen = new Uint8Array(MH_VERTEX_COUNT);
  const parentOf = new Int32Array(MH_VERTEX_COUNT).fill(-1);
  let head = 0;
  let tail = 0;
  for (let root = 0; root < MH_VERTEX_COUNT; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    order[tail++] = root;
    while (head < tail) {
      const u = order[head]!;
      parent[head++] = parentOf[u]!;
      for (const w of neighbours[u]!) {
        if (seen[w]) continue;
        seen[w] = 1;
        parentOf[w] = u;
        order[tail++] = w;
      }
    }
  }
  return { order, parent };
}
