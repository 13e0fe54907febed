/**
 * The two ways the creator speaks: its own protocol (plain objects, exported bytes transferred as an
 * ArrayBuffer) and Ready Player Me's (JSON strings, the exported file as a data: URL), so RPM host code works
 * unchanged. Both carry the same messages; only their form differs.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { AvatarManifest } from '../core/manifest';
import { NATIVE_NAME, RPM_NAME, type CreatorMessage, type ExportFormatName, type FrameApiMode } from './wire';

/** A file the creator made, before a codec puts it into a message. */
export interface ExportedFile {
  manifest: AvatarManifest;
  format: ExportFormatName;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export type Decoded = { ok: true; message: Record<string, unknown> } | { ok: false; reason: string };

export interface Codec {
  /** `target` of the host's commands, `source` of the creator's messages. */
  name: string;
  /** A posted value as a command object addressed to us, or why it is not one. */
  decode(raw: unknown): Decoded;
  /** What to post for a message, and the buffers to transfer with it. */
  encode(message: CreatorMessage): { payload: unknown; transfer: Transferable[] };
}

const EXPORTED = 'v1.avatar.exported';

function addressedTo(name: string, value: unknown): Decoded {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'it is not an object' };
  const { target } = value as Record<string, unknown>;
  return target === name ? { ok: true, message: value as Record<string, unknown> } : { ok: false, reason: `its target is not "${name}"` };
}

/** The bytes as their own ArrayBuffer (a view may share a larger buffer, which must not be handed over). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
}

const native: Codec = {
  name: NATIVE_NAME,
  decode: (raw) => addressedTo(NATIVE_NAME, raw),
  encode(message) {
    if (message.eventName !== EXPORTED) return { payload: message, transfer: [] };
    const { bytes, ...file } = message.data as ExportedFile;
    const buffer = ownBuffer(bytes);
    return { payload: { ...message, data: { ...file, bytes: buffer } }, transfer: [buffer] };
  },
};

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** A content id: the same file gives the same id, as an RPM avatar id named one avatar. */
export function avatarIdOf(bytes: Uint8Array): string {
  return Array.from(sha256(bytes).subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const rpm: Codec = {
  name: RPM_NAME,
  decode(raw) {
    if (typeof raw !== 'string') return addressedTo(RPM_NAME, raw);
    try {
      return addressedTo(RPM_NAME, JSON.parse(raw));
    } catch {
      return { ok: false, reason: 'it is not JSON' };
    }
  },
  encode(message) {
    if (message.eventName !== EXPORTED) return { payload: JSON.stringify(message), transfer: [] };
    const { bytes, ...file } = message.data as ExportedFile;
    const data = { ...file, url: `data:${file.mimeType};base64,${base64(bytes)}`, avatarId: avatarIdOf(bytes) };
    return { payload: JSON.stringify({ ...message, data }), transfer: [] };
  },
};

export function codecFor(mode: FrameApiMode): Codec {
  return mode === 'rpm' ? rpm : native;
}
