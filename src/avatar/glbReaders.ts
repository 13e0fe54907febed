import type { AssetData } from './assetData';
import type { GlbRequest, GlbResponse } from './glbWorker';

/** Reads GLB bytes into asset data; injected so the browser can read in a worker and Node in place. */
export type ReadGlbBytes = (bytes: Uint8Array) => Promise<AssetData>;

/** The GLB reader (glTF-Transform) loads on first use, so the page's first frame does not wait for its code. */
export const loadGlbReader = () => import('./readGlb');

/** Reads on the calling thread (Node, tests, or a browser without module workers). */
export const readGlbInPlace: ReadGlbBytes = async (bytes) => (await loadGlbReader()).readGlb(bytes);

/**
 * Reads in a worker. The bytes are copied to it (the caller's cache keeps them for exports); the result's arrays are
 * moved back. The worker starts on first use, or earlier with `start`: it takes a moment to boot.
 */
export class GlbWorkerReader {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (asset: AssetData) => void; reject: (error: Error) => void }>();

  constructor(private readonly startWorker: () => Worker) {}

  start(): Worker {
    if (this.worker) return this.worker;
    this.worker = this.startWorker();
    this.worker.addEventListener('message', this.settle);
    return this.worker;
  }

  readonly read: ReadGlbBytes = (bytes) =>
    new Promise((resolve, reject) => {
      const id = (this.nextId += 1);
      this.waiting.set(id, { resolve, reject });
      this.start().postMessage({ id, bytes } satisfies GlbRequest);
    });

  private readonly settle = ({ data }: MessageEvent<GlbResponse>) => {
    const request = this.waiting.get(data.id);
    this.waiting.delete(data.id);
    if ('asset' in data) request?.resolve(data.asset);
    else request?.reject(new Error(data.error));
  };
}
