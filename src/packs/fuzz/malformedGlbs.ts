/**
 * Test helper: malformed GLB files, generated from one valid rigid accessory (a textured box, 8 vertices, 12
 * triangles) by breaking one thing each: the container (lengths that lie, truncation), the buffers and accessors
 * (out of range, absurd counts), the indices, the references, the texture (a header declaring 65,536 px) and the
 * JSON itself (deep, wrong types). No binary file is committed: each is built here.
 */
import { MAX_DEPTH } from '../../core/fuzz/hostile';
import { withGlbJson, withTruncatedBuffer } from '../validate/testGlbPatches';
import { rigidAccessoryGlb } from '../validate/testGlbs';
import { headerOnlyPng, noisePng } from '../validate/testImages';
import { glbJson, headerOnly, withIndices, withJsonText, withLength } from './glbSurgery';

export interface MalformedGlb {
  name: string;
  bytes: Uint8Array;
}

type Json = Record<string, unknown> & { accessors: Record<string, unknown>[]; bufferViews: Record<string, unknown>[]; [key: string]: unknown };
const GIB = 2 ** 30;
const BOX = { centre: [0, 1.72, 0.08] as [number, number, number], size: [0.2, 0.12, 0.22] as [number, number, number] };

/** The valid file every fixture breaks: a textured box worn on the head. */
export function validAccessoryGlb(): Promise<Uint8Array> {
  return rigidAccessoryGlb({ ...BOX, texture: noisePng(16, 16) });
}

export async function malformedGlbs(): Promise<MalformedGlb[]> {
  const valid = await validAccessoryGlb();
  const edit = (change: (json: Json) => void) => withGlbJson(valid, (json) => change(json as Json));
  const json = glbJson(valid);
  const jsonLength = new DataView(valid.buffer).getUint32(12, true);
  const position = (json.meshes as { primitives: { attributes: Record<string, number>; indices: number }[] }[])[0]!.primitives[0]!;
  return [
    { name: 'zero-length file', bytes: new Uint8Array(0) },
    { name: 'header only, declaring 1 GB', bytes: headerOnly(GIB) },
    { name: 'valid file whose header declares 1 GB', bytes: withLength(valid, 'total', GIB) },
    { name: 'glTF 1.0 binary', bytes: headerOnly(12, 1) },
    { name: 'JSON chunk cut in the middle', bytes: valid.slice(0, 20 + Math.floor(jsonLength / 2)) },
    { name: 'JSON chunk length 4 GB', bytes: withLength(valid, 'json', 0xfffffff0) },
    { name: 'JSON chunk length not a multiple of 4', bytes: withLength(valid, 'json', jsonLength - 1) },
    { name: 'binary chunk length 2 GB', bytes: withLength(valid, 'bin', 0x7ffffff0) },
    { name: 'binary chunk cut short', bytes: withTruncatedBuffer(valid) },
    { name: 'buffer byteLength 2 GB', bytes: edit((j) => ((j.buffers as Record<string, unknown>[])[0]!.byteLength = 2 ** 31)) },
    { name: 'bufferView beyond the buffer', bytes: edit((j) => (j.bufferViews[0]!.byteOffset = 1e9)) },
    { name: 'bufferView byteLength 4 GB', bytes: edit((j) => (j.bufferViews[0]!.byteLength = 2 ** 32)) },
    { name: 'bufferView byteStride 1 GB', bytes: edit((j) => (j.bufferViews[0]!.byteStride = GIB)) },
    { name: 'POSITION count 2^31', bytes: edit((j) => (j.accessors[position.attributes.POSITION!]!.count = 2 ** 31)) },
    { name: 'indices count 2^31 - 1', bytes: edit((j) => (j.accessors[position.indices]!.count = 2 ** 31 - 1)) },
    { name: 'accessor count -1', bytes: edit((j) => (j.accessors[position.attributes.POSITION!]!.count = -1)) },
    { name: 'accessor count 1.5', bytes: edit((j) => (j.accessors[position.attributes.POSITION!]!.count = 1.5)) },
    { name: 'accessor byteOffset beyond its bufferView', bytes: edit((j) => (j.accessors[position.attributes.POSITION!]!.byteOffset = 2 ** 30)) },
    { name: 'accessor componentType unknown', bytes: edit((j) => (j.accessors[position.attributes.POSITION!]!.componentType = 1234)) },
    { name: 'accessor type unknown', bytes: edit((j) => (j.accessors[position.attributes.POSITION!]!.type = 'VEC7')) },
    { name: 'sparse accessor with 2^31 entries', bytes: edit((j) => (j.accessors[position.attributes.POSITION!]!.sparse = { count: 2 ** 31, indices: { bufferView: 0, componentType: 5125 }, values: { bufferView: 0 } })) },
    { name: 'indices past the last vertex', bytes: withIndices(valid, (i) => (i % 3 === 2 ? 60_000 : i % 8)) },
    { name: 'POSITION refers to accessor 999', bytes: edit((j) => (meshPrimitive(j).attributes.POSITION = 999)) },
    { name: 'node refers to mesh 999', bytes: edit((j) => ((j.nodes as Record<string, unknown>[])[0]!.mesh = 999)) },
    { name: 'material refers to texture 999', bytes: edit((j) => ((j.materials as { pbrMetallicRoughness: { baseColorTexture: { index: number } } }[])[0]!.pbrMetallicRoughness.baseColorTexture.index = 999)) },
    { name: 'node is its own child', bytes: edit((j) => ((j.nodes as Record<string, unknown>[])[0]!.children = [0])) },
    { name: 'texture declaring 65,536 × 65,536 px', bytes: await rigidAccessoryGlb({ ...BOX, texture: headerOnlyPng(65_536, 65_536) }) },
    { name: 'buffer at an external URL', bytes: edit((j) => ((j.buffers as Record<string, unknown>[])[0]!.uri = 'https://tracker.example.com/buffer.bin')) },
    { name: 'image at an external URL', bytes: edit((j) => (j.images = [{ uri: 'https://tracker.example.com/texture.png' }])) },
    { name: 'JSON nested 10,000 levels deep', bytes: withJsonText(valid, JSON.stringify(json).replace('"asset":', `"extras": ${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}, "asset":`)) },
    { name: 'JSON is an array', bytes: withJsonText(valid, '[]') },
    { name: 'JSON is null', bytes: withJsonText(valid, 'null') },
    { name: 'JSON lists of the wrong type', bytes: edit((j) => Object.assign(j, { meshes: { a: 1 }, nodes: 'nodes', accessors: null })) },
    { name: 'JSON is not UTF-8', bytes: withInvalidUtf8(withJsonText(valid, JSON.stringify({ ...json, extras: '@@@@' }))) },
  ];
}

function meshPrimitive(json: Json): { attributes: Record<string, number> } {
  return (json.meshes as { primitives: { attributes: Record<string, number> }[] }[])[0]!.primitives[0]!;
}

/** Overwrites the first "@@@@" with bytes that are not UTF-8. */
function withInvalidUtf8(glb: Uint8Array): Uint8Array {
  const at = glb.findIndex((_, i) => glb[i] === 0x40 && glb[i + 1] === 0x40 && glb[i + 2] === 0x40 && glb[i + 3] === 0x40);
  glb.set([0xff, 0xfe, 0xc0, 0x80], at);
  return glb;
}
