/**
 * The reference body every accessory is modelled on: the core pack's body GLB at rest (metres, Y up, facing +Z,
 * feet at Y = 0), read with glTF-Transform: its vertices and normals, and its joints' world positions.
 */
import { readFileSync } from 'node:fs';
import { NodeIO } from '@gltf-transform/core';
import { EXTTextureWebP } from '@gltf-transform/extensions';
import type { Vec3 } from './vec';

export const REFERENCE_BODY_GLB = 'public/packs/core/body/body.glb';

export interface ReferenceBody {
  positions: Float32Array;
  normals: Float32Array;
  /** Triangles (for previews of items on the body). */
  indices: Uint32Array;
  /** World position of each core-skeleton joint, by name. */
  joints: ReadonlyMap<string, Vec3>;
}

export async function readReferenceBody(glb: Uint8Array = readFileSync(REFERENCE_BODY_GLB)): Promise<ReferenceBody> {
  const document = await new NodeIO().registerExtensions([EXTTextureWebP]).readBinary(glb);
  const meshNode = document.getRoot().listNodes().find((node) => node.getMesh() && node.getSkin());
  if (!meshNode) throw new Error('the reference body GLB has no skinned mesh');
  const primitive = meshNode.getMesh()!.listPrimitives()[0]!;
  const positions = primitive.getAttribute('POSITION')?.getArray();
  const normals = primitive.getAttribute('NORMAL')?.getArray();
  if (!(positions instanceof Float32Array) || !(normals instanceof Float32Array)) throw new Error('the reference body has no float positions and normals');
  const indices = Uint32Array.from(primitive.getIndices()?.getArray() ?? []);
  const joints = new Map<string, Vec3>();
  for (const joint of meshNode.getSkin()!.listJoints()) joints.set(joint.getName(), [...joint.getWorldTranslation()] as unknown as Vec3);
  return { positions, normals, indices, joints };
}

/** A joint's position; throws when the core skeleton has no joint of that name. */
export function jointAt(body: ReferenceBody, name: string): Vec3 {
  const head = body.joints.get(name);
  if (!head) throw new Error(`the reference body has no joint "${name}"`);
  return head;
}
