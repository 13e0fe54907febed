import { MeshoptSimplifier } from 'meshoptimizer/simplifier';
import type { BufferGeometry } from 'three';

/** Smaller meshes are always drawn whole: too little to gain. */
const MIN_TRIANGLES = 1000;
/** The share of triangles kept. */
const KEPT = 0.2;
/** The most the surface may move, as a share of the mesh's size (1 % of a body is under 2 cm). */
const MAX_ERROR = 0.01;

/**
 * A simplified index of a mesh (about a fifth of its triangles, over the same vertices), for the frames a software
 * renderer draws while the camera moves; null when the mesh is small or hardly simplifies.
 */
export async function coarseIndex(geometry: BufferGeometry): Promise<Uint32Array | null> {
  const index = geometry.getIndex();
  if (!index || index.count < MIN_TRIANGLES * 3) return null;
  await MeshoptSimplifier.ready;
  const positions = geometry.getAttribute('position').array as Float32Array;
  const target = Math.floor((index.count * KEPT) / 3) * 3;
  const [kept] = MeshoptSimplifier.simplify(Uint32Array.from(index.array), positions, 3, target, MAX_ERROR);
  return kept.length < index.count * 0.8 ? kept : null;
}
