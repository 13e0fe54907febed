import type { AssetData } from './assetData';
import type { GlbRequest, GlbResponse } from './glbWorker';

/** Reads GLB bytes into asset data; injected so the browser can read in a worker and Node in place. */
export type ReadGlbBytes = (bytes: Uint8Array) => Promise<AssetData>;

/** The GLB reader (glTF-Transform) loads on first use, so the page's first frame does not wait for its code. */
export const loadGlbReader = () => import('./readGlb');

/** Reads on the calling thread (Node, tests, or a browser without module workers). */
export const readGlbInPlace: ReadGlbBytes = async (bytes) => (await loadGlbReader()).readGlb(bytes);

/** Reads GLB bytes in a worker; `start` boots it ahead of the first file (it takes a few hundred milliseconds). */
export interface WorkerGlbReader {
  read: ReadGlbBytes;
  start(): void;
}

/**
 * Reads in a worker started on first use, or by `start`. The bytes are copied to it (the caller's cache keeps them
 * for exports); the result's arrays are moved back.
 */
export function readGlbInWorker(startWorker: () => Worker): WorkerGlbReader {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (asset: AssetData) => void; reject: (error: Error) => void }>();
  const settle = ({ data }: MessageEvent<GlbResponse>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if ('asset' in data) request?.resolve(data.asset);
    else request?.reject(new Error(data.error));
  };
  const start = (): Worker => {
    if (!worker) {
      worker = startWorker();
      worker.addEventListener('message', settle);
    }
    return worker;
  };
  const read: ReadGlbBytes = (bytes) =>
    new Promise((resolve, reject) => {
      const id = (nextId += 1);
      waiting.set(id, { resolve, reject });
      start().postMessage({ id, bytes } satisfies GlbRequest);
    });
  return { read, start };
}
