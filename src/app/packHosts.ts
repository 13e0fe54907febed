/**
 * Where packs may be downloaded from: the app's own origin, and the pack hosts the deployment names at build time
 * (VITE_PACK_HOSTS, comma-separated origin patterns such as `https://packs.example.com`). The Content Security
 * Policy's connect-src lists the same hosts (docs/security.md), so a URL outside them is refused here, with a
 * notice, before the browser would block it.
 */
import { originAllowed, parseOriginList } from '../embed/origins';

const BUILT_PACK_HOSTS = parseOriginList((import.meta.env.VITE_PACK_HOSTS as string | undefined) ?? '', (message) => console.warn(`VITE_PACK_HOSTS: ${message}`));

export interface PackHosts {
  /** The page's own origin. */
  self: string;
  /** Origin patterns allowed besides it. */
  others: readonly string[];
}

export function builtPackHosts(): PackHosts {
  return { self: location.origin, others: BUILT_PACK_HOSTS };
}

/** Whether packs may be downloaded from this URL: http(s), on the page's origin or an allowed pack host. */
export function packUrlAllowed(url: URL, hosts: PackHosts): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return url.origin === hosts.self || originAllowed(url.origin, hosts.others);
}
