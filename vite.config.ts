import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin } from './scripts/csp/cspPlugin';
import { offlineCopyPlugin } from './scripts/offline/offlinePlugin';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const FIRST_FRAME_LIBRARIES = /node_modules[\\/](three|@react-three|react|react-dom|react-reconciler|scheduler|its-fine|suspend-react|react-use-measure|use-sync-external-store|zustand|zundo|zod|i18next|camera-controls|@noble)[\\/]/;
const EXAMPLE = resolve(ROOT, 'examples/host');

/**
 * After the app, `vite build` builds what integrators embed it with (docs/embed.md): the host SDK as a
 * dependency-free ES module (dist/sdk/avatar-atelier-host.js) and the example host pages with their three.js
 * viewer (dist/examples/host/), so a built site demonstrates embedding on its own.
 */
function embedArtifacts(): Plugin {
  let outDir = resolve(ROOT, 'dist');
  const common = { configFile: false, publicDir: false, logLevel: 'warn' } as const;
  return {
    name: 'avatar-atelier:embed-artifacts',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    async closeBundle() {
      await build({
        ...common,
        build: {
          outDir: resolve(outDir, 'sdk'),
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          lib: { entry: resolve(ROOT, 'src/embed/host.ts'), formats: ['es'], fileName: () => 'avatar-atelier-host.js' },
        },
      });
      await build({
        ...common,
        root: EXAMPLE,
        base: './',
        build: {
          outDir: resolve(outDir, 'examples/host'),
          emptyOutDir: true,
          target: 'es2022',
          chunkSizeWarningLimit: 2000,
          rolldownOptions: { input: { index: resolve(EXAMPLE, 'index.html'), rpm: resolve(EXAMPLE, 'rpm.html') } },
        },
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyPlugin(), offlineCopyPlugin(), embedArtifacts()],
  // Size budgets are measured in gzip by `npm run bench`; Vite's raw-size warning adds nothing.
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    // The libraries the first frame needs, in one chunk: left alone, Rolldown splits them into many shared chunks as
    // soon as a lazy chunk uses them too (rolldown#10731), and every split costs gzip bytes.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: FIRST_FRAME_LIBRARIES }] } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
