/** Test helper: edits to a GLB's container (header, chunk lengths) and to its binary chunk, for malformed fixtures. */

type GlbJson = Record<string, unknown> & { accessors: Record<string, unknown>[]; bufferViews: Record<string, unknown>[] };

/** The GLB with its total length, or the length of its JSON or binary chunk, set to `length`. */
export function withLength(glb: Uint8Array, at: 'total' | 'json' | 'bin', length: number): Uint8Array {
  const out = glb.slice();
  const view = new DataView(out.buffer);
  const offset = at === 'total' ? 8 : at === 'json' ? 12 : 20 + view.getUint32(12, true);
  view.setUint32(offset, length, true);
  return out;
}

/** A 12-byte GLB header claiming `length` bytes, and nothing after it. */
export function headerOnly(length: number, version = 2): Uint8Array {
  const out = new Uint8Array(12);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, version, true);
  view.setUint32(8, length, true);
  return out;
}

/** The GLB with its JSON chunk replaced by `text` (spaces pad it to 4 bytes) and the binary chunk kept. */
export function withJsonText(glb: Uint8Array, text: string): Uint8Array {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  const rest = glb.subarray(20 + view.getUint32(12, true));
  const encoded = new TextEncoder().encode(text);
  const json = new Uint8Array(Math.ceil(encoded.length / 4) * 4).fill(0x20);
  json.set(encoded);
  const out = new Uint8Array(20 + json.length + rest.length);
  out.set(glb.subarray(0, 20));
  out.set(json, 20);
  out.set(rest, 20 + json.length);
  new DataView(out.buffer).setUint32(8, out.length, true);
  new DataView(out.buffer).setUint32(12, json.length, true);
  return out;
}

export function glbJson(glb: Uint8Array): GlbJson {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  return JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + view.getUint32(12, true)))) as GlbJson;
}

/** The GLB with each index of its first primitive set by `index(i)` (the index data rewritten in the binary chunk). */
export function withIndices(glb: Uint8Array, index: (i: number) => number): Uint8Array {
  const json = glbJson(glb);
  const meshes = json.meshes as { primitives: { indices: number }[] }[];
  const accessor = json.accessors[meshes[0]!.primitives[0]!.indices]!;
  const bufferView = json.bufferViews[accessor.bufferView as number]!;
  const out = glb.slice();
  const view = new DataView(out.buffer);
  const binData = 20 + view.getUint32(12, true) + 8;
  const start = binData + ((bufferView.byteOffset as number) ?? 0) + ((accessor.byteOffset as number) ?? 0);
  const size = accessor.componentType === 5125 ? 4 : 2;
  for (let i = 0; i < (accessor.count as number); i++) {
    if (size === 4) view.setUint32(start + i * 4, index(i), true);
    else view.setUint16(start + i * 2, index(i), true);
  }
  return out;
}
