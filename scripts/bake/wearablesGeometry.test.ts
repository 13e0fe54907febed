import { describe, expect, it } from 'vitest';
import { readProxyItem, type ProxyCategory } from './catalogue';
import { BODY_VERTEX_COUNT, loadBaseMesh, materialIndex, splitMesh } from './legacyMesh';
import { loadReferenceBody } from './referenceBody';
import { computeSmoothNormals } from './skinnedGlb';
import { buildWearableGeometry, fitProxyVertices, hasOpenEdges, hiddenBodyRanges } from './wearablesGeometry';

const item = (category: ProxyCategory, folder: string) => readProxyItem(category, folder).json;

/** Largest distance (metres) between the fit on the raw base mesh and the item's source vertices (dm -> m, translated). */
function maxSourceError(category: ProxyCategory, folder: string): number {
  const { rawPositions, translationY } = loadReferenceBody();
  const json = item(category, folder);
  const fitted = fitProxyVertices(json, rawPositions);
  let max = 0;
  for (let k = 0; k < fitted.length; k++) {
    const source = json.vertices[k]! * 0.1 + (k % 3 === 1 ? translationY : 0);
    max = Math.max(max, Math.abs(fitted[k]! - source));
  }
  return max;
}

describe('MakeHuman proxy fitting: w0*B[r0] + w1*B[r1] + w2*B[r2] + offset * 0.1 (metres)', () => {
  // These items' source vertices are MakeHuman's own fit on the base mesh: the formula must give them back.
  const exported: [ProxyCategory, string][] = [
    ['clothes', 'Tank_Top_01'], ['clothes', 'glasses'], ['clothes', 'fedora'], ['clothes', 'pith_helmet'],
    ['clothes', 'Fishing_Hat_01'], ['hair', 'afro01'], ['hair', 'short04'], ['eyebrows', 'Eyebrows_01'],
    ['eyelashes', 'Eyelashes_01'], ['eyelashes', 'eyelashes02'], ['eyes', 'Low-Poly'], ['tongue', 'tongue01'],
  ];
  it.each(exported)('reproduces the source vertices of %s/%s within 1 mm on the raw base mesh', (category, folder) => {
    expect(maxSourceError(category, folder)).toBeLessThan(0.001);
  });

  // The suits, most hair and the shoes keep the author's modelling OBJ as their vertices (another body, another
  // frame: no offset scale or affine map reproduces them; see the report). Their fitting data is what MakeHuman
  // uses, so we check the fit itself: it must sit on the reference body, not in it.
  // Measured: at most 5.6 % of the vertices over visible skin are > 5 mm inside it (necklines, cuffs).
  it.each([
    ['clothes', 'male_casualsuit01'],
    ['clothes', 'female_casualsuit01'],
    ['clothes', 'shoes01'],
    ['hair', 'bob01'],
  ] as [ProxyCategory, string][])('keeps %s/%s on the visible body, not in it', (category, folder) => {
    expect(maxSourceError(category, folder)).toBeGreaterThan(0.01); // documents the authoring-frame mismatch
    expect(shareInsideBody(category, folder)).toBeLessThan(0.08);
  });
});

/** Share of the item's fitted vertices over visible (not hidden) body that are more than 5 mm inside the skin. */
function shareInsideBody(category: ProxyCategory, folder: string): number {
  const body = loadReferenceBody().positions;
  const json = item(category, folder);
  const fitted = fitProxyVertices(json, body);
  const normals = bodyVertexNormals(body);
  const hidden = json.metadata.deleteVerts!;
  let near = 0;
  let inside = 0;
  for (let i = 0; i < fitted.length; i += 3) {
    const v = nearestBodyVertex(body, fitted[i]!, fitted[i + 1]!, fitted[i + 2]!);
    if (hidden[v]) continue;
    near++;
    let depth = 0;
    for (let k = 0; k < 3; k++) depth += (fitted[i + k]! - body[v * 3 + k]!) * normals[v * 3 + k]!;
    if (depth < -0.005) inside++;
  }
  return inside / near;
}

let cachedNormals: Float32Array | undefined;
function bodyVertexNormals(body: Float32Array): Float32Array {
  if (cachedNormals) return cachedNormals;
  const base = loadBaseMesh();
  const bodyMaterial = materialIndex(base, 'body');
  const split = splitMesh(base, (m) => m === bodyMaterial, body);
  const normals = computeSmoothNormals(split.positions, split.indices, split.sourceVertex);
  cachedNormals = new Float32Array(BODY_VERTEX_COUNT * 3);
  split.sourceVertex.forEach((v, i) => cachedNormals!.set(normals.subarray(i * 3, i * 3 + 3), v * 3));
  return cachedNormals;
}

function nearestBodyVertex(body: Float32Array, x: number, y: number, z: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let v = 0; v < BODY_VERTEX_COUNT; v++) {
    const d = (body[v * 3]! - x) ** 2 + (body[v * 3 + 1]! - y) ** 2 + (body[v * 3 + 2]! - z) ** 2;
    if (d < bestDistance) [best, bestDistance] = [v, d];
  }
  return best;
}

describe('wearable geometry', () => {
  it('keeps the fitting data of the source vertex on every split vertex', () => {
    const json = item('hair', 'short04');
    const geometry = buildWearableGeometry(json, loadReferenceBody().positions);
    expect(geometry.positions.length / 3).toBeGreaterThan(json.vertices.length / 3); // split at UV seams
    geometry.sourceVertex.forEach((source, i) => {
      expect([...geometry.fitRefs.subarray(i * 3, i * 3 + 3)]).toEqual(json.ref_vIdxs[source]);
      expect(geometry.fitOffsets[i * 3]).toBeCloseTo(json.offsets[source]![0] * 0.1, 6);
    });
  });

  it('turns a deleteVerts mask into inclusive body ranges', () => {
    const mask = new Array<number>(19158).fill(0);
    [0, 1, 2, 10, 13379, 13380, 15000].forEach((v) => (mask[v] = 1));
    expect(hiddenBodyRanges(mask)).toEqual([[0, 2], [10, 10], [13379, 13379]]);
  });

  it('tells open sheets from closed meshes', () => {
    const ids = Uint32Array.from([0, 1, 2, 3]);
    const tetrahedron = Uint32Array.from([0, 1, 2, 0, 3, 1, 1, 3, 2, 2, 3, 0]);
    expect(hasOpenEdges(tetrahedron, ids)).toBe(false);
    expect(hasOpenEdges(Uint32Array.from([0, 1, 2, 0, 2, 3]), ids)).toBe(true);
  });
});
