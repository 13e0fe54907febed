/**
 * Decoders for shape.bin sections (see docs/shape-data.md). Integers are zigzag LEB128 varints:
 * small magnitudes take one byte, and gzip squeezes the remaining regularity.
 */

/** Reads consecutive varints from a byte range; throws a plain message when the data runs out. */
export class VarintReader {
  private at: number;
  private readonly end: number;

  constructor(
    private readonly bytes: Uint8Array,
    byteOffset: number,
    byteLength: number,
    private readonly what: string,
  ) {
    this.at = byteOffset;
    this.end = byteOffset + byteLength;
    if (this.end > bytes.length) throw new Error(`shape data: ${what} lies outside shape.bin`);
  }

  unsigned(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.at >= this.end) throw new Error(`shape data: ${this.what} ends too early`);
      const byte = this.bytes[this.at++]!;
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
      if (shift > 35) throw new Error(`shape data: ${this.what} holds a malformed number`);
    }
  }

  signed(): number {
    const u = this.unsigned();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }

  /** Throws unless every byte of the range was consumed (catches layout mismatches early). */
  finish(): void {
    if (this.at !== this.end) throw new Error(`shape data: ${this.what} has ${this.end - this.at} unread bytes`);
  }
}

/**
 * The vertex visiting order of the dense sections: `order[i]` is a vertex and `parent[i]` the vertex it
 * is predicted from (-1 for the first vertex of each connected piece).
 */
export interface PredictionTree {
  order: Uint16Array;
  parent: Int32Array;
}

/** Tree section: per visit, the vertex gap (zigzag) from the previous visited vertex, then the parent's distance back in the visit order (0 = none). */
export function decodeTree(reader: VarintReader, vertexCount: number): PredictionTree {
  const order = new Uint16Array(vertexCount);
  const parent = new Int32Array(vertexCount);
  const seen = new Uint8Array(vertexCount);
  let previous = 0;
  for (let i = 0; i < vertexCount; i++) {
    const vertex = previous + reader.signed();
    if (vertex < 0 || vertex >= vertexCount || seen[vertex]) throw new Error('shape data: the vertex order is not a permutation');
    seen[vertex] = 1;
    order[i] = vertex;
    previous = vertex;
    const back = reader.unsigned();
    if (back > i) throw new Error('shape data: a vertex is predicted from one not yet decoded');
    parent[i] = back === 0 ? -1 : order[i - back]!;
  }
  reader.finish();
  return { order, parent };
}

/** A dense xyz field (vertexCount x 3) predicted from the parent vertex, one component plane after another. */
export function decodeDenseInto(reader: VarintReader, tree: PredictionTree, out: Int16Array | Int32Array): void {
  const { order, parent } = tree;
  for (let c = 0; c < 3; c++) {
    for (let i = 0; i < order.length; i++) {
      const p = parent[i]!;
      out[order[i]! * 3 + c] = (p < 0 ? 0 : out[p * 3 + c]!) + reader.signed();
    }
  }
  reader.finish();
}

export interface SparseField {
  vertices: Uint16Array;
  /** xyz per listed vertex. */
  values: Int16Array;
}

/** A sparse field: ascending vertex gaps, then each component plane as differences along the list. */
export function decodeSparse(reader: VarintReader, count: number, vertexCount: number): SparseField {
  const vertices = new Uint16Array(count);
  const values = new Int16Array(count * 3);
  let vertex = -1;
  for (let i = 0; i < count; i++) {
    vertex += reader.unsigned() + 1;
    if (vertex >= vertexCount) throw new Error('shape data: a sparse target names a vertex past the mesh');
    vertices[i] = vertex;
  }
  for (let c = 0; c < 3; c++) {
    let value = 0;
    for (let i = 0; i < count; i++) {
      value += reader.signed();
      values[i * 3 + c] = value;
    }
  }
  reader.finish();
  return { vertices, values };
}
