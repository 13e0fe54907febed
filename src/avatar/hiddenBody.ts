/** Which body triangles stay visible under the worn items. */

/** A 0/1 mask over MakeHuman vertex numbers from the worn items' `hidesBody` ranges ([first, last], inclusive). */
export function hiddenVertexMask(vertexCount: number, ranges: readonly (readonly [number, number])[]): Uint8Array {
  const mask = new Uint8Array(vertexCount);
  for (const [first, last] of ranges) mask.fill(1, Math.max(0, first), Math.min(vertexCount, last + 1));
  return mask;
}

/**
 * The body's triangle indices without the triangles whose three vertices are all hidden. Dropping triangles
 * that only touch the hidden area would open gaps at collars and cuffs.
 */
export function visibleTriangles(indices: Uint32Array, mhVertex: Uint16Array, hidden: Uint8Array): Uint32Array {
  const kept = new Uint32Array(indices.length);
  let count = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!, b = indices[t + 1]!, c = indices[t + 2]!;
    if (hidden[mhVertex[a]!] && hidden[mhVertex[b]!] && hidden[mhVertex[c]!]) continue;
    kept[count] = a;
    kept[count + 1] = b;
    kept[count + 2] = c;
    count += 3;
  }
  return kept.slice(0, count);
}
