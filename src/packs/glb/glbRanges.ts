/**
 * Sizes in a GLB's JSON that readers trust: a buffer holds no more than the binary chunk, a buffer view stays inside
 * its buffer, and an accessor's count (and a sparse accessor's) fits its buffer view. A count of 2^31 otherwise makes
 * a reader allocate gigabytes, read other data as indices, or loop for minutes over a sparse accessor.
 */
import { isObject, primitivesOf, type GlbLists, type Json } from './glbReferences';

const COMPONENT_BYTES: Record<number, number> = { 5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4 };
const COMPONENTS: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT2: 4, MAT3: 9, MAT4: 16 };

/** An accessor without a buffer view is created filled with zeros: far beyond any real one (a body has 20k vertices). */
const MAX_UNBACKED_BYTES = 64 * 1024 * 1024;

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
/** `owner[key]` as a whole number of bytes or items (`fallback` when absent), or null when it is not one. */
const countAt = (owner: Json, key: string, fallback?: number): number | null => {
  const value = owner[key] ?? fallback;
  return isCount(value) ? value : null;
};

export function bufferProblem({ buffers, images }: GlbLists, binLength: number): string | null {
  const external = images.findIndex((image) => image.uri !== undefined);
  if (external >= 0) return `images[${external}] refers to a file outside the GLB; a pack's GLB holds all its data`;
  for (const [i, buffer] of buffers.entries()) {
    if (buffer.uri !== undefined) return `buffers[${i}] refers to a file outside the GLB; a pack's GLB holds all its data`;
    const length = countAt(buffer, 'byteLength');
    if (length === null || (i === 0 && length > binLength)) return `buffers[${i}] declares ${length ?? 'an invalid number of'} bytes, but the GLB holds ${binLength}`;
  }
  return null;
}

export function viewProblem({ bufferViews, buffers }: GlbLists): string | null {
  for (const [i, view] of bufferViews.entries()) {
    const [offset, length, stride] = [countAt(view, 'byteOffset', 0), countAt(view, 'byteLength'), countAt(view, 'byteStride', 4)];
    const buffer = buffers[view.buffer as number];
    if (!buffer) return `bufferViews[${i}] names no buffer`;
    const bufferLength = buffer.byteLength as number;
    if (offset === null || length === null || offset + length > bufferLength) return `bufferViews[${i}] does not fit in its buffer (${bufferLength} bytes)`;
    if (stride === null || stride < 4 || stride > 252) return `bufferViews[${i}].byteStride is not between 4 and 252`;
  }
  return null;
}

export function accessorProblem({ accessors, bufferViews }: GlbLists): string | null {
  for (const [i, accessor] of accessors.entries()) {
    const where = `accessors[${i}]`;
    const { componentType, type } = accessor;
    const element = typeof componentType === 'number' && typeof type === 'string' ? (COMPONENT_BYTES[componentType] ?? NaN) * (COMPONENTS[type] ?? NaN) : NaN;
    if (Number.isNaN(element)) return `${where} has an unknown componentType or type`;
    const count = countAt(accessor, 'count');
    if (count === null || count < 1) return `${where}.count is not a whole number of at least 1`;
    const view = bufferViews[accessor.bufferView as number];
    if (!view && count * element > MAX_UNBACKED_BYTES) return `${where} (${count} items) has no bufferView and is too large to create`;
    if (view && !fits(view, countAt(accessor, 'byteOffset', 0), count, element, countAt(view, 'byteStride') ?? element)) return `${where} (${count} items) does not fit in its bufferView`;
    if (accessor.sparse !== undefined && !sparseFits(accessor.sparse, count, element, bufferViews)) return `${where}.sparse does not fit in its accessor or its bufferViews`;
  }
  return null;
}

/** Whether `count` elements of `element` bytes, `stride` apart from `offset`, stay inside the view. */
function fits(view: Json, offset: number | null, count: number, element: number, stride: number): boolean {
  return offset !== null && offset + stride * (count - 1) + element <= (view.byteLength as number);
}

function sparseFits(sparse: unknown, count: number, element: number, bufferViews: Json[]): boolean {
  if (!isObject(sparse) || !isObject(sparse.indices) || !isObject(sparse.values)) return false;
  const entries = countAt(sparse, 'count');
  const indexBytes = { 5121: 1, 5123: 2, 5125: 4 }[sparse.indices.componentType as number];
  const [indexView, valueView] = [bufferViews[sparse.indices.bufferView as number], bufferViews[sparse.values.bufferView as number]];
  if (entries === null || entries < 1 || entries > count || !indexBytes || !indexView || !valueView) return false;
  return fits(indexView, countAt(sparse.indices, 'byteOffset', 0), entries, indexBytes, indexBytes) && fits(valueView, countAt(sparse.values, 'byteOffset', 0), entries, element, element);
}

/** Every attribute of a primitive describes the same vertices: as many entries as POSITION. */
export function attributeCountProblem({ meshes, accessors }: GlbLists): string | null {
  for (const [m, mesh] of meshes.entries()) {
    for (const [p, primitive] of primitivesOf(mesh).entries()) {
      const counts = Object.entries(primitive.attributes as Json).map(([name, index]) => [name, accessors[index as number]!.count] as const);
      const vertices = counts.find(([name]) => name === 'POSITION')?.[1];
      const odd = counts.find(([, count]) => count !== vertices);
      if (vertices !== undefined && odd) return `meshes[${m}].primitives[${p}] has ${vertices} positions but ${odd[1]} ${odd[0]} entries`;
    }
  }
  return null;
}
