/**
 * Builds the service worker of the offline copy (src/offline/serviceWorker.ts) into dist/sw.js, after the app, with
 * the list of files it keeps written in: the page, everything in assets/ (scripts, styles, codecs) and the shipped
 * packs in packs/. Their content hash names the cache, so any change to any file makes a new worker.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { OfflineManifest } from '../../src/offline/offlineCache';

const KEPT = ['index.html', 'favicon.svg', 'assets', 'packs'];

function filesUnder(outDir: string, entry: string): string[] {
  const path = join(outDir, entry);
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (!statSync(path).isDirectory()) return [entry];
  return readdirSync(path).flatMap((name) => filesUnder(outDir, `${entry}/${name}`));
}

export function offlineManifest(outDir: string, base: string): OfflineManifest {
  const files = KEPT.flatMap((entry) => filesUnder(outDir, entry)).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(outDir, file)));
  return { version: hash.digest('hex').slice(0, 16), base, files };
}

export function offlineCopyPlugin(): Plugin {
  let outDir = '';
  let base = '/';
  let logger: ResolvedConfig['logger'] | null = null;
  return {
    name: 'avatar-atelier:offline-copy',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
      logger = config.logger;
    },
    async closeBundle() {
      const manifest = offlineManifest(outDir, base);
      await build({
        configFile: false,
        publicDir: false,
        logLevel: 'warn',
        define: { OFFLINE_MANIFEST: JSON.stringify(manifest) },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          lib: { entry: fileURLToPath(new URL('../../src/offline/serviceWorker.ts', import.meta.url)), formats: ['iife'], name: 'avatarAtelierOffline', fileName: () => 'sw.js' },
        },
      });
      logger?.info(`offline copy: ${manifest.files.length} files, cache ${manifest.version} (${relative(process.cwd(), join(outDir, 'sw.js'))})`);
    },
  };
}
