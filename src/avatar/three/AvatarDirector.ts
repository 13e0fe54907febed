import { Color, type MeshStandardMaterial, type Texture } from 'three';
import type { AvatarDocument } from '../../core/avatarDocument';
import { greyOf, tintFor } from '../../core/colour';
import { packAssetUrl, type LoadedPack } from '../../packs/loadPack';
import type { Asset } from '../../packs/schema';
import type { AssetLibrary } from '../AssetLibrary';
import { avatarFiles } from '../../packs/avatarFiles';
import { resolveItem } from '../../packs/itemRef';
import { attachRigid } from '../rigid';
import { LiveAvatar } from './LiveAvatar';
import { buildMaterial, disposeMaterial, restoreOwnMap, setDyed, setMaterialMap, tintMaterial } from './materials';
import { createTexture, disposeTexture, imageTypeOf, type ImageDecoder } from './textures';

export type ItemStatus = { state: 'loading' } | { state: 'ready' } | { state: 'broken'; reason: string };

export interface DirectorEvents {
  /** An item's download or build state changed. */
  itemStatus(ref: string, status: ItemStatus): void;
  /** Something visible changed (an item was put on or taken off). */
  changed(): void;
}

/**
 * Keeps a LiveAvatar in step with the avatar document: downloads what is worn, swaps items when their
 * download finishes (the latest choice wins), applies skin and colours. A failed item leaves the avatar as
 * it was and is reported as broken with a reason.
 */
export class AvatarDirector {
  readonly live: LiveAvatar;
  private readonly worn = new Map<string, string>();
  private readonly wanted = new Map<string, string>();
  /** Textures shared by many avatars' looks (skins, variants), kept for the director's life. */
  private readonly sharedTextures = new Map<string, Promise<Texture | null>>();
  private readonly pending = new Set<Promise<unknown>>();
  private document: AvatarDocument | null = null;
  private packs: ReadonlyMap<string, LoadedPack> = new Map();
  private disposed = false;

  private constructor(live: LiveAvatar, private readonly library: AssetLibrary, private readonly images: ImageDecoder, private readonly events: DirectorEvents) {
    this.live = live;
  }

  /** Downloads the body of a pack that has one and builds the bare avatar. */
  static async create(bodyPack: LoadedPack, library: AssetLibrary, images: ImageDecoder, events: DirectorEvents): Promise<AvatarDirector> {
    const body = bodyPack.manifest.body;
    if (!body) throw new Error(`the pack "${bodyPack.manifest.id}" has no body`);
    const asset = await library.glb(packAssetUrl(bodyPack, body.glb));
    const material = await buildMaterial(asset.primitives[0]!.material, images);
    return new AvatarDirector(new LiveAvatar(asset, material), library, images, events);
  }

  /** Starts downloading every file the document wears (models, skins, variant textures) while the body loads. */
  static prefetch(document: AvatarDocument, packs: ReadonlyMap<string, LoadedPack>, library: AssetLibrary): void {
    for (const pack of packs.values()) {
      for (const path of avatarFiles(pack.manifest, document)) library.bytes(packAssetUrl(pack, path)).catch(() => {}); // failures are reported when worn
    }
  }

  /** Brings the avatar in line with the document (items, skin, colours). Returns at once; loads continue. */
  sync(document: AvatarDocument, packs: ReadonlyMap<string, LoadedPack>): void {
    const before = this.packs;
    this.document = document;
    this.packs = packs;
    // A pack loaded again (a designer's new version) puts its worn items on again.
    const reloaded = (ref: string) => before.get(ref.split('/')[0]!) !== packs.get(ref.split('/')[0]!);
    for (const slot of this.worn.keys()) if (!document.items[slot]) this.takeOff(slot);
    for (const [slot, ref] of Object.entries(document.items)) {
      if (reloaded(ref) || (this.worn.get(slot) !== ref && this.wanted.get(slot) !== ref)) this.track(this.putOn(slot, ref));
    }
    this.applyColours();
    this.track(this.applyVariants());
  }

  /** Resolves when every download started so far has finished (for tests and the QA API). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Frees the avatar; items still downloading are freed when they arrive instead of being put on. */
  dispose(): void {
    this.disposed = true;
    this.wanted.clear();
    this.live.dispose();
    for (const texture of this.sharedTextures.values()) void texture.then(disposeTexture);
  }

  private takeOff(slot: string): void {
    if (slot === 'skin') setMaterialMap(this.bodyMaterial(), null);
    else this.live.remove(slot);
    this.worn.delete(slot);
    this.wanted.delete(slot);
    this.events.changed();
  }

  private async putOn(slot: string, ref: string): Promise<void> {
    this.wanted.set(slot, ref);
    const resolved = resolveItem(ref, this.packs);
    if (typeof resolved === 'string') return this.fail(slot, ref, resolved);
    this.events.itemStatus(ref, { state: 'loading' });
    try {
      const prepared = await this.prepare(slot, resolved.pack, resolved.asset);
      if (this.wanted.get(slot) !== ref) return prepared.discard(); // a later choice replaced this one meanwhile
      prepared.apply();
      this.events.changed();
      this.worn.set(slot, ref);
      this.applyColours();
      await this.applyVariants();
      this.events.itemStatus(ref, { state: 'ready' });
    } catch (error) {
      this.fail(slot, ref, (error as Error).message);
    }
  }

