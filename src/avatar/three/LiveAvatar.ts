import { Group, type MeshStandardMaterial } from 'three';
import type { AssetData, Vec3 } from '../assetData';
import { HAIR_SLOT, HEADWEAR_SLOT, headCentre, headwearCover } from '../headwear';
import { hiddenVertexMask } from '../hiddenBody';
import { AvatarBody } from './AvatarBody';
import type { PoseRotations } from '../poses';
import { AvatarSkeleton } from './AvatarSkeleton';
import { WornItem } from './WornItem';

export interface WearRequest {
  slot: string;
  asset: AssetData;
  /** One material per primitive of the asset; the avatar owns them from now on. */
  materials: MeshStandardMaterial[];
  layer: number;
  hidesBody: readonly (readonly [number, number])[];
}

/** Number of MakeHuman body vertices (the rest are helper geometry used only for fitting). */
export const MH_BODY_VERTICES = 13380;
export const MH_VERTICES = 19158;

/**
 * The avatar as three.js objects: one skeleton, the body, and the worn items by slot. It owns every
 * geometry, material and texture it holds and frees them on `remove` and `dispose`.
 */
export class LiveAvatar {
  readonly object = new Group();
  readonly skeleton: AvatarSkeleton;
  readonly body: AvatarBody;
  private readonly items = new Map<string, { item: WornItem; hidesBody: WearRequest['hidesBody'] }>();
  /** Items taken off but not yet freed (see disposeRetired). */
  private retired: WornItem[] = [];
  private bodyPositions: Float32Array | null = null;
  private faceShape: Float32Array | null = null;
  /** The hidden ranges the body's triangles were last chosen for. */
  private hiddenRanges = '[]';

  /** `bodyAsset` is the body as its pack made it: rigid items anchor to it. */
  constructor(readonly bodyAsset: AssetData, bodyMaterial: MeshStandardMaterial) {
    this.object.name = 'avatar';
    this.skeleton = new AvatarSkeleton(bodyAsset.joints);
    this.body = new AvatarBody(bodyAsset, bodyMaterial, this.skeleton);
    this.object.add(this.skeleton.root, this.body.mesh);
  }

  wear({ slot, asset, materials, layer, hidesBody }: WearRequest): void {
    const item = new WornItem(asset, materials, this.skeleton, layer);
    this.remove(slot);
    if (this.bodyPositions) item.refit(this.bodyPositions);
    if (this.faceShape) item.setFaceShape(this.faceShape);
    this.items.set(slot, { item, hidesBody });
    this.object.add(item.object);
    this.updateHiddenBody();
    if (slot === HAIR_SLOT || slot === HEADWEAR_SLOT) this.fitHair(slot === HEADWEAR_SLOT);
  }

  /** Takes an item off at once; its GPU resources are freed by the next `disposeRetired`. */
  remove(slot: string): void {
    const worn = this.items.get(slot);
    if (!worn) return;
    worn.item.object.removeFromParent();
    this.retired.push(worn.item);
    this.items.delete(slot);
    this.updateHiddenBody();
    if (slot === HEADWEAR_SLOT) this.fitHair(true);
  }

  /**
   * Frees the items taken off. The stage calls it after a frame is drawn: by then the item put on in their place
   * uses the same shader programs, so three.js keeps them instead of compiling them again.
   */
  disposeRetired(): void {
    for (const item of this.retired) item.dispose();
    this.retired = [];
  }

  wornSlots(): string[] {
    return [...this.items.keys()];
  }

  itemMeshes(slot: string) {
    return this.items.get(slot)?.item.meshes() ?? [];
  }

  /** Reshapes everything from MakeHuman vertex positions (metres): skeleton, body, then every worn item. */
  setBodyPositions(positions: Float32Array): void {
    this.bodyPositions = positions;
    this.skeleton.refit(positions);
    this.body.refit(positions);
    for (const { item } of this.items.values()) item.refit(positions);
    this.fitHair(false);
    this.object.position.y = -lowestBodyY(positions);
  }

  /** Heights (metres, on the stage) the camera frames: the middle of the face and the top of the head. */
  landmarks(): { faceY: number; topY: number } {
    const head = this.skeleton.jointIndex('Head');
    const top = this.skeleton.jointIndex('HeadTop_End');
    if (head === undefined || top === undefined) return { faceY: 1.55, topY: 1.7 };
    const lift = this.object.position.y;
    const headY = this.skeleton.head(head)[1] + lift;
    const topY = this.skeleton.head(top)[1] + lift;
    return { faceY: (headY + topY) / 2, topY };
  }

  /**
   * One face shape (deltas over MakeHuman vertices, e.g. closed eyes) as a morph target on the body and on every
   * worn item it moves (lashes, brows); `setFaceWeight` plays it. Null removes it.
   */
  setFaceShape(deltas: Float32Array | null): void {
    this.faceShape = deltas;
    this.body.setFaceShape(deltas);
    for (const { item } of this.items.values()) item.setFaceShape(deltas);
  }

  setFaceWeight(weight: number): void {
    const meshes = [this.body.mesh, ...[...this.items.values()].flatMap(({ item }) => item.meshes())];
    for (const mesh of meshes) if (mesh.morphTargetInfluences?.length) mesh.morphTargetInfluences[0] = weight;
  }

  pose(rotations: PoseRotations): void {
    this.skeleton.pose(rotations);
  }

  dispose(): void {
    for (const slot of [...this.items.keys()]) this.remove(slot);
    this.disposeRetired();
    this.body.dispose();
    this.skeleton.dispose();
    this.object.removeFromParent();
  }

  /**
   * Tucks the hair under the headwear, if any (see headwear.ts). `refit` first puts the hair back where it was fitted
   * (needed when the headwear changed; the hair was just fitted otherwise).
   */
  private fitHair(refit: boolean): void {
    const hair = this.items.get(HAIR_SLOT)?.item;
    if (!hair) return;
    if (refit) hair.refit(this.bodyPositions);
    const headwear = this.items.get(HEADWEAR_SLOT)?.item;
    if (!headwear) return;
    const centre = this.headCentre();
    hair.tuckUnder(headwearCover(headwear.shells(), centre), centre);
  }

  private headCentre(): Vec3 {
    const head = this.skeleton.jointIndex('Head');
    const top = this.skeleton.jointIndex('HeadTop_End');
    if (head === undefined || top === undefined) return [0, 1.6, 0];
    return headCentre(this.skeleton.head(head), this.skeleton.head(top));
  }

  /** Hides the body under what is worn; items that hide nothing (hair, eyes, lashes) leave it as it is. */
  private updateHiddenBody(): void {
    const ranges = [...this.items.values()].flatMap((worn) => worn.hidesBody);
    const key = JSON.stringify(ranges);
    if (key === this.hiddenRanges) return;
    this.hiddenRanges = key;
    this.body.hide(hiddenVertexMask(MH_VERTICES, ranges));
  }
}

/** Keeps the feet on the floor whatever the height controls do. */
function lowestBodyY(positions: Float32Array): number {
  let lowest = Infinity;
  for (let v = 0; v < MH_BODY_VERTICES; v += 1) lowest = Math.min(lowest, positions[v * 3 + 1]!);
  return lowest;
}
