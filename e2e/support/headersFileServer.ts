/**
 * Serves dist/ the way a static host that reads `_headers` does (Netlify, Cloudflare Pages): each rule's headers
 * go on responses for its exact path. Lets a test check the headers a deployment would send, such as the
 * policy's frame-ancestors.
 */
import { readFileSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';

export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = {}));
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

export function serveWithHeadersFile(origin: string): Promise<PreviewServer> {
  const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
  const { hostname, port } = new URL(origin);
  return preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: 'dist' },
    preview: { host: hostname, port: Number(port), strictPort: true },
    plugins: [
      {
        name: 'headers-file',
        configurePreviewServer: (server) =>
          void server.middlewares.use((request, response, next) => {
            const path = new URL(request.url ?? '/', origin).pathname;
            for (const [name, value] of Object.entries(rules.get(path) ?? {})) response.setHeader(name, value);
            next();
          }),
      },
    ],
  });
}
