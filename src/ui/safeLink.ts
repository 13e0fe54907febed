/**
 * Links whose address comes from pack data (a licence URL): only web addresses become links. `javascript:`,
 * `data:`, `file:` and anything else a pack might name is shown as text instead, so a pack cannot run script or
 * open local files through a click.
 */
const WEB_SCHEMES = new Set(['http:', 'https:']);

/** The address to put in `href`, or null when it must be shown as text. Relative addresses resolve against `base`. */
export function safeLinkHref(address: string | undefined, base: string = globalThis.location?.href ?? 'http://invalid/'): string | null {
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return null;
  }
  return WEB_SCHEMES.has(url.protocol) ? url.href : null;
}
