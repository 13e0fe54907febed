import { Box3, Box3Helper, Color, Matrix4, SkeletonHelper, type MeshStandardMaterial, type Object3D, type SkinnedMesh } from 'three';
import type { Inspection } from '../../core/itemInspection';
import type { LiveAvatar } from './LiveAvatar';

const BOUNDS_COLOUR = new Color('#e4572e');

/**
 * The inspection helpers of one live avatar. Helpers are made when first switched on and freed when switched off
 * or disposed. `root` must not move (a SkeletonHelper draws in world space); `placement` holds the avatar.
 */
export class InspectionHelpers {
  private skeleton: SkeletonHelper | null = null;
  private bounds: Box3Helper | null = null;

  constructor(
    private readonly live: LiveAvatar,
    private readonly root: Object3D,
    private readonly placement: Object3D,
  ) {}

  apply(inspection: Inspection, slot: string): void {
    const item = this.itemMeshes(slot);
    const everything = [this.live.body.mesh, ...this.live.wornSlots().flatMap((worn) => this.live.itemMeshes(worn))];
    const wired = inspection.wireframe === 'all' ? everything : inspection.wireframe === 'item' ? item : [];
    for (const mesh of everything) setWireframe(mesh, wired.includes(mesh));
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
  private itemMeshes(slot: string): SkinnedMesh[] {
    const meshes = this.live.itemMeshes(slot);
    return meshes.length > 0 ? meshes : [this.live.body.mesh];
  }

  private toggleSkeleton(): void {
    if (this.skeleton) {
      this.skeleton.removeFromParent();
      this.skeleton.dispose();
      this.skeleton = null;
      return;
    }
    this.skeleton = new SkeletonHelper(this.live.object);
    this.root.add(this.skeleton);
  }

  private toggleBounds(meshes: readonly SkinnedMesh[]): void {
    if (this.bounds) {
      this.bounds.removeFromParent();
      this.bounds.dispose();
      this.bounds = null;
      return;
    }
    this.bounds = new Box3Helper(this.boxOf(meshes), BOUNDS_COLOUR);
    this.placement.add(this.bounds);
  }

  /** The meshes' box as skinned in the current pose, in the placement's space (so it follows a lift). */
  private boxOf(meshes: readonly SkinnedMesh[]): Box3 {
    this.root.updateMatrixWorld(true);
    const box = new Box3();
    for (const mesh of meshes) {
      mesh.computeBoundingBox(); // skins every vertex on the CPU: once, when the box is switched on
      box.union(mesh.boundingBox!.clone().applyMatrix4(mesh.matrixWorld));
    }
    return box.applyMatrix4(new Matrix4().copy(this.placement.matrixWorld).invert());
  }
}

function setWireframe(mesh: SkinnedMesh, on: boolean): void {
  (mesh.material as MeshStandardMaterial).wireframe = on;
}
