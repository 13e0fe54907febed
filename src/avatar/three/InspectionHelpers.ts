import { Box3, Box3Helper, Color, Matrix4, SkeletonHelper, type Mesh, type MeshStandardMaterial, type Object3D } from 'three';
import type { Inspection } from '../../core/itemInspection';
import type { LiveAvatar } from './LiveAvatar';
import type { PosedCopy } from './PosedCopy';

const BOUNDS_COLOUR = new Color('#e4572e');

/**
 * The inspection helpers of one preview avatar, drawn over its posed copy and added to `parent`, which holds the copy.
 * The live avatar is off stage, so its skeleton's matrices are those of its own space: in `parent` the skeleton helper
 * lines up with the copy. Helpers are made when first switched on and freed when switched off or disposed.
 */
export class InspectionHelpers {
  private skeleton: SkeletonHelper | null = null;
  private bounds: Box3Helper | null = null;

  constructor(
    private readonly live: LiveAvatar,
    private readonly copy: PosedCopy,
    private readonly parent: Object3D,
  ) {}

  apply(inspection: Inspection, slot: string): void {
    const item = this.itemMeshes(slot);
    const everything = this.copy.allMeshes();
    const wired = inspection.wireframe === 'all' ? everything : inspection.wireframe === 'item' ? item : [];
    for (const mesh of everything) (mesh.material as MeshStandardMaterial).wireframe = wired.includes(mesh);
    if (inspection.skeleton !== Boolean(this.skeleton)) this.toggleSkeleton();
    if (inspection.bounds !== Boolean(this.bounds)) this.toggleBounds(item);
  }

  dispose(): void {
    this.skeleton?.dispose();
    this.bounds?.dispose();
    this.skeleton = null;
    this.bounds = null;
  }

  /** The previewed item's meshes; a skin has none of its own, so it is the body's. */
  private itemMeshes(slot: string): Mesh[] {
    const meshes = this.copy.meshes(slot);
    return meshes.length > 0 ? meshes : this.copy.meshes(null);
  }

  private toggleSkeleton(): void {
    if (this.skeleton) {
      this.skeleton.removeFromParent();
      this.skeleton.dispose();
      this.skeleton = null;
      return;
    }
    this.live.object.updateMatrixWorld(true);
    this.skeleton = new SkeletonHelper(this.live.object);
    this.parent.add(this.skeleton);
  }

  private toggleBounds(meshes: readonly Mesh[]): void {
    if (this.bounds) {
      this.bounds.removeFromParent();
      this.bounds.dispose();
      this.bounds = null;
      return;
    }
    this.bounds = new Box3Helper(this.boxOf(meshes), BOUNDS_COLOUR);
    this.parent.add(this.bounds);
  }

  /** The meshes' box as posed, in the parent's space (so it follows a lift). */
  private boxOf(meshes: readonly Mesh[]): Box3 {
    this.parent.updateWorldMatrix(true, true);
    const box = new Box3();
    for (const mesh of meshes) box.expandByObject(mesh);
    return box.applyMatrix4(new Matrix4().copy(this.parent.matrixWorld).invert());
  }
}
