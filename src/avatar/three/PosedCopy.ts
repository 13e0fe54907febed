import { BufferAttribute, BufferGeometry, Group, Matrix4, Mesh, MeshLambertMaterial, type Material, type MeshStandardMaterial, type SkinnedMesh } from 'three';
import { coarseIndex } from './coarseIndex';
import { alphaCutoff, authoredSide, ownTexture } from './materials';
import type { LiveAvatar } from './LiveAvatar';

/**
 * A still copy of a posed live avatar: every visible mesh skinned once on the CPU into plain meshes, so drawing it
 * costs no skinning (a software renderer skins every vertex of every frame otherwise). With `cheapMaterials` the
 * copies are lit by Lambert materials that share the originals' textures; otherwise they share the originals.
 * The copy owns its geometries and any material it made; the live avatar keeps everything else.
 */
export class PosedCopy {
  /** In the live avatar's object's place: it takes that object's transform. */
  readonly object = new Group();
  private readonly bySlot = new Map<string | null, Mesh[]>();
  private readonly madeMaterials: Material[] = [];
  /** Triangles (as index counts) of each simplified mesh: its index holds the full list, then the coarse one. */
  private readonly simplified = new Map<Mesh, { full: number; coarse: number }>();

  constructor(live: LiveAvatar, cheapMaterials: boolean) {
    live.object.updateMatrixWorld(true);
    this.object.position.copy(live.object.position);
    const sources: [string | null, SkinnedMesh[]][] = [[null, [live.body.mesh]], ...live.wornSlots().map((slot) => [slot, live.itemMeshes(slot)] as [string, SkinnedMesh[]])];
    for (const [slot, meshes] of sources) {
      this.bySlot.set(slot, meshes.map((source) => this.copyOf(source, cheapMaterials)));
    }
  }

  /** The copies of the body (slot null) or of the item worn in a slot. */
  meshes(slot: string | null): Mesh[] {
    return this.bySlot.get(slot) ?? [];
  }

  allMeshes(): Mesh[] {
    return [...this.bySlot.values()].flat();
  }

  /**
   * Works out the coarse version of every large mesh, for drawCoarse. It is appended to the mesh's index (one buffer,
   * freed with the geometry) and chosen by the draw range.
   */
  async simplify(): Promise<void> {
    for (const mesh of this.allMeshes()) {
      const coarse = await coarseIndex(mesh.geometry);
      if (!coarse) continue;
      const full = mesh.geometry.getIndex()!.array;
      const both = new Uint32Array(full.length + coarse.length);
      both.set(full);
      both.set(coarse, full.length);
      mesh.geometry.setIndex(new BufferAttribute(both, 1));
      mesh.geometry.setDrawRange(0, full.length);
      this.simplified.set(mesh, { full: full.length, coarse: coarse.length });
    }
  }

  /** Draws the large meshes with about a fifth of their triangles (while the camera moves), or whole again. */
  drawCoarse(coarse: boolean): void {
    for (const [mesh, counts] of this.simplified) {
      if (coarse) mesh.geometry.setDrawRange(counts.full, counts.coarse);
      else mesh.geometry.setDrawRange(0, counts.full);
    }
  }

  dispose(): void {
    for (const mesh of this.allMeshes()) mesh.geometry.dispose();
    for (const material of this.madeMaterials) material.dispose();
    this.object.removeFromParent();
  }

  private copyOf(source: SkinnedMesh, cheapMaterials: boolean): Mesh {
    const original = source.material as MeshStandardMaterial;
    const material = cheapMaterials ? lambertLike(original) : original;
    if (material !== original) this.madeMaterials.push(material);
    const mesh = new Mesh(skinnedGeometry(source), material);
    mesh.name = source.name;
    mesh.renderOrder = source.renderOrder;
    this.object.add(mesh);
    return mesh;
  }
}

/** A Lambert material (no specular term: far fewer shader instructions per pixel) with the original's look and textures. */
function lambertLike(original: MeshStandardMaterial): MeshLambertMaterial {
  const { name, color, opacity, map, normalMap, aoMap, transparent, depthWrite } = original;
  const textures = { map: ownTexture(map), normalMap: ownTexture(normalMap), aoMap: ownTexture(aoMap) };
  return new MeshLambertMaterial({ name, color, opacity, ...textures, side: authoredSide(original), transparent, alphaTest: alphaCutoff(original), depthWrite });
}

const blended = new Matrix4();
const part = new Matrix4();

/** The mesh's visible triangles with positions and normals as three.js skins them for the current pose. */
function skinnedGeometry(source: SkinnedMesh): BufferGeometry {
  const geometry = source.geometry;
  const position = geometry.getAttribute('position') as BufferAttribute;
  const normal = geometry.getAttribute('normal') as BufferAttribute;
  const joints = geometry.getAttribute('skinIndex') as BufferAttribute;
  const weights = geometry.getAttribute('skinWeight') as BufferAttribute;
  const boneMatrices = source.skeleton.bones.map((bone, i) => new Matrix4().multiplyMatrices(bone.matrixWorld, source.skeleton.boneInverses[i]!));
  const positions = new Float32Array(position.count * 3);
  const normals = new Float32Array(position.count * 3);
  for (let v = 0; v < position.count; v += 1) {
    blended.set(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (let k = 0; k < 4; k += 1) {
      const weight = weights.getComponent(v, k);
      if (weight === 0) continue;
      part.copy(boneMatrices[joints.getComponent(v, k)]!).multiplyScalar(weight);
      for (let e = 0; e < 16; e += 1) blended.elements[e]! += part.elements[e]!;
    }
    blended.premultiply(source.bindMatrixInverse).multiply(source.bindMatrix);
    transform(blended.elements, position.array, v, 1, positions);
    transform(blended.elements, normal.array, v, 0, normals);
  }
  const copy = new BufferGeometry();
  copy.setAttribute('position', new BufferAttribute(positions, 3));
  copy.setAttribute('normal', new BufferAttribute(normals, 3));
  const uv = geometry.getAttribute('uv');
  if (uv) copy.setAttribute('uv', uv.clone());
  const { start, count } = geometry.drawRange;
  const index = geometry.getIndex()!.array as Uint32Array;
  copy.setIndex(new BufferAttribute(index.slice(start, Number.isFinite(count) ? start + count : index.length), 1));
  copy.computeBoundingSphere();
  return copy;
}

/** out[v] = m × (in[v], w): a point (w = 1) or a direction (w = 0, then normalised). */
function transform(m: number[], input: ArrayLike<number>, v: number, w: 0 | 1, out: Float32Array): void {
  const i = v * 3;
  const x = input[i]!;
  const y = input[i + 1]!;
  const z = input[i + 2]!;
  const ox = m[0]! * x + m[4]! * y + m[8]! * z + m[12]! * w;
  const oy = m[1]! * x + m[5]! * y + m[9]! * z + m[13]! * w;
  const oz = m[2]! * x + m[6]! * y + m[10]! * z + m[14]! * w;
  const scale = w === 0 ? 1 / (Math.hypot(ox, oy, oz) || 1) : 1;
  out[i] = ox * scale;
  out[i + 1] = oy * scale;
  out[i + 2] = oz * scale;
}
