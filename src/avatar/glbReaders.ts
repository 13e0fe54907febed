import type { AssetData } from './assetData';
import type { GlbRequest, GlbResponse } from './glbWorker';

/** Reads GLB bytes into asset data; injected so the browser can read in a worker and Node in place. */
export type ReadGlbBytes = (bytes: Uint8Array) => Promise<AssetData>;

/** The GLB reader (glTF-Transform) loads on first use, so the page's first frame does not wait for its code. */
export const loadGlbReader = () => import('./readGlb');

/** Reads on the calling thread (Node, tests, or a browser without module workers). */
export const readGlbInPlace: ReadGlbBytes = async (bytes) => (await loadGlbReader()).readGlb(bytes);

/**
 * Reads in a worker started on first use. The bytes are copied to it (the caller's cache keeps them for exports);
 * the result's arrays are moved back.
 */
export function readGlbInWorker(startWorker: () => Worker): ReadGlbBytes {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (asset: AssetData) => void; reject: (error: Error) => void }>();
  const settle = ({ data }: MessageEvent<GlbResponse>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if ('asset' in data) request?.resolve(data.asset);
    else request?.reject(new Error(data.error));
  };
  return (bytes) =>
    new Promise((resolve, reject) => {
      if (!worker) {
        worker = startWorker();
        worker.addEventListener('message', settle);
      }
      const id = (nextId += 1);
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, bytes } satisfies GlbRequest);
    });
}
