/**
 * A worker that reads GLB files into plain asset data, so parsing a garment or the body never blocks the page's
 * frames. The arrays it returns are moved to the page, not copied.
 */
import type { AssetData } from './assetData';
import { readGlb } from './readGlb';

export interface GlbRequest {
  id: number;
  bytes: Uint8Array;
}

export type GlbResponse = { id: number; asset: AssetData } | { id: number; error: string };

/** Every distinct buffer behind the asset's arrays (views may share one). */
function buffersOf(asset: AssetData): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: ArrayBufferView | null | undefined) => array && buffers.add(array.buffer as ArrayBuffer);
  for (const p of asset.primitives) {
    [p.positions, p.normals, p.uvs, p.indices, p.skinJoints, p.skinWeights, p.mhVertex, p.fitRefs, p.fitWeights, p.fitOffsets].forEach(add);
    [p.material.baseColorTexture, p.material.normalTexture, p.material.occlusionTexture].forEach((texture) => add(texture?.bytes));
  }
  return [...buffers];
}

const scope = self as unknown as { onmessage: (event: MessageEvent<GlbRequest>) => void; postMessage: (message: GlbResponse, transfer: Transferable[]) => void };

scope.onmessage = async ({ data: { id, bytes } }) => {
  try {
    const asset = await readGlb(bytes);
    scope.postMessage({ id, asset }, buffersOf(asset));
  } catch (error) {
    scope.postMessage({ id, error: (error as Error).message }, []);
  }
};
