import { Color, Group, type MeshStandardMaterial } from 'three';
import type { AvatarDocument } from '../../core/avatarDocument';
import type { Inspection } from '../../core/itemInspection';
import type { LoadedPack } from '../../packs/loadPack';
import type { AssetLibrary } from '../AssetLibrary';
import type { PoseRotations } from '../poses';
import { AvatarDirector, type ItemStatus } from './AvatarDirector';
import { InspectionHelpers } from './InspectionHelpers';
import { tintMaterial } from './materials';
import { PosedCopy } from './PosedCopy';
import type { ImageDecoder } from './textures';

const MANNEQUIN = new Color('#9ba0a8');

export interface PreviewAvatarSetup {
  /** The pack that has the body (the core pack). */
  bodyPack: LoadedPack;
  library: AssetLibrary;
  images: ImageDecoder;
  /** Something visible changed: the canvas should draw a frame. */
  changed: () => void;
  /** Light the still copies with cheaper materials (a software renderer; see PosedCopy). */
  cheapMaterials: boolean;
}

/**
 * One body of the preview grid: an avatar built by its own AvatarDirector (sharing the app's download and image
 * caches), shaped, posed and dressed once, then shown as a still copy (PosedCopy: no skinning per frame) with
 * inspection helpers. The live avatar stays off stage, so the renderer neither skins nor compiles it; its skeleton
 * is what the skeleton helper draws.
 */
export class PreviewAvatar {
  /** What the grid shows: the still copy and the helpers. */
  readonly object = new Group();
  private readonly statuses = new Map<string, ItemStatus>();
  private copy: PosedCopy | null = null;
  private helpers: InspectionHelpers | null = null;

  private constructor(
    private readonly director: AvatarDirector,
    private readonly cheapMaterials: boolean,
  ) {}

  static async create({ bodyPack, library, images, changed, cheapMaterials }: PreviewAvatarSetup): Promise<PreviewAvatar> {
    let avatar: PreviewAvatar | null = null;
    const events = { itemStatus: (ref: string, status: ItemStatus) => avatar?.statuses.set(ref, status), changed };
    const director = await AvatarDirector.create(bodyPack, library, images, events);
    // A mannequin grey: light and dark garments both stand out from it (a previewed skin replaces it).
    tintMaterial(director.live.body.mesh.material as MeshStandardMaterial, MANNEQUIN);
    avatar = new PreviewAvatar(director, cheapMaterials);
    return avatar;
  }

  /** Shapes and poses the body, puts on what the document wears, and once every item arrived (or failed) shows its copy. */
  async dress(document: AvatarDocument, packs: ReadonlyMap<string, LoadedPack>, body: Float32Array, pose: PoseRotations | null): Promise<void> {
    const { live } = this.director;
    live.setBodyPositions(body);
    if (pose) live.pose(pose);
    this.director.sync(document, packs);
    await this.director.settled();
    this.copy = new PosedCopy(live, this.cheapMaterials);
    await this.copy.simplify();
    this.object.add(this.copy.object);
    this.helpers = new InspectionHelpers(live, this.copy, this.object);
  }

  /** How the item's download and build went on this body (undefined: it was never asked for). */
  statusOf(ref: string): ItemStatus | undefined {
    return this.statuses.get(ref);
  }

  /** Face and head-top heights (metres) of the avatar before any lift. */
  landmarks(): { faceY: number; topY: number } {
    return this.director.live.landmarks();
  }

  /** Moves the avatar up or down (metres), e.g. to line the faces up for a hat. */
  lift(y: number): void {
    this.object.position.y = y;
  }

  /** Draws fewer triangles (while the grid's camera moves), or all of them. */
  drawCoarse(coarse: boolean): void {
    this.copy?.drawCoarse(coarse);
  }

  /** Shows the wireframe, skeleton and bounding box asked for, once dressed; `slot` names the previewed item. */
  inspect(inspection: Inspection, slot: string): void {
    this.helpers?.apply(inspection, slot);
  }

  /** Frees everything it built; an item still downloading is freed when it arrives. */
  dispose(): void {
    this.helpers?.dispose();
    this.copy?.dispose();
    this.object.removeFromParent();
    this.director.dispose();
  }
}
