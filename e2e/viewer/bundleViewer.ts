/** Bundles modelViewer.ts (three.js, three-vrm, meshopt decoder) into one script for a test page. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

let bundled: Promise<string> | null = null;

export function viewerScript(): Promise<string> {
  bundled ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('./modelViewer.ts', import.meta.url)), formats: ['es'], fileName: 'viewer' },
    },
  }).then((result) => {
    const output = (Array.isArray(result) ? result[0] : result) as { output: { code: string }[] };
    return output.output[0]!.code;
  });
  return bundled;
}
