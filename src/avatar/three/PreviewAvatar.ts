import { Group } from 'three';
import type { AvatarDocument } from '../../core/avatarDocument';
import type { Inspection } from '../../core/itemInspection';
import type { LoadedPack } from '../../packs/loadPack';
import type { AssetLibrary } from '../AssetLibrary';
import type { PoseRotations } from '../poses';
import { AvatarDirector, type ItemStatus } from './AvatarDirector';
import { InspectionHelpers } from './InspectionHelpers';
import type { ImageDecoder } from './textures';

export interface PreviewAvatarSetup {
  /** The pack that has the body (the core pack). */
  bodyPack: LoadedPack;
  library: AssetLibrary;
  images: ImageDecoder;
  /** Something visible changed: the canvas should draw a frame. */
  changed: () => void;
}

/**
 * One body of the preview grid: an avatar built by its own AvatarDirector (sharing the app's download and image
 * caches), shaped and posed once, with inspection helpers. `object` stays at the scene's origin (the helpers need
 * an unmoved parent); the avatar inside it can be lifted so every head sits at the same height.
 */
export class PreviewAvatar {
  readonly object = new Group();
  private readonly placement = new Group();
  private readonly statuses = new Map<string, ItemStatus>();
  private readonly helpers: InspectionHelpers;

  private constructor(private readonly director: AvatarDirector) {
    this.placement.add(director.live.object);
    this.object.add(this.placement);
    this.helpers = new InspectionHelpers(director.live, this.object, this.placement);
  }

  static async create({ bodyPack, library, images, changed }: PreviewAvatarSetup): Promise<PreviewAvatar> {
    let avatar: PreviewAvatar | null = null;
    const events = { itemStatus: (ref: string, status: ItemStatus) => avatar?.statuses.set(ref, status), changed };
    const director = await AvatarDirector.create(bodyPack, library, images, events);
    avatar = new PreviewAvatar(director);
    return avatar;
  }

  /** Shapes and poses the body, then puts on what the document wears; resolves when every item arrived or failed. */
  async dress(document: AvatarDocument, packs: ReadonlyMap<string, LoadedPack>, body: Float32Array, pose: PoseRotations | null): Promise<void> {
    const { live } = this.director;
    live.setBodyPositions(body);
    if (pose) live.pose(pose);
    this.director.sync(document, packs);
    await this.director.settled();
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
    this.placement.position.y = y;
    this.object.updateMatrixWorld(true);
  }

  /** Shows the wireframe, skeleton and bounding box asked for; `slot` names the previewed item. */
  inspect(inspection: Inspection, slot: string): void {
    this.helpers.apply(inspection, slot);
  }

  /** Frees everything it built; an item still downloading is freed when it arrives. */
  dispose(): void {
    this.helpers.dispose();
    this.object.removeFromParent();
    this.director.dispose();
    const { live } = this.director;
    void this.director.settled().then(() => {
      for (const slot of live.wornSlots()) live.remove(slot);
      live.disposeRetired();
    });
  }
}
