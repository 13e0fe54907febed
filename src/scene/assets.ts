import { AssetLibrary, fetchBytesOverHttp } from '../avatar/AssetLibrary';

/** The scene's one download cache for pack files (GLBs, textures, shape data). */
export const assetLibrary = new AssetLibrary(fetchBytesOverHttp);
