import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size of the JavaScript the built index.html loads up front (entry + modulepreload). */
export function initialJsGzipBytes(distDir: string): number {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(srcs)].reduce((sum, src) => sum + gzipSync(readFileSync(join(distDir, src))).length, 0);
}