  /**
   * Downloads and builds an item with its chosen variant's texture (so it never shows in the wrong colour first):
   * `apply` puts it on, `discard` frees it when a later choice won.
   */
  private async prepare(slot: string, pack: LoadedPack, asset: Asset): Promise<{ apply: () => void; discard: () => void }> {
    if (asset.texture && !asset.glb) {
      const skin = await this.sharedTexture(packAssetUrl(pack, asset.texture));
      return { apply: () => setMaterialMap(this.bodyMaterial(), skin), discard: () => {} };
    }
    if (!asset.glb) throw new Error('the item has neither a model nor a texture');
    const attach = asset.attach;
    const read = this.library.glb(packAssetUrl(pack, asset.glb));
    const model = attach ? read.then((data) => attachRigid(data, attach, this.live.bodyAsset)) : read;
    const [data, materials, variant] = await Promise.all([
      model,
      model.then((loaded) => Promise.all(loaded.primitives.map((p) => buildMaterial(p.material, this.images)))),
      this.variantTexture(pack, asset, this.document?.variants?.[slot]),
    ]);
    return {
      apply: () => {
        this.live.wear({ slot, asset: data, materials, layer: asset.layer, hidesBody: asset.hidesBody });
        if (variant) for (const mesh of this.live.itemMeshes(slot)) setMaterialMap(mesh.material as MeshStandardMaterial, variant);
      },
      discard: () => materials.forEach(disposeMaterial),
    };
  }

  private fail(slot: string, ref: string, reason: string): void {
    if (this.wanted.get(slot) === ref) this.wanted.delete(slot);
    this.events.itemStatus(ref, { state: 'broken', reason });
  }

  private sharedTexture(url: string): Promise<Texture | null> {
    if (this.disposed) return Promise.resolve(null); // nothing would free it
    let texture = this.sharedTextures.get(url);
    if (!texture) {
      texture = this.library.bytes(url).then((bytes) => createTexture({ bytes, mimeType: imageTypeOf(url) ?? 'image/jpeg' }, this.images, 'color'));
      this.sharedTextures.set(url, texture);
      texture.catch(() => this.sharedTextures.delete(url));
    }
    return texture;
  }

  /** The texture of an item's chosen variant; null when none is chosen or it fails (the item keeps its own). */
  private async variantTexture(pack: LoadedPack, asset: Asset, variantId: string | undefined): Promise<Texture | null> {
    const variant = asset.variants.find((v) => v.id === variantId);
    if (!variant?.texture) return null;
    return this.sharedTexture(packAssetUrl(pack, variant.texture)).catch(() => null);
  }

  /** Shows each worn item's chosen variant texture (or its own texture when none is chosen). */
  private async applyVariants(): Promise<void> {
    const document = this.document;
    if (!document) return;
    await Promise.all([...this.worn].map(([slot, ref]) => this.applyVariant(slot, ref, document.variants?.[slot])));
  }

  private async applyVariant(slot: string, ref: string, variantId: string | undefined): Promise<void> {
    const resolved = resolveItem(ref, this.packs);
    if (slot === 'skin' || typeof resolved === 'string') return;
    const texture = await this.variantTexture(resolved.pack, resolved.asset, variantId);
    if (this.worn.get(slot) !== ref || this.document?.variants?.[slot] !== variantId) return; // changed meanwhile
    let changed = false;
    for (const mesh of this.live.itemMeshes(slot)) {
      const material = mesh.material as MeshStandardMaterial;
      changed = (texture ? setMaterialMap(material, texture) : restoreOwnMap(material)) || changed;
    }
    if (changed) this.events.changed();
  }

  private track(task: Promise<void>): void {
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
  }

  private bodyMaterial(): MeshStandardMaterial {
    return this.live.body.mesh.material as MeshStandardMaterial;
  }

  private applyColours(): void {
    const document = this.document;
    if (!document) return;
    for (const [slot, ref] of this.worn) {
      const resolved = resolveItem(ref, this.packs);
      if (typeof resolved === 'string') continue;
      const hex = document.colours[slot];
      if (slot === 'skin') {
        tintMaterial(this.bodyMaterial(), hex ? new Color(...tintFor(hex, resolved.asset.swatch)) : null);
        continue;
      }
      // Colourable items are dyed: their texture keeps only its brightness and takes the chosen hue.
      const dye = Boolean(hex && resolved.asset.colourable);
      const swatch = resolved.asset.swatch ? greyOf(resolved.asset.swatch) : undefined;
      for (const mesh of this.live.itemMeshes(slot)) {
        const material = mesh.material as MeshStandardMaterial;
        setDyed(material, dye);
        tintMaterial(material, dye ? new Color(...tintFor(hex!, swatch)) : null);
      }
    }
  }
}
