import { sha256 } from '@noble/hashes/sha2.js';

/**
 * A pack's content hash: SHA-256 of its pack.json bytes, written like Subresource Integrity ("sha256-<base64>").
 * pack.json names every file and the pack's version, so a changed pack gets a new hash. Computed in plain
 * JavaScript because Web Crypto is missing on plain-http hosts that self-hosters use.
 */
export function packContentHash(packJsonText: string): string {
  const digest = sha256(new TextEncoder().encode(packJsonText));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}
