import { AssetLibrary, fetchBytesOverHttp } from '../avatar/AssetLibrary';
import { GlbWorkerReader } from '../avatar/glbReaders';
import { DecodedImageCache } from '../avatar/three/imageCache';
import { decodeImageInBrowser } from '../avatar/three/textures';
import { parseShapeData, type ShapeModel } from '../avatar/shape';
import { packAssetUrl, type LoadedPack } from '../packs/loadPack';

/** Reads the packs' models off the page's thread. */
export const glbReader = new GlbWorkerReader(() => new Worker(new URL('../avatar/glbWorker.ts', import.meta.url), { type: 'module', name: 'glb-reader' }));

/** The scene's one download cache for pack files (GLBs, textures, shape data). */
export const assetLibrary = new AssetLibrary(fetchBytesOverHttp, glbReader.read);

/** Decoded images of items worn or preloaded; about a dozen 1024 px textures stay ready when not worn. */
export const decodedImages = new DecodedImageCache(decodeImageInBrowser, 48 * 1024 * 1024);

const shapeModels = new Map<string, Promise<ShapeModel>>();

/** The body pack's shape data, downloaded and decoded once. */
export function shapeModelOf(bodyPack: LoadedPack): Promise<ShapeModel> {
  const body = bodyPack.manifest.body;
  if (!body) return Promise.reject(new Error(`the pack "${bodyPack.manifest.id}" has no body`));
  const key = packAssetUrl(bodyPack, body.shapeData);
  let model = shapeModels.get(key);
  if (!model) {
    model = Promise.all([assetLibrary.bytes(packAssetUrl(bodyPack, body.shape)), assetLibrary.bytes(key)]).then(([json, bin]) =>
      parseShapeData(JSON.parse(new TextDecoder().decode(json)), bin.slice().buffer),
    );
    shapeModels.set(key, model);
    model.catch(() => shapeModels.delete(key));
  }
  return model;
}
