/**
 * Reads the parts of a checked GLB (see checkGlb) straight from its JSON and binary chunk: accessors into typed
 * arrays, images into bytes, nodes into matrices. checkGlb has already proved every index and range, so this only
 * copies. A general glTF library builds a whole editable document first, several times slower, and on the path to
 * the first avatar.
 */
import { isObject, type CheckedGlb, type Json } from '../packs/glb';
import type { Vec3 } from './assetData';

export type ComponentArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Uint32Array | Float32Array;
type ComponentArrayType = { new (length: number): ComponentArray; new (buffer: ArrayBuffer): ComponentArray; BYTES_PER_ELEMENT: number };

const ARRAY_TYPES: Record<number, ComponentArrayType> = { 5120: Int8Array, 5121: Uint8Array, 5122: Int16Array, 5123: Uint16Array, 5125: Uint32Array, 5126: Float32Array };
const COMPONENTS: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT2: 4, MAT3: 9, MAT4: 16 };
/** The largest value of each normalized integer type, which stands for 1. */
const NORMALIZED_ONE: Record<number, number> = { 5120: 127, 5121: 255, 5122: 32767, 5123: 65535 };

export type Mat4 = number[];

export interface AccessorData {
  /** Packed values (interleaving undone, sparse values applied), in the accessor's own component type. */
  array: ComponentArray;
  /** Values per element: 3 for a VEC3. */
  size: number;
  normalized: boolean;
}

export function readAccessor(glb: CheckedGlb, index: number): AccessorData {
  const accessor = glb.lists.accessors[index]!;
  const Type = ARRAY_TYPES[accessor.componentType as number]!;
  const size = COMPONENTS[accessor.type as string]!;
  const count = accessor.count as number;
  const array = accessor.bufferView === undefined ? new Type(count * size) : viewElements(glb, accessor.bufferView as number, numberAt(accessor, 'byteOffset', 0), count, Type, size);
  if (isObject(accessor.sparse)) applySparse(glb, accessor.sparse, array, size, count);
  return { array, size, normalized: accessor.normalized === true };
}

/** An accessor's values as floats: normalized integers become 0–1 (or -1–1), as glTF defines them. */
export function readFloats(glb: CheckedGlb, index: number): Float32Array {
  const { array, normalized } = readAccessor(glb, index);
  if (array instanceof Float32Array) return array;
  const floats = new Float32Array(array);
  const one = normalized ? NORMALIZED_ONE[glb.lists.accessors[index]!.componentType as number] : undefined;
  if (one) for (let i = 0; i < floats.length; i++) floats[i] = Math.max(floats[i]! / one, -1);
  return floats;
}

/** The bytes of an image stored in the binary chunk (checkGlb refuses images kept elsewhere). */
export function imageBytes(glb: CheckedGlb, image: Json): Uint8Array {
  const view = glb.lists.bufferViews[image.bufferView as number]!;
  return binOf(glb, view).slice(numberAt(view, 'byteOffset', 0), numberAt(view, 'byteOffset', 0) + (view.byteLength as number));
}

/** `count` elements from a buffer view, copied out of the binary chunk (into a buffer of their own, aligned). */
function viewElements(glb: CheckedGlb, viewIndex: number, offset: number, count: number, Type: ComponentArrayType, size: number): ComponentArray {
  const view = glb.lists.bufferViews[viewIndex]!;
  const bin = binOf(glb, view);
  const element = Type.BYTES_PER_ELEMENT * size;
  const stride = numberAt(view, 'byteStride', element);
  const start = numberAt(view, 'byteOffset', 0) + offset;
  const end = start + stride * (count - 1) + element;
  if (stride === element) return new Type(bin.slice(start, end).buffer); // a copy: the caller owns (and may move) it
  const bytes = Type.BYTES_PER_ELEMENT;
  const at = bin.byteOffset + start;
  if (at % bytes !== 0 || stride % bytes !== 0) return unstridedBytes(bin.subarray(start, end), count, element, stride, Type);
  const source = new (Type as unknown as new (buffer: ArrayBufferLike, offset: number, length: number) => ComponentArray)(bin.buffer, at, (end - start) / bytes);
  const packed = new Type(count * size);
  const step = stride / bytes;
  for (let i = 0; i < count; i++) for (let c = 0; c < size; c++) packed[i * size + c] = source[i * step + c]!;
  return packed;
}

