/**
 * The reference skeleton wearables are checked against: joint names and rest positions of the core body's skin,
 * and how many base-body vertices fitting data may name. Read from a body pack (the core pack) through an
 * injected file reader, so it works on fetched URLs, a folder in Node, or a file map.
 */
import { WebIO } from '@gltf-transform/core';
import { EXTTextureWebP } from '@gltf-transform/extensions';
import { glbStructureProblem } from '../glb';
import type { ReferenceSkeleton, Vec3 } from './types';

/** Reads a file of the pack by its path in pack.json; null when it is absent. */
export type ReadPackFile = (path: string) => Promise<Uint8Array | null>;

const io = new WebIO().registerExtensions([EXTTextureWebP]);

/** The skeleton of a body GLB (its first skin), or null when the bytes are not a skinned GLB. */
export async function referenceSkeletonFromGlb(bodyGlb: Uint8Array, fitVertexCount: number | null = null): Promise<ReferenceSkeleton | null> {
  if (glbStructureProblem(bodyGlb)) return null; // a hostile body must not make glTF-Transform loop or allocate
  try {
    const document = await io.readBinary(bodyGlb);
    const skin = document.getRoot().listSkins()[0];
    if (!skin || skin.listJoints().length === 0) return null;
    const nodes = skin.listJoints();
    const joints = nodes.map((joint) => {
      const parent = joint.getParentNode();
      // The root joint's parent (an `Armature` node) is not a joint.
      return { name: joint.getName(), parent: parent && nodes.includes(parent) ? parent.getName() : null, position: [...joint.getWorldTranslation()] as Vec3 };
    });
    return { joints, fitVertexCount };
  } catch {
    return null;
  }
}

/** The skeleton of the pack's body (`body.glb`, with `body.shape` for the vertex count), or null when it has none. */
export async function referenceSkeletonFromPack(read: ReadPackFile): Promise<ReferenceSkeleton | null> {
  try {
    const manifest = JSON.parse(new TextDecoder().decode((await read('pack.json')) ?? new Uint8Array())) as { body?: { glb?: unknown; shape?: unknown } };
    const { glb, shape } = manifest.body ?? {};
    if (typeof glb !== 'string') return null;
    const [bodyBytes, shapeBytes] = await Promise.all([read(glb), typeof shape === 'string' ? read(shape) : null]);
    if (!bodyBytes) return null;
    return referenceSkeletonFromGlb(bodyBytes, shapeBytes ? vertexCountOf(shapeBytes) : null);
  } catch {
    return null;
  }
}

function vertexCountOf(shapeJson: Uint8Array): number | null {
  const count = (JSON.parse(new TextDecoder().decode(shapeJson)) as { vertexCount?: unknown }).vertexCount;
  return typeof count === 'number' && Number.isInteger(count) && count > 0 ? count : null;
}
