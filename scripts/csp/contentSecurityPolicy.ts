/**
 * The built app's Content Security Policy (docs/security.md). Scripts come only from the app's origin (no inline
 * script, no eval; WebAssembly may compile, which the image codecs and meshoptimizer need); data goes only to the
 * app's origin, to blob: URLs of packs opened from files, and to the pack hosts the deployment names. Embedding is
 * allowed only to the embed origin list.
 */
import { DEFAULT_ALLOWED_ORIGINS, parseOriginList } from '../../src/embed/origins';

export interface PolicyOptions {
  /** Origin patterns packs may be loaded from besides the app's own origin (VITE_PACK_HOSTS). */
  packHosts: readonly string[];
  /** Origin patterns of pages that may embed the creator (VITE_EMBED_ALLOWED_ORIGINS). */
  embedOrigins: readonly string[];
}

/** Directives a `<meta>` policy cannot carry: browsers ignore them there, so they go in the HTTP header only. */
const HEADER_ONLY = new Set(['frame-ancestors']);

export function policyDirectives({ packHosts, embedOrigins }: PolicyOptions): [string, string[]][] {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'blob:', 'data:', ...packHosts]],
    ['connect-src', ["'self'", 'blob:', ...packHosts]],
    ['worker-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'self'", ...embedOrigins]],
  ];
}

/** The policy as text: for the HTTP header (every directive) or for a `<meta>` element (those it may carry). */
export function contentSecurityPolicy(options: PolicyOptions, delivery: 'header' | 'meta'): string {
  return policyDirectives(options)
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The options from the build's environment variables; invalid entries are reported and dropped. */
export function policyOptionsFromEnv(env: Record<string, string | undefined>, report: (message: string) => void): PolicyOptions {
  const embed = env.VITE_EMBED_ALLOWED_ORIGINS?.trim();
  return {
    packHosts: parseOriginList(env.VITE_PACK_HOSTS ?? '', (message) => report(`VITE_PACK_HOSTS: ${message}`)),
    embedOrigins: embed ? parseOriginList(embed, (message) => report(`VITE_EMBED_ALLOWED_ORIGINS: ${message}`)) : [...DEFAULT_ALLOWED_ORIGINS],
  };
}