/** Interleaved elements not aligned to their component size (glTF forbids it for vertices), byte by byte. */
function unstridedBytes(region: Uint8Array, count: number, element: number, stride: number, Type: ComponentArrayType): ComponentArray {
  const packed = new Uint8Array(count * element);
  for (let i = 0; i < count; i++) packed.set(region.subarray(i * stride, i * stride + element), i * element);
  return new Type(packed.buffer);
}

function applySparse(glb: CheckedGlb, sparse: Json, array: ComponentArray, size: number, count: number): void {
  const indices = sparse.indices as Json;
  const values = sparse.values as Json;
  const entries = sparse.count as number;
  const at = viewElements(glb, indices.bufferView as number, numberAt(indices, 'byteOffset', 0), entries, ARRAY_TYPES[indices.componentType as number]!, 1);
  const replacement = viewElements(glb, values.bufferView as number, numberAt(values, 'byteOffset', 0), entries, array.constructor as ComponentArrayType, size);
  for (let i = 0; i < entries; i++) {
    if (at[i]! >= count) throw new Error(`a sparse accessor replaces element ${at[i]}, but it has ${count}`);
    array.set(replacement.subarray(i * size, (i + 1) * size), at[i]! * size);
  }
}

/** The bytes of a view's buffer: a GLB keeps its data in buffer 0, the binary chunk. */
function binOf(glb: CheckedGlb, view: Json): Uint8Array {
  if (view.buffer !== 0) throw new Error(`a buffer view reads buffers[${String(view.buffer)}], which has no data in a GLB`);
  return glb.bin;
}

/** A node's matrix relative to its parent: its `matrix`, or its translation, rotation and scale composed. */
export function localMatrix(node: Json): Mat4 {
  if (isNumbers(node.matrix, 16)) return node.matrix;
  const [x, y, z] = (isNumbers(node.translation, 3) ? node.translation : [0, 0, 0]) as Vec3;
  const [qx, qy, qz, qw] = (isNumbers(node.rotation, 4) ? node.rotation : [0, 0, 0, 1]) as [number, number, number, number];
  const [sx, sy, sz] = (isNumbers(node.scale, 3) ? node.scale : [1, 1, 1]) as Vec3;
  return [
    (1 - 2 * (qy * qy + qz * qz)) * sx, 2 * (qx * qy + qz * qw) * sx, 2 * (qx * qz - qy * qw) * sx, 0,
    2 * (qx * qy - qz * qw) * sy, (1 - 2 * (qx * qx + qz * qz)) * sy, 2 * (qy * qz + qx * qw) * sy, 0,
    2 * (qx * qz + qy * qw) * sz, 2 * (qy * qz - qx * qw) * sz, (1 - 2 * (qx * qx + qy * qy)) * sz, 0,
    x, y, z, 1,
  ];
}

/** Each node's parent (-1 for none), from the children lists. */
export function nodeParents(nodes: Json[]): number[] {
  const parents = nodes.map(() => -1);
  nodes.forEach((node, i) => {
    for (const child of Array.isArray(node.children) ? node.children : []) if (child !== i) parents[child as number] = i;
  });
  return parents;
}

/** Every node's matrix in the scene's space, built down the hierarchy once; a cycle of parents ends where it repeats. */
export function worldMatrices(nodes: Json[], parents: number[]): Mat4[] {
  const worlds: Mat4[] = [];
  const worldOf = (i: number, path: Set<number>): Mat4 => {
    const known = worlds[i];
    if (known) return known;
    const parent = parents[i]!;
    const local = localMatrix(nodes[i]!);
    const world = parent === -1 || path.has(parent) ? local : multiply(worldOf(parent, path.add(i)), local);
    worlds[i] = world;
    return world;
  };
  return nodes.map((_, i) => worldOf(i, new Set()));
}

/** a × b for column-major 4×4 matrices. */
function multiply(a: Mat4, b: Mat4): Mat4 {
  const out = new Array<number>(16);
  for (let column = 0; column < 4; column += 1) {
    for (let row = 0; row < 4; row += 1) {
      let sum = 0;
      for (let k = 0; k < 4; k += 1) sum += a[k * 4 + row]! * b[column * 4 + k]!;
      out[column * 4 + row] = sum;
    }
  }
  return out;
}

export function isNumbers(value: unknown, length: number): value is number[] {
  return Array.isArray(value) && value.length === length && value.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/** `owner[key]` when it is a number, else `fallback`. */
export function numberAt(owner: Json, key: string, fallback: number): number {
  const value = owner[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
