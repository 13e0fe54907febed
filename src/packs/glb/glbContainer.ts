/**
 * Reads a GLB's container (12-byte header, JSON chunk, optional binary chunk) with plain reasons for what is wrong,
 * before any glTF reader trusts its lengths: readers otherwise fail with "Invalid typed array length", read past the
 * data, or (the Khronos validator) overflow the stack on deeply nested JSON.
 */
type GlbContainer = { ok: true; json: unknown; bin: Uint8Array } | { ok: false; reason: string };

const MAGIC = 0x46546c67; // "glTF"
const JSON_CHUNK = 0x4e4f534a;
const BIN_CHUNK = 0x004e4942;
/** Far deeper than any real glTF (about 6 levels, a little more in extras), far shallower than a stack overflow. */
const MAX_JSON_DEPTH = 64;

export function readGlbContainer(bytes: Uint8Array): GlbContainer {
  const fail = (reason: string): GlbContainer => ({ ok: false, reason });
  if (bytes.length < 12) return fail(`the file is ${bytes.length} bytes long, too short for a GLB`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return fail('it is not a GLB file (it does not start with "glTF")');
  if (view.getUint32(4, true) !== 2) return fail(`it is a version ${view.getUint32(4, true)} GLB; only glTF 2.0 is read`);
  const declared = view.getUint32(8, true);
  if (declared !== bytes.length) return fail(`its header says it is ${declared} bytes long, but it is ${bytes.length}: it is cut short or damaged`);
  if (bytes.length < 20) return fail('it has no JSON chunk');
  const jsonLength = view.getUint32(12, true);
  if (view.getUint32(16, true) !== JSON_CHUNK) return fail('its first chunk is not the JSON chunk');
  if (20 + jsonLength > bytes.length) return fail(`its JSON chunk length (${jsonLength} bytes) does not fit the file`);
  if (jsonLength % 4 !== 0) return fail(`its JSON chunk length (${jsonLength} bytes) is not a multiple of 4`);
  const binLength = binaryChunkLength(view, 20 + jsonLength);
  if (typeof binLength === 'string') return fail(binLength);
  const binStart = 20 + jsonLength + 8;
  const text = new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength));
  if (nestingDepth(text) > MAX_JSON_DEPTH) return fail(`its JSON is nested more than ${MAX_JSON_DEPTH} levels deep`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('its JSON chunk is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('its JSON chunk is not a JSON object');
  return { ok: true, json, bin: bytes.subarray(binStart, binStart + binLength) };
}

/** The binary chunk's length (0 when there is none), or why it does not fit. */
function binaryChunkLength(view: DataView, at: number): number | string {
  if (at === view.byteLength) return 0;
  if (at + 8 > view.byteLength) return 'it ends inside a chunk header';
  const length = view.getUint32(at, true);
  if (view.getUint32(at + 4, true) !== BIN_CHUNK) return 0; // another chunk type: readers skip it, and so do we
  return at + 8 + length > view.byteLength ? `its binary chunk length (${length} bytes) does not fit the file` : length;
}

/**
 * Whether the JSON chunk nests beyond MAX_JSON_DEPTH. The Khronos validator must not see such a file: it overflows
 * the stack and throws outside its promise, which ends a Node process and leaves a browser's validation hanging.
 */
export function glbJsonTooDeep(bytes: Uint8Array): boolean {
  if (bytes.length < 20) return false;
  const jsonLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(12, true);
  return nestingDepth(new TextDecoder().decode(bytes.subarray(20, Math.min(bytes.length, 20 + jsonLength)))) > MAX_JSON_DEPTH;
}

/** How deeply arrays and objects nest in JSON text, counted without parsing (brackets in strings do not count). */
function nestingDepth(text: string): number {
  let [depth, deepest, inString] = [0, 0, false];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth--;
  }
  return deepest;
}
