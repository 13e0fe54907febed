import type { BufferAttribute, MeshStandardMaterial, SkinnedMesh } from 'three';
import type { AssetData, PrimitiveData } from '../assetData';
import { followDeltas, gatherBodyPositions, smoothNormals } from '../fitting';
import { visibleTriangles } from '../hiddenBody';
import type { AvatarSkeleton } from './AvatarSkeleton';
import { avatarMesh, buildGeometry, jointMapByName, setFaceMorph } from './geometry';
import { disposeMaterial } from './materials';

/** The base body mesh: follows the shaped body and hides the triangles under worn items. */
export class AvatarBody {
  readonly mesh: SkinnedMesh;
  private readonly primitive: PrimitiveData;
  private readonly mhVertex: Uint16Array;
  private readonly weldKeys: Uint32Array;
  private readonly scratch: Float32Array;

  constructor(asset: AssetData, material: MeshStandardMaterial, skeleton: AvatarSkeleton) {
    const primitive = asset.primitives[0];
    if (!primitive?.mhVertex) throw new Error('the body GLB lacks its _MHVERTEX attribute');
    this.primitive = primitive;
    this.mhVertex = primitive.mhVertex;
    this.weldKeys = Uint32Array.from(primitive.mhVertex);
    this.scratch = new Float32Array(this.weldKeys.reduce((max, k) => Math.max(max, k), 0) * 3 + 3);
    const jointMap = jointMapByName(asset.joints, (name) => skeleton.jointIndex(name));
    this.mesh = avatarMesh(buildGeometry(primitive, jointMap), material, skeleton.skeleton);
    this.mesh.name = 'body';
  }

  refit(body: Float32Array): void {
    const geometry = this.mesh.geometry;
    const position = geometry.getAttribute('position') as BufferAttribute;
    const normal = geometry.getAttribute('normal') as BufferAttribute;
    gatherBodyPositions(body, this.mhVertex, position.array as Float32Array);
    smoothNormals(position.array as Float32Array, this.primitive.indices, this.weldKeys, this.scratch, normal.array as Float32Array);
    position.needsUpdate = true;
    normal.needsUpdate = true;
  }

  /** Takes a face shape given over MakeHuman vertices (see LiveAvatar.setFaceShape). */
  setFaceShape(deltas: Float32Array | null): void {
    if (!deltas) return setFaceMorph(this.mesh, null);
    const out = new Float32Array(this.mhVertex.length * 3);
    followDeltas(deltas, this.mhVertex, new Float32Array(this.mhVertex.length).fill(1), 1, out);
    setFaceMorph(this.mesh, out);
  }

  /** Hides every triangle touching a masked MakeHuman vertex (rewrites the one index buffer: no GPU leak). */
  hide(mask: Uint8Array): void {
    const geometry = this.mesh.geometry;
    const index = geometry.getIndex()!;
    const visible = visibleTriangles(this.primitive.indices, this.mhVertex, mask);
    (index.array as Uint32Array).set(visible);
    index.needsUpdate = true;
    geometry.setDrawRange(0, visible.length);
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    disposeMaterial(this.mesh.material as MeshStandardMaterial);
  }
}
