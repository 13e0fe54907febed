import { Group, type BufferAttribute, type MeshStandardMaterial, type SkinnedMesh } from 'three';
import type { AssetCarrier, AssetData, PrimitiveData, Vec3 } from '../assetData';
import { tuckUnder, type HeadwearShell } from '../headwear';
import { fitToBody, followDeltas, smoothNormals, weldKeysByPosition } from '../fitting';
import { followCarrier } from '../rigid';
import type { AvatarSkeleton } from './AvatarSkeleton';
import { avatarMesh, buildGeometry, jointMapByName, setFaceMorph } from './geometry';
import { disposeMaterial } from './materials';

interface FittedPart {
  mesh: SkinnedMesh;
  primitive: PrimitiveData;
  /** Working memory for its normals, made on the first refit: the modelled shape needs none. */
  scratch: Float32Array | null;
  /** Pulled in under headwear since it was last placed: a part that does not follow the body needs putting back. */
  tucked: boolean;
}

/**
 * Weld keys depend only on the (cached, never mutated) asset data: computed once per primitive, on its first refit (an
 * item first shows in its modelled shape, whose normals come with it).
 */
const weldKeyCache = new WeakMap<PrimitiveData, Uint32Array>();

function weldKeysOf(primitive: PrimitiveData): Uint32Array {
  let keys = weldKeyCache.get(primitive);
  if (!keys) {
    keys = weldKeysByPosition(primitive.positions);
    weldKeyCache.set(primitive, keys);
  }
  return keys;
}

/** One worn item (garment, hair, eyes…): skinned meshes bound to the avatar skeleton, refitted to the body. */
export class WornItem {
  readonly object = new Group();
  private readonly parts: FittedPart[];
  private readonly carrier: AssetCarrier | null;

  constructor(asset: AssetData, materials: MeshStandardMaterial[], skeleton: AvatarSkeleton, layer: number) {
    this.carrier = asset.carrier ?? null;
    const jointMap = jointMapByName(asset.joints, (name) => skeleton.jointIndex(name));
    this.object.name = asset.name;
    this.parts = asset.primitives.map((primitive, i) => {
      const mesh = avatarMesh(buildGeometry(primitive, jointMap), materials[i]!, skeleton.skeleton);
      mesh.name = `${asset.name}.${i}`;
      mesh.renderOrder = layer;
      this.object.add(mesh);
      return { mesh, primitive, scratch: null, tucked: false };
    });
  }

  /**
   * Follows a shaped body through the item's fitting data, or the body around it for a rigid accessory. Other items
   * keep their modelled shape, as does every item before the body has a shape (null).
   */
  refit(body: Float32Array | null): void {
    if (!body) return this.parts.forEach(restoreModelled); // also undoes a tuck under headwear
    if (this.carrier) return this.followCarrier(this.carrier, body);
    for (const part of this.parts) {
      const { mesh, primitive } = part;
      const { fitRefs, fitWeights, fitOffsets } = primitive;
      if (!fitRefs || !fitWeights || !fitOffsets) {
        if (part.tucked) restoreModelled(part);
        continue;
      }
      const position = mesh.geometry.getAttribute('position') as BufferAttribute;
      const normal = mesh.geometry.getAttribute('normal') as BufferAttribute;
      fitToBody(body, fitRefs, fitWeights, fitOffsets, position.array as Float32Array);
      smoothPartNormals(part, position, normal);
      position.needsUpdate = true;
      normal.needsUpdate = true;
      part.tucked = false;
    }
  }

  /** Pulls the item in under headwear (hair under a hat; see headwear.ts), from where it was fitted. */
  tuckUnder(cover: Float32Array, centre: Vec3): void {
    for (const part of this.parts) {
      const position = part.mesh.geometry.getAttribute('position') as BufferAttribute;
      const normal = part.mesh.geometry.getAttribute('normal') as BufferAttribute;
      if (!tuckUnder(cover, centre, position.array as Float32Array)) continue;
      part.tucked = true;
      smoothPartNormals(part, position, normal);
      position.needsUpdate = true;
      normal.needsUpdate = true;
    }
  }

  /** The item's meshes as they are now placed, for the hair to tuck under when it is headwear. */
  shells(): HeadwearShell[] {
    return this.parts.map(({ mesh, primitive }) => ({ positions: mesh.geometry.getAttribute('position').array, indices: primitive.indices }));
  }

  private followCarrier(carrier: AssetCarrier, body: Float32Array): void {
    for (const part of this.parts) {
      const { mesh, primitive } = part;
      if (part.tucked) restoreModelled(part); // its normals too
      const position = mesh.geometry.getAttribute('position') as BufferAttribute;
      followCarrier(primitive.positions, carrier, body, position.array as Float32Array);
      position.needsUpdate = true;
    }
  }

  /** Takes a face shape given over MakeHuman vertices; parts it does not move (or without fitting data) get none. */
  setFaceShape(deltas: Float32Array | null): void {
    for (const { mesh, primitive } of this.parts) {
      const { fitRefs, fitWeights } = primitive;
      const out = deltas && fitRefs && fitWeights ? new Float32Array(primitive.positions.length) : null;
      const moved = out ? followDeltas(deltas!, fitRefs!, fitWeights!, 3, out) : false;
      setFaceMorph(mesh, moved ? out : null);
    }
  }

  meshes(): SkinnedMesh[] {
    return this.parts.map((part) => part.mesh);
  }

  dispose(): void {
    for (const { mesh } of this.parts) {
      mesh.geometry.dispose();
      disposeMaterial(mesh.material as MeshStandardMaterial);
    }
    this.object.removeFromParent();
  }
}

/** Smooth normals for a part's new positions, welded across its UV seams. */
function smoothPartNormals(part: FittedPart, position: BufferAttribute, normal: BufferAttribute): void {
  const weldKeys = weldKeysOf(part.primitive);
  part.scratch ??= new Float32Array(weldKeys.length * 3);
  smoothNormals(position.array as Float32Array, part.primitive.indices, weldKeys, part.scratch, normal.array as Float32Array);
}

function restoreModelled(part: FittedPart): void {
  const { mesh, primitive } = part;
  part.tucked = false;
  const position = mesh.geometry.getAttribute('position') as BufferAttribute;
  const normal = mesh.geometry.getAttribute('normal') as BufferAttribute;
  (position.array as Float32Array).set(primitive.positions);
  if (primitive.normals) (normal.array as Float32Array).set(primitive.normals);
  else mesh.geometry.computeVertexNormals();
  position.needsUpdate = true;
  normal.needsUpdate = true;
}
