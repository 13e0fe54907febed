/**
 * Encoders mirroring src/avatar/shape/codec.ts: zigzag LEB128 varints, dense fields predicted along a
 * mesh spanning tree, sparse fields as vertex lists. Deterministic: same input, same bytes.
 */
import type { PredictionTree } from '../../src/avatar/shape/codec';

export class VarintWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  unsigned(value: number): void {
    if (!Number.isInteger(value) || value < 0) throw new Error(`varint: ${value} is not a non-negative integer`);
    let v = value;
    while (v >= 0x80) {
      this.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.push(v);
  }

  signed(value: number): void {
    this.unsigned(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private push(byte: number): void {
    if (this.length === this.buffer.length) {
      const bigger = new Uint8Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length++] = byte;
  }
}

export function encodeTree(tree: PredictionTree): Uint8Array {
  const w = new VarintWriter();
  const visitIndex = new Int32Array(tree.order.length);
  let previous = 0;
  tree.order.forEach((vertex, i) => {
    visitIndex[vertex] = i;
    w.signed(vertex - previous);
    previous = vertex;
    const p = tree.parent[i]!;
    w.unsigned(p < 0 ? 0 : i - visitIndex[p]!);
  });
  return w.bytes();
}

/** Dense xyz integers (vertexCount x 3), component planes predicted from the parent vertex. */
export function encodeDense(tree: PredictionTree, field: ArrayLike<number>): Uint8Array {
  const w = new VarintWriter();
  for (let c = 0; c < 3; c++) {
    for (let i = 0; i < tree.order.length; i++) {
      const p = tree.parent[i]!;
      const predicted = p < 0 ? 0 : field[p * 3 + c]!;
      w.signed(field[tree.order[i]! * 3 + c]! - predicted);
    }
  }
  return w.bytes();
}

/** Vertices with a non-zero component, ascending. */
export function nonZeroVertices(field: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let v = 0; v * 3 < field.length; v++) {
    if (field[v * 3] || field[v * 3 + 1] || field[v * 3 + 2]) out.push(v);
  }
  return out;
}

export function encodeSparse(field: ArrayLike<number>, vertices: readonly number[]): Uint8Array {
  const w = new VarintWriter();
  let previous = -1;
  for (const v of vertices) {
    w.unsigned(v - previous - 1);
    previous = v;
  }
  for (let c = 0; c < 3; c++) {
    let last = 0;
    for (const v of vertices) {
      w.signed(field[v * 3 + c]! - last);
      last = field[v * 3 + c]!;
    }
  }
  return w.bytes();
}
