/**
 * Share links carry the whole manifest in the URL fragment (`#avatar=…`): deflated JSON in base64url. The
 * fragment never reaches a server, so sharing needs no account and stores nothing anywhere.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import type { Result } from './validation';

export const SHARE_PARAM = 'avatar';
/** Far above any real manifest (about 1 kB of JSON): a guard against decompression bombs. */
const MAX_JSON_BYTES = 256 * 1024;
/** Deflate expands at most about 1032×, so one slice never inflates to more than about 1 MB past the limit. */
const SLICE = 1024;

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
    const bytes = inflateAtMost(fromBase64Url(body.slice(prefix.length)), MAX_JSON_BYTES);
    if (!bytes) return { ok: false, errors: ['the link holds more data than an avatar needs'] };
    return { ok: true, value: JSON.parse(strFromU8(bytes)) };
  } catch {
    return { ok: false, errors: ['the link is damaged or incomplete (was it cut when copied?)'] };
  }
}

/**
 * Inflates slice by slice and stops once the output passes `limit` (null then): a link of deflated zeros would
 * otherwise fill gigabytes before its size could be checked. Throws on damaged data.
 */
function inflateAtMost(data: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  });
  let at = 0;
  do {
    inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    at += SLICE;
  } while (at < data.length && size <= limit);
  if (size > limit) return null;
  const out = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (out.set(chunk, offset), offset + chunk.length), 0);
  return out;
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
