/**
 * Share links carry the whole manifest in the URL fragment (`#avatar=…`): deflated JSON in base64url. The
 * fragment never reaches a server, so sharing needs no account and stores nothing anywhere.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Result } from './validation';

export const SHARE_PARAM = 'avatar';
/** Far above any real manifest (about 1 kB of JSON): a guard against decompression bombs. */
const MAX_JSON_BYTES = 256 * 1024;

export function encodeShareFragment(manifest: unknown): string {
  const packed = deflateSync(strToU8(JSON.stringify(manifest)), { level: 9 });
  return `${SHARE_PARAM}=${toBase64Url(packed)}`;
}

/** The JSON a fragment carries, or why it cannot be read. Null when the fragment is not a share link. */
export function decodeShareFragment(fragment: string): Result<unknown> | null {
  const prefix = `${SHARE_PARAM}=`;
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(prefix)) return null;
  try {
    const bytes = inflateSync(fromBase64Url(body.slice(prefix.length)));
    if (bytes.length > MAX_JSON_BYTES) return { ok: false, errors: ['the link holds more data than an avatar needs'] };
    return { ok: true, value: JSON.parse(strFromU8(bytes)) };
  } catch {
    return { ok: false, errors: ['the link is damaged or incomplete (was it cut when copied?)'] };
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
