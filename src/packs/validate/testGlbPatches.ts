/** Test helper: GLBs damaged on purpose, by rewriting their chunks. */

/** Cuts the binary chunk short while the JSON keeps its lengths: buffers[0].byteLength no longer matches it. */
export function withTruncatedBuffer(glb: Uint8Array): Uint8Array {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  const jsonLength = view.getUint32(12, true);
  const binStart = 20 + jsonLength;
  const binLength = view.getUint32(binStart, true);
  const cut = Math.floor(binLength / 8) * 4;
  const out = glb.slice(0, binStart + 8 + cut);
  const outView = new DataView(out.buffer);
  outView.setUint32(8, out.length, true);
  outView.setUint32(binStart, cut, true);
  return out;
}

/** Rewrites the JSON chunk (padded to 4 bytes, as GLB requires), keeping the binary chunk. */
export function withGlbJson(glb: Uint8Array, edit: (json: Record<string, unknown>) => void): Uint8Array {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as Record<string, unknown>;
  edit(json);
  let text = JSON.stringify(json);
  while (text.length % 4 !== 0) text += ' ';
  const jsonBytes = new TextEncoder().encode(text);
  const rest = glb.subarray(20 + jsonLength);
  const out = new Uint8Array(20 + jsonBytes.length + rest.length);
  out.set(glb.subarray(0, 20));
  out.set(jsonBytes, 20);
  out.set(rest, 20 + jsonBytes.length);
  const outView = new DataView(out.buffer);
  outView.setUint32(8, out.length, true);
  outView.setUint32(12, jsonBytes.length, true);
  return out;
}
