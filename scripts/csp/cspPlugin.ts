/**
 * Delivers the Content Security Policy with the built app: a `<meta>` element in index.html (what every static
 * host serves) and a `_headers` file (Netlify, Cloudflare Pages and similar hosts read it; others copy its lines
 * into their configuration, see docs/security.md) that adds what only a header can carry, `frame-ancestors`.
 * The development server gets neither: Vite's hot reload needs inline scripts.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, policyOptionsFromEnv, type PolicyOptions } from './contentSecurityPolicy';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
/** Dependencies swapped in the browser build for versions that work without eval (see each file). */
const EVAL_FREE_MODULES = [
  { find: /^zod$/, replacement: here('./zodWithoutEval.ts') },
  { find: /^ndarray-pixels$/, replacement: here('./ndarrayPixelsStub.ts') },
];

/** Headers for the app's page, besides the policy: no referrer to pack hosts, no content sniffing. */
const OTHER_HEADERS = { 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' };

/** The `_headers` text: the app's page (at the base path and as index.html) gets the policy and the others. */
export function headersFile(options: PolicyOptions, base: string): string {
  const headers = { 'Content-Security-Policy': contentSecurityPolicy(options, 'header'), ...OTHER_HEADERS };
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [base, `${base}index.html`].map((path) => [path, ...lines].join('\n')).join('\n') + '\n';
}

/** Puts the policy right after the charset, before any script or stylesheet the page loads. */
export function withPolicyMeta(html: string, policy: string): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html needs <meta charset> first in <head>: the policy goes right after it');
  const end = charset.index + charset[0].length;
  const metas = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <meta name="referrer" content="no-referrer" />`;
  return html.slice(0, end) + metas + html.slice(end);
}

export function contentSecurityPolicyPlugin(): Plugin {
  let options: PolicyOptions = { packHosts: [], embedOrigins: [] };
  let base = '/';
  return {
    name: 'avatar-atelier:content-security-policy',
    apply: 'build',
    config: () => ({ resolve: { alias: EVAL_FREE_MODULES } }),
    configResolved(config) {
      base = config.base;
      options = policyOptionsFromEnv(config.env, (message) => config.logger.warn(message));
    },
    transformIndexHtml: (html) => withPolicyMeta(html, contentSecurityPolicy(options, 'meta')),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(options, base) });
    },
  };
}
